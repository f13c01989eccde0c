"""The live scale weight in large digits with its state, as the operator sees it from a step away."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from postdesk.devices.scales.client import LinkState
from postdesk.devices.scales.readings import Reading, ReadingState
from postdesk.ui.scales.texts import link_text, state_text, weight_text

_STATE_COLOURS = {
    ReadingState.STABLE: "#1E7B34",
    ReadingState.UNSTABLE: "#A86400",
    ReadingState.OVERLOAD: "#B3261E",
    ReadingState.UNDERLOAD: "#B3261E",
    ReadingState.ERROR: "#B3261E",
    ReadingState.DISCONNECTED: "#6B6B6B",
}


class ScaleDisplay(QFrame):
    """Follows a :class:`ScaleService` (or shows that there is none)."""

    def __init__(self, service: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleDisplay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#scaleDisplay { background: #FAFAFA; }")
        self.weight_label = QLabel("—", self)
        self.weight_label.setObjectName("scaleWeight")
        font = QFont(self.font())
        font.setPointSize(30)
        font.setBold(True)
        self.weight_label.setFont(font)
        self.weight_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.weight_label.setMinimumWidth(220)
        self.state_label = QLabel(self)
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.state_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.weight_label)
        layout.addWidget(self.state_label)
        self.service = service
        if service is None:
            self._show_link(LinkState.DISCONNECTED.value)
            return
        service.reading_changed.connect(self.show_reading)
        service.connection_changed.connect(self._show_link)
        if service.last_reading is not None:
            self.show_reading(service.last_reading)
        else:
            self._show_link(service.connection)

    def show_reading(self, reading: Reading) -> None:
        self.weight_label.setText(weight_text(reading))
        self.state_label.setText(state_text(reading))
        colour = _STATE_COLOURS[reading.state]
        self.weight_label.setStyleSheet(f"color: {colour};")
        self.state_label.setStyleSheet(f"color: {colour};")

    def _show_link(self, state: str) -> None:
        service = self.service
        if state == LinkState.CONNECTED.value and service is not None and service.last_reading is not None:
            return
        self.weight_label.setText("—")
        self.weight_label.setStyleSheet("color: #6B6B6B;")
        self.state_label.setText(link_text(state, LinkState.DISCONNECTED))
        self.state_label.setStyleSheet("color: #6B6B6B;")
