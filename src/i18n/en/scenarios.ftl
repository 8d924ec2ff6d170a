## scenarios
