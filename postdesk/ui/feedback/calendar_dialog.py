"""The administrator's production calendar: a year's status and special days, day edits, CSV import.

Every change is audited by the service and recomputes the deadlines of open feedback at once.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.calendar.years import CalendarStatus, YearData
from postdesk.services.calendar import CalendarChange
from postdesk.ui.context import UiContext
from postdesk.ui.widgets.fit import grow_to_fit


class CalendarDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: YearData | None = None
        self.setWindowTitle(self.tr("Production calendar"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(1992, 2100)
        self.year_spin.setValue(dt.date.today().year)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.days_list = QListWidget(self)
        self.day_edit = QDateEdit(QDate.currentDate(), self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        self.working_check = QCheckBox(self.tr("Working day"), self)
        self.short_check = QCheckBox(self.tr("Shortened"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Reason, e.g. the decree's number"))
        self.apply_button = QPushButton(self.tr("&Apply"), self)
        self.import_button = QPushButton(self.tr("&Import open-data CSV…"), self)
        edit_row = QHBoxLayout()
        for widget in (
            self.day_edit,
            self.working_check,
            self.short_check,
            self.note_edit,
            self.apply_button,
        ):
            edit_row.addWidget(widget)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.days_list, 1)
        layout.addLayout(edit_row)
        self.year_spin.valueChanged.connect(self.refresh)
        self.apply_button.clicked.connect(self.apply)
        self.import_button.clicked.connect(self._import_clicked)
        self.refresh()

    def refresh(self) -> None:
        year = self.year_spin.value()
        self.ctx.tasks.start(self.ctx.ops.feedback.calendar_year(year), self.show_year)

    def show_year(self, data: YearData) -> None:
        self.data = data
        counts = " ".join(str(c) for c in data.month_counts())
        text = self.tr("%1: %2 working days (%3)").replace("%1", str(data.year))
        text = text.replace("%2", str(data.working_days())).replace("%3", counts)
        if data.status is CalendarStatus.DRAFT:
            text += "\n" + self.tr(
                "Draft from the Labour Code only: transfers of days off are missing. "
                "Import the official calendar."
            )
            self.status_label.setStyleSheet("background: #fff3cd; padding: 6px;")
        else:
            self.status_label.setStyleSheet("")
        self.status_label.setText(text)
        grow_to_fit(self)
        self.days_list.clear()
        marks = [(d, self.tr("day off")) for d in data.non_working]
        marks += [(d, self.tr("working weekend day")) for d in data.working_weekends]
        marks += [(d, self.tr("shortened day")) for d in data.short_days]
        for day, what in sorted(marks):
            self.days_list.addItem(f"{day:%d.%m.%Y}  {what}")

    def apply(self) -> None:
        day = self.day_edit.date().toPython()
        assert isinstance(day, dt.date)
        working, short, note = (
            self.working_check.isChecked(),
            self.short_check.isChecked(),
            self.note_edit.text(),
        )
        self.ctx.tasks.start(
            self.ctx.ops.feedback.edit_day(day, working=working, short=short, note=note), self._changed
        )

    def _import_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open-data production calendar"), "", "CSV (*.csv)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        self.ctx.tasks.start(self.ctx.ops.feedback.import_calendar(path), self._changed)

    def _changed(self, change: CalendarChange) -> None:
        self.ctx.messages.info(
            self.tr("Calendar saved; %1 deadline(s) of open feedback recomputed.").replace(
                "%1", str(change.deadlines_recomputed)
            )
        )
        self.refresh()
