"""The Settings page: the workstation's own section, then the sections the application wires in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from postdesk.common import settings as s
from postdesk.db.engine import url_without_password
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.validated_form import ValidatedForm


class GeneralSettings(QGroupBox):
    """Name, postcode, language and database of this workstation.

    The postcode (the ШПИ prefix), the name and the database address are an administrator's:
    others see them read-only, and only administrators see the address at all, never its
    password (a masked password is kept as it was when saved).
    """

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Workstation"))
        self.ctx = ctx
        store = ctx.settings
        self.is_admin = ctx.can(Permission.ADMINISTER_WORKSTATION)
        self.form = ValidatedForm(self)
        self.name_edit = QLineEdit(store.get(s.WORKSTATION_NAME))
        self.name_edit.setPlaceholderText(ctx.workstation_name)
        self.form.add_field(
            "workstation_name",
            QCoreApplication.translate("Settings", s.WORKSTATION_NAME.label),
            self.name_edit,
        )
        self.postcode_edit = QLineEdit(store.get(s.OFFICE_POSTCODE))
        self.postcode_edit.setInputMask("999999;_")
        self.form.add_field(
            "office_postcode",
            QCoreApplication.translate("Settings", s.OFFICE_POSTCODE.label),
            self.postcode_edit,
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem("Русский", "ru")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(self.language_combo.findData(store.get(s.LANGUAGE)))
        self.form.add_field(
            "language", QCoreApplication.translate("Settings", s.LANGUAGE.label), self.language_combo
        )
        self._shown_url = url_without_password(store.get(s.DATABASE_URL))
        self.database_edit = QLineEdit(self._shown_url)
        self.database_edit.setObjectName("databaseUrl")
        self.database_edit.setPlaceholderText(self.tr("empty: this computer's own database"))
        if store.overridden_by_environment(s.DATABASE_URL):
            self.database_edit.setEnabled(False)
            self.database_edit.setToolTip(self.tr("Set by the POSTDESK_DATABASE_URL environment variable."))
        if self.is_admin:
            self.form.add_field(
                "database_url",
                QCoreApplication.translate("Settings", s.DATABASE_URL.label),
                self.database_edit,
            )
        else:
            self.database_edit.hide()
            for edit in (self.name_edit, self.postcode_edit):
                edit.setReadOnly(True)
                edit.setToolTip(self.tr("Only an administrator changes this setting."))
        self.note = QLabel(self.tr("Language and database changes take effect after a restart."))
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.setObjectName("saveGeneralSettings")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        self.form.addRow(row)

    def save(self) -> None:
        postcode = self.postcode_edit.text().strip()
        if postcode and (len(postcode) != 6 or not postcode.isdigit()):
            self.form.show_errors({"office_postcode": self.tr("A postcode has 6 digits.")})
            return
        self.form.show_errors({})
        values: dict[s.Setting[Any], Any] = {
            s.WORKSTATION_NAME: self.name_edit.text().strip(),
            s.OFFICE_POSTCODE: postcode,
            s.LANGUAGE: self.language_combo.currentData(),
        }
        url = self.database_edit.text().strip()
        if self.is_admin and self.database_edit.isEnabled() and url != self._shown_url:
            values[s.DATABASE_URL] = url

        def saved(_result: object) -> None:
            self._shown_url = url_without_password(self.ctx.settings.get(s.DATABASE_URL))
            self.database_edit.setText(self._shown_url)
            self.ctx.messages.info(self.tr("Settings saved."))

        self.ctx.tasks.start(self.ctx.ops.settings.change(values), saved)


class SettingsPage(QScrollArea):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.general = GeneralSettings(ctx)
        self.sections.addWidget(self.general)
        for spec in ctx.settings_sections:
            section = spec.build(ctx)
            section.setObjectName(f"settings_{spec.name}")
            self.sections.addWidget(section)
        self.sections.addStretch(1)
        self.setWidget(body)
