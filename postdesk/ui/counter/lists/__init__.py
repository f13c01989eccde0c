"""The import of batch lists: flash drives, the wizard, column mapping and findings."""
