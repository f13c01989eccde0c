"""The Settings page: the workstation's own section, then the sections the application wires in."""

from __future__ import annotations

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
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.validated_form import ValidatedForm


class GeneralSettings(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Workstation"))
        self.ctx = ctx
        store = ctx.settings
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
        self.database_edit = QLineEdit(store.get(s.DATABASE_URL))
        self.database_edit.setPlaceholderText(self.tr("empty: this computer's own database"))
        if store.overridden_by_environment(s.DATABASE_URL):
            self.database_edit.setEnabled(False)
            self.database_edit.setToolTip(self.tr("Set by the POSTDESK_DATABASE_URL environment variable."))
        self.form.add_field(
            "database_url", QCoreApplication.translate("Settings", s.DATABASE_URL.label), self.database_edit
        )
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
        store = self.ctx.settings
        store.set(s.WORKSTATION_NAME, self.name_edit.text().strip())
        store.set(s.OFFICE_POSTCODE, postcode)
        store.set(s.LANGUAGE, self.language_combo.currentData())
        if self.database_edit.isEnabled():
            store.set(s.DATABASE_URL, self.database_edit.text().strip())
        self.ctx.messages.info(self.tr("Settings saved."))


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
