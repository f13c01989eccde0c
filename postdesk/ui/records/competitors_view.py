"""The supervisor's directory of competitors: kind and note, prices observed over time, and per
service the latest and the median price beside our tariff."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.common.money import parse_rubles, rubles
from postdesk.models.records import CompetitorKind, PriceSource
from postdesk.services.records.data import CompetitorInfo, PriceComparison, PriceObservationInfo
from postdesk.ui.context import UiContext


def _table(parent: QWidget, name: str, titles: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(titles), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(titles)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class CompetitorsView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.competitors: list[CompetitorInfo] = []
        self.kind_titles = {
            CompetitorKind.COURIER: self.tr("courier service"),
            CompetitorKind.BANK: self.tr("bank"),
            CompetitorKind.OTHER_POST: self.tr("other post"),
            CompetitorKind.OTHER: self.tr("other"),
        }
        self.source_titles = {
            PriceSource.CLIENT_SAID: self.tr("the client said"),
            PriceSource.PRICE_LIST: self.tr("price list"),
            PriceSource.WEBSITE: self.tr("website"),
        }
        self.directory = _table(self, "competitorsTable", [self.tr("Competitor"), self.tr("Kind")])
        self.name_edit = QLineEdit(self)
        self.kind_combo = QComboBox(self)
        for kind, title in self.kind_titles.items():
            self.kind_combo.addItem(title, kind)
        self.note_edit = QLineEdit(self)
        self.save_button = QPushButton(self.tr("&Save the competitor"), self)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.observations = _table(
            self,
            "observationsTable",
            [self.tr("Service"), self.tr("Price, ₽"), self.tr("Unit"), self.tr("Date"), self.tr("Source")],
        )
        self.comparisons = _table(
            self,
            "comparisonsTable",
            [
                self.tr("Service"),
                self.tr("Latest, ₽"),
                self.tr("On"),
                self.tr("Median, ₽"),
                self.tr("Prices"),
                self.tr("Our tariff, ₽"),
            ],
        )
        self.service_combo = QComboBox(self)
        self.price_edit = QLineEdit(self)
        self.price_edit.setPlaceholderText("0.00")
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.source_combo = QComboBox(self)
        for source, title in self.source_titles.items():
            self.source_combo.addItem(title, source)
        self.source_combo.setCurrentIndex(self.source_combo.findData(PriceSource.PRICE_LIST))
        self.add_price_button = QPushButton(self.tr("&Add the price"), self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("competitorError")
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self._layout()
        self.directory.itemSelectionChanged.connect(self._selected)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.clear)
        self.add_price_button.clicked.connect(self.add_price)
        QShortcut(QKeySequence.StandardKey.New, self, self.clear)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        ctx.tasks.start(ctx.ops.records.catalogues(), self._services_loaded)
        self.refresh()

    def _layout(self) -> None:
        left = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("No&te:"), self.note_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        column = QVBoxLayout(left)
        column.addWidget(self.directory, 1)
        column.addLayout(form)
        column.addLayout(buttons)
        right = QWidget(self)
        price_box = QGroupBox(self.tr("A price observed"), right)
        price_form = QFormLayout(price_box)
        price_form.addRow(self.tr("Ser&vice:"), self.service_combo)
        price_form.addRow(self.tr("&Price, ₽:"), self.price_edit)
        price_form.addRow(self.tr("&Date:"), self.date_edit)
        price_form.addRow(self.tr("So&urce:"), self.source_combo)
        price_form.addRow(self.add_price_button)
        side = QVBoxLayout(right)
        side.addWidget(QLabel(self.tr("Prices observed, newest first"), right))
        side.addWidget(self.observations, 2)
        side.addWidget(QLabel(self.tr("Latest and median per service beside our tariff"), right))
        side.addWidget(self.comparisons, 1)
        side.addWidget(price_box)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error_label)

    def refresh(self, select_id: int | None = None) -> None:
        self.ctx.tasks.start(self.ctx.ops.records.competitors(), lambda found: self._loaded(found, select_id))

    def _services_loaded(self, catalogues: tuple[list[Any], list[Any]]) -> None:
        for entry in catalogues[0]:
            self.service_combo.addItem(entry.name, entry.code)

    def _loaded(self, competitors: list[CompetitorInfo], select_id: int | None) -> None:
        self.competitors = competitors
        _fill(self.directory, [[c.name, self.kind_titles[c.kind]] for c in competitors])
        ids = [c.id for c in competitors]
        if select_id in ids:
            self.directory.selectRow(ids.index(select_id))

    def current(self) -> CompetitorInfo | None:
        row = self.directory.currentRow()
        selected = self.directory.selectedItems()
        return self.competitors[row] if selected and 0 <= row < len(self.competitors) else None

    def _selected(self) -> None:
        competitor = self.current()
        if competitor is None:
            return
        self.name_edit.setText(competitor.name)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(competitor.kind))
        self.note_edit.setText(competitor.note)
        self.error_label.clear()
        self.ctx.tasks.start(self.ctx.ops.records.competitor_prices_of(competitor.id), self._prices_loaded)

    def _prices_loaded(self, prices: tuple[list[PriceObservationInfo], list[PriceComparison]]) -> None:
        seen, compared = prices
        names = {
            self.service_combo.itemData(i): self.service_combo.itemText(i)
            for i in range(self.service_combo.count())
        }
        _fill(
            self.observations,
            [
                [
                    names.get(o.service_code, o.service_code),
                    rubles(o.price_kop),
                    o.unit,
                    f"{o.observed_on:%d.%m.%Y}",
                    self.source_titles[o.source],
                ]
                for o in seen
            ],
        )
        _fill(
            self.comparisons,
            [
                [
                    c.service_name,
                    rubles(c.latest_kop),
                    f"{c.latest_on:%d.%m.%Y}",
                    rubles(c.median_kop),
                    str(c.observations),
                    rubles(c.our_price_kop) if c.our_price_kop is not None else "—",
                ]
                for c in compared
            ],
        )

    def clear(self) -> None:
        self.directory.clearSelection()
        for edit in (self.name_edit, self.note_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(CompetitorKind.COURIER))
        _fill(self.observations, [])
        _fill(self.comparisons, [])
        self.name_edit.setFocus()

    def save(self) -> None:
        op = self.ctx.ops.records.save_competitor(
            self.name_edit.text(), self.kind_combo.currentData(), self.note_edit.text()
        )
        self.ctx.tasks.start(op, lambda saved: self.refresh(saved.id), self._failed)

    def add_price(self) -> None:
        competitor = self.current()
        if competitor is None:
            self.error_label.setText(self.tr("Choose a competitor in the directory first."))
            return
        try:
            price = parse_rubles(self.price_edit.text().strip())
        except ValueError:
            self.error_label.setText(self.tr("Enter the price in rubles, e.g. 150.50."))
            return
        d = self.date_edit.date()
        op = self.ctx.ops.records.observe_price(
            competitor.id,
            self.service_combo.currentData(),
            price,
            dt.date(d.year(), d.month(), d.day()),
            self.source_combo.currentData(),
        )
        self.ctx.tasks.start(op, lambda _saved: self._price_added(competitor.id), self._failed)

    def _price_added(self, competitor_id: int) -> None:
        self.price_edit.clear()
        self.error_label.clear()
        self.ctx.tasks.start(self.ctx.ops.records.competitor_prices_of(competitor_id), self._prices_loaded)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, UserError):
            self.error_label.setText(exc.message)
            return True
        return False
