"""The demo's simulated scale: settings point at it, and its control window moves the weight."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from postdesk.cli.demo import _start_scale_simulator
from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.config import config_from_settings
from postdesk.ui.counter.simulator_window import ScaleSimulatorWindow


def test_demo_scale_is_read_through_the_settings_and_driven_from_its_window(qtbot, monkeypatch, tmp_path):
    for name in ("POSTDESK_SCALE_PORT", "POSTDESK_SCALE_PROTOCOL", "POSTDESK_SCALE_ENABLED"):
        monkeypatch.delenv(name, raising=False)
    simulator = _start_scale_simulator()
    try:
        store = SettingsStore(tmp_path / "settings.json", environ=dict(os.environ))
        assert store.get(s.SCALE_PORT) == simulator.path and store.get(s.SCALE_ENABLED)
        assert store.get(s.SCALE_PROTOCOL) == "massak100"
        service = ScaleService(config_from_settings(store))
        window = ScaleSimulatorWindow(simulator.model, simulator.path)
        qtbot.addWidget(window)
        window.show()
        service.start()
        try:
            window.grams_spin.setValue(345)
            qtbot.mouseClick(window.put_button, Qt.MouseButton.LeftButton)
            with qtbot.waitSignal(service.weighing_captured, timeout=5000) as captured:
                pass
            assert captured.args[0].grams == 345 and not captured.args[0].manual
            qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: service.last_reading is not None and service.last_reading.grams == 0)
        finally:
            service.stop()
    finally:
        simulator.stop()
