"""What each supervisor report fetches, and how it fills the chart and the table under it.

A view returns, per table row, the filter of the records behind it (None: nothing to drill
into), so the page can open the drill-down without knowing the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.common.money import format_kop
from postdesk.common.xlsx_export import Column, ColumnType
from postdesk.models.records import Outcome
from postdesk.services.records.data import Period
from postdesk.services.records.reports import REFUSALS, RecordFilter
from postdesk.ui.charts import ChartPanel
from postdesk.ui.operations.base import Operation
from postdesk.ui.operations.records import RecordOps

Drill = RecordFilter | None
EXPIRY_HORIZON = dt.timedelta(days=90)  # contracts ending within this after the period's end


def rub(kop: int | None) -> str:
    return "" if kop is None else format_kop(kop)


def _col(title: str, kind: ColumnType = ColumnType.TEXT, width: int = 14) -> Column:
    return Column(QCoreApplication.translate("Reports", title), kind, width)


@dataclass(frozen=True)
class ReportView:
    key: str
    title: str  # English source, shown through translate("Reports", title)
    fetch: Callable[[RecordOps, Period], Operation[Any]]
    render: Callable[[ChartPanel, Any, Period], list[Drill]]


def _volumes(panel: ChartPanel, report: Any, period: Period) -> list[Drill]:
    months = report.by_month
    panel.set_bars(
        QCoreApplication.translate("Reports", "Revenue by month, ₽"),
        [m.month for m in months],
        {QCoreApplication.translate("Reports", "Revenue, ₽"): [m.amount_kop / 100 for m in months]},
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Client"), width=36),
        _col(QT_TRANSLATE_NOOP("Reports", "INN")),
        _col(QT_TRANSLATE_NOOP("Reports", "Records"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Quantity"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Revenue, ₽"), ColumnType.MONEY_KOP),
    ]
    rows: list[tuple[str, str, int, int, int]] = [
        (c.client_name, c.inn, c.records, c.quantity, c.amount_kop) for c in report.by_client
    ]
    drills: list[Drill] = [
        RecordFilter(period, client_id=c.client_id, outcomes=(Outcome.GIVEN,)) for c in report.by_client
    ]
    others = report.clients - len(report.by_client)
    if others > 0:  # the clients past the page, summed in one row
        rest = report.rest
        label = QCoreApplication.translate("Reports", "Other clients: %1").replace("%1", str(others))
        rows.append((label, "", rest.records, rest.quantity, rest.amount_kop))
        drills.append(None)
    panel.set_table(columns, rows, [(n, i, str(r), str(q), rub(a)) for n, i, r, q, a in rows])
    return drills


def _by_reason(panel: ChartPanel, report: Any, period: Period) -> list[Drill]:
    panel.set_bars(
        QCoreApplication.translate("Reports", "Refusals by reason"),
        [r.name for r in report.by_reason],
        {QCoreApplication.translate("Reports", "Refusals"): [r.count for r in report.by_reason]},
        horizontal=True,
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Reason"), width=36),
        _col(QT_TRANSLATE_NOOP("Reports", "Refusals"), ColumnType.INTEGER),
    ]
    rows = [(r.name, r.count) for r in report.by_reason]
    panel.set_table(columns, rows, [(n, str(c)) for n, c in rows])
    return [RecordFilter(period, outcomes=REFUSALS, reason_code=r.reason) for r in report.by_reason]


def _by_competitor(panel: ChartPanel, report: Any, period: Period) -> list[Drill]:
    items = report.by_competitor
    panel.set_bars(
        QCoreApplication.translate("Reports", "Refusals by competitor"),
        [c.competitor for c in items],
        {QCoreApplication.translate("Reports", "Refusals"): [c.count for c in items]},
        horizontal=True,
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Competitor"), width=30),
        _col(QT_TRANSLATE_NOOP("Reports", "Refusals"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Median price quoted, ₽"), ColumnType.MONEY_KOP),
    ]
    rows = [(c.competitor, c.count, c.median_price_kop) for c in items]
    panel.set_table(columns, rows, [(n, str(c), rub(p)) for n, c, p in rows])
    return [RecordFilter(period, outcomes=REFUSALS, competitor_id=c.competitor_id) for c in items]


def _matrix(panel: ChartPanel, report: Any, period: Period) -> list[Drill]:
    reasons = {r.reason: r.name for r in report.by_reason}
    competitors = sorted({m.competitor for m in report.matrix if m.competitor})
    reason_codes = [r.reason for r in report.by_reason]
    counts = {(m.reason, m.competitor): m.count for m in report.matrix}
    panel.set_bars(
        QCoreApplication.translate("Reports", "Reason × competitor"),
        [reasons[c] for c in reason_codes],
        {name: [counts.get((code, name), 0) for code in reason_codes] for name in competitors}
        or {
            QCoreApplication.translate("Reports", "No competitor named"): [
                counts.get((code, ""), 0) for code in reason_codes
            ]
        },
    )
    columns = (
        [_col(QT_TRANSLATE_NOOP("Reports", "Reason"), width=30)]
        + [Column(n, ColumnType.INTEGER) for n in competitors]
        + [_col(QT_TRANSLATE_NOOP("Reports", "No competitor named"), ColumnType.INTEGER)]
    )
    rows = [
        (reasons[code], *[counts.get((code, n), 0) for n in competitors], counts.get((code, ""), 0))
        for code in reason_codes
    ]
    panel.set_table(columns, rows, [[str(v) for v in row] for row in rows])
    return [RecordFilter(period, outcomes=REFUSALS, reason_code=code) for code in reason_codes]


def _prices(panel: ChartPanel, items: Any, period: Period) -> list[Drill]:
    labels = [f"{p.service_name}: {p.competitor_name}" for p in items]
    panel.set_bars(
        QCoreApplication.translate("Reports", "Competitors' prices against ours, ₽"),
        labels,
        {
            QCoreApplication.translate("Reports", "Competitor (median)"): [p.median_kop / 100 for p in items],
            QCoreApplication.translate("Reports", "Ours"): [(p.our_price_kop or 0) / 100 for p in items],
        },
        horizontal=True,
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Service"), width=28),
        _col(QT_TRANSLATE_NOOP("Reports", "Competitor"), width=24),
        _col(QT_TRANSLATE_NOOP("Reports", "Latest, ₽"), ColumnType.MONEY_KOP),
        _col(QT_TRANSLATE_NOOP("Reports", "Observed on"), ColumnType.DATE),
        _col(QT_TRANSLATE_NOOP("Reports", "Median, ₽"), ColumnType.MONEY_KOP),
        _col(QT_TRANSLATE_NOOP("Reports", "Observations"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Ours, ₽"), ColumnType.MONEY_KOP),
    ]
    rows = [
        (
            p.service_name,
            p.competitor_name,
            p.latest_kop,
            p.latest_on,
            p.median_kop,
            p.observations,
            p.our_price_kop,
        )
        for p in items
    ]
    texts = [(s, c, rub(lt), d.strftime("%d.%m.%Y"), rub(m), str(n), rub(o)) for s, c, lt, d, m, n, o in rows]
    panel.set_table(columns, rows, texts)
    return [None for _ in items]


def _quiet(panel: ChartPanel, items: Any, period: Period) -> list[Drill]:
    panel.set_bars(
        QCoreApplication.translate("Reports", "Days without a service"),
        [q.client_name for q in items],
        {QCoreApplication.translate("Reports", "Days"): [q.silent_days for q in items]},
        horizontal=True,
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Client"), width=36),
        _col(QT_TRANSLATE_NOOP("Reports", "INN")),
        _col(QT_TRANSLATE_NOOP("Reports", "Last service"), ColumnType.DATETIME),
        _col(QT_TRANSLATE_NOOP("Reports", "Services in the year before"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Usual gap, days"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Silent, days"), ColumnType.INTEGER),
    ]
    rows = [
        (q.client_name, q.inn, q.last_at, q.records_before, q.usual_gap_days, q.silent_days) for q in items
    ]
    texts = [
        (n, i, last.astimezone().strftime("%d.%m.%Y"), str(r), str(g), str(s)) for n, i, last, r, g, s in rows
    ]
    panel.set_table(columns, rows, texts)
    return [
        RecordFilter(
            Period(q.last_at.date().replace(year=q.last_at.year - 1), q.last_at.date()), client_id=q.client_id
        )
        for q in items
    ]


def _expiring(panel: ChartPanel, items: Any, period: Period) -> list[Drill]:
    by_month: dict[str, int] = {}
    for c in items:
        by_month[c.ends_on.strftime("%Y-%m")] = by_month.get(c.ends_on.strftime("%Y-%m"), 0) + 1
    panel.set_bars(
        QCoreApplication.translate("Reports", "Contracts ending by month"),
        list(by_month),
        {QCoreApplication.translate("Reports", "Contracts"): list(by_month.values())},
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Client"), width=36),
        _col(QT_TRANSLATE_NOOP("Reports", "Contract")),
        _col(QT_TRANSLATE_NOOP("Reports", "Ends on"), ColumnType.DATE),
        _col(QT_TRANSLATE_NOOP("Reports", "Revenue in the last year, ₽"), ColumnType.MONEY_KOP),
    ]
    rows = [(c.client_name, c.contract_number, c.ends_on, c.revenue_year_kop) for c in items]
    panel.set_table(columns, rows, [(n, k, e.strftime("%d.%m.%Y"), rub(r)) for n, k, e, r in rows])
    return [None for _ in items]


def _operators(panel: ChartPanel, items: Any, period: Period) -> list[Drill]:
    names = [a.full_name for a in items]
    panel.set_bars(
        QCoreApplication.translate("Reports", "Operator activity"),
        names,
        {
            QCoreApplication.translate("Reports", "Items accepted"): [a.accepted_items for a in items],
            QCoreApplication.translate("Reports", "Services recorded"): [a.services for a in items],
            QCoreApplication.translate("Reports", "Refusals recorded"): [a.refusals for a in items],
        },
    )
    columns = [
        _col(QT_TRANSLATE_NOOP("Reports", "Operator"), width=28),
        _col(QT_TRANSLATE_NOOP("Reports", "Batches"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Items accepted"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Corrections"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Voids"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Manual weights"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Services recorded"), ColumnType.INTEGER),
        _col(QT_TRANSLATE_NOOP("Reports", "Refusals recorded"), ColumnType.INTEGER),
    ]
    rows = [
        (
            a.full_name,
            a.batches,
            a.accepted_items,
            a.corrections,
            a.voids,
            a.manual_weights,
            a.services,
            a.refusals,
        )
        for a in items
    ]
    panel.set_table(columns, rows, [[str(v) for v in row] for row in rows])
    return [RecordFilter(period, user_login=a.login) for a in items]


REPORT_VIEWS: list[ReportView] = [
    ReportView(
        "volumes",
        QT_TRANSLATE_NOOP("Reports", "Volumes and revenue"),
        lambda ops, p: ops.volumes(p),
        _volumes,
    ),
    ReportView(
        "refusal_reasons",
        QT_TRANSLATE_NOOP("Reports", "Refusals by reason"),
        lambda ops, p: ops.refusals(p),
        _by_reason,
    ),
    ReportView(
        "refusal_competitors",
        QT_TRANSLATE_NOOP("Reports", "Refusals by competitor"),
        lambda ops, p: ops.refusals(p),
        _by_competitor,
    ),
    ReportView(
        "refusal_matrix",
        QT_TRANSLATE_NOOP("Reports", "Reason × competitor"),
        lambda ops, p: ops.refusals(p),
        _matrix,
    ),
    ReportView(
        "prices",
        QT_TRANSLATE_NOOP("Reports", "Competitors' prices"),
        lambda ops, p: ops.competitor_prices(p),
        _prices,
    ),
    ReportView(
        "quiet",
        QT_TRANSLATE_NOOP("Reports", "Clients gone quiet"),
        lambda ops, p: ops.quiet_clients(p),
        _quiet,
    ),
    ReportView(
        "expiring",
        QT_TRANSLATE_NOOP("Reports", "Contracts expiring"),
        lambda ops, p: ops.expiring_contracts(Period(p.end, p.end + EXPIRY_HORIZON)),
        _expiring,
    ),
    ReportView(
        "operators",
        QT_TRANSLATE_NOOP("Reports", "Operator activity"),
        lambda ops, p: ops.operator_activity(p),
        _operators,
    ),
]
