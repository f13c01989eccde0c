"""The findings of a checked list: a table filterable to errors, with a jump to a row number."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from postdesk.lists.findings import Finding, Severity

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class FindingsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self._by_row: dict[int, list[int]] | None = None
        self._headers = [self.tr("Row"), self.tr("Column"), self.tr("Severity"), self.tr("What to fix")]

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self._by_row = None
        self.endResetModel()

    def rows_of(self, number: int) -> list[int]:
        """Model rows of the findings of the client's row ``number`` (indexed on first use)."""
        if self._by_row is None:
            self._by_row = {}
            for position, finding in enumerate(self.findings):
                if finding.row is not None:
                    self._by_row.setdefault(finding.row, []).append(position)
        return self._by_row.get(number, [])

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        finding = self.findings[index.row()]
        error = finding.severity is Severity.ERROR
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                finding.row if finding.row is not None else "—",
                finding.column,
                self.tr("error") if error else self.tr("warning"),
                finding.message,
            ][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return finding
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QBrush(QColor("#F4B6B6" if error else "#FFF2A8"))
        return None


class _SeverityFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.severity: Severity | None = None

    def set_severity(self, severity: Severity | None) -> None:
        self.beginFilterChange()
        self.severity = severity
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self.severity is None:
            return True
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        return model.findings[source_row].severity is self.severity


class FindingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindingsModel(self)
        self.proxy = _SeverityFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem(self.tr("All findings"), None)
        self.filter_combo.addItem(self.tr("Errors only"), Severity.ERROR)
        self.filter_combo.addItem(self.tr("Warnings only"), Severity.WARNING)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.row_edit = QLineEdit(self)
        self.row_edit.setPlaceholderText(self.tr("Go to row…"))
        self.row_edit.setMaximumWidth(140)
        self.row_edit.returnPressed.connect(lambda: self.jump_to_row(self.row_edit.text()))
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.filter_combo)
        top.addStretch(1)
        top.addWidget(self.row_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.status)

    def set_findings(self, findings: list[Finding]) -> None:
        self.model.set_findings(findings)
        self.table.resizeColumnsToContents()

    def show_errors_only(self) -> None:
        self.filter_combo.setCurrentIndex(1)

    def _filter_changed(self) -> None:
        data = self.filter_combo.currentData()  # Qt hands a StrEnum back as a plain str
        self.proxy.set_severity(Severity(data) if data else None)

    def visible_findings(self) -> list[Finding]:
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(self.proxy.rowCount())]

    def jump_to_row(self, text: str) -> bool:
        """Select the first visible finding of the given row number of the client's file."""
        self.status.clear()
        try:
            wanted = int(text.strip())
        except ValueError:
            self.status.setText(self.tr("Enter a row number."))
            return False
        for source_row in self.model.rows_of(wanted):
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid():  # not hidden by the filter
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        self.status.setText(self.tr("Row %1 has no findings.").replace("%1", str(wanted)))
        return False

    def selected_finding(self) -> Finding | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(Qt.ItemDataRole.UserRole) if rows else None
