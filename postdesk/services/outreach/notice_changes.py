"""Which tariff changes concern a client (what it used in the last 12 months) and how a notice names them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.money import rubles
from postdesk.models.batches import Batch, BatchItem, BatchStatus, ItemStatus
from postdesk.models.charges import ServiceRecord
from postdesk.models.records import Outcome
from postdesk.postal.mail_kinds import kind_title
from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.tariffs.changes import PriceItem, TariffChange

_ITEM_PHRASES = {
    PriceItem.FIRST_STEP: "до {grams} г",
    PriceItem.STEP: "каждые следующие {grams} г",
    PriceItem.NOTICE_SIMPLE: "простое уведомление о вручении",
    PriceItem.NOTICE_ORDERED: "заказное уведомление о вручении",
    PriceItem.NOTICE_ELECTRONIC: "электронное уведомление о вручении",
    PriceItem.INVENTORY: "опись вложения",
    PriceItem.SMS: "SMS-уведомление",
    PriceItem.SERVICE_PRICE: "за {unit}",
}


def change_title(change: TariffChange) -> str:
    what = _ITEM_PHRASES[change.item].format(grams=change.step_g, unit=change.unit or "единицу")
    if change.mail_type is None or change.category is None:
        return f"{change.name or change.service_code}: {what}"
    return f"{kind_title(change.mail_type, change.category)}: {what}"


def price_text(kop: int | None) -> str:
    return rubles(kop) if kop is not None else "не предоставляется"


MailKindPair = tuple[MailType | None, MailCategory | None]


def used_kinds(session: Session, client_id: int, since: dt.datetime) -> tuple[set[MailKindPair], set[str]]:
    """The mail kinds of the client's accepted items and the services of its records since ``since``."""
    kinds = {
        (t, c)
        for t, c in session.execute(
            select(BatchItem.mail_type, BatchItem.mail_category)
            .join(Batch, Batch.id == BatchItem.batch_id)
            .where(
                Batch.client_id == client_id,
                Batch.status == BatchStatus.ACCEPTED,
                Batch.accepted_at >= since,
                BatchItem.status == ItemStatus.ACCEPTED,
            )
            .distinct()
        )
    }
    services = set(
        session.scalars(
            select(ServiceRecord.service_code)
            .where(
                ServiceRecord.client_id == client_id,
                ServiceRecord.outcome == Outcome.GIVEN,
                ServiceRecord.at >= since,
            )
            .distinct()
        )
    )
    return kinds, services


def relevant(changes: list[TariffChange], kinds: set[MailKindPair], services: set[str]) -> list[TariffChange]:
    return [
        c for c in changes if (c.kind in kinds if c.mail_type is not None else c.service_code in services)
    ]
