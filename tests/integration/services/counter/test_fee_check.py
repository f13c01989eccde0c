"""Fees stated in a client's list are checked against the tariff in force and the contract."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from postdesk.models.contracts import Contract
from postdesk.services.counter.list_fees import listed_fee_checker
from tests.support.lists import HEADER, good_rows, make_client, write_xlsx

# Sample tariff: a registered letter of 25 g costs 62.00 + 3.00 (one more 20 g step) = 65.00
# rubles without VAT, 78.00 with 20 % VAT.


def _rows_with_fees(fees: list[object]) -> list[list[object]]:
    rows = good_rows(len(fees))
    for row, fee in zip(rows, fees, strict=True):
        row[7] = 25
        row.append(fee)
    return rows


def _findings(core, actor, client_id, path):
    opened, _remembered = core.lists.open(actor, client_id, path)
    result = core.lists.check(actor, client_id, opened)
    return result, [(f.row, f.code) for f in result.findings if f.code == "fee_mismatch"]


def test_fees_with_or_without_vat_pass_and_others_are_warned(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    path = write_xlsx(
        tmp_path / "fees.xlsx",
        _rows_with_fees(["78,00", "65,00", "70,00"]),
        header=[*HEADER, "Плата за пересылку, руб."],
    )
    result, mismatches = _findings(core, staff.operator, client_id, path)
    assert mismatches == [(4, "fee_mismatch")]
    message = next(f.message for f in result.findings if f.code == "fee_mismatch")
    assert "70,00" in message and "78,00" in message
    assert result.valid == 3  # a fee difference is a warning, not an error


def test_the_contract_discount_is_taken_into_account(core, staff, tmp_path):
    client_id, _inn = make_client(core, staff.operator)
    with core.uow() as tx:
        tx.session.add(
            Contract(
                client_id=client_id,
                number="Д-1",
                signed_on=dt.date(2025, 1, 1),
                starts_on=dt.date(2025, 1, 1),
                discount_percent=Decimal("10"),
            )
        )
        tx.commit()
    # 10 % off postage: 65.00 - 6.50 = 58.50 net, 70.20 with VAT.
    path = write_xlsx(
        tmp_path / "fees.xlsx",
        _rows_with_fees(["70,20", "78,00"]),
        header=[*HEADER, "Плата за пересылку, руб."],
    )
    _result, mismatches = _findings(core, staff.operator, client_id, path)
    assert mismatches == [(3, "fee_mismatch")]


def test_items_that_cannot_be_priced_are_left_to_other_rules(core):
    from postdesk.lists.items import ListItem

    fee_of = listed_fee_checker(core.tariffs.in_force(), Decimal(0))
    assert (
        fee_of(
            ListItem(source_row=2, seq=1, mail_type="LETTER", mail_category="ORDERED", declared_mass_g=None)
        )
        is None
    )
    assert (
        fee_of(ListItem(source_row=2, seq=1, mail_type="NOPE", mail_category="ORDERED", declared_mass_g=20))
        is None
    )
    assert fee_of(
        ListItem(source_row=2, seq=1, mail_type="LETTER", mail_category="ORDERED", declared_mass_g=25)
    ) == (
        7800,
        6500,
    )
