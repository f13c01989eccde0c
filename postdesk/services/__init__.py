"""Use cases of the workstation. Each public method opens its own unit of work, checks the
actor's role, writes audit entries in the same transaction and returns plain data (never
live ORM objects), so the UI can call it from a worker thread and keep the result.
"""
