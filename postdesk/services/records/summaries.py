"""The monthly summaries of the service records: kept with every record written, read by reports.

Every service that writes a ``ServiceRecord`` (the counter, acceptance, corrections and voids)
writes it through :func:`add_record`, which counts it in the same unit of work, so a summary is
never ahead of or behind the records it sums. The upserts add to one row per group, so two
workstations writing at the same moment never collide. :func:`rebuild` recomputes every summary
from the records (after a bulk load such as the demo or the benchmark), with the same SQL the
migration backfills with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Select, case, delete, func, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from postdesk.models.charges import ServiceRecord
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth, RecordRefusalMonth
from postdesk.models.records import Outcome

Rows: TypeAlias = "Select[*tuple[Any, ...]]"  # a select of any columns
SummaryModel = type[RecordClientMonth] | type[RecordRefusalMonth] | type[RecordOperatorMonth]


def month_key(at: dt.datetime) -> str:
    """``YYYY-MM`` of the UTC month the moment falls in (the records' month everywhere)."""
    return month_key_of(at.astimezone(dt.UTC))


def month_of(session: Session, column: Any) -> ColumnElement[str]:
    """``YYYY-MM`` of a UTC timestamp column, in the database's own dialect."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(func.timezone("UTC", column), "YYYY-MM")


def _upsert(
    session: Session, model: SummaryModel, keys: dict[str, Any], sums: dict[str, int], at: dt.datetime | None
) -> None:
    make = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    values: dict[str, Any] = {**keys, **sums}
    if at is not None:
        values.update(first_at=at, last_at=at)
    statement = make(model).values(**values)
    new = statement.excluded
    update: dict[str, Any] = {name: getattr(model, name) + getattr(new, name) for name in sums}
    if at is not None:
        first, last = RecordClientMonth.first_at, RecordClientMonth.last_at
        update["first_at"] = case((new.first_at < first, new.first_at), else_=first)
        update["last_at"] = case((new.last_at > last, new.last_at), else_=last)
    session.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=update))


def add_record(session: Session, record: ServiceRecord) -> None:
    """Write a new service record and count it in the summaries: the one way records are added."""
    session.add(record)
    session.flush()
    count_record(session, record)


def count_record(session: Session, record: ServiceRecord) -> None:
    """Add one just-written record (flushed, so its time is set) to every summary it belongs to."""
    if record.at is None:
        session.flush()
    at, outcome = record.at, Outcome(record.outcome)
    month = month_key(at)
    quantity, amount = int(record.items_count), int(record.amount_kop)
    _upsert(
        session,
        RecordClientMonth,
        {"month": month, "client_id": record.client_id, "outcome": outcome, "kind": record.kind},
        {"records": 1, "quantity": quantity, "amount_kop": amount},
        at,
    )
    _upsert(
        session,
        RecordOperatorMonth,
        {"month": month, "user_login": record.user_login, "kind": record.kind, "outcome": outcome},
        {"records": 1, "quantity": quantity, "amount_kop": amount},
        None,
    )
    if outcome is not Outcome.GIVEN:
        _upsert(
            session,
            RecordRefusalMonth,
            {
                "month": month,
                "outcome": outcome,
                "reason_code": record.reason_code or "",
                "competitor_id": record.competitor_id or 0,
            },
            {"records": 1},
            None,
        )


def backfill_statements(dialect: str) -> list[str]:
    """The SQL that fills the (empty) summaries from ``service_records``; the migration uses it too."""
    month = "substr(at, 1, 7)" if dialect == "sqlite" else "to_char(timezone('UTC', at), 'YYYY-MM')"
    return [
        "INSERT INTO record_client_months (month, client_id, outcome, kind, records, quantity, "
        "amount_kop, first_at, last_at) "
        f"SELECT {month}, client_id, outcome, kind, count(*), sum(items_count), sum(amount_kop), "
        f"min(at), max(at) FROM service_records GROUP BY {month}, client_id, outcome, kind",
        "INSERT INTO record_refusal_months (month, outcome, reason_code, competitor_id, records) "
        f"SELECT {month}, outcome, coalesce(reason_code, ''), coalesce(competitor_id, 0), count(*) "
        "FROM service_records WHERE outcome <> 'given' "
        f"GROUP BY {month}, outcome, coalesce(reason_code, ''), coalesce(competitor_id, 0)",
        "INSERT INTO record_operator_months (month, user_login, kind, outcome, records, quantity, "
        "amount_kop) "
        f"SELECT {month}, user_login, kind, outcome, count(*), sum(items_count), sum(amount_kop) "
        f"FROM service_records GROUP BY {month}, user_login, kind, outcome",
    ]


def rebuild(session: Session) -> None:
    """Recompute every summary from the records (a bulk load wrote records without them)."""
    for model in (RecordClientMonth, RecordRefusalMonth, RecordOperatorMonth):
        session.execute(delete(model))
    for statement in backfill_statements(session.get_bind().dialect.name):
        session.execute(text(statement))


def _month_start(key: str) -> dt.date:
    return dt.date(int(key[:4]), int(key[5:7]), 1)


def _next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def split(start: dt.date, end: dt.date) -> tuple[tuple[str, str] | None, list[tuple[dt.date, dt.date]]]:
    """Days ``start``..``end`` as the whole months inside (first and last ``YYYY-MM``, read from the
    summaries) and the day ranges around them (``[from, to)``, read from the records); each of
    those ranges lies within one month."""
    first = start if start.day == 1 else _next_month(start)
    after = end + dt.timedelta(days=1)
    last = dt.date(after.year, after.month, 1)  # the first day after the last whole month
    if first >= last:  # no whole month: at most the ends of two
        return None, [(a, b) for a, b in ((start, min(first, after)), (first, after)) if a < b]
    edges = [(a, b) for a, b in ((start, first), (last, after)) if a < b]
    return (month_key_of(first), month_key_of(last - dt.timedelta(days=1))), edges


@dataclass(frozen=True)
class Cover:
    """How sums over a period are read: the months ``months`` (first and last ``YYYY-MM``) from a
    summary, plus (sign 1) or minus (sign -1) the records of a few day ranges ``[from, to)``,
    each within one month."""

    months: tuple[str, str] | None
    ranges: tuple[tuple[dt.date, dt.date, int], ...]


def cover(start: dt.date, end: dt.date) -> Cover:
    """Days ``start``..``end`` as months and the fewest records: a month the period covers for
    the most part is read whole from the summary, less the records of its days outside the period
    (a year from the 3rd reads two days of records at each end, not four weeks)."""
    whole, edges = split(start, end)
    months = [_month_start(whole[0]), _month_start(whole[1])] if whole else []
    ranges: list[tuple[dt.date, dt.date, int]] = []
    for since, until in edges:
        first = dt.date(since.year, since.month, 1)
        after = _next_month(first)
        if (until - since) * 2 <= after - first:
            ranges.append((since, until, 1))
            continue
        months = [min([first, *months]), max([first, *months])]
        ranges += [(a, b, -1) for a, b in ((first, since), (until, after)) if a < b]
    return Cover((month_key_of(months[0]), month_key_of(months[1])) if months else None, tuple(ranges))


def signed_parts(
    period: Cover,
    summary: Callable[[str, str], Rows],
    records: Callable[[dt.datetime, dt.datetime, int], Rows],
) -> list[Rows]:
    """The selects whose rows, summed (``UNION ALL``), give a period's sums: the summary's rows of
    its months and the records of its day ranges (``records`` is given each range and its sign,
    and negates what it sums when -1)."""
    parts = [summary(*period.months)] if period.months else []
    return parts + [records(midnight(a), midnight(b), sign) for a, b, sign in period.ranges]


def month_key_of(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
