"""Who went quiet, read from the per-client monthly summary rather than a year of records.

A client is quiet when the window (a year and the quiet weeks) holds enough of their services
and its last weeks none. Both are counts, so they come from the summary's months (and the
records of a few days at the ends) in one grouped query. The first and last service of the few
clients found come from the same summary's months too; only the window's first month, which the
window cuts, is read from their records.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column, select, union_all
from sqlalchemy.orm import Session

from postdesk.models.charges import ServiceRecord
from postdesk.models.record_summaries import RecordClientMonth
from postdesk.models.records import Outcome
from postdesk.services.records import summaries
from postdesk.services.records.summaries import Rows

R = ServiceRecord
S = RecordClientMonth
_CHUNK = 500  # clients per IN list


def _pair(count: Any, zero: Any, in_window: bool) -> tuple[Any, Any]:
    """The (window, recent) counts of a row that counts in one of them."""
    return (count.label("n"), zero.label("r")) if in_window else (zero.label("n"), count.label("r"))


def _counted(period: summaries.Cover, in_window: bool) -> list[Rows]:
    zero: ColumnElement[int] = literal_column("0")

    def summary(first: str, last: str) -> Rows:
        return select(S.client_id.label("c"), *_pair(S.records, zero, in_window)).where(
            S.outcome == Outcome.GIVEN, S.kind != "voided", S.month >= first, S.month <= last
        )

    def records(since: dt.datetime, until: dt.datetime, sign: int) -> Rows:
        return select(R.client_id.label("c"), *_pair(literal_column(str(sign)), zero, in_window)).where(
            R.outcome == Outcome.GIVEN, R.kind != "voided", R.at >= since, R.at < until
        )

    return summaries.signed_parts(period, summary, records)


def silent_regulars(
    session: Session, since: dt.datetime, cutoff: dt.datetime, day: dt.date, minimum: int
) -> dict[int, int]:
    """Clients with at least ``minimum`` services given from ``since`` to ``day`` and none from
    ``cutoff`` on (all midnights), with their count of services."""
    window = summaries.cover(since.date(), day)
    recent = summaries.cover(cutoff.date(), day)
    rows = union_all(*_counted(window, True), *_counted(recent, False)).subquery()
    client_id, n, r = rows.c
    query = (
        select(client_id, func.sum(n)).group_by(client_id).having(func.sum(n) >= minimum, func.sum(r) == 0)
    )
    return {cid: int(count) for cid, count in session.execute(query)}


def first_and_last(
    session: Session, clients: list[int], since: dt.datetime, cutoff: dt.datetime
) -> dict[int, tuple[dt.datetime, dt.datetime]]:
    """The first and last service from ``since`` of clients with none from ``cutoff`` on.

    Their months after the first one and up to the cutoff's hold only services of the window
    (the ones after the cutoff's month are empty for these clients, whatever follows the window),
    so the summary's first and last are theirs; the first month is read from the records."""
    first_month = summaries.month_key(since)
    second = dt.date(since.year + since.month // 12, since.month % 12 + 1, 1)
    spans: dict[int, tuple[dt.datetime, dt.datetime]] = {}

    def fold(rows: Any) -> None:
        for cid, first, last in rows:
            known = spans.get(cid)
            spans[cid] = (first, last) if known is None else (min(known[0], first), max(known[1], last))

    for chunk in (clients[i : i + _CHUNK] for i in range(0, len(clients), _CHUNK)):
        fold(
            session.execute(
                select(S.client_id, func.min(S.first_at), func.max(S.last_at))
                .where(
                    S.outcome == Outcome.GIVEN,
                    S.kind != "voided",
                    S.month > first_month,
                    S.month <= summaries.month_key(cutoff),
                    S.client_id.in_(chunk),
                )
                .group_by(S.client_id)
            )
        )
        fold(
            session.execute(
                select(R.client_id, func.min(R.at), func.max(R.at))
                .with_hint(R, "INDEXED BY ix_service_records_client_at", "sqlite")
                .where(
                    R.client_id.in_(chunk),
                    R.at >= since,
                    R.at < summaries.midnight(second),
                    R.outcome == Outcome.GIVEN,
                    R.kind != "voided",
                )
                .group_by(R.client_id)
            )
        )
    return spans
