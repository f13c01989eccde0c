"""Tariffs of every service: the prices in force on a date, search, and what changed between versions."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.money import format_kop
from postdesk.services.permissions import Permission
from postdesk.services.reference.data import ImportResult, PriceChange, PriceVersionInfo
from postdesk.services.reference.importers import ImportKind
from postdesk.tariffs.model import ServicePrice
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.notices_dialog import NoticesDialog
from postdesk.ui.reference.import_dialog import ImportDialog
from postdesk.ui.reference.tables import day_of, fill, read_only_table


class TariffsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prices: list[ServicePrice] = []
        self.changes: list[PriceChange] = []
        self.import_dialog: ImportDialog | None = None
        self.notices_prompt: QMessageBox | None = None
        self.notices_dialog: NoticesDialog | None = None
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("tariffSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by code or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("&Import price list…"), self)
        self.import_button.setVisible(ctx.can(Permission.MANAGE_REFERENCE))
        self.sample_label = QLabel(self)
        self.sample_label.setWordWrap(True)
        self.sample_label.setStyleSheet("background: #fff3cd; padding: 4px;")
        self.sample_label.hide()
        self.table = read_only_table(
            self,
            "pricesTable",
            [
                self.tr("Code"),
                self.tr("Service"),
                self.tr("Unit"),
                self.tr("Price, ₽"),
                self.tr("VAT, %"),
                self.tr("Version"),
            ],
        )
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.changes_table = read_only_table(
            self, "priceChanges", [self.tr("Code"), self.tr("Service"), self.tr("Was, ₽"), self.tr("Now, ₽")]
        )
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("In force on"), self))
        top.addWidget(self.date_edit)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.import_button)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("What changed from"), self))
        compare.addWidget(self.old_combo, 1)
        compare.addWidget(QLabel(self.tr("to"), self))
        compare.addWidget(self.new_combo, 1)
        compare.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.table, 3)
        layout.addLayout(compare)
        layout.addWidget(self.changes_table, 1)
        self.date_edit.dateChanged.connect(self.refresh)
        self.search_edit.textChanged.connect(self.refresh)
        self.compare_button.clicked.connect(self.compare)
        self.import_button.clicked.connect(self.open_import)
        self.refresh()

    def refresh(self) -> None:
        day = day_of(self.date_edit.date())
        self.ctx.tasks.start(self.ctx.ops.reference.prices(day, self.search_edit.text()), self._show)
        self.ctx.tasks.start(self.ctx.ops.reference.price_versions(), self._show_versions)

    def _show(self, prices: list[ServicePrice]) -> None:
        self.prices = prices
        fill(
            self.table,
            [
                [p.code, p.name, p.unit, format_kop(p.price_kop), str(p.vat_percent), p.version]
                for p in prices
            ],
        )
        self.sample_label.setText(self.tr("Prices marked as a sample are not the official tariffs."))
        self.sample_label.setVisible(any(p.sample for p in prices))

    def _show_versions(self, versions: list[PriceVersionInfo]) -> None:
        for combo in (self.old_combo, self.new_combo):
            current = combo.currentData()
            combo.clear()
            for v in versions:
                combo.addItem(f"{v.version} ({v.effective_from:%d.%m.%Y})", v.version)
            found = combo.findData(current)
            if found >= 0:
                combo.setCurrentIndex(found)
        if versions and self.new_combo.currentIndex() < 1:
            self.new_combo.setCurrentIndex(len(versions) - 1)

    def compare(self) -> None:
        old, new = self.old_combo.currentData(), self.new_combo.currentData()
        if old and new:
            self.ctx.tasks.start(self.ctx.ops.reference.compare(old, new), self._show_changes)

    def _show_changes(self, changes: list[PriceChange]) -> None:
        self.changes = changes
        fill(
            self.changes_table,
            [[c.code, c.name, format_kop(c.old_kop), format_kop(c.new_kop)] for c in changes],
        )

    def open_import(self) -> ImportDialog:
        self.import_dialog = ImportDialog(self.ctx, ImportKind.TARIFFS, self)
        self.import_dialog.imported.connect(self._imported)
        self.import_dialog.open()
        return self.import_dialog

    def _imported(self, result: ImportResult) -> None:
        """A new version is in: offer to prepare the clients' notices of the change at once."""
        self.refresh()
        if not result.version or not self.ctx.can(Permission.SEND_REMINDERS):
            return
        prompt = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("New tariff version"),
            self.tr("Prepare notices to clients about the tariff change?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        prompt.setDefaultButton(QMessageBox.StandardButton.Yes)
        prompt.setInformativeText(
            self.tr("Version %1 is in force from %2.")
            .replace("%1", result.version)
            .replace("%2", f"{result.effective_from:%d.%m.%Y}" if result.effective_from else "")
        )
        self.notices_prompt = prompt
        prompt.buttonClicked.connect(lambda button: self._prompt_answered(prompt, button, result.version))
        prompt.open()

    def _prompt_answered(self, prompt: QMessageBox, button: QAbstractButton, version: str) -> None:
        if prompt.standardButton(button) == QMessageBox.StandardButton.Yes:
            self.open_notices(version)

    def open_notices(self, version: str) -> NoticesDialog:
        """The notices of the change from the version before ``version`` to it."""
        self.notices_dialog = NoticesDialog(self.ctx, self, new_version=version)
        self.notices_dialog.open()
        return self.notices_dialog
