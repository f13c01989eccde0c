"""Exports of the records area: the refusal register of a period, streamed straight to xlsx."""

from __future__ import annotations

from pathlib import Path

from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.common.xlsx_export import Column, ColumnType, SheetData, write_xlsx
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import ServiceRecord
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.records.data import Period
from postdesk.services.records.record_rows import record_query
from postdesk.services.records.reports import REFUSALS

R = ServiceRecord
OUTCOME_TITLES = {
    "given": QT_TRANSLATE_NOOP("Records", "Given"),
    "declined": QT_TRANSLATE_NOOP("Records", "Declined"),
    "not_possible": QT_TRANSLATE_NOOP("Records", "Not possible"),
}


def _columns() -> list[Column]:
    return [
        Column(translate("Records", "Date and time"), ColumnType.DATETIME, 17),
        Column(translate("Records", "Client"), ColumnType.TEXT, 36),
        Column(translate("Records", "INN"), ColumnType.TEXT, 13),
        Column(translate("Records", "Service"), ColumnType.TEXT, 30),
        Column(translate("Records", "Outcome"), ColumnType.TEXT, 14),
        Column(translate("Records", "Reason"), ColumnType.TEXT, 30),
        Column(translate("Records", "Competitor"), ColumnType.TEXT, 24),
        Column(translate("Records", "Competitor's price, ₽"), ColumnType.MONEY_KOP, 14),
        Column(translate("Records", "Quantity"), ColumnType.INTEGER, 9),
        Column(translate("Records", "Amount, ₽"), ColumnType.MONEY_KOP, 13),
        Column(translate("Records", "Contact person"), ColumnType.TEXT, 24),
        Column(translate("Records", "Operator"), ColumnType.TEXT, 14),
        Column(translate("Records", "Note"), ColumnType.TEXT, 40),
    ]


class RecordExportService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def export_refusals(self, actor: Actor, period: Period, path: Path) -> int:
        """Every declined or impossible service of the period, oldest first; returns the row count."""
        require(actor, Permission.VIEW_REPORTS)
        outcome_names = {k: translate("Records", v) for k, v in OUTCOME_TITLES.items()}
        query = record_query([R.outcome.in_(REFUSALS), R.at >= period.since, R.at < period.until]).order_by(
            R.at, R.id
        )
        with self._uow() as tx:
            result = tx.session.execute(query.execution_options(yield_per=2000))
            rows = (
                (
                    r[1],
                    r[3],
                    r[4],
                    r[6],
                    outcome_names[r[7].value],
                    r[11],
                    r[12],
                    r[13],
                    r[8],
                    r[9],
                    r[14],
                    r[15],
                    r[17],
                )
                for r in result
            )
            count = write_xlsx(path, [SheetData(translate("Records", "Refusals"), _columns(), rows)])
        with self._uow() as tx:
            audit.record(
                tx.session,
                actor,
                "refusals_export",
                "report",
                "refusals",
                after={"from": period.start, "to": period.end, "rows": count, "file": path.name},
            )
            tx.commit()
        return count
