"""The timeline's events from the service records: services, refusals, batches, corrections, voids."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.models.batches import BatchItem
from postdesk.models.charges import ServiceRecord
from postdesk.models.records import Outcome
from postdesk.postal.weighing import WeightDecision
from postdesk.services.records.data import RecordInfo
from postdesk.services.records.record_rows import info_of, record_query
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

R = ServiceRecord
_BATCH_KINDS = {"accepted": "batch", "corrected": "correction", "voided": "void"}


def _kind_condition(kind: str) -> ColumnElement[bool]:
    if kind == "service":
        return and_(R.outcome == Outcome.GIVEN, R.kind.not_in(list(_BATCH_KINDS)))
    if kind == "refusal":
        return R.outcome != Outcome.GIVEN
    for stored, shown in _BATCH_KINDS.items():
        if shown == kind:
            return R.kind == stored
    return false()


def kind_of(record: RecordInfo) -> str:
    if record.outcome is not Outcome.GIVEN:
        return "refusal"
    return _BATCH_KINDS.get(record.kind, "service")


def _summary(record: RecordInfo, kind: str, discrepancies: int) -> str:
    if kind == "refusal":
        title = (
            translate("Timeline", "Declined")
            if record.outcome is Outcome.DECLINED
            else translate("Timeline", "Not possible")
        )
        text = f"{title}: {record.service_name} — {record.reason_name}"
        if record.competitor_name:
            text += f"; {record.competitor_name}"
            if record.competitor_price_kop is not None:
                text += f" {rubles(record.competitor_price_kop)}"
    elif kind == "batch":
        text = (
            translate("Timeline", "Batch %1: %2 items, %3")
            .replace("%1", str(record.batch_id))
            .replace("%2", str(record.quantity))
            .replace("%3", rubles(record.amount_kop))
        )
        if discrepancies:
            text += translate("Timeline", "; weight discrepancies: %1").replace("%1", str(discrepancies))
    elif kind in {"correction", "void"}:
        title = translate("Timeline", "Correction") if kind == "correction" else translate("Timeline", "Void")
        text = f"{title}: " + translate("Timeline", "batch %1, %2").replace(
            "%1", str(record.batch_id)
        ).replace("%2", rubles(record.amount_kop))
    else:
        text = f"{record.service_name}: {record.quantity}"
        if record.amount_kop:
            text += f", {rubles(record.amount_kop)}"
    if record.note and kind != "batch":
        text += f" ({record.note})"
    return text


def _discrepancies(session: Session, batch_ids: list[int]) -> dict[int, int]:
    if not batch_ids:
        return {}
    rows = session.execute(
        select(BatchItem.batch_id, func.count())
        .where(
            BatchItem.batch_id.in_(batch_ids),
            BatchItem.weight_decision.in_([WeightDecision.TAKE_ACTUAL, WeightDecision.HAND_BACK]),
        )
        .group_by(BatchItem.batch_id)
    )
    return {batch_id: count for batch_id, count in rows}


def event_of(record: RecordInfo, discrepancies: int = 0) -> TimelineEvent:
    kind = kind_of(record)
    data: dict[str, Any] = {
        "id": record.id,
        "service": record.service_code,
        "outcome": record.outcome.value,
        "quantity": record.quantity,
        "operator": record.user_login,
    }
    if kind == "refusal":
        data.update(
            reason=record.reason_code,
            competitor=record.competitor_name or None,
            competitor_price_kop=record.competitor_price_kop,
        )
    if record.batch_id is not None:
        data.update(batch_id=record.batch_id, discrepancies=discrepancies)
    if record.note:
        data["note"] = record.note
    return TimelineEvent(
        record.at,
        kind,
        _summary(record, kind, discrepancies),
        f"service_record:{record.id}",
        record.amount_kop,
        data,
    )


class ServiceRecordEvents:
    """Everything the service ledger knows about a client, by the (client, time) index."""

    kinds = frozenset({"service", "refusal", "batch", "correction", "void"})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        conditions: list[ColumnElement[bool]] = [R.client_id == query.client_id]
        wanted = query.wants(self.kinds)
        if wanted != self.kinds:
            conditions.append(or_(*(_kind_condition(k) for k in sorted(wanted))))
        if query.since is not None:
            conditions.append(R.at >= query.since)
        if query.until is not None:
            conditions.append(R.at < query.until)
        rows = session.execute(record_query(conditions).order_by(R.at.desc(), R.id.desc()).limit(limit))
        records = [info_of(row) for row in rows]
        counts = _discrepancies(
            session, [r.batch_id for r in records if r.batch_id is not None and r.kind == "accepted"]
        )
        return [event_of(r, counts.get(r.batch_id or 0, 0)) for r in records]
