"""Database access: engines, migrations and the unit of work."""
