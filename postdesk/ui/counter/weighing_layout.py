"""The weighing view's widgets and their layout: the scan field and the table on the left, the scale,
the weighing buttons, the discrepancy and the summary on the right; signals and the tab order.

Part of :class:`~postdesk.ui.counter.weighing_view.WeighingView`, kept apart for its size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from postdesk.postal.weighing import WeightDecision
from postdesk.ui.counter.draft_actions import DraftActions
from postdesk.ui.counter.item_model import ItemFilter, ItemTableModel, size_columns
from postdesk.ui.counter.panels import DiscrepancyPanel, SummaryPanel
from postdesk.ui.counter.scale_display import ScaleDisplay
from postdesk.ui.counter.scanner_focus import ScanKeyForwarder
from postdesk.ui.counter.summary_refresh import SummaryRefresher
from postdesk.ui.counter.weight_entry import WeightEntry
from postdesk.ui.money.admission_banner import AdmissionBanner


class WeighingLayout(WeightEntry):
    """Builds the view's widgets (the view's other parts reach them as attributes)."""

    back: Signal
    drafts: DraftActions
    decide: Callable[[WeightDecision], None]
    open_pack: Callable[[], object]

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.back_button = QPushButton(self.tr("← Batches (Esc)"), self)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("scanField")
        font = QFont(self.scan_edit.font())
        font.setPointSize(16)
        self.scan_edit.setFont(font)
        self.scan_edit.setPlaceholderText(self.tr("Scan or type the identifier and press Enter (F2)"))
        self.scan_edit.setClearButtonEnabled(True)
        self.scan_status = QLabel(self)
        self.scan_status.setWordWrap(True)
        self.step_check = QCheckBox(self.tr("Step through the list in order"), self)
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItems([self.tr("All items"), self.tr("Not weighed"), self.tr("Discrepancies")])
        self.model = ItemTableModel(self)
        self.proxy = ItemFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        size_columns(self.table)

        self.scale_display = ScaleDisplay(self.scale, self)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.target_label.setStyleSheet("font-weight: bold;")
        self.recapture_button = QPushButton(self.tr("Weigh again (F5)"), self)
        self.manual_button = QPushButton(self.tr("Manual weight… (F8)"), self)
        self.pack_button = QPushButton(self.tr("Weigh a pack… (F9)"), self)
        self.hand_back_button = QPushButton(self.tr("Hand back… (F7)"), self)
        self.hand_back_button.setToolTip(
            self.tr("Return the selected item to the client; it is not accepted")
        )
        self.fix_button = QPushButton(self.tr("Fix… (Ctrl+E)"), self)
        self.fix_button.setToolTip(self.tr("Fix the declared data of the selected item before acceptance"))
        self.remove_button = QPushButton(self.tr("Remove… (Ctrl+Del)"), self)
        self.remove_button.setToolTip(self.tr("Take the selected item out of the list: it is not handed in"))
        self.discrepancy = DiscrepancyPanel(self)
        self.summary = SummaryPanel(self)
        self.admission = AdmissionBanner(self.ctx, self)
        self.summary_refresher = SummaryRefresher(
            self.ctx, self.summary, self.model, lambda: self.batch.id if self.batch is not None else None
        )
        self.accept_button = QPushButton(self.tr("Accept batch (Ctrl+Enter)"), self)
        self.accept_button.setObjectName("acceptButton")
        self.accept_button.setStyleSheet("font-weight: bold; padding: 6px;")
        self.queue_button = QPushButton(self.tr("Accept without the client waiting"), self)
        self.queue_button.setToolTip(
            self.tr("Register the batch as received: any operator accepts it later (if the contract allows)")
        )

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title_label, 1)
        left = QVBoxLayout()
        left.addWidget(self.scan_edit)
        left.addWidget(self.scan_status)
        tools = QHBoxLayout()
        tools.addWidget(self.step_check)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Show:"), self))
        tools.addWidget(self.filter_combo)
        left.addLayout(tools)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.scale_display)
        right.addWidget(self.target_label)
        weigh_buttons = QHBoxLayout()
        weigh_buttons.addWidget(self.recapture_button)
        weigh_buttons.addWidget(self.manual_button)
        right.addLayout(weigh_buttons)
        right.addWidget(self.pack_button)
        draft_buttons = QHBoxLayout()
        for button in (self.hand_back_button, self.fix_button, self.remove_button):
            draft_buttons.addWidget(button)
        right.addLayout(draft_buttons)
        right.addWidget(self.discrepancy)
        right.addWidget(self.summary)
        right.addStretch(1)
        right.addWidget(self.flow.progress_row())
        right.addWidget(self.queue_button)
        right.addWidget(self.accept_button)
        right_holder = QWidget(self)
        right_holder.setLayout(right)
        right_holder.setFixedWidth(360)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_holder)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.admission)
        layout.addLayout(body, 1)

        self.back_button.clicked.connect(self.back)
        self.scan_edit.returnPressed.connect(self.scan)
        self.filter_combo.currentIndexChanged.connect(self.proxy.set_mode)
        self.table.clicked.connect(lambda _index: self._target_selected())
        self.table.activated.connect(lambda _index: self._target_selected())
        self.step_check.toggled.connect(lambda _on: self.focus_scan())
        self.filter_combo.activated.connect(lambda _i: self.focus_scan())
        self.recapture_button.clicked.connect(self.weigh_again)
        self.manual_button.clicked.connect(self.open_manual_weight)
        self.pack_button.clicked.connect(self.open_pack)
        self.hand_back_button.clicked.connect(self.drafts.hand_back)
        self.fix_button.clicked.connect(self.drafts.fix)
        self.remove_button.clicked.connect(self.drafts.remove)
        self.discrepancy.decided.connect(self.decide)
        self.accept_button.clicked.connect(self.flow.accept)
        self.queue_button.clicked.connect(self.flow.register_received)
        self.forwarder = ScanKeyForwarder(self.scan_edit)
        self.forwarder.watch(
            [
                self.table,
                self.back_button,
                self.step_check,
                self.recapture_button,
                self.manual_button,
                self.pack_button,
                self.hand_back_button,
                self.fix_button,
                self.remove_button,
                self.discrepancy.take_button,
                self.discrepancy.return_button,
                self.queue_button,
                self.accept_button,
            ]
        )
        QWidget.setTabOrder(self.scan_edit, self.step_check)
        QWidget.setTabOrder(self.step_check, self.filter_combo)
        QWidget.setTabOrder(self.filter_combo, self.table)
        QWidget.setTabOrder(self.table, self.recapture_button)
        QWidget.setTabOrder(self.recapture_button, self.manual_button)
        QWidget.setTabOrder(self.manual_button, self.pack_button)
        QWidget.setTabOrder(self.pack_button, self.queue_button)
        QWidget.setTabOrder(self.queue_button, self.accept_button)
