"""The Clients page: search, the client card with contacts and contracts."""
