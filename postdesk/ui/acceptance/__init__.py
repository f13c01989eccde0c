"""The Acceptance page: a client's draft batches and the way in for new lists."""
