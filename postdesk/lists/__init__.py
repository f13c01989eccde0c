"""Batch lists brought by clients: reading, column mapping, validation and the report back.

Qt-free and database-free: the service layer passes in what it needs from the database
(already stored identifiers, remembered mappings) as plain callables and values.
"""
