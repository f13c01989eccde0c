"""The Russian production calendar (five-day week) and the deadlines counted on it.

Qt-free and database-free: the shipped official years, the Labour Code fallback for years without
data, the open-data CSV reader and working-day arithmetic. Stored edits are applied by the caller.
"""
