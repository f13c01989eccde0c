"""Building the scale service for a main window and tying its life to the application's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from postdesk.common import settings as s
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.config import config_from_settings
from postdesk.ui.context import UiContext
from postdesk.ui.scales.link_indicator import ScaleLinkIndicator


class _StopOnClose(QObject):
    def __init__(self, service: ScaleService, parent: QObject) -> None:
        super().__init__(parent)
        self.service = service

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.service.stop()
        return False


def create_scale_service(ctx: UiContext) -> ScaleService:
    """The service, registered as ``ctx.devices["scale"]`` (started by :func:`attach_scale`)."""
    service = ScaleService(config_from_settings(ctx.core.settings))
    ctx.devices["scale"] = service
    return service


def attach_scale(ctx: UiContext, window: QMainWindow) -> None:
    """Status-bar indicator, start now if enabled, stop when the window closes or the app quits."""
    service: ScaleService = ctx.devices["scale"]
    window.add_status_widget(ScaleLinkIndicator(service))  # type: ignore[attr-defined]
    window.installEventFilter(_StopOnClose(service, window))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(service.stop)
    if ctx.core.settings.get(s.SCALE_ENABLED):
        service.start()
