"""Pricing one item, and summing a batch, under a tariff table and a contract discount.

Rounding rules, applied in this order and nowhere else:

1. postage = first-step price + further steps (each full or partial step) x step price;
2. the contract discount applies to postage only: ``discount = postage x % / 100`` rounded half up
   to a kopeck (declared-value and extra-service fees are never discounted);
3. the declared-value fee is ``value x % / 100`` rounded half up to a kopeck;
4. VAT is charged once per item on its net amount, ``net x VAT% / 100`` rounded half up;
5. batch totals are sums of the item rows' integer kopecks, so they equal the sum of rows exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import ROUND_CEILING, Decimal

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.common.money import percent_of
from postdesk.postal.mail_kinds import kind_title
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind, has_declared_value
from postdesk.tariffs.model import TariffTable


class PricingError(UserError):
    """The item cannot be priced: no rate for its type and category, or it is too heavy."""


@dataclass(frozen=True)
class PricingInput:
    mail_type: MailType
    category: MailCategory
    mass_g: int
    declared_value_kop: int = 0
    notice: NoticeKind = NoticeKind.NONE
    inventory: bool = False
    sms: bool = False


@dataclass(frozen=True)
class ItemCharge:
    """One item's fees in kopecks: what pricing returns and the charge row stores.

    ``net`` excludes VAT and is what a ф.103 prints as the fee, ``total`` includes it. The fee a
    client's list states is a different thing: the item's *listed* fee (``listed_fee_kop``).
    """

    postage_kop: int
    discount_kop: int
    declared_value_fee_kop: int
    notice_kop: int
    inventory_kop: int
    sms_kop: int
    net_kop: int
    vat_kop: int
    total_kop: int


@dataclass(frozen=True)
class ChargeTotals:
    """Column sums of item charges (the ф.103 footer)."""

    items: int = 0
    postage_kop: int = 0
    discount_kop: int = 0
    declared_value_fee_kop: int = 0
    notice_kop: int = 0
    inventory_kop: int = 0
    sms_kop: int = 0
    net_kop: int = 0
    vat_kop: int = 0
    total_kop: int = 0


_AMOUNT_FIELDS = tuple(f.name for f in fields(ItemCharge))


def sum_charges(charges: Iterable[ItemCharge]) -> ChargeTotals:
    return sum_counted_charges((charge, 1) for charge in charges)


def sum_counted_charges(counted: Iterable[tuple[ItemCharge, int]]) -> ChargeTotals:
    """Totals of charges each standing for ``count`` identical items: exact, as money is integer."""
    sums = dict.fromkeys(_AMOUNT_FIELDS, 0)
    items = 0
    for charge, count in counted:
        items += count
        for name in _AMOUNT_FIELDS:
            sums[name] += getattr(charge, name) * count
    return ChargeTotals(items=items, **sums)


def price_item(table: TariffTable, item: PricingInput, discount_percent: Decimal = Decimal(0)) -> ItemCharge:
    rate = table.rate(item.mail_type, item.category)
    if rate is None:
        raise PricingError(
            translate("Tariffs", "The tariff «%1» has no price for «%2».")
            .replace("%1", table.version)
            .replace("%2", kind_title(item.mail_type, item.category))
        )
    if item.mass_g <= 0:
        raise PricingError(translate("Tariffs", "An item without weight cannot be priced: weigh it first."))
    if item.mass_g > rate.max_mass_g:
        raise PricingError(
            translate("Tariffs", "%1 g is over the %2 g limit for this mail type: hand the item back.")
            .replace("%1", str(item.mass_g))
            .replace("%2", str(rate.max_mass_g))
        )
    postage = rate.first_step_kop + steps_over(item.mass_g, rate.first_step_g, rate.step_g) * rate.step_kop
    discount = percent_of(postage, discount_percent)
    value_fee = (
        percent_of(item.declared_value_kop, rate.declared_value_percent)
        if has_declared_value(item.category)
        else 0
    )
    notice = rate.notice_kop[item.notice]
    inventory = rate.inventory_kop if item.inventory else 0
    sms = rate.sms_kop if item.sms else 0
    net = postage - discount + value_fee + notice + inventory + sms
    vat = percent_of(net, rate.vat_percent)
    return ItemCharge(postage, discount, value_fee, notice, inventory, sms, net, vat, net + vat)


def steps_over(mass_g: int, first_step_g: int, step_g: int) -> int:
    """How many further steps (each full or partial) a mass needs beyond the first step."""
    if mass_g <= first_step_g:
        return 0
    return int((Decimal(mass_g - first_step_g) / Decimal(step_g)).to_integral_value(rounding=ROUND_CEILING))
