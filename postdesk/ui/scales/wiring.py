"""Building the scale service for a main window and tying its life to the application's."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.config import config_from_settings
from postdesk.ui.scales.link_indicator import ScaleLinkIndicator


class _StopOnClose(QObject):
    def __init__(self, service: ScaleService, parent: QObject) -> None:
        super().__init__(parent)
        self.service = service

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.service.stop()
        return False


def create_scale_service(settings: SettingsStore) -> ScaleService:
    """The service for this workstation's settings (started by :func:`attach_scale`)."""
    return ScaleService(config_from_settings(settings))


def attach_scale(service: ScaleService, settings: SettingsStore, window: QMainWindow) -> None:
    """Status-bar indicator, start now if enabled, stop when the window closes or the app quits."""
    window.add_status_widget(ScaleLinkIndicator(service))  # type: ignore[attr-defined]
    window.installEventFilter(_StopOnClose(service, window))
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(service.stop)
    if settings.get(s.SCALE_ENABLED):
        service.start()
