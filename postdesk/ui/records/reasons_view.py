"""The supervisor's catalogue of refusal reasons: add, rename, re-scope, retire and restore.

A reason in use is retired, never deleted, so old records keep their meaning; the quick entry
offers only the active ones.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.models.records import ReasonScope
from postdesk.services.records.data import ReasonInfo
from postdesk.ui.context import UiContext


class ReasonsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reasons: list[ReasonInfo] = []
        self.scope_titles = {
            ReasonScope.DECLINED: self.tr("the client declined"),
            ReasonScope.NOT_POSSIBLE: self.tr("not possible here"),
            ReasonScope.ANY: self.tr("either"),
        }
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("reasonsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("For"), self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText("price_terms")
        self.name_edit = QLineEdit(self)
        self.scope_combo = QComboBox(self)
        for scope, title in self.scope_titles.items():
            self.scope_combo.addItem(title, scope)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.retire_button = QPushButton(self.tr("&Retire"), self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("reasonError")
        self.error_label.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("&Code:"), self.code_edit)
        form.addRow(self.tr("Na&me:"), self.name_edit)
        form.addRow(self.tr("&For:"), self.scope_combo)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.retire_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.clear)
        self.save_button.clicked.connect(self.save)
        self.retire_button.clicked.connect(self.toggle_active)
        QShortcut(QKeySequence.StandardKey.New, self, self.clear)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.records.all_reasons(), self._loaded)

    def _loaded(self, reasons: list[ReasonInfo]) -> None:
        self.reasons = reasons
        self.table.setRowCount(len(reasons))
        for row, reason in enumerate(reasons):
            state = self.tr("in use") if reason.active else self.tr("retired")
            for column, text in enumerate((reason.code, reason.name, self.scope_titles[reason.scope], state)):
                item = QTableWidgetItem(text)
                if not reason.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)

    def current(self) -> ReasonInfo | None:
        row = self.table.currentRow()
        return self.reasons[row] if 0 <= row < len(self.reasons) and self.table.selectedItems() else None

    def _selected(self) -> None:
        reason = self.current()
        if reason is None:
            return
        self.code_edit.setText(reason.code)
        self.code_edit.setReadOnly(True)  # the code is what old records point to
        self.name_edit.setText(reason.name)
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(reason.scope))
        self.retire_button.setText(self.tr("&Retire") if reason.active else self.tr("Rest&ore"))
        self.error_label.clear()

    def clear(self) -> None:
        """A new reason: empty fields, the code editable."""
        self.table.clearSelection()
        self.code_edit.setReadOnly(False)
        self.code_edit.clear()
        self.name_edit.clear()
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(ReasonScope.DECLINED))
        self.retire_button.setText(self.tr("&Retire"))
        self.code_edit.setFocus()

    def save(self) -> None:
        """Add the reason or store its new name and scope (its state unchanged)."""
        reason = self.current()
        self._store(active=reason.active if reason is not None else True)

    def _store(self, *, active: bool) -> None:
        op = self.ctx.ops.records.save_reason(
            self.code_edit.text(), self.name_edit.text(), self.scope_combo.currentData(), active=active
        )
        self.ctx.tasks.start(op, self._saved, self._failed)

    def toggle_active(self) -> None:
        """Retire the chosen reason (after asking) or restore a retired one."""
        reason = self.current()
        if reason is None:
            self.error_label.setText(self.tr("Choose a reason in the table first."))
            return
        if reason.active:
            answer = QMessageBox.question(
                self,
                self.tr("Retire the reason"),
                self.tr(
                    "Retire «%1»? It will no longer be offered at the counter; old records keep it."
                ).replace("%1", reason.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._store(active=not reason.active)

    def _saved(self, saved: ReasonInfo) -> None:
        self.error_label.clear()
        self.ctx.tasks.start(
            self.ctx.ops.records.all_reasons(), lambda reasons: self._reselect(reasons, saved)
        )

    def _reselect(self, reasons: list[ReasonInfo], saved: ReasonInfo) -> None:
        self._loaded(reasons)
        codes = [r.code for r in reasons]
        if saved.code in codes:
            self.table.selectRow(codes.index(saved.code))

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.error_label.setText(exc.message)
            return True
        return False
