"""Side panels of the weighing view: the discrepancy decision, the progress and the price quote."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from postdesk.common.money import rubles
from postdesk.common.weights import grams
from postdesk.postal.weighing import WeightCheck, WeightDecision
from postdesk.services.counter.batch_quote import BatchQuote
from postdesk.services.counter.batch_views import ItemView


def _tolerance_text(check: WeightCheck) -> str:
    allowed = check.allowed_g.normalize()
    return f"{allowed:f}".replace(".", ",")


class DiscrepancyPanel(QFrame):
    """Shown at once when an item (or a pack) is outside the tolerance; the operator decides.

    Signals: decided(WeightDecision) with the button pressed.
    """

    decided = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("discrepancyPanel")
        self.setStyleSheet(
            "#discrepancyPanel { background: #FDE2E1; border: 1px solid #B3261E; border-radius: 4px; }"
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #7A1410; font-weight: bold;")
        self.take_button = QPushButton(self.tr("Take the actual weight"), self)
        self.take_button.setToolTip(self.tr("The item is priced by the weighed mass"))
        self.return_button = QPushButton(self.tr("Hand the item back"), self)
        self.return_button.setToolTip(self.tr("The item is returned to the client and not accepted"))
        self.take_button.clicked.connect(lambda: self.decided.emit(WeightDecision.TAKE_ACTUAL))
        self.return_button.clicked.connect(lambda: self.decided.emit(WeightDecision.HAND_BACK))
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.item_ids: list[int] = []
        self.hide()

    def show_item(self, item: ItemView, check: WeightCheck | None) -> None:
        assert item.weighed_mass_g is not None
        text = (
            self.tr("Item № %1: declared %2 g, weighed %3 g (%4 g).")
            .replace("%1", str(item.seq))
            .replace("%2", grams(item.declared_mass_g))
            .replace("%3", grams(item.weighed_mass_g))
            .replace("%4", _signed(item.weighed_mass_g - item.declared_mass_g))
        )
        if check is not None:
            text += " " + self.tr("Allowed: ±%1 g.").replace("%1", _tolerance_text(check))
        self._show([item.id], text)

    def show_pack(self, items: list[ItemView], check: WeightCheck) -> None:
        text = (
            self.tr("The pack of %1 items: declared %2 g, weighed %3 g (%4 g). Allowed: ±%5 g.")
            .replace("%1", str(len(items)))
            .replace("%2", grams(check.declared_g))
            .replace("%3", grams(check.actual_g))
            .replace("%4", _signed(check.difference_g))
            .replace("%5", _tolerance_text(check))
        )
        self._show([i.id for i in items], text)

    def _show(self, item_ids: list[int], text: str) -> None:
        self.item_ids = item_ids
        self.message.setText(self.tr("Weight outside the tolerance.") + " " + text)
        self.show()

    def clear(self) -> None:
        self.item_ids = []
        self.hide()


def _signed(value: int) -> str:
    return ("+" if value > 0 else "") + grams(value)


class SummaryPanel(QFrame):
    """Weighing progress and what accepting now would charge, with the tariff version in force."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.sample_label = QLabel(
            self.tr("Tariffs — sample: an administrator must replace them with the official table."), self
        )
        self.sample_label.setObjectName("tariffSample")
        self.sample_label.setStyleSheet(
            "background: #FFF4D6; color: #7A4A00; font-weight: bold; padding: 4px; border-radius: 3px;"
        )
        self.sample_label.setWordWrap(True)
        self.sample_label.hide()
        grid = QGridLayout()
        self.values: dict[str, QLabel] = {}
        rows = [
            ("items", self.tr("Items to accept:")),
            ("postage", self.tr("Postage:")),
            ("discount", self.tr("Discount:")),
            ("fees", self.tr("Other fees:")),
            ("vat", self.tr("VAT:")),
            ("total", self.tr("Total:")),
            ("tariff", self.tr("Tariff:")),
        ]
        for row, (key, title) in enumerate(rows):
            grid.addWidget(QLabel(title, self), row, 0)
            value = QLabel("—", self)
            value.setWordWrap(key == "tariff")
            grid.addWidget(value, row, 1)
            self.values[key] = value
        self.values["total"].setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #7A4A00;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress_label)
        layout.addLayout(grid)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.problems_label)

    def show_progress(self, counts: Mapping[str, int]) -> None:
        total = sum(counts.values())
        weighed = total - counts.get("pending", 0)
        self.progress_label.setText(
            self.tr("Weighed %1 of %2 · ready %3 · handed back %4 · to decide %5 · not weighed %6")
            .replace("%1", str(weighed))
            .replace("%2", str(total))
            .replace("%3", str(counts.get("ready", 0) + counts.get("accepted", 0)))
            .replace("%4", str(counts.get("returned", 0)))
            .replace("%5", str(counts.get("undecided", 0)))
            .replace("%6", str(counts.get("pending", 0)))
        )

    def show_quote(self, quote: BatchQuote) -> None:
        totals = quote.totals
        fees = totals.declared_value_fee_kop + totals.notice_kop + totals.inventory_kop + totals.sms_kop
        discount = rubles(-abs(totals.discount_kop))
        self.values["items"].setText(str(totals.items))
        self.values["postage"].setText(rubles(totals.postage_kop))
        self.values["discount"].setText(f"{quote.discount_percent.normalize():f} % ({discount})")
        self.values["fees"].setText(rubles(fees))
        self.values["vat"].setText(rubles(totals.vat_kop))
        self.values["total"].setText(rubles(totals.total_kop))
        tariff = quote.tariff
        self.values["tariff"].setText(
            self.tr("%1, from %2")
            .replace("%1", tariff.version)
            .replace("%2", tariff.effective_from.strftime("%d.%m.%Y"))
        )
        self.sample_label.setVisible(tariff.sample)
        self.sample_label.setToolTip(tariff.sample_note)
        self.problems_label.setText("\n".join(quote.problems))
