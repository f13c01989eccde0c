"""Comparing two tariff versions price by price."""

from __future__ import annotations

import dataclasses
import datetime as dt

from postdesk.common.paths import resource_path
from postdesk.postal.mailclasses import MailCategory, MailType, NoticeKind
from postdesk.tariffs.changes import BATCH_MAIL, PriceItem, changes_between
from postdesk.tariffs.loader import parse_table
from postdesk.tariffs.model import TariffTable


def _sample() -> TariffTable:
    path = resource_path("tariffs", "2026-01-01_sample.toml")
    return parse_table(path.read_text(encoding="utf-8"), str(path))


def _with(table: TariffTable, kind: tuple[MailType, MailCategory], **changes: object) -> TariffTable:
    rates = dict(table.rates)
    rates[kind] = dataclasses.replace(rates[kind], **changes)  # type: ignore[arg-type]
    return dataclasses.replace(table, version="next", effective_from=dt.date(2027, 1, 1), rates=rates)


def test_the_same_table_has_no_changes() -> None:
    table = _sample()
    assert changes_between(table, table) == []


def test_each_changed_price_is_one_change_with_old_new_and_the_date() -> None:
    old = _sample()
    kind = (MailType.LETTER, MailCategory.ORDERED)
    rate = old.rates[kind]
    notices = {**rate.notice_kop, NoticeKind.ORDERED: rate.notice_kop[NoticeKind.ORDERED] + 300}
    new = _with(old, kind, first_step_kop=rate.first_step_kop + 450, sms_kop=rate.sms_kop, notice_kop=notices)
    changes = changes_between(old, new)
    assert [(c.item, c.old_kop, c.new_kop) for c in changes] == [
        (PriceItem.FIRST_STEP, rate.first_step_kop, rate.first_step_kop + 450),
        (
            PriceItem.NOTICE_ORDERED,
            rate.notice_kop[NoticeKind.ORDERED],
            rate.notice_kop[NoticeKind.ORDERED] + 300,
        ),
    ]
    first = changes[0]
    assert (first.service_code, first.kind, first.step_g, first.effective_from) == (
        BATCH_MAIL,
        ("LETTER", "ORDERED"),
        rate.first_step_g,
        dt.date(2027, 1, 1),
    )


def test_a_rate_dropped_from_the_new_version_shows_every_price_as_gone() -> None:
    old = _sample()
    kind = (MailType.POSTCARD, MailCategory.SIMPLE)
    rates = {k: v for k, v in old.rates.items() if k != kind}
    new = dataclasses.replace(old, version="next", effective_from=dt.date(2027, 1, 1), rates=rates)
    changes = changes_between(old, new)
    assert changes and all(c.kind == ("POSTCARD", "SIMPLE") and c.new_kop is None for c in changes)
    assert changes_between(new, old)[0].old_kop is None


def test_the_price_lists_services_are_compared_by_code_after_the_rates() -> None:
    old = _sample()
    assert old.prices, "the sample tariff prices services beyond batch mail"
    first, second, *rest = old.prices
    dearer = dataclasses.replace(first, price_kop=first.price_kop + 500)
    added = dataclasses.replace(second, code="new_service", name="Новая услуга")
    kind = (MailType.LETTER, MailCategory.ORDERED)
    rate = old.rates[kind]
    new = dataclasses.replace(_with(old, kind, step_kop=rate.step_kop + 100), prices=(dearer, added, *rest))
    changes = changes_between(old, new)
    assert [(c.service_code, c.item) for c in changes] == [
        (BATCH_MAIL, PriceItem.STEP),
        *sorted(
            [
                (first.code, PriceItem.SERVICE_PRICE),
                ("new_service", PriceItem.SERVICE_PRICE),
                (second.code, PriceItem.SERVICE_PRICE),
            ]
        ),
    ]
    by_code = {c.service_code: c for c in changes}
    assert (by_code[first.code].old_kop, by_code[first.code].new_kop) == (
        first.price_kop,
        first.price_kop + 500,
    )
    assert (by_code["new_service"].old_kop, by_code["new_service"].name) == (None, "Новая услуга")
    assert (by_code[second.code].new_kop, by_code[second.code].mail_type) == (None, None)
    assert all(c.effective_from == dt.date(2027, 1, 1) for c in changes)
