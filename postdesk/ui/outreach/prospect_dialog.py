"""Adding or editing a prospect: the organisation, the person who decides, needs and the competitor."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.money import field_text, parse_rubles
from postdesk.models.prospects import ProspectSource
from postdesk.services.outreach.prospect_data import SOURCE_TITLES, ContactInput, ProspectDraft, ProspectView
from postdesk.services.records.data import CatalogueEntry
from postdesk.ui.widgets.fit import grow_to_fit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class ProspectDialog(QDialog):
    def __init__(
        self,
        services: list[CatalogueEntry],
        current: ProspectView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.current = current
        self.setWindowTitle(self.tr("Prospect") if current is None else current.name)
        self.name_edit = QLineEdit(self)
        self.inn_edit = QLineEdit(self)
        self.inn_edit.setMaxLength(12)
        self.kpp_edit = QLineEdit(self)
        self.kpp_edit.setMaxLength(9)
        self.sector_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.source_combo = QComboBox(self)
        for source, title in SOURCE_TITLES.items():
            self.source_combo.addItem(QCoreApplication.translate("Prospects", title), source.value)
        self.contact_edit = QLineEdit(self)
        self.role_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.decides_check = QCheckBox(self.tr("Decides on the contract"), self)
        self.decides_check.setChecked(True)
        self.service_combo = QComboBox(self)
        for entry in services:
            self.service_combo.addItem(entry.name, entry.code)
        self.competitor_edit = QLineEdit(self)
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText(self.tr("rubles per item, e.g. 75,50"))
        self.volume_spin = QSpinBox(self)
        self.volume_spin.setRange(0, 10_000_000)
        self.discount_spin = QDoubleSpinBox(self)
        self.discount_spin.setRange(0, 100)
        self.discount_spin.setSuffix(" %")
        self.action_edit = QLineEdit(self)
        self.action_date = QDateEdit(self)
        self.action_date.setCalendarPopup(True)
        self.action_date.setDisplayFormat("dd.MM.yyyy")
        self.action_date.setDate(_qdate(dt.date.today()))

        form = QFormLayout()
        form.addRow(self.tr("&Organisation"), self.name_edit)
        form.addRow(self.tr("INN"), self.inn_edit)
        form.addRow(self.tr("KPP"), self.kpp_edit)
        form.addRow(self.tr("Sector"), self.sector_edit)
        form.addRow(self.tr("Address"), self.address_edit)
        form.addRow(self.tr("Source"), self.source_combo)
        form.addRow(self.tr("&Contact person"), self.contact_edit)
        form.addRow(self.tr("Position"), self.role_edit)
        form.addRow(self.tr("E-mail"), self.email_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        form.addRow("", self.decides_check)
        form.addRow(self.tr("Service needed"), self.service_combo)
        form.addRow(self.tr("Current provider"), self.competitor_edit)
        form.addRow(self.tr("Their price"), self.price_edit)
        form.addRow(self.tr("Items per month"), self.volume_spin)
        form.addRow(self.tr("Discount we propose"), self.discount_spin)
        form.addRow(self.tr("&Next action"), self.action_edit)
        form.addRow(self.tr("Next action on"), self.action_date)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if current is not None:
            self._fill(current)

    def _fill(self, p: ProspectView) -> None:
        self.name_edit.setText(p.name)
        self.inn_edit.setText(p.inn)
        self.kpp_edit.setText(p.kpp)
        self.sector_edit.setText(p.sector)
        self.address_edit.setText(p.address)
        self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(p.source.value)))
        person = p.decision_maker
        if person is not None:
            self.contact_edit.setText(person.name)
            self.role_edit.setText(person.role)
            self.email_edit.setText(person.email)
            self.phone_edit.setText(person.phones)
            self.decides_check.setChecked(person.decides)
        if p.services:
            self.service_combo.setCurrentIndex(max(0, self.service_combo.findData(p.services[0])))
        self.competitor_edit.setText(p.competitor_name)
        if p.competitor_price_kop is not None:
            self.price_edit.setText(field_text(p.competitor_price_kop))
        self.volume_spin.setValue(p.monthly_volume)
        self.discount_spin.setValue(float(p.proposed_discount_percent))
        self.action_edit.setText(p.next_action)
        if p.next_action_on is not None:
            self.action_date.setDate(_qdate(p.next_action_on))

    def show_errors(self, errors: dict[str, str]) -> None:
        """The problems of the fields, under the form, so they are fixed without retyping."""
        self.error_label.setText("\n".join(errors.values()))
        grow_to_fit(self)

    def price_kop(self) -> int | None:
        """The competitor's price typed, None when empty; ValueError when it is not an amount."""
        text = self.price_edit.text().strip()
        return parse_rubles(text) if text else None

    def draft(self) -> ProspectDraft:
        contacts: tuple[ContactInput, ...] = ()
        if self.contact_edit.text().strip():
            contacts = (
                ContactInput(
                    self.contact_edit.text(),
                    self.role_edit.text(),
                    self.phone_edit.text(),
                    self.email_edit.text(),
                    self.decides_check.isChecked(),
                ),
            )
        if self.current is not None:  # the other contacts stay as they were
            person = self.current.decision_maker
            others = tuple(
                ContactInput(c.name, c.role, c.phones, c.email, c.decides)
                for c in self.current.contacts
                if person is None or c.id != person.id
            )
            contacts = contacts + others
        code = self.service_combo.currentData()
        base = self.current.to_draft() if self.current is not None else ProspectDraft(name="")
        services = tuple(dict.fromkeys((code, *base.services))) if code else base.services
        return ProspectDraft(
            name=self.name_edit.text(),
            inn=self.inn_edit.text(),
            kpp=self.kpp_edit.text(),
            sector=self.sector_edit.text(),
            address=self.address_edit.text(),
            phones=base.phones,
            email=base.email,
            source=ProspectSource(self.source_combo.currentData()),
            contacts=contacts,
            services=services,
            competitor_name=self.competitor_edit.text(),
            competitor_price_kop=self.price_kop(),
            competitor_service_code=code or "",
            monthly_volume=self.volume_spin.value(),
            proposed_discount_percent=Decimal(str(round(self.discount_spin.value(), 2))),
            next_action=self.action_edit.text(),
            next_action_on=_pydate(self.action_date.date()) if self.action_edit.text().strip() else None,
            notes=base.notes,
            id=base.id,
        )
