"""Organisations that are not clients: the directory tab, its editor, and the results the
Clients page shows beside its own when it searches."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.models.reference import OrganisationKind
from postdesk.services.permissions import Permission
from postdesk.services.reference.data import OrganisationDraft, OrganisationInfo
from postdesk.ui.context import UiContext
from postdesk.ui.reference.tables import fill, read_only_table, selected_row

KIND_TITLES = {
    OrganisationKind.PARTNER: QT_TRANSLATE_NOOP("Reference", "partner"),
    OrganisationKind.HIGHER: QT_TRANSLATE_NOOP("Reference", "higher organisation"),
    OrganisationKind.COMPETITOR_OFFICE: QT_TRANSLATE_NOOP("Reference", "competitor's office"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Reference", "other"),
}


def _rows(found: list[OrganisationInfo]) -> list[list[str]]:
    return [
        [o.name, translate("Reference", KIND_TITLES[o.kind]), o.phone, o.contact_person, o.email]
        for o in found
    ]


class OrganisationDialog(QDialog):
    saved = Signal(object)

    def __init__(
        self, ctx: UiContext, current: OrganisationInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current = current
        self.setWindowTitle(self.tr("Organisation"))
        self.name_edit = QLineEdit(current.name if current else "", self)
        self.kind_combo = QComboBox(self)
        for kind, title in KIND_TITLES.items():
            self.kind_combo.addItem(translate("Reference", title), kind.value)
        if current:
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(current.kind.value))
        self.phone_edit = QLineEdit(current.phone if current else "", self)
        self.contact_edit = QLineEdit(current.contact_person if current else "", self)
        self.email_edit = QLineEdit(current.email if current else "", self)
        self.address_edit = QLineEdit(current.address if current else "", self)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Kind"), self.kind_combo)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("&Contact person"), self.contact_edit)
        form.addRow(self.tr("&E-mail"), self.email_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        draft = OrganisationDraft(
            self.name_edit.text(),
            OrganisationKind(self.kind_combo.currentData()),
            self.phone_edit.text(),
            self.contact_edit.text(),
            self.email_edit.text(),
            self.address_edit.text(),
        )
        operation = self.ctx.ops.reference.save_organisation(draft, self.current.id if self.current else None)
        self.ctx.tasks.start(operation, self._done)

    def _done(self, info: OrganisationInfo) -> None:
        self.saved.emit(info)
        self.accept()


class OrganisationsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.found: list[OrganisationInfo] = []
        self.dialog: OrganisationDialog | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("organisationSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, phone or contact person"))
        self.search_edit.setClearButtonEnabled(True)
        manage = ctx.can(Permission.MANAGE_REFERENCE)
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Change…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(manage)
        self.table = read_only_table(
            self,
            "organisationsTable",
            [
                self.tr("Name"),
                self.tr("Kind"),
                self.tr("Phone"),
                self.tr("Contact person"),
                self.tr("E-mail"),
            ],
        )
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.search_edit.textChanged.connect(self.refresh)
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button.clicked.connect(lambda: self.open_editor(self.selected()))
        self.delete_button.clicked.connect(self._delete_clicked)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.reference.organisations(self.search_edit.text()), self._show)

    def _show(self, found: list[OrganisationInfo]) -> None:
        self.found = found
        fill(self.table, _rows(found))

    def selected(self) -> OrganisationInfo | None:
        row = selected_row(self.table)
        return self.found[row] if row is not None and row < len(self.found) else None

    def open_editor(self, current: OrganisationInfo | None) -> OrganisationDialog:
        self.dialog = OrganisationDialog(self.ctx, current, self)
        self.dialog.saved.connect(lambda _o: self.refresh())
        self.dialog.open()
        return self.dialog

    def _delete_clicked(self) -> None:
        self.delete()

    def delete(self, *, confirmed: bool = False) -> None:
        current = self.selected()
        if current is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr("Delete «%1» from the directory?").replace("%1", current.name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.tasks.start(
            self.ctx.ops.reference.delete_organisation(current.id), lambda _r: self.refresh()
        )


class OrganisationResults(QGroupBox):
    """Organisations matching the Clients page's search, shown in a section of their own."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Other organisations"))
        self.setObjectName("organisationResults")
        self.found: list[OrganisationInfo] = []
        self.table = read_only_table(
            self,
            "organisationHits",
            [self.tr("Name"), self.tr("Kind"), self.tr("Phone"), self.tr("Contact person")],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.hide()

    def search(self, text: str) -> None:
        if not text.strip():
            self.found = []
            self.hide()
            return
        self.ctx.tasks.start(self.ctx.ops.reference.organisations(text), self._show)

    def _show(self, found: list[OrganisationInfo]) -> None:
        self.found = found
        fill(self.table, [row[:4] for row in _rows(found)])
        self.setVisible(bool(found))
