"""What changed between two tariff versions, price by price: the one comparison of tariffs.

The batch-mail rates are compared per mail type and category (the first weight step, each
further step and the per-item fees); the price lists of every other service per service code.
The notices to clients and the Reference page's comparison of versions both read it.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.tariffs.model import Rate, ServicePrice, TariffTable

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
    SERVICE_PRICE = "service_price"  # the unit price of a service of the price list


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
    name: str = ""  # the service's name, for the price list's services
    unit: str = ""

    @property
    def kind(self) -> tuple[MailType | None, MailCategory | None]:
        """The mail type and category as stored on batch items (None for another service's price)."""
        return self.mail_type, self.category


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


def price_list_changes(
    old: Iterable[ServicePrice], new: Iterable[ServicePrice], effective_from: dt.date
) -> list[TariffChange]:
    """Services of the price list that are new, gone or re-priced, by code."""
    before = {p.code: p for p in old}
    after = {p.code: p for p in new}
    result = []
    for code in sorted(before.keys() | after.keys()):
        was, now = before.get(code), after.get(code)
        if was is not None and now is not None and was.price_kop == now.price_kop:
            continue
        shown = now or was
        assert shown is not None
        result.append(
            TariffChange(
                code,
                None,
                None,
                PriceItem.SERVICE_PRICE,
                was.price_kop if was else None,
                now.price_kop if now else None,
                effective_from,
                name=shown.name,
                unit=shown.unit,
            )
        )
    return result


def changes_between(old: TariffTable, new: TariffTable) -> list[TariffChange]:
    """Prices of ``new`` that differ from ``old`` (added and dropped rates and services too).

    The batch-mail rates first, by mail type and category, then the price list's services.
    """
    return [*_rate_changes(old, new), *price_list_changes(old.prices, new.prices, new.effective_from)]


def _rate_changes(old: TariffTable, new: TariffTable) -> list[TariffChange]:
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
