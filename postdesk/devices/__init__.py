"""Peripheral devices (scales): Qt-free protocol code plus thin Qt adapters in ``devices.qt``."""
