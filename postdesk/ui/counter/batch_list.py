"""The chosen client's batches (drafts, received, accepted history) and the shared queue.

The queue holds batches left without the client waiting: visible to every operator, to be
accepted later and then to have their documents handed back to a named person.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.money import rubles
from postdesk.common.weights import grams
from postdesk.services.counter.batch_queue import QueueEntry, QueueStage
from postdesk.services.counter.batch_views import BatchSummary
from postdesk.ui.context import UiContext
from postdesk.ui.counter.dialogs import RecipientDialog
from postdesk.ui.counter.texts import batch_status_text, list_number_text

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

_STAGES = {
    QueueStage.AWAITING_ACCEPTANCE: QT_TRANSLATE_NOOP("BatchList", "to weigh and accept"),
    QueueStage.AWAITING_HANDOVER: QT_TRANSLATE_NOOP("BatchList", "documents to hand back"),
}


def _when(value) -> str:
    return value.astimezone().strftime("%d.%m.%Y %H:%M") if value is not None else ""


class _RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.cells(self.rows[index.row()])[index.column()]

    def cells(self, row) -> list[object]:
        raise NotImplementedError


class BatchesModel(_RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Batch"),
                self.tr("List №"),
                self.tr("State"),
                self.tr("Items"),
                self.tr("Mass, g"),
                self.tr("Total"),
                self.tr("Received"),
                self.tr("Accepted"),
            ],
            parent,
        )

    def cells(self, row: BatchSummary) -> list[object]:
        return [
            row.id,
            row.list_number,
            batch_status_text(row.status),
            row.items_count,
            grams(row.mass_g),
            rubles(row.total_kop) if row.total_kop else "",
            _when(row.received_at),
            _when(row.accepted_at),
        ]


class QueueModel(_RowsModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                self.tr("Waiting"),
                self.tr("Waiting since"),
                self.tr("Client"),
                self.tr("List №"),
                self.tr("Items"),
            ],
            parent,
        )

    def cells(self, row: QueueEntry) -> list[object]:
        return [
            QCoreApplication.translate("BatchList", _STAGES[row.stage]),
            _when(row.waiting_since),
            row.batch.client_name,
            row.batch.list_number,
            row.batch.items_count,
        ]


def _table(model: QAbstractTableModel, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class BatchListPanel(QWidget):
    """Signals: open_requested(BatchSummary) — Enter or double-click on a batch."""

    open_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id: int | None = None
        self.model = BatchesModel(self)
        self.table = _table(self.model, self)
        self.open_button = QPushButton(self.tr("Open (Enter)"), self)
        self.queue_model = QueueModel(self)
        self.queue_table = _table(self.queue_model, self)
        for column, width in ((0, 210), (1, 130), (2, 260), (3, 100)):
            self.queue_table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().resizeSection(2, 170)
        self.queue_open_button = QPushButton(self.tr("Open"), self)
        self.handover_button = QPushButton(self.tr("Hand the documents back…"), self)
        self.dialog: RecipientDialog | None = None

        client_part = QWidget(self)
        client_layout = QVBoxLayout(client_part)
        client_layout.setContentsMargins(0, 0, 0, 0)
        client_layout.addWidget(QLabel(self.tr("The client's batches (drafts, received, accepted):"), self))
        client_layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        client_layout.addLayout(row)
        queue_part = QWidget(self)
        queue_layout = QVBoxLayout(queue_part)
        queue_layout.setContentsMargins(0, 0, 0, 0)
        queue_layout.addWidget(
            QLabel(self.tr("Queue of batches received without the client waiting (all clients):"), self)
        )
        queue_layout.addWidget(self.queue_table, 1)
        queue_row = QHBoxLayout()
        queue_row.addStretch(1)
        queue_row.addWidget(self.handover_button)
        queue_row.addWidget(self.queue_open_button)
        queue_layout.addLayout(queue_row)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(client_part)
        splitter.addWidget(queue_part)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.table.activated.connect(lambda index: self.open_requested.emit(self.model.rows[index.row()]))
        self.open_button.clicked.connect(self._open_selected)
        self.queue_table.activated.connect(lambda index: self._open_entry(self.queue_model.rows[index.row()]))
        self.queue_open_button.clicked.connect(self._open_queue_selected)
        self.handover_button.clicked.connect(self.hand_back_documents)

    def refresh(self, client_id: int | None) -> None:
        self.client_id = client_id
        ops = self.ctx.ops.counter
        if client_id is None:
            self.model.set_rows([])
        else:
            self.ctx.tasks.start(ops.batches_of(client_id), self._show_batches)
        self.ctx.tasks.start(ops.queue(), self.queue_model.set_rows)

    def _show_batches(self, rows: list[BatchSummary]) -> None:
        """The first batch is current, so Enter opens it without a click."""
        self.model.set_rows(rows)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_requested.emit(self.model.rows[index.row()])

    def selected_entry(self) -> QueueEntry | None:
        index = self.queue_table.currentIndex()
        return self.queue_model.rows[index.row()] if index.isValid() else None

    def _open_queue_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self._open_entry(entry)

    def _open_entry(self, entry: QueueEntry) -> None:
        self.open_requested.emit(entry.batch)

    def hand_back_documents(self) -> RecipientDialog | None:
        entry = self.selected_entry()
        if entry is None or entry.stage is not QueueStage.AWAITING_HANDOVER:
            self.ctx.messages.warning(self.tr("Select an accepted batch whose documents wait in the queue."))
            return None
        batch = entry.batch
        dialog = RecipientDialog(
            self.tr("The documents of list %1 (%2) are handed back.")
            .replace("%1", list_number_text(batch.list_number))
            .replace("%2", batch.client_name),
            self,
        )

        def handed(_summary: BatchSummary) -> None:
            self.ctx.messages.info(self.tr("The documents are handed back."))
            self.refresh(self.client_id)

        dialog.accepted.connect(
            lambda: self.ctx.tasks.start(
                self.ctx.ops.counter.hand_back_documents(batch.id, dialog.recipient), handed
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog
