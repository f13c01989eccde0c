"""Which form, on which stock, with which barcode and printer offsets.

:class:`PrintOptions` is read from the workstation settings (:func:`options_from_settings`);
renderers take it as a plain value, so tests and the benchmark build it directly.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from postdesk.common import settings as s
from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.settings import SettingsStore
from postdesk.printing.barcodes import Symbology
from postdesk.printing.sheet import Offset


class FormKind(enum.StrEnum):
    F103 = "f103"
    LABELS = "labels"
    F116 = "f116"
    F107 = "f107"
    F119 = "f119"
    F112 = "f112"
    RECEIPT = "receipt"


FORM_TITLES: dict[FormKind, str] = {
    FormKind.F103: QT_TRANSLATE_NOOP("PrintForms", "List of items (form 103)"),
    FormKind.LABELS: QT_TRANSLATE_NOOP("PrintForms", "Address labels (form 7-p)"),
    FormKind.F116: QT_TRANSLATE_NOOP("PrintForms", "Accompanying address (form 116)"),
    FormKind.F107: QT_TRANSLATE_NOOP("PrintForms", "Inventory of contents (form 107)"),
    FormKind.F119: QT_TRANSLATE_NOOP("PrintForms", "Notices of delivery (form 119)"),
    FormKind.F112: QT_TRANSLATE_NOOP("PrintForms", "Money orders (form 112EP)"),
    FormKind.RECEIPT: QT_TRANSLATE_NOOP("PrintForms", "Acceptance receipt"),
}

# Forms printed on the label printer; everything else goes to the sheet (A4) printer.
LABEL_FORMS = frozenset({FormKind.LABELS})


@dataclass(frozen=True)
class LabelStock:
    """A label size in millimetres (landscape: width ≥ height)."""

    width_mm: float
    height_mm: float

    @classmethod
    def parse(cls, text: str) -> LabelStock:
        """``"198x141"`` → 198 × 141 mm."""
        width, _, height = text.lower().partition("x")
        return cls(float(width), float(height))

    @property
    def name(self) -> str:
        return f"{self.width_mm:g}x{self.height_mm:g}"


LABEL_STOCKS = ("198x141", "176x125", "148x105", "120x85")

DEFAULT_SYMBOLOGY: dict[FormKind, Symbology] = {kind: Symbology.CODE128 for kind in FormKind}


@dataclass(frozen=True)
class PrintOptions:
    label_stock: LabelStock = LabelStock(198, 141)
    sheet_offset: Offset = field(default_factory=Offset)
    label_offset: Offset = field(default_factory=Offset)
    symbology: dict[FormKind, Symbology] = field(default_factory=lambda: dict(DEFAULT_SYMBOLOGY))
    f103_copies: int = 2

    def offset_for(self, kind: FormKind) -> Offset:
        return self.label_offset if kind in LABEL_FORMS else self.sheet_offset

    def symbology_for(self, kind: FormKind) -> Symbology:
        return self.symbology.get(kind, Symbology.CODE128)


def options_from_settings(store: SettingsStore) -> PrintOptions:
    symbology = dict(DEFAULT_SYMBOLOGY)
    for kind, setting in s.BARCODE_SYMBOLOGY.items():
        symbology[FormKind(kind)] = Symbology(store.get(setting))
    return PrintOptions(
        label_stock=LabelStock.parse(store.get(s.LABEL_STOCK)),
        sheet_offset=Offset(store.get(s.SHEET_OFFSET_X_MM), store.get(s.SHEET_OFFSET_Y_MM)),
        label_offset=Offset(store.get(s.LABEL_OFFSET_X_MM), store.get(s.LABEL_OFFSET_Y_MM)),
        symbology=symbology,
    )
