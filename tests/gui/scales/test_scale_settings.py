"""The Scales section of the Settings page: live weight from the simulator, link indicator, manual weight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from postdesk.devices.scales.simulator import ScaleSimulator
from postdesk.services.counter.manual_weights import MANUAL_WEIGHT_ACTION
from postdesk.ui.application import open_main_window
from postdesk.ui.scales.settings_section import ScaleSettingsSection
from tests.support.core import make_staff


def _open(qtbot, sqlite_core, gui_parts):
    staff = make_staff(sqlite_core)
    window = open_main_window(sqlite_core, gui_parts, staff.operator)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    section = window.page("settings").findChild(ScaleSettingsSection)
    assert section is not None
    return window, section, staff


def test_live_weight_follows_the_simulator_and_the_link_indicator_follows_unplug(
    qtbot, sqlite_core, gui_parts, tmp_path
):
    window, section, _staff = _open(qtbot, sqlite_core, gui_parts)
    indicator = window.findChild(QLabel, "scaleLink")
    assert indicator is not None
    link = tmp_path / "scale"
    with ScaleSimulator("massak100", link=link) as sim:
        sim.model.put(1234)
        section.port_combo.setEditText(str(link))
        section.protocol_combo.setCurrentIndex(section.protocol_combo.findData("massak100"))
        qtbot.mouseClick(section.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "1\u202f234" in section.weight_label.text(), timeout=3000)
        qtbot.waitUntil(lambda: indicator.state == "connected", timeout=3000)

        sim.model.put(2500)
        qtbot.waitUntil(lambda: "2\u202f500" in section.weight_label.text(), timeout=3000)
        sim.model.set_overload()
        qtbot.waitUntil(lambda: section.weight_label.text() == "—", timeout=3000)
        assert section.state_label.text() != ""

        sim.unplug()
        qtbot.waitUntil(lambda: indicator.state == "disconnected", timeout=2000)
        sim.model.put(300)
        sim.replug()
        qtbot.waitUntil(lambda: "300" in section.weight_label.text(), timeout=3000)
        assert indicator.state == "connected"
    window.close()
    assert not section.service.running


def test_saved_settings_survive_and_reconfigure(qtbot, sqlite_core, gui_parts):
    from postdesk.common import settings as s

    window, section, _staff = _open(qtbot, sqlite_core, gui_parts)
    section.port_combo.setEditText("socket://127.0.0.1:5001")
    section.protocol_combo.setCurrentIndex(section.protocol_combo.findData("massak100"))
    section.baud_combo.setCurrentIndex(section.baud_combo.findData(57600))
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    store = sqlite_core.settings
    assert store.get(s.SCALE_PORT) == "socket://127.0.0.1:5001"
    assert store.get(s.SCALE_PROTOCOL) == "massak100" and store.get(s.SCALE_BAUDRATE) == 57600
    assert section.service.config.overrides is not None and section.service.config.overrides.baudrate == 57600
    window.close()


def test_manual_weight_is_validated_marked_and_audited(qtbot, sqlite_core, gui_parts, user_messages):
    window, section, staff = _open(qtbot, sqlite_core, gui_parts)
    captured = []
    section.service.weighing_captured.connect(captured.append)
    qtbot.keyClicks(section.manual_grams, "-5")
    qtbot.mouseClick(section.manual_button, Qt.MouseButton.LeftButton)
    assert section.manual_form.errors["grams"].isVisible() and not captured

    section.manual_grams.clear()
    qtbot.keyClicks(section.manual_grams, "1250,5")
    section.manual_reason.insert("весы в ремонте")
    qtbot.keyClick(section.manual_grams, Qt.Key.Key_Return)
    assert [(str(w.grams), w.manual) for w in captured] == [("1250.5", True)]
    [entry] = [
        e
        for e in sqlite_core.audit.entries_for(staff.supervisor, "weighing", "")
        if e.action == MANUAL_WEIGHT_ACTION
    ]
    assert entry.after == {"grams": "1250.5", "manual": True, "reason": "весы в ремонте"}
    assert entry.user_login == "operator"
    window.close()
