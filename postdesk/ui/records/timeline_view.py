"""The client's timeline on the client card: newest first, filters by kind and period, paged;
a contact note is typed under it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.common.money import format_rubles
from postdesk.services.records.timeline import KIND_TITLES, PAGE_SIZE, TimelinePage, TimelineQuery
from postdesk.ui.context import UiContext


class TimelineView(QWidget):
    def __init__(self, ctx: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.client_id, self.offset = ctx, client_id, 0
        self.page: TimelinePage | None = None
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All events"), None)
        for kind in ctx.ops.records.timeline_kinds:
            self.kind_combo.addItem(QCoreApplication.translate("Timeline", KIND_TITLES.get(kind, kind)), kind)
        self.period_check = QCheckBox(self.tr("Period:"), self)
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-3), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(lambda _d: self.reload())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.period_check.toggled.connect(lambda _c: self.reload())
        filters = QHBoxLayout()
        filters.addWidget(self.kind_combo)
        filters.addWidget(self.period_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel("—", self))
        filters.addWidget(self.until_edit)
        filters.addStretch(1)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("timelineTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Amount, ₽")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.newer_button = QPushButton(self.tr("← Newer"), self)
        self.older_button = QPushButton(self.tr("Older →"), self)
        self.newer_button.clicked.connect(lambda: self.load(max(0, self.offset - PAGE_SIZE)))
        self.older_button.clicked.connect(lambda: self.load(self.offset + PAGE_SIZE))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("What was said with the client (a call, a visit)…"))
        self.note_button = QPushButton(self.tr("Add the &note"), self)
        self.note_button.clicked.connect(self.add_note)
        self.note_edit.returnPressed.connect(self.add_note)
        self.note_error = QLabel(self)
        self.note_error.setStyleSheet("color: #b00020;")
        paging = QHBoxLayout()
        paging.addWidget(self.note_edit, 1)
        paging.addWidget(self.note_button)
        paging.addWidget(self.note_error)
        paging.addStretch(1)
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        self.reload()

    def add_note(self) -> None:
        """A contact note on the timeline; the list shows it at once (newest first)."""
        self.ctx.tasks.start(
            self.ctx.ops.records.add_note(self.client_id, self.note_edit.text()),
            self._note_added,
            self._note_failed,
        )

    def _note_added(self, _note: object) -> None:
        self.note_edit.clear()
        self.note_error.clear()
        self.reload()

    def _note_failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.note_error.setText(exc.message)
            return True
        return False

    def query(self) -> TimelineQuery:
        kind = self.kind_combo.currentData()
        since = until = None
        if self.period_check.isChecked():
            first, last = self.since_edit.date(), self.until_edit.date().addDays(1)
            since = dt.datetime(first.year(), first.month(), first.day(), tzinfo=dt.UTC)
            until = dt.datetime(last.year(), last.month(), last.day(), tzinfo=dt.UTC)
        return TimelineQuery(self.client_id, frozenset({kind}) if kind else None, since, until)

    def reload(self) -> None:
        self.load(0)

    def load(self, offset: int) -> None:
        self.ctx.tasks.start(self.ctx.ops.records.timeline(self.query(), offset=offset), self._show)

    def _show(self, page: TimelinePage) -> None:
        self.page, self.offset = page, page.offset
        self.table.setRowCount(len(page.events))
        for row, event in enumerate(page.events):
            title = QCoreApplication.translate("Timeline", KIND_TITLES.get(event.kind, event.kind))
            amount = format_rubles(event.amount_kop).replace(".", ",") if event.amount_kop else ""
            cells = [event.at.astimezone().strftime("%d.%m.%Y %H:%M"), title, event.summary, amount]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.newer_button.setEnabled(page.offset > 0)
        self.older_button.setEnabled(page.has_more)
