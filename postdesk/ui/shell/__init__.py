"""The main window's frame: navigation, the Settings page and placeholders of pages to come."""
