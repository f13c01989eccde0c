"""Screens of the records area: quick entry, the client timeline."""
