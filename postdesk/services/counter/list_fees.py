"""Checking the fees a client's list states against our tariff and the client's contract.

Clients' systems print the fee with or without VAT, so either figure is taken as correct; a
different amount is a warning (the batch is priced by our tariff at acceptance anyway).
"""

from __future__ import annotations

from decimal import Decimal

from postdesk.lists.items import ListItem
from postdesk.lists.validation import FeeOf
from postdesk.tariffs.engine import PricingError, PricingInput, price_item
from postdesk.tariffs.model import TariffTable


def listed_fee_checker(table: TariffTable, discount_percent: Decimal) -> FeeOf:
    """``fee_of(item)``: the acceptable fees (with VAT first), or None when the item cannot be priced
    (missing type or weight — other rules report those)."""

    def fee_of(item: ListItem) -> tuple[int, ...] | None:
        if not item.declared_mass_g or item.mail_type is None or item.mail_category is None:
            return None
        try:
            pricing = PricingInput(
                mail_type=item.mail_type,
                category=item.mail_category,
                mass_g=item.declared_mass_g,
                declared_value_kop=item.declared_value_kop,
                notice=item.notice,
                inventory=item.inventory,
                sms=item.sms,
            )
            charge = price_item(table, pricing, discount_percent)
        except PricingError:
            return None
        return charge.total_kop, charge.net_kop

    return fee_of
