"""The contract's verdict on the open batch, shown above the weighing before the operator weighs.

It asks the service layer (``core.admission``), which prices the batch on the declared masses
and applies the same checks the acceptance enforces.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from postdesk.common.money import rubles
from postdesk.services.money.admission import Verdict
from postdesk.ui.context import UiContext

_OK = "background: #e8f5e9; color: #1b5e20; padding: 6px; border-radius: 4px;"
_CASH = "background: #fff8e1; color: #6d4c00; padding: 6px; border-radius: 4px;"
_REFUSED = "background: #fdecea; color: #b00020; padding: 6px; border-radius: 4px; font-weight: bold;"


class AdmissionBanner(QLabel):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("admissionBanner")
        self.setWordWrap(True)
        self.verdict: Verdict | None = None
        self.hide()

    def refresh(self, batch_id: int) -> None:
        self.ctx.tasks.start(self.ctx.ops.money.verdict(batch_id), self.show_verdict)

    def show_verdict(self, verdict: Verdict) -> None:
        self.verdict = verdict
        if verdict.cash:
            self.setStyleSheet(_CASH)
            self.setText(
                self.tr(
                    "No contract: a cash client. Payment at the counter, %1, no contract discount."
                ).replace("%1", rubles(verdict.amount_kop))
            )
        elif verdict.admitted:
            self.setStyleSheet(_OK)
            self.setText(self._figures(verdict))
        else:
            self.setStyleSheet(_REFUSED)
            self.setText(
                self.tr("The contract does not allow this batch: %1").replace("%1", verdict.message())
                + "\n"
                + self._figures(verdict)
            )
        self.show()

    def _figures(self, verdict: Verdict) -> str:
        if verdict.kind == "credit":
            return (
                self.tr("Contract %1, credit: balance %2, limit %3, overdue %4; this batch about %5.")
                .replace("%1", verdict.contract_number)
                .replace("%2", rubles(verdict.balance_kop))
                .replace("%3", rubles(verdict.credit_limit_kop))
                .replace("%4", rubles(verdict.overdue_kop))
                .replace("%5", rubles(verdict.amount_kop))
            )
        return (
            self.tr("Contract %1, prepaid: balance %2; this batch about %3.")
            .replace("%1", verdict.contract_number)
            .replace("%2", rubles(verdict.balance_kop))
            .replace("%3", rubles(verdict.amount_kop))
        )
