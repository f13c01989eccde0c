"""Correcting an accepted item: what was weighed, declared, ordered or addressed wrongly.

Only the fields the supervisor changes are sent; the service re-prices the item under the
tariff and discount the batch was accepted with and keeps the reason in the audit log.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from postdesk.common.money import field_text, parse_rubles
from postdesk.postal.mailclasses import NOTICE_TITLES, NoticeKind
from postdesk.services.counter.batch_views import ItemView
from postdesk.services.counter.corrections import ItemCorrection
from postdesk.ui.counter.dialogs import ReasonDialog

_T = TypeVar("_T")


class CorrectionDialog(ReasonDialog):
    """Mass, declared value, cash on delivery, services and address of one accepted item."""

    def __init__(self, item: ItemView, parent: QWidget | None = None, *, draft: bool = False) -> None:
        """``draft``: the item is not accepted yet, so its declared data (and declared mass) are fixed."""
        intro = (
            self.tr("Item № %1 (%2). Fix what the list declared; the reason is kept in the audit log.")
            if draft
            else self.tr("Item № %1 (%2). The item is re-priced under the tariff it was accepted with.")
        )
        super().__init__(
            self.tr("Fix the declared data") if draft else self.tr("Correct the item"),
            intro.replace("%1", str(item.seq)).replace("%2", item.barcode or "—"),
            parent,
        )
        self.item = item
        self._mass_before = item.declared_mass_g if draft else item.priced_mass_g
        self.mass_spin = QSpinBox(self)
        self.mass_spin.setRange(1, 1_000_000)
        self.mass_spin.setSuffix(self.tr(" g"))
        self.mass_spin.setValue(self._mass_before)
        self.value_edit = QLineEdit(field_text(item.declared_value_kop), self)
        self.cod_edit = QLineEdit(field_text(item.cod_kop), self)
        self.notice_combo = QComboBox(self)
        for kind, title in NOTICE_TITLES.items():
            self.notice_combo.addItem(QCoreApplication.translate("NoticeKind", title), kind.value)
        self.notice_combo.setCurrentIndex(max(0, self.notice_combo.findData(item.notice)))
        self.inventory_check = QCheckBox(self.tr("Inventory of contents (ф.107)"), self)
        self.inventory_check.setChecked(item.inventory)
        self.sms_check = QCheckBox(self.tr("SMS notice"), self)
        self.sms_check.setChecked(item.sms)
        self.recipient_edit = QLineEdit(item.recipient_name, self)
        self.address_edit = QLineEdit(item.address, self)
        self.postcode_edit = QLineEdit(item.postcode, self)
        self.postcode_edit.setInputMask("999999")
        rows = [
            ("mass", self.tr("Mass:"), self.mass_spin),
            ("value", self.tr("Declared value, ₽:"), self.value_edit),
            ("cod", self.tr("Cash on delivery, ₽:"), self.cod_edit),
            ("notice", self.tr("Notice:"), self.notice_combo),
            ("inventory", "", self.inventory_check),
            ("sms", "", self.sms_check),
            ("recipient", self.tr("Recipient:"), self.recipient_edit),
            ("address", self.tr("Address:"), self.address_edit),
            ("postcode", self.tr("Postcode:"), self.postcode_edit),
        ]
        for position, (key, label, widget) in enumerate(rows):
            self.form.add_field(key, label, widget, position=position)
        self._value_kop, self._cod_kop = item.declared_value_kop, item.cod_kop

    def _errors(self) -> dict[str, str]:
        errors = super()._errors()
        amounts: dict[str, int] = {}
        for key, edit in (("value", self.value_edit), ("cod", self.cod_edit)):
            try:
                amounts[key] = parse_rubles(edit.text() or "0")
            except ValueError:
                errors[key] = self.tr("Enter an amount in rubles, e.g. 1500 or 1500,50.")
        value, cod = amounts.get("value", self.item.declared_value_kop), amounts.get("cod", 0)
        if "cod" not in errors and cod and not value:
            errors["cod"] = self.tr("Cash on delivery needs a declared value.")
        elif "cod" not in errors and cod > value:
            errors["cod"] = self.tr("Cash on delivery cannot be more than the declared value.")
        if self.inventory_check.isChecked() and not value:
            errors["inventory"] = self.tr("An inventory needs a declared value.")
        if len(self.postcode_edit.text().strip()) not in {0, 6}:
            errors["postcode"] = self.tr("A postcode has six digits.")
        self._value_kop, self._cod_kop = value, cod
        return errors

    def correction(self) -> ItemCorrection:
        """The changed fields only (valid after the dialog was accepted)."""
        item = self.item

        def changed(new: str, old: str) -> str | None:
            return new.strip() if new.strip() and new.strip() != old else None

        def differs(new: _T, old: _T) -> _T | None:
            return new if new != old else None

        notice = NoticeKind(self.notice_combo.currentData())
        return ItemCorrection(
            mass_g=differs(self.mass_spin.value(), self._mass_before),
            declared_value_kop=differs(self._value_kop, item.declared_value_kop),
            cod_kop=differs(self._cod_kop, item.cod_kop),
            notice=notice if notice.value != item.notice else None,
            inventory=differs(self.inventory_check.isChecked(), item.inventory),
            sms=differs(self.sms_check.isChecked(), item.sms),
            recipient_name=changed(self.recipient_edit.text(), item.recipient_name),
            address=changed(self.address_edit.text(), item.address),
            postcode=changed(self.postcode_edit.text(), item.postcode),
        )
