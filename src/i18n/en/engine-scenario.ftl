## engine-scenario
