"""Peripheral devices. Protocol and transport code is Qt-free; Qt adapters live in ``devices.qt``."""
