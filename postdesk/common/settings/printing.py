"""Printers, label stock, print offsets and the barcode of each form."""

from __future__ import annotations

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings.declaring import Setting, declare

__all__ = [
    "BARCODE_SYMBOLOGY",
    "LABEL_OFFSET_X_MM",
    "LABEL_OFFSET_Y_MM",
    "LABEL_PRINTER",
    "LABEL_STOCK",
    "SHEET_OFFSET_X_MM",
    "SHEET_OFFSET_Y_MM",
    "SHEET_PRINTER",
]

# --- Printing --------------------------------------------------------------------------------
SHEET_PRINTER = declare(
    Setting(
        "printing.sheet_printer",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Printer for lists and forms (empty: default)"),
    )
)
LABEL_PRINTER = declare(
    Setting(
        "printing.label_printer",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Printer for address labels (empty: default)"),
    )
)
LABEL_STOCK = declare(
    Setting(
        "printing.label_stock",
        str,
        "198x141",
        QT_TRANSLATE_NOOP("Settings", "Label stock size, mm"),
        choices=("198x141", "176x125", "148x105", "120x85"),
    )
)
SHEET_OFFSET_X_MM = declare(
    Setting(
        "printing.sheet_offset_x_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Forms printer: shift right, mm"),
    )
)
SHEET_OFFSET_Y_MM = declare(
    Setting(
        "printing.sheet_offset_y_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Forms printer: shift down, mm"),
    )
)
LABEL_OFFSET_X_MM = declare(
    Setting(
        "printing.label_offset_x_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Label printer: shift right, mm"),
    )
)
LABEL_OFFSET_Y_MM = declare(
    Setting(
        "printing.label_offset_y_mm",
        float,
        0.0,
        QT_TRANSLATE_NOOP("Settings", "Label printer: shift down, mm"),
    )
)
BARCODE_SYMBOLOGY = {
    form: declare(Setting(f"printing.barcode_{form}", str, "code128", label, choices=("code128", "itf")))
    for form, label in (
        ("labels", QT_TRANSLATE_NOOP("Settings", "Barcode on address labels (form 7-p)")),
        ("f116", QT_TRANSLATE_NOOP("Settings", "Barcode on form 116")),
        ("f107", QT_TRANSLATE_NOOP("Settings", "Barcode on inventories (form 107)")),
        ("f119", QT_TRANSLATE_NOOP("Settings", "Barcode on notices (form 119)")),
        ("f112", QT_TRANSLATE_NOOP("Settings", "Barcode on money orders (form 112EP)")),
    )
}
