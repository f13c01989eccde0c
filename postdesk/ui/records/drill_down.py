"""The records behind a report's row: read-only, newest first."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from postdesk.common.money import format_kop
from postdesk.services.records.data import RecordInfo
from postdesk.services.records.exports import OUTCOME_TITLES
from postdesk.ui.table_columns import share_width, tooltips_from_text

_TEXT_COLUMNS = (1, 2, 4, 5, 9)


class RecordsDialog(QDialog):
    def __init__(self, records: Sequence[RecordInfo], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Records: %1").replace("%1", title))
        self.resize(980, 520)
        headers = [
            self.tr("When"),
            self.tr("Client"),
            self.tr("Service"),
            self.tr("Outcome"),
            self.tr("Reason"),
            self.tr("Competitor"),
            self.tr("Quantity"),
            self.tr("Amount, ₽"),
            self.tr("Operator"),
            self.tr("Note"),
        ]
        self.table = QTableWidget(len(records), len(headers), self)
        self.table.setObjectName("drillTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, r in enumerate(records):
            cells = [
                r.at.astimezone().strftime("%d.%m.%Y %H:%M"),
                r.client_name,
                r.service_name,
                QCoreApplication.translate("Records", OUTCOME_TITLES[r.outcome.value]),
                r.reason_name,
                r.competitor_name,
                str(r.quantity),
                format_kop(r.amount_kop),
                r.user_login,
                r.note,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # Client, service, reason, competitor and note share the width; the rest fit their contents.
        self.table.setWordWrap(False)  # one line a record; the whole text is in the tooltip
        share_width(self.table, _TEXT_COLUMNS)
        tooltips_from_text(self.table, _TEXT_COLUMNS)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
