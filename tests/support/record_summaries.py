"""The monthly summaries recomputed in Python from the raw service records (the reference)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from sqlalchemy import select

from postdesk.models import ServiceRecord
from postdesk.models.record_summaries import RecordClientMonth, RecordOperatorMonth, RecordRefusalMonth


def _month(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m")


def recomputed(session: Any) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    clients: dict[tuple[Any, ...], list[Any]] = {}
    refusals: dict[tuple[Any, ...], int] = defaultdict(int)
    operators: dict[tuple[Any, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in session.scalars(select(ServiceRecord)):
        month, outcome = _month(r.at), r.outcome.value
        key = (month, r.client_id, outcome, r.kind)
        if key not in clients:
            clients[key] = [0, 0, 0, r.at, r.at]
        row = clients[key]
        row[0], row[1], row[2] = row[0] + 1, row[1] + r.items_count, row[2] + r.amount_kop
        row[3], row[4] = min(row[3], r.at), max(row[4], r.at)
        if outcome != "given":
            refusals[(month, outcome, r.reason_code or "", r.competitor_id or 0)] += 1
        op = operators[(month, r.user_login, r.kind, outcome)]
        op[0], op[1], op[2] = op[0] + 1, op[1] + r.items_count, op[2] + r.amount_kop
    return {
        "clients": {k: tuple(v) for k, v in clients.items()},
        "refusals": {k: (v,) for k, v in refusals.items()},
        "operators": {k: tuple(v) for k, v in operators.items()},
    }


def stored(session: Any) -> dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]:
    C, F, P = RecordClientMonth, RecordRefusalMonth, RecordOperatorMonth
    return {
        "clients": {
            (c.month, c.client_id, c.outcome.value, c.kind): (
                c.records,
                c.quantity,
                c.amount_kop,
                c.first_at,
                c.last_at,
            )
            for c in session.scalars(select(C))
        },
        "refusals": {
            (f.month, f.outcome.value, f.reason_code, f.competitor_id): (f.records,)
            for f in session.scalars(select(F))
        },
        "operators": {
            (p.month, p.user_login, p.kind, p.outcome.value): (p.records, p.quantity, p.amount_kop)
            for p in session.scalars(select(P))
        },
    }
