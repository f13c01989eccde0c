"""Qt adapters of the Qt-free device code: signals for the UI, threads off the GUI thread."""
