## engine-model
