"""Reading every supported shape: the samples, generated files in all encodings and separators."""

from __future__ import annotations

import json

import pytest

from postdesk.lists.check import check_list, open_list
from postdesk.lists.fields import Field
from tests.support.lists import SAMPLES, good_rows, rpo, write_csv, write_dbf, write_xlsx


def test_sample_with_header_on_row_1():
    result = check_list(open_list(SAMPLES / "list-header-row1.xlsx"))
    assert (result.info.format, result.info.sheet, result.info.header_row) == ("xlsx", "Список", 1)
    assert (result.rows, result.valid, result.invalid) == (40, 40, 0)
    first = result.items[0]
    assert (first.source_row, first.barcode, first.postcode, first.declared_mass_g) == (
        2,
        "43000526000015",
        "190000",
        65,
    )
    assert (first.mail_type, first.mail_category, first.notice) == ("LETTER", "ORDERED", "ORDERED")
    second = result.items[1]
    assert (second.declared_value_kop, second.cod_kop) == (250000, 250000)
    assert second.mail_category == "WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY"
    assert result.totals().to_json() == {
        "items": 40,
        "mass_g": 162831,
        "declared_value": 2750000,
        "cod": 1800000,
    }


def test_sample_with_title_block_and_name_and_identifier_in_one_cell():
    result = check_list(open_list(SAMPLES / "general-list-header-row6.xlsx"))
    assert result.info.header_row == 6
    assert (result.info.number, result.info.date.isoformat()) == ("17", "2026-11-21")
    assert result.mapping.mass_in_kg and Field.RECIPIENT_AND_BARCODE in result.mapping.columns
    first = result.items[0]
    assert (first.recipient_name, first.barcode, first.source_row) == (
        "ГБУ «МФЦ района»",
        "43000526001012",
        7,
    )
    assert (first.declared_mass_g, first.listed_fee_kop, first.mail_type, first.mail_category) == (
        17,
        7850,
        "LETTER",
        "ORDERED",
    )
    assert (result.rows, result.invalid) == (30, 0)


def test_sample_csv_in_cp1251_with_address_parts():
    result = check_list(open_list(SAMPLES / "list-cp1251.csv"))
    assert (result.info.format, result.info.encoding, result.info.sheet) == ("csv", "cp1251", None)
    first = result.items[0]
    assert first.recipient_name == "Смирнов Олег Иванович"
    assert first.address == "г. Москва, ул. Гагарина, д. 6, кв. 101"
    assert first.address_parts == {
        "place": "г. Москва",
        "street": "ул. Гагарина",
        "house": "6",
        "room": "101",
    }
    assert (result.rows, result.valid) == (25, 25)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "cp866", "koi8-r", "utf-16"])
@pytest.mark.parametrize("separator", [";", ",", "\t", "|"])
def test_csv_encodings_and_separators(tmp_path, encoding, separator):
    rows = good_rows(5)
    rows[0][4] = "г. Москва ул. Ленина д. 1"  # no separator characters inside cells
    for row in rows:
        row[4] = str(row[4]).replace(",", "")
    header = [
        "Номер",
        "ШПИ",
        "Получатель",
        "Индекс",
        "Адрес",
        "Вид",
        "Категория",
        "Вес г",
        "Ценность руб",
        "Наложенный платеж руб",
    ]
    path = write_csv(tmp_path / "list.csv", rows, encoding=encoding, separator=separator, header=header)
    result = check_list(open_list(path))
    expected = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}.get(encoding, encoding)
    assert result.info.encoding == expected
    assert result.items[2].recipient_name == "Иванов Иван 3"
    assert (result.rows, result.invalid) == (5, 0)


def test_empty_rows_are_skipped_and_not_counted(tmp_path):
    rows = good_rows(3)
    path = write_xlsx(tmp_path / "gaps.xlsx", [rows[0], [None] * 10, [None] * 10, rows[1], [""] * 3, rows[2]])
    result = check_list(open_list(path))
    assert result.rows == 3
    assert [i.source_row for i in result.items] == [2, 5, 7]


def test_several_sheets_choose_one(tmp_path):
    path = write_xlsx(
        tmp_path / "book.xlsx",
        [],
        sheets={"Инструкция": [["нет данных"]], "Письма": good_rows(2), "Посылки": good_rows(4)},
    )
    opened = open_list(path, sheet="Посылки")
    assert opened.table.sheet_names == ["Инструкция", "Письма", "Посылки"]
    assert check_list(opened).rows == 4


def test_dbf_in_cp866_with_list_number_from_file_name(tmp_path):
    fields = [
        ("BARCODE", "C", 14),
        ("INDEXTO", "C", 6),
        ("CITY", "C", 30),
        ("ADDRESSEE", "C", 40),
        ("ADDRESS", "C", 60),
        ("MASS", "N", 6),
        ("MASSRATE", "N", 8),
    ]
    records = [
        [rpo(1), "125009", "Москва", "Петров Пётр", "ул. Ленина, д. 1", 25, 7850],
        [rpo(2), "190000", "Санкт-Петербург", "Сидорова Анна", "ул. Садовая, д. 2", 40, 7850],
    ]
    path = write_dbf(tmp_path / "SPISOK_0042.dbf", fields, records)
    opened = open_list(path)
    result = check_list(opened)
    assert (result.info.format, result.info.encoding, result.info.header_row, result.info.number) == (
        "dbf",
        "cp866",
        None,
        "42",
    )
    item = result.items[1]
    assert (item.recipient_name, item.postcode, item.declared_mass_g, item.listed_fee_kop) == (
        "Сидорова Анна",
        "190000",
        40,
        7850,
    )
    assert item.address == "ул. Садовая, д. 2"
    assert item.address_parts == {"place": "Санкт-Петербург"}


def test_online_service_json_orders(tmp_path):
    orders = [
        {
            "order-num": "A-1",
            "mail-type": "POSTAL_PARCEL",
            "mail-category": "WITH_DECLARED_VALUE",
            "mass": 1500,
            "index-to": 430005,
            "place-to": "г. Саранск",
            "street-to": "ул. Мира",
            "house-to": "5",
            "recipient-name": "ООО «Вектор»",
            "insr-value": 100000,
            "payment": 50000,
            "tel-address": 79271234567,
            "with-order-of-notice": True,
            "dimension": {"length": 30, "width": 20, "height": 10},
        }
    ]
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(orders, ensure_ascii=False), encoding="utf-8")
    result = check_list(open_list(path))
    item = result.items[0]
    assert (item.client_ref, item.mail_type, item.declared_mass_g, item.postcode) == (
        "A-1",
        "POSTAL_PARCEL",
        1500,
        "430005",
    )
    assert (item.declared_value_kop, item.cod_kop, item.notice) == (100000, 50000, "ORDERED")
    assert (item.length_mm, item.width_mm, item.height_mm) == (300, 200, 100)
    assert item.address == "г. Саранск, ул. Мира, д. 5"
    assert result.invalid == 0


def test_header_under_a_title_block_with_kind(tmp_path):
    header = ["№", "Адресат", "Индекс", "Адрес", "Масса, кг"]
    rows = [[1, "Петров", "125009", "Москва", "0,250"], [2, "Сидоров", "190000", "СПб", "1,5"]]
    path = write_xlsx(
        tmp_path / "t.xlsx",
        rows,
        header=header,
        title=["АО «Сети»", "Список № 5-А от 01.12.2026", "Вид: бандероль заказная"],
    )
    result = check_list(open_list(path))
    assert result.info.header_row == 5
    assert (result.info.number, str(result.info.date)) == ("5-А", "2026-12-01")
    assert [(i.declared_mass_g, i.mail_type, i.mail_category) for i in result.items] == [
        (250, "BANDEROL", "ORDERED"),
        (1500, "BANDEROL", "ORDERED"),
    ]
