"""Tariff files: validation with clear messages, effective-date selection, exact money parsing."""

import datetime as dt

import pytest

from postdesk.common.money import parse_rubles, percent_of
from postdesk.tariffs.loader import NoTariffInForceError, TariffBook, TariffFileError, parse_table

BASE = """
[tariff]
version = "{version}"
effective_from = {day}
sample = false
[defaults]
vat_percent = "20"
declared_value_percent = "0"
notice_simple = "1.00"
notice_ordered = "2.00"
notice_electronic = "3.00"
inventory = "4.00"
sms = "5.00"
step_g = 20
[[rates]]
mail_type = "LETTER"
categories = ["ORDERED"]
first_step_g = 20
first_step_price = "{price}"
step_price = "2.50"
max_mass_g = 100
"""


def _write(folder, name, version, day, price="41.00"):
    (folder / name).write_text(BASE.format(version=version, day=day, price=price), encoding="utf-8")


def test_version_in_force_is_the_latest_that_started(tmp_path):
    _write(tmp_path, "a.toml", "2026-01", "2026-01-01", "41.00")
    _write(tmp_path, "b.toml", "2026-07", "2026-07-01", "45.00")
    book = TariffBook.load([tmp_path])
    assert book.in_force(dt.date(2026, 6, 30)).version == "2026-01"
    assert book.in_force(dt.date(2026, 7, 1)).version == "2026-07"
    with pytest.raises(NoTariffInForceError, match=r"31\.12\.2025"):
        book.in_force(dt.date(2025, 12, 31))


def test_a_later_folder_replaces_a_version_of_the_same_name(tmp_path):
    shipped, admin = tmp_path / "shipped", tmp_path / "admin"
    shipped.mkdir()
    admin.mkdir()
    _write(shipped, "a.toml", "2026-01", "2026-01-01", "41.00")
    _write(admin, "a.toml", "2026-01", "2026-01-01", "43.00")
    table = TariffBook.load([shipped, admin]).in_force(dt.date(2026, 2, 1))
    assert table.rates[next(iter(table.rates))].first_step_kop == 4300


@pytest.mark.parametrize(
    ("broken", "needle"),
    [
        ('first_step_price = "41.00"', "first_step_price = 41.0"),
        ('first_step_price = "41.00"', 'first_step_price = "41.005"'),
        ('categories = ["ORDERED"]', 'categories = ["REGISTERED"]'),
        ("max_mass_g = 100", "max_mass_g = 10"),
        ('vat_percent = "20"', 'vat_percent = "120"'),
        ("sample = false", ""),
        ("max_mass_g = 100", 'max_mass_g = 100\ncolour = "red"'),
    ],
)
def test_bad_files_are_refused_with_the_file_named(broken, needle):
    text = BASE.format(version="v", day="2026-01-01", price="41.00").replace(broken, needle)
    with pytest.raises(TariffFileError, match=r"my\.toml"):
        parse_table(text, "my.toml")


def test_a_pair_priced_twice_is_refused():
    text = BASE.format(version="v", day="2026-01-01", price="41.00")
    text += text[text.index("[[rates]]") :]
    with pytest.raises(TariffFileError):
        parse_table(text, "x")


def test_money_is_exact():
    assert parse_rubles("41,50") == 4150
    assert parse_rubles("0.1") == 10
    with pytest.raises(ValueError):
        parse_rubles("-1")
    assert percent_of(5, __import__("decimal").Decimal("10")) == 1  # 0.5 kop rounds half up
    assert percent_of(4, __import__("decimal").Decimal("10")) == 0
