## engine-data
