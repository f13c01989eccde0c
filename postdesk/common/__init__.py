"""Qt-free building blocks every layer may use: paths, settings, translation, errors, logging."""
