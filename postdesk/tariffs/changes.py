"""What changed between two tariff versions, price by price, for notices to clients.

Only the batch-mail rates are compared today (per mail type and category: the first weight
step, each further step and the per-item fees). A change names the *kind* of service it
belongs to, so the price lists of other services can add their changes beside these later
without the notices changing shape.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.tariffs.model import Rate, TariffTable

BATCH_MAIL = "batch_mail"  # the service code of batch mail in the service catalogue


class PriceItem(enum.StrEnum):
    """Which price of a rate changed."""

    FIRST_STEP = "first_step"
    STEP = "step"
    NOTICE_SIMPLE = "notice_simple"
    NOTICE_ORDERED = "notice_ordered"
    NOTICE_ELECTRONIC = "notice_electronic"
    INVENTORY = "inventory"
    SMS = "sms"


_NOTICE_ITEMS = {
    NoticeKind.SIMPLE: PriceItem.NOTICE_SIMPLE,
    NoticeKind.ORDERED: PriceItem.NOTICE_ORDERED,
    NoticeKind.ELECTRONIC: PriceItem.NOTICE_ELECTRONIC,
}


@dataclass(frozen=True)
class TariffChange:
    """One price that differs; ``old_kop``/``new_kop`` is None where the version does not have it."""

    service_code: str
    mail_type: MailType | None
    category: MailCategory | None
    item: PriceItem
    old_kop: int | None
    new_kop: int | None
    effective_from: dt.date
    step_g: int = 0  # the weight the price is for: the first step's or a further step's grams

    @property
    def kind(self) -> tuple[str, str]:
        """The mail type and category as stored on batches (``("LETTER", "ORDERED")``)."""
        return (
            self.mail_type.value if self.mail_type else "",
            self.category.value if self.category else "",
        )


def _prices(rate: Rate | None) -> dict[PriceItem, tuple[int, int]]:
    """Every compared price of a rate, with the grams it is for (0 for per-item fees)."""
    if rate is None:
        return {}
    prices = {
        PriceItem.FIRST_STEP: (rate.first_step_kop, rate.first_step_g),
        PriceItem.STEP: (rate.step_kop, rate.step_g),
        PriceItem.INVENTORY: (rate.inventory_kop, 0),
        PriceItem.SMS: (rate.sms_kop, 0),
    }
    for notice, item in _NOTICE_ITEMS.items():
        if notice in rate.notice_kop:
            prices[item] = (rate.notice_kop[notice], 0)
    return prices


def changes_between(old: TariffTable, new: TariffTable) -> list[TariffChange]:
    """Prices of ``new`` that differ from ``old`` (added and dropped rates too), in a stable order."""
    result: list[TariffChange] = []
    kinds = sorted(set(old.rates) | set(new.rates), key=lambda k: (k[0].value, k[1].value))
    for mail_type, category in kinds:
        before = _prices(old.rate(mail_type, category))
        after = _prices(new.rate(mail_type, category))
        for item in PriceItem:
            old_price, new_price = before.get(item), after.get(item)
            if old_price is None and new_price is None:
                continue
            old_kop = old_price[0] if old_price else None
            new_kop = new_price[0] if new_price else None
            if old_kop == new_kop:
                continue
            grams = (new_price or old_price or (0, 0))[1]
            result.append(
                TariffChange(
                    BATCH_MAIL, mail_type, category, item, old_kop, new_kop, new.effective_from, grams
                )
            )
    return result
