"""The scale link in the status bar: connected / searching / disconnected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from postdesk.devices.qt.scale_service import ScaleService
from postdesk.ui.scales.texts import LINK_TEXTS, translated

COLOURS = {"connected": "#1b7f3a", "searching": "#9a6a00", "disconnected": "#b3261e"}


class ScaleLinkIndicator(QLabel):
    def __init__(self, service: ScaleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleLink")
        self.service = service
        service.connection_changed.connect(self.show_state)
        self.show_state(service.connection)

    def show_state(self, state: str) -> None:
        self.state = state
        self.setText("● " + translated(LINK_TEXTS.get(state, LINK_TEXTS["searching"])))
        self.setStyleSheet(f"color: {COLOURS.get(state, COLOURS['searching'])};")
        self.setToolTip(self.service.connection_detail)
