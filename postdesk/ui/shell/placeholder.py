"""A page whose feature is not built yet: says so plainly instead of showing an empty screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(QCoreApplication.translate("Placeholder", description), self)
        label.setObjectName("placeholderText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 13pt; color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
