"""Choosing what an offer says: the services, the discount and the contact person it goes to.

Opened with the defaults (a client's contract and contact persons, a prospect's needs and the
person who decides), so Enter alone makes the usual offer. Used for prospects and clients alike.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.outreach.offer_choices import OfferChoice, OfferDefaults


class OfferDialog(QDialog):
    def __init__(self, defaults: OfferDefaults, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.defaults = defaults
        self.setWindowTitle(self.tr("Make an offer"))
        self.setMinimumWidth(480)
        self.resize(640, 520)
        self.heading = QLabel(self.tr("Offer to %1").replace("%1", defaults.organisation), self)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.contact_combo = QComboBox(self)
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact_combo.setMinimumContentsLength(30)
        if not defaults.contacts:
            self.contact_combo.addItem(self.tr("The organisation (no contact person)"), None)
        for contact in defaults.contacts:
            parts = [contact.name, contact.role, contact.email or self.tr("no e-mail")]
            self.contact_combo.addItem(" · ".join(p for p in parts if p), contact.id)
            self.contact_combo.setItemData(
                self.contact_combo.count() - 1, " · ".join(p for p in parts if p), Qt.ItemDataRole.ToolTipRole
            )
        found = self.contact_combo.findData(defaults.contact_id)
        self.contact_combo.setCurrentIndex(max(found, 0))
        self.discount_spin = QDoubleSpinBox(self)
        self.discount_spin.setRange(0, 100)
        self.discount_spin.setDecimals(2)
        self.discount_spin.setSuffix(" %")
        self.discount_spin.setValue(float(defaults.discount))
        self.services_list = QListWidget(self)
        self.services_list.setObjectName("offerServices")
        self.services_list.setWordWrap(True)
        for service in defaults.catalogue:
            item = QListWidgetItem(service.name, self.services_list)
            item.setData(Qt.ItemDataRole.UserRole, service.code)
            item.setToolTip(service.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            chosen = service.code in defaults.services
            item.setCheckState(Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Addressee"), self.contact_combo)
        form.addRow(self.tr("&Discount"), self.discount_spin)
        services_label = QLabel(self.tr("&Services offered (Space ticks)"), self)
        services_label.setBuddy(self.services_list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make and &preview"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(services_label)
        layout.addWidget(self.services_list, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.contact_combo.setFocus()

    def services(self) -> tuple[str, ...]:
        items = (self.services_list.item(row) for row in range(self.services_list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_services(self, codes: tuple[str, ...]) -> None:
        for row in range(self.services_list.count()):
            item = self.services_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def choice(self) -> OfferChoice:
        contact = self.contact_combo.currentData()
        return OfferChoice(
            services=self.services(),
            discount=Decimal(str(round(self.discount_spin.value(), 2))),
            contact_id=int(contact) if contact is not None else None,
        )

    def accept(self) -> None:
        if not self.services():
            self.error_label.setText(self.tr("Tick at least one service to offer."))
            return
        super().accept()
