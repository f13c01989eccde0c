"""Settings → Scales: port (or auto-detect), protocol, serial settings, a live test, manual weight."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common import settings as s
from postdesk.common.settings import SettingsStore
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.client import ScaleConfig
from postdesk.devices.scales.config import serial_overrides
from postdesk.devices.scales.protocols import AUTO, CODECS
from postdesk.devices.scales.readings import Reading, Weighing, format_grams
from postdesk.devices.scales.stability import CaptureRules
from postdesk.devices.scales.transport import system_ports
from postdesk.ui.context import UiContext
from postdesk.ui.scales.texts import state_text, weight_text
from postdesk.ui.widgets.validated_form import ValidatedForm

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)


class ScaleSettingsSection(QGroupBox):
    def __init__(self, ctx: UiContext, service: ScaleService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Scales"))
        self.ctx = ctx
        self.service = service
        store = ctx.settings
        layout = QVBoxLayout(self)
        self.form = ValidatedForm()
        layout.addLayout(self.form)

        self.enabled_check = QCheckBox(self.tr("Read the weight from an electronic scale"))
        self.enabled_check.setChecked(store.get(s.SCALE_ENABLED))
        self.form.addRow(self.enabled_check)

        self.port_combo = QComboBox()
        self.port_combo.setEditable(True)
        self.port_combo.setToolTip(
            self.tr(
                "A device such as /dev/ttyUSB0, or socket://host:5001 for a scale "
                "on the network. Empty: look for the scale on every port."
            )
        )
        self._fill_ports(store.get(s.SCALE_PORT))
        self.form.add_field("port", self.tr("Port"), self.port_combo)

        self.protocol_combo = QComboBox()
        self.protocol_combo.addItem(self.tr("Auto-detect"), AUTO)
        for name, codec in CODECS.items():
            self.protocol_combo.addItem(f"{codec.title} ({name})", name)
        self.protocol_combo.setCurrentIndex(max(0, self.protocol_combo.findData(store.get(s.SCALE_PROTOCOL))))
        self.form.add_field("protocol", self.tr("Protocol"), self.protocol_combo)
        self._add_serial_row(store)
        self._add_capture_row(store)
        self._add_live_row()
        layout.addLayout(self._buttons())
        layout.addWidget(self._manual_box())
        self.service.reading_changed.connect(self.show_reading)
        self.show_reading(self.service.last_reading)

    # --- building blocks ------------------------------------------------------------------------
    def _add_serial_row(self, store: SettingsStore) -> None:

        self.baud_combo = self._choice(
            [(self.tr("protocol default"), 0)] + [(str(b), b) for b in BAUD_RATES],
            store.get(s.SCALE_BAUDRATE),
        )
        self.bytesize_combo = self._choice(
            [(self.tr("protocol default"), 0), ("7", 7), ("8", 8)], store.get(s.SCALE_BYTESIZE)
        )
        self.parity_combo = self._choice(
            [
                (self.tr("protocol default"), ""),
                (self.tr("none"), "N"),
                (self.tr("even"), "E"),
                (self.tr("odd"), "O"),
            ],
            store.get(s.SCALE_PARITY),
        )
        self.stopbits_combo = self._choice(
            [(self.tr("protocol default"), 0), ("1", 1), ("2", 2)], store.get(s.SCALE_STOPBITS)
        )
        line = QHBoxLayout()
        for label, combo in (
            (self.tr("baud"), self.baud_combo),
            (self.tr("data bits"), self.bytesize_combo),
            (self.tr("parity"), self.parity_combo),
            (self.tr("stop bits"), self.stopbits_combo),
        ):
            line.addWidget(QLabel(label))
            line.addWidget(combo)
        line.addStretch(1)
        self.form.addRow(self.tr("Serial settings"), line)

    def _add_capture_row(self, store: SettingsStore) -> None:

        self.hold_ms = self._spin(0, 5000, store.get(s.SCALE_HOLD_MS), self.tr(" ms"))
        self.hold_count = self._spin(1, 20, store.get(s.SCALE_HOLD_COUNT), "")
        self.deadband = self._spin(0, 100, store.get(s.SCALE_DEADBAND_GRAMS), self.tr(" g"))
        capture = QHBoxLayout()
        for label, spin in (
            (self.tr("hold"), self.hold_ms),
            (self.tr("readings in a row"), self.hold_count),
            (self.tr("deadband"), self.deadband),
        ):
            capture.addWidget(QLabel(label))
            capture.addWidget(spin)
        capture.addStretch(1)
        self.form.addRow(self.tr("Stable weight"), capture)

    def _add_live_row(self) -> None:

        self.weight_label = QLabel("—")
        self.weight_label.setObjectName("scaleWeight")
        font = QFont(self.weight_label.font())
        font.setPointSize(22)
        font.setBold(True)
        self.weight_label.setFont(font)
        self.state_label = QLabel("")
        self.state_label.setObjectName("scaleState")
        live = QHBoxLayout()
        live.addWidget(self.weight_label)
        live.addWidget(self.state_label, 1)
        self.form.addRow(self.tr("Weight now"), live)

    def _buttons(self) -> QHBoxLayout:

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(self.tr("Connect with the settings above without saving them"))
        self.test_button.clicked.connect(self.test)
        self.zero_button = QPushButton(self.tr("&Zero"))
        self.zero_button.clicked.connect(self.service.zero)
        self.tare_button = QPushButton(self.tr("T&are"))
        self.tare_button.clicked.connect(self.service.tare)
        self.save_button = QPushButton(self.tr("Save scale settings"))
        self.save_button.setObjectName("saveScaleSettings")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for button in (self.test_button, self.zero_button, self.tare_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        return buttons

    def _fill_ports(self, current: str) -> None:
        self.port_combo.addItem(self.tr("Auto-detect (every port)"), "")
        for port in system_ports():
            label = port.device + (f" — {port.description}" if port.description else "")
            self.port_combo.addItem(label, port.by_id or port.device)
        index = self.port_combo.findData(current)
        if index >= 0:
            self.port_combo.setCurrentIndex(index)
        else:
            self.port_combo.setEditText(current)

    def _choice(self, items: Sequence[tuple[str, object]], current: object) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _manual_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Manual weight (when no scale works)"))
        form = ValidatedForm(box)
        self.manual_form = form
        self.manual_grams = QLineEdit()
        self.manual_grams.setPlaceholderText(self.tr("grams"))
        form.add_field("grams", self.tr("Weight, g"), self.manual_grams)
        self.manual_reason = QLineEdit()
        self.manual_reason.setPlaceholderText(self.tr("for example: the scale is being repaired"))
        form.add_field("reason", self.tr("Reason"), self.manual_reason)
        self.manual_button = QPushButton(self.tr("Record &manual weight"))
        self.manual_button.setShortcut(QKeySequence("Ctrl+M"))
        self.manual_button.clicked.connect(self.record_manual)
        self.manual_grams.returnPressed.connect(self.record_manual)
        note = QLabel(self.tr("A manual weight is marked as such and written to the audit log."))
        note.setWordWrap(True)
        form.addRow(note, self.manual_button)
        return box

    # --- actions --------------------------------------------------------------------------------
    def port_text(self) -> str:
        index = self.port_combo.currentIndex()
        text = self.port_combo.currentText().strip()
        if index >= 0 and text == self.port_combo.itemText(index):
            return str(self.port_combo.itemData(index) or "")
        return text

    def config(self) -> ScaleConfig:
        protocol = self.protocol_combo.currentData()
        overrides = None
        if protocol != AUTO:
            overrides = serial_overrides(
                protocol,
                self.baud_combo.currentData(),
                self.bytesize_combo.currentData(),
                self.parity_combo.currentData(),
                self.stopbits_combo.currentData(),
            )
        rules = CaptureRules(
            hold_seconds=self.hold_ms.value() / 1000,
            hold_count=self.hold_count.value(),
            deadband_grams=Decimal(self.deadband.value()),
        )
        return ScaleConfig(port=self.port_text(), protocol=protocol, overrides=overrides, capture=rules)

    def test(self) -> None:
        self.weight_label.setText("—")
        self.state_label.setText(self.tr("connecting…"))
        self.service.reconfigure(self.config())

    def save(self) -> None:
        store = self.ctx.settings
        store.set(s.SCALE_ENABLED, self.enabled_check.isChecked())
        store.set(s.SCALE_PORT, self.port_text())
        store.set(s.SCALE_PROTOCOL, self.protocol_combo.currentData())
        store.set(s.SCALE_BAUDRATE, self.baud_combo.currentData())
        store.set(s.SCALE_BYTESIZE, self.bytesize_combo.currentData())
        store.set(s.SCALE_PARITY, self.parity_combo.currentData())
        store.set(s.SCALE_STOPBITS, self.stopbits_combo.currentData())
        store.set(s.SCALE_HOLD_MS, self.hold_ms.value())
        store.set(s.SCALE_HOLD_COUNT, self.hold_count.value())
        store.set(s.SCALE_DEADBAND_GRAMS, self.deadband.value())
        if self.enabled_check.isChecked():
            self.service.reconfigure(self.config())
        else:
            self.service.stop()
        self.ctx.messages.info(self.tr("Scale settings saved."))

    def show_reading(self, reading: Reading | None) -> None:
        self.weight_label.setText(weight_text(reading))
        self.state_label.setText(state_text(reading))

    def record_manual(self) -> None:
        grams, reason = self.manual_grams.text(), self.manual_reason.text()
        self.manual_form.show_errors({})

        def done(weighing: Weighing) -> None:
            self.manual_grams.clear()
            self.manual_reason.clear()
            self.service.accept_manual(weighing)
            self.ctx.messages.info(
                self.tr("Manual weight %1 g recorded.").replace("%1", format_grams(weighing.grams))
            )

        def failed(exc: BaseException) -> bool:
            errors = getattr(exc, "errors", None)
            if errors:
                self.manual_form.show_errors(errors)
                self.manual_grams.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False

        self.ctx.tasks.start(self.ctx.ops.counter.record_manual_weight(grams, reason), done, failed)
