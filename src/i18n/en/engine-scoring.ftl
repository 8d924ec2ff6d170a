## engine-scoring
