## engine-brief
