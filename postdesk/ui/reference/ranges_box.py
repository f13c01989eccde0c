"""The identifier ranges in the office set-up: what is left in each, and registering a new one.

The rules (prefix format, no overlaps, a contract's ranges) are the identifier service's; a
refusal comes back as its message, field by field. A contract's range is given to the contract
picked by its number or client (typing filters the list), never by a typed database id.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import ValidationFailed
from postdesk.postal.numbering import IdentifierKind
from postdesk.services.permissions import Permission
from postdesk.services.reference.data import ContractChoice, RangeCapacity
from postdesk.ui.context import UiContext
from postdesk.ui.reference.tables import fill, read_only_table


class RangesBox(QGroupBox):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Identifier ranges"))
        self.ranges: list[RangeCapacity] = []
        self.table = read_only_table(
            self,
            "rangesTable",
            [
                self.tr("Kind"),
                self.tr("Prefix"),
                self.tr("Country"),
                self.tr("Month"),
                self.tr("Contract"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Left"),
            ],
        )
        self.table.setMinimumHeight(140)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("rangesWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("background: #fff3cd; padding: 4px;")
        self.warning_label.hide()
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("ШПИ"), IdentifierKind.RPO.value)
        self.kind_combo.addItem(self.tr("S10 (international)"), IdentifierKind.S10.value)
        self.prefix_edit = QLineEdit(self)
        self.prefix_edit.setObjectName("rangePrefix")
        self.prefix_edit.setPlaceholderText(self.tr("8 digits or two letters"))
        self.suffix_edit = QLineEdit(self)
        self.suffix_edit.setPlaceholderText(self.tr("RU"))
        self.suffix_edit.setMaxLength(2)
        self.first_spin = QSpinBox(self)
        self.last_spin = QSpinBox(self)
        for spin in (self.first_spin, self.last_spin):
            spin.setRange(1, 99_999_999)
        self.contracts: dict[int, ContractChoice] = {}
        self.contract_combo = QComboBox(self)
        self.contract_combo.setObjectName("rangeContract")
        self.contract_combo.setEditable(True)
        self.contract_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.contract_combo.setMinimumContentsLength(24)
        self.contract_combo.setToolTip(
            self.tr(
                "The contract the range is given to: type its number or client; «office» for the office's own"
            )
        )
        completer = QCompleter(self.contract_combo.model(), self.contract_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.contract_combo.setCompleter(completer)
        self._fill_contracts([])
        self.add_button = QPushButton(self.tr("Add &range"), self)
        self.add_button.setObjectName("addRange")
        self.add_button.setEnabled(ctx.can(Permission.ADMINISTER_WORKSTATION))
        row = QHBoxLayout()
        for widget in (
            self.kind_combo,
            self.prefix_edit,
            self.suffix_edit,
            self.first_spin,
            self.last_spin,
            self.contract_combo,
            self.add_button,
        ):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.reference.contract_choices(), self._show_contracts)
        self.ctx.tasks.start(self.ctx.ops.reference.ranges(), self._show)

    def contract_label(self, contract_id: int | None) -> str:
        choice = self.contracts.get(contract_id) if contract_id is not None else None
        if choice is None:
            return str(contract_id or "")
        label = self.tr("№ %1 — %2").replace("%1", choice.number).replace("%2", choice.client_name)
        return label if choice.active else self.tr("%1 (not active)").replace("%1", label)

    def _fill_contracts(self, choices: list[ContractChoice]) -> None:
        self.contracts = {c.id: c for c in choices}
        self.contract_combo.clear()
        self.contract_combo.addItem(self.tr("office"), None)
        for choice in choices:
            self.contract_combo.addItem(self.contract_label(choice.id), choice.id)
        self.contract_combo.setCurrentIndex(0)

    def _show_contracts(self, choices: list[ContractChoice]) -> None:
        self._fill_contracts(choices)
        if self.ranges:
            self._show(self.ranges)

    def chosen_contract(self) -> tuple[bool, int | None]:
        """(found, contract id or None for the office): the typed text must be one of the list's."""
        index = self.contract_combo.findText(self.contract_combo.currentText().strip())
        if index < 0:
            return False, None
        return True, self.contract_combo.itemData(index)

    def _show(self, ranges: list[RangeCapacity]) -> None:
        self.ranges = ranges
        kinds = {"rpo": self.tr("ШПИ"), "s10": "S10"}
        fill(
            self.table,
            [
                [
                    kinds.get(r.kind, r.kind),
                    r.prefix,
                    r.suffix,
                    r.period,
                    self.contract_label(r.contract_id),
                    str(r.first_serial),
                    str(r.last_serial),
                    str(r.remaining),
                ]
                for r in ranges
            ],
            [r.warning for r in ranges],
        )
        low = [r for r in ranges if r.warning]
        self.warning_label.setText(
            self.tr("Running out, ask for new ranges: %1").replace(
                "%1", "; ".join(f"{r.prefix}{r.suffix} ({r.remaining})" for r in low)
            )
        )
        self.warning_label.setVisible(bool(low))

    def add(self) -> None:
        found, contract = self.chosen_contract()
        if not found:
            self.ctx.messages.warning(self.tr("Choose the contract from the list, or «office»."))
            self.contract_combo.setFocus()
            return
        operation = self.ctx.ops.reference.add_range(
            IdentifierKind(self.kind_combo.currentData()),
            self.prefix_edit.text(),
            self.first_spin.value(),
            self.last_spin.value(),
            suffix=self.suffix_edit.text(),
            contract_id=contract,
        )
        self.ctx.tasks.start(operation, self._added, self._refused)

    def _refused(self, error: BaseException) -> bool:
        """A refused range says why, field by field (format, overlap), not only that it was refused."""
        if not isinstance(error, ValidationFailed):
            return False
        self.ctx.messages.warning(" ".join([error.message, *error.errors.values()]))
        return True

    def _added(self, _info: object) -> None:
        self.ctx.messages.info(self.tr("The range is registered."))
        self.prefix_edit.clear()
        self.refresh()
