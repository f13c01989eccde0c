"""The scale link in the status bar: connected / searching / disconnected."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.client import LinkState
from postdesk.ui.scales.texts import link_state, link_text

COLOURS = {LinkState.CONNECTED: "#1b7f3a", LinkState.SEARCHING: "#9a6a00", LinkState.DISCONNECTED: "#b3261e"}


class ScaleLinkIndicator(QLabel):
    def __init__(self, service: ScaleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleLink")
        self.service = service
        service.connection_changed.connect(self.show_state)
        self.show_state(service.connection)

    def show_state(self, state: str) -> None:
        self.state = state
        self.setText("● " + link_text(state, LinkState.SEARCHING))
        self.setStyleSheet(f"color: {COLOURS[link_state(state, LinkState.SEARCHING)]};")
        self.setToolTip(self.service.connection_detail)
