"""The scale in the UI: its Settings section and status-bar indicator."""
