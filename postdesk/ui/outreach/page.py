"""The «Потенциальные клиенты» page: the pipeline by stage, my actions due today, search and filters.

Keyboard first: Ctrl+F searches, Ctrl+N adds, Enter edits, F4 logs an activity, F6 changes the
stage, Ctrl+M makes an offer (chosen in a dialog, then previewed), Ctrl+E sends the last offer by
e-mail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.models.prospects import Stage
from postdesk.services.outreach.offers import OfferResult
from postdesk.services.outreach.prospect_data import (
    ACTIVITY_TITLES,
    STAGE_TITLES,
    ActivityView,
    ProspectBoard,
    ProspectRow,
)
from postdesk.services.permissions import Permission
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.page_actions import PageActions
from postdesk.ui.outreach.table_model import ProspectTableModel
from postdesk.ui.table_columns import share_width

HISTORY_LINES = 3


class ProspectsPage(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_offer: OfferResult | None = None
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search by name, INN, sector or contact (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.stage_combo = QComboBox(self)
        self.stage_combo.addItem(self.tr("All open stages"), "")
        for stage, title in STAGE_TITLES.items():
            self.stage_combo.addItem(QCoreApplication.translate("Prospects", title), stage.value)
        self.mine_check = QCheckBox(self.tr("&Mine only"), self)
        self.due_check = QCheckBox(self.tr("&Due today or overdue"), self)
        self.add_button = QPushButton(self.tr("&New…"), self)
        self.activity_button = QPushButton(self.tr("Activity… (F4)"), self)
        self.stage_button = QPushButton(self.tr("Stage… (F6)"), self)
        self.offer_button = QPushButton(self.tr("&Offer…"), self)
        self.offer_button.setToolTip(
            self.tr("Make an offer letter and open it in the print preview (Ctrl+M)")
        )
        self.offer_button.setVisible(ctx.can(Permission.MAKE_OFFERS))
        self.email_button = QPushButton(self.tr("Send by &e-mail"), self)
        self.email_button.setVisible(ctx.can(Permission.MAKE_OFFERS))
        self.label_button = QPushButton(self.tr("Address &label…"), self)
        self.label_button.setVisible(ctx.can(Permission.MAKE_OFFERS))
        self.convert_button = QPushButton(self.tr("Make a &client…"), self)
        self.convert_button.setVisible(ctx.can(Permission.EDIT_CONTRACTS))
        self.notices_button = QPushButton(self.tr("Notices to &clients…"), self)
        self.notices_button.setVisible(ctx.can(Permission.SEND_REMINDERS))
        self.templates_button = QPushButton(self.tr("Letter &texts…"), self)
        self.templates_button.setVisible(ctx.can(Permission.EDIT_LETTER_TEMPLATES))
        self.counts_label = QLabel(self)
        self.model = ProspectTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("prospectsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Organisation, next action and competitor share the width left by the short columns.
        share_width(self.table, (0, 3, 6))
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_label = QLabel(self)
        self.history_label.setObjectName("prospectHistory")
        self.history_label.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.stage_combo)
        filters.addWidget(self.mine_check)
        filters.addWidget(self.due_check)
        # Two rows, so the page fits a 1280-pixel window: the selected prospect's actions, then
        # the making of letters and the office-wide notices.
        buttons = QHBoxLayout()
        for button in (self.add_button, self.activity_button, self.stage_button, self.convert_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        letters = QHBoxLayout()
        for button in (self.offer_button, self.email_button, self.label_button):
            letters.addWidget(button)
        letters.addStretch(1)
        letters.addWidget(self.notices_button)
        letters.addWidget(self.templates_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.counts_label)
        layout.addLayout(buttons)
        layout.addLayout(letters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.history_label)

        self.flow = PageActions(self)
        self._shortcut("Ctrl+F", self.search_edit.setFocus)
        self._shortcut("Ctrl+N", self.flow.open_new)
        self._shortcut("Return", self.flow.open_edit, self.table)
        self._shortcut("F4", self.flow.open_activity)
        self._shortcut("F6", self.flow.open_stage)
        self._shortcut("Ctrl+M", self.flow.make_offer)
        self._shortcut("Ctrl+E", self.flow.send_offer)
        self.search_edit.returnPressed.connect(self.refresh)
        self.search_edit.textChanged.connect(self._search_changed)
        self.stage_combo.currentIndexChanged.connect(self.refresh)
        self.mine_check.toggled.connect(self.refresh)
        self.due_check.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.flow.open_new)
        self.activity_button.clicked.connect(self.flow.open_activity)
        self.stage_button.clicked.connect(self.flow.open_stage)
        self.offer_button.clicked.connect(self.flow.make_offer)
        self.email_button.clicked.connect(self.flow.send_offer)
        self.label_button.clicked.connect(self.flow.print_label)
        self.convert_button.clicked.connect(self.flow.convert)
        self.templates_button.clicked.connect(self.flow.open_templates)
        self.notices_button.clicked.connect(self.flow.open_notices)
        self.table.doubleClicked.connect(lambda _index: self.flow.open_edit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def _shortcut(self, keys: str, slot: object, widget: QWidget | None = None) -> None:
        shortcut = QShortcut(QKeySequence(keys), widget or self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)

    # --- reading -----------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        code = self.stage_combo.currentData()
        operation = self.ctx.ops.outreach.board(
            text=self.search_edit.text(),
            stage=Stage(code) if code else None,
            mine=self.mine_check.isChecked(),
            due_only=self.due_check.isChecked(),
        )
        self.ctx.tasks.start(operation, self._show)

    def _search_changed(self, text: str) -> None:
        if not text:
            self.refresh()

    def _show(self, board: ProspectBoard) -> None:
        selected = self.selected()
        self.model.set_rows(list(board.rows))
        parts = [
            f"{QCoreApplication.translate('Prospects', title)}: {board.stage_counts.get(stage, 0)}"
            for stage, title in STAGE_TITLES.items()
        ]
        due = self.tr("due today or overdue: %1").replace("%1", str(board.due_count))
        self.counts_label.setText(" · ".join([*parts, due]))
        if selected is not None:
            self.select_id(selected.id)
        elif self.model.rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ProspectRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def select_id(self, prospect_id: int) -> None:
        for row, item in enumerate(self.model.rows):
            if item.id == prospect_id:
                self.table.selectRow(row)
                return

    def _selection_changed(self, *_args: object) -> None:
        row = self.selected()
        for button in (self.activity_button, self.stage_button, self.offer_button, self.convert_button):
            button.setEnabled(row is not None)
        has_offer = self.last_offer is not None and row is not None
        self.email_button.setEnabled(has_offer)
        self.label_button.setEnabled(has_offer)
        self.detail_label.setText(self.flow.describe(row) if row else "")
        self.history_label.setText("")
        if row is not None:
            self.ctx.tasks.start(
                self.ctx.ops.outreach.activities(row.id), lambda found: self._history(row.id, found)
            )

    def _history(self, prospect_id: int, activities: list[ActivityView]) -> None:
        """The newest activities of the selected prospect, under its summary."""
        current = self.selected()
        if current is None or current.id != prospect_id:
            return
        lines = []
        for a in activities[:HISTORY_LINES]:
            kind = QCoreApplication.translate("Prospects", ACTIVITY_TITLES[a.kind])
            lines.append(f"{a.at.astimezone():%d.%m.%Y %H:%M} · {kind} · {a.outcome} ({a.user_login})")
        self.history_label.setText("\n".join(lines) or self.tr("No activities yet."))

    def confirm(self, text: str) -> bool:
        """Asks before a change that cannot be undone."""
        answer = QMessageBox.question(self, self.tr("Prospects"), text)
        return answer == QMessageBox.StandardButton.Yes
