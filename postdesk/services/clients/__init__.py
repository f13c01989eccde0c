"""Clients, their contact persons and contracts."""
