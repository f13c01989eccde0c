"""The Printing section of the Settings page: printers, label stock, offsets, barcode per form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGroupBox, QHBoxLayout, QPushButton, QWidget

from postdesk.common import settings as s
from postdesk.common.settings import Setting
from postdesk.ui.context import UiContext
from postdesk.ui.printing.preview import show_calibration_page
from postdesk.ui.widgets.validated_form import ValidatedForm

OFFSET_SETTINGS = (s.SHEET_OFFSET_X_MM, s.SHEET_OFFSET_Y_MM, s.LABEL_OFFSET_X_MM, s.LABEL_OFFSET_Y_MM)
SYMBOLOGY_NAMES = {"code128": "Code 128", "itf": "Interleaved 2 of 5 (ITF)"}


def _label(setting: Setting[Any]) -> str:
    return QCoreApplication.translate("Settings", setting.label)


class PrintSettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Printing"))
        self.ctx = ctx
        store = ctx.settings
        self.form = ValidatedForm(self)
        printers = QPrinterInfo.availablePrinterNames()
        self.printer_combos: dict[str, QComboBox] = {}
        for key, printer_setting in (("sheet", s.SHEET_PRINTER), ("label", s.LABEL_PRINTER)):
            combo = QComboBox()
            combo.addItem(self.tr("System default printer"), "")
            for name in printers:
                combo.addItem(name, name)
            current = store.get(printer_setting)
            if current and combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(combo.findData(current))
            self.printer_combos[key] = combo
            self.form.add_field(f"{key}_printer", _label(printer_setting), combo)
        self.stock_combo = QComboBox()
        for stock in s.LABEL_STOCK.choices:
            width, height = stock.split("x")
            self.stock_combo.addItem(f"{width} × {height}", stock)
        self.stock_combo.setCurrentIndex(self.stock_combo.findData(store.get(s.LABEL_STOCK)))
        self.form.add_field("label_stock", _label(s.LABEL_STOCK), self.stock_combo)
        self.offsets: dict[str, QDoubleSpinBox] = {}
        for offset_setting in OFFSET_SETTINGS:
            spin = QDoubleSpinBox()
            spin.setRange(-20.0, 20.0)
            spin.setSingleStep(0.5)
            spin.setDecimals(1)
            spin.setSuffix(self.tr(" mm"))
            spin.setValue(store.get(offset_setting))
            self.offsets[offset_setting.key] = spin
            self.form.add_field(offset_setting.key, _label(offset_setting), spin)
        self.symbologies: dict[str, QComboBox] = {}
        for form, setting in s.BARCODE_SYMBOLOGY.items():
            combo = QComboBox()
            for value in setting.choices:
                combo.addItem(SYMBOLOGY_NAMES[value], value)
            combo.setCurrentIndex(combo.findData(store.get(setting)))
            self.symbologies[form] = combo
            self.form.add_field(setting.key, _label(setting), combo)

        self.sheet_test = QPushButton(self.tr("Test page for forms (A4)"))
        self.label_test = QPushButton(self.tr("Test page for labels"))
        self.save_button = QPushButton(self.tr("Save print settings"))
        self.save_button.setObjectName("savePrintSettings")
        row = QHBoxLayout()
        row.addWidget(self.sheet_test)
        row.addWidget(self.label_test)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.form.addRow(row)
        self.save_button.clicked.connect(self.save)
        self.sheet_test.clicked.connect(lambda: self._test_page(labels=False))
        self.label_test.clicked.connect(lambda: self._test_page(labels=True))

    def save(self) -> None:
        store = self.ctx.settings
        store.set(s.SHEET_PRINTER, self.printer_combos["sheet"].currentData())
        store.set(s.LABEL_PRINTER, self.printer_combos["label"].currentData())
        store.set(s.LABEL_STOCK, self.stock_combo.currentData())
        for offset_setting in OFFSET_SETTINGS:
            store.set(offset_setting, self.offsets[offset_setting.key].value())
        for form, symbology_setting in s.BARCODE_SYMBOLOGY.items():
            store.set(symbology_setting, self.symbologies[form].currentData())
        self.ctx.messages.info(self.tr("Print settings saved."))

    def _test_page(self, *, labels: bool) -> None:
        """Save first: the test page shows the offsets as they are stored."""
        self.save()
        show_calibration_page(self.ctx, labels=labels, parent=self).open()
