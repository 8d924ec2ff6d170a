## client
