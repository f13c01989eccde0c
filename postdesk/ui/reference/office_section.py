"""The office set-up on the Settings page (administrators): the office, its letterhead, the
higher organisation for appeals, the mail server, and the identifier ranges.

Everything here is a setting declared once in ``common/settings/`` (saved through the
settings operation, audited when protected) except the ranges, which live in the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common import settings as s
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.reference.ranges_box import RangesBox

TEXT_SETTINGS = (
    s.OFFICE_NAME,
    s.OFFICE_ADDRESS,
    s.OFFICE_CONTACTS,
    s.OFFICE_REQUISITES,
    s.LETTER_SIGNATORY,
    s.HIGHER_ORGANISATION_NAME,
    s.HIGHER_ORGANISATION_ADDRESS,
    s.SMTP_HOST,
    s.SMTP_LOGIN,
    s.MAIL_FROM,
)


def _label(setting: s.Setting[Any]) -> str:
    return QCoreApplication.translate("Settings", setting.label)


class OfficeSetupSection(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Office set-up"))
        self.is_admin = ctx.can(Permission.ADMINISTER_WORKSTATION)
        store = ctx.settings
        self.postcode_edit = QLineEdit(store.get(s.OFFICE_POSTCODE), self)
        self.postcode_edit.setObjectName("officePostcode")
        self.postcode_edit.setInputMask("999999;_")
        self.edits: dict[str, QLineEdit] = {}
        for setting in TEXT_SETTINGS:
            edit = QLineEdit(store.get(setting), self)
            edit.setObjectName(setting.key)
            self.edits[setting.key] = edit
        self.logo_edit = QLineEdit(store.get(s.OFFICE_LOGO), self)
        self.logo_edit.setObjectName(s.OFFICE_LOGO.key)
        logo_button = QPushButton(self.tr("C&hoose…"), self)
        logo_button.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_edit, 1)
        logo_row.addWidget(logo_button)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(store.get(s.SMTP_PORT))
        self.security_combo = QComboBox(self)
        for value in s.SMTP_SECURITY.choices:
            self.security_combo.addItem(value.upper(), value)
        self.security_combo.setCurrentIndex(self.security_combo.findData(store.get(s.SMTP_SECURITY)))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("unchanged") if store.get(s.SMTP_PASSWORD) else self.tr("no password")
        )
        self.warn_spin = QSpinBox(self)
        self.warn_spin.setRange(0, 10_000_000)
        self.warn_spin.setValue(store.get(s.RANGE_WARN_BELOW))
        self.save_button = QPushButton(self.tr("&Save office set-up"), self)
        self.save_button.setObjectName("saveOfficeSetup")

        form = QFormLayout()
        form.addRow(_label(s.OFFICE_POSTCODE), self.postcode_edit)
        for setting in TEXT_SETTINGS[:5]:
            form.addRow(_label(setting), self.edits[setting.key])
        form.addRow(_label(s.OFFICE_LOGO), logo_row)
        for setting in TEXT_SETTINGS[5:7]:
            form.addRow(_label(setting), self.edits[setting.key])
        form.addRow(_label(s.SMTP_HOST), self.edits[s.SMTP_HOST.key])
        form.addRow(_label(s.SMTP_PORT), self.port_spin)
        form.addRow(_label(s.SMTP_SECURITY), self.security_combo)
        form.addRow(_label(s.SMTP_LOGIN), self.edits[s.SMTP_LOGIN.key])
        form.addRow(_label(s.SMTP_PASSWORD), self.password_edit)
        form.addRow(_label(s.MAIL_FROM), self.edits[s.MAIL_FROM.key])
        form.addRow(_label(s.RANGE_WARN_BELOW), self.warn_spin)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        form.addRow(save_row)
        self.ranges = RangesBox(ctx, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.ranges)
        self.save_button.clicked.connect(self.save)
        if not self.is_admin:
            for edit in (self.postcode_edit, self.logo_edit, self.password_edit, *self.edits.values()):
                edit.setReadOnly(True)
            for widget in (
                logo_button,
                self.port_spin,
                self.security_combo,
                self.warn_spin,
                self.save_button,
            ):
                widget.setEnabled(False)
            self.setToolTip(self.tr("Only an administrator changes the office set-up."))

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), "", "PNG, JPEG (*.png *.jpg *.jpeg)"
        )
        if name:
            self.logo_edit.setText(name)

    def save(self) -> None:
        postcode = self.postcode_edit.text().strip()
        if postcode and len(postcode) != 6:
            self.ctx.messages.warning(self.tr("A postcode has 6 digits."))
            return
        values: dict[s.Setting[Any], Any] = {
            setting: self.edits[setting.key].text().strip() for setting in TEXT_SETTINGS
        }
        values[s.OFFICE_POSTCODE] = postcode
        values[s.OFFICE_LOGO] = self.logo_edit.text().strip()
        values[s.SMTP_PORT] = self.port_spin.value()
        values[s.SMTP_SECURITY] = self.security_combo.currentData()
        values[s.RANGE_WARN_BELOW] = self.warn_spin.value()
        if self.password_edit.text():
            values[s.SMTP_PASSWORD] = self.password_edit.text()

        def saved(_keys: object) -> None:
            self.password_edit.clear()
            self.ctx.messages.info(self.tr("The office set-up is saved."))
            self.ranges.refresh()

        self.ctx.tasks.start(self.ctx.ops.settings.change(values), saved)
