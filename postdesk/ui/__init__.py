"""The Qt Widgets user interface. Only this package (and Qt adapters in devices) imports PySide6."""
