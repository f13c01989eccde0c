"""Reference files: columns found by their headers or a mapping, rows checked, bad files refused whole."""

import datetime as dt

import openpyxl
import pytest

from postdesk.models.reference import FormKind, RouteKind
from postdesk.services.reference.importers import ImportKind, weekdays
from postdesk.services.reference.imports import import_kind, read_file
from postdesk.services.reference.tables import ReferenceFileError, cell_text, parse_mapping


def _csv(tmp_path, text, encoding="cp1251", name="table.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_cp1251_price_list_is_read_by_its_russian_headers(tmp_path):
    path = _csv(
        tmp_path,
        "Код;Наименование;Ед. изм.;Цена;НДС\ncopying;Копия А4;page;12,50;20\nbox;Коробка;;1 200,00;0%\n",
    )
    parsed = read_file(ImportKind.TARIFFS, path)
    first, second = parsed.rows
    assert (first.code, first.name, first.unit, first.price_kop, first.vat_percent) == (
        "copying",
        "Копия А4",
        "page",
        1250,
        20,
    )
    assert (second.unit, second.price_kop, second.vat_percent) == ("item", 120000, 0)
    assert parsed.source == "table.csv"


def test_an_xlsx_with_own_headers_is_read_through_a_mapping(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Исходный", "Назначение", "Сутки", "Вид"])
    sheet.append(["101", "190", 3, "letter"])
    sheet.append([None, 1, 5.0, None])
    path = tmp_path / "norms.xlsx"
    workbook.save(path)
    mapping = parse_mapping(["from=Исходный", "to=B", "days=Сутки", "class=вид"])
    rows = read_file(ImportKind.DELIVERY, path, mapping).rows
    assert [(r.from_prefix, r.to_prefix, r.mail_class, r.days) for r in rows] == [
        ("101", "190", "LETTER", 3),
        ("", "1", "", 5),
    ]


def test_a_missing_column_is_named(tmp_path):
    path = _csv(tmp_path, "Откуда;Куда\n101;190\n")
    with pytest.raises(ReferenceFileError, match="days"):
        read_file(ImportKind.DELIVERY, path)


def test_a_mapping_to_an_absent_column_or_an_unknown_field_is_refused(tmp_path):
    path = _csv(tmp_path, "Откуда;Куда;Срок\n101;190;3\n")
    with pytest.raises(ReferenceFileError, match="Дни"):
        read_file(ImportKind.DELIVERY, path, {"days": "Дни"})
    with pytest.raises(ReferenceFileError, match="colour"):
        read_file(ImportKind.DELIVERY, path, {"colour": "B"})
    with pytest.raises(ReferenceFileError):
        parse_mapping(["days"])


def test_bad_rows_are_reported_by_number_and_nothing_is_returned(tmp_path):
    path = _csv(tmp_path, "Откуда;Куда;Срок\n101;190;3\n10a;190;3\n101;190;-1\n101;190;900\n")
    with pytest.raises(ReferenceFileError) as caught:
        read_file(ImportKind.DELIVERY, path)
    message = caught.value.message
    assert "3" in message and "4" in message and "5" in message and "10a" in message


def test_a_code_listed_twice_is_refused(tmp_path):
    path = _csv(tmp_path, "code;name;price\na;A;1\na;B;2\n")
    with pytest.raises(ReferenceFileError, match="«a»"):
        read_file(ImportKind.TARIFFS, path)


def test_an_empty_file_or_one_with_only_a_header_is_refused(tmp_path):
    with pytest.raises(ReferenceFileError):
        read_file(ImportKind.FORMS, _csv(tmp_path, "code;name;price\n", name="header.csv"))
    with pytest.raises(Exception):  # noqa: B017 - the list readers refuse an empty file with their own error
        read_file(ImportKind.FORMS, _csv(tmp_path, "", name="empty.csv"))


def test_schedule_rows_take_weekdays_in_words_or_digits(tmp_path):
    path = _csv(
        tmp_path,
        "Маршрут;Вид;Куда;Дни;Время;Готовность, мин\n"
        "M1;межрегиональный;*;пн, ср, пт;18:30;90\n"
        "R2;внутрирайонный;4300;ежедневно;9.15;\n",
    )
    first, second = read_file(ImportKind.SCHEDULE, path).rows
    assert (first.kind, first.to_prefix, first.weekdays, first.departs_at, first.ready_minutes) == (
        RouteKind.INTER_REGIONAL,
        "",
        "135",
        dt.time(18, 30),
        90,
    )
    assert (second.kind, second.weekdays, second.departs_at, second.ready_minutes) == (
        RouteKind.INTRA_DISTRICT,
        "1234567",
        dt.time(9, 15),
        60,
    )
    assert weekdays("1,3") == "13" and weekdays("пн-пт") == "12345"
    with pytest.raises(ValueError):
        weekdays("когда-нибудь")


def test_forms_rows_know_packaging_and_stock(tmp_path):
    path = _csv(
        tmp_path,
        "code;name;kind;price;received;low_stock\n"
        "f103;Бланк ф.103;;3;500;50\nbox_s;Коробка S;упаковка;80;;\n",
    )
    first, second = read_file(ImportKind.FORMS, path).rows
    assert (first.kind, first.received, first.low_stock, first.price_kop) == (FormKind.FORM, 500, 50, 300)
    assert (second.kind, second.received, second.low_stock) == (FormKind.PACKAGING, 0, 10)


def test_cells_read_as_people_read_them():
    assert cell_text(12.0) == "12" and cell_text(None) == "" and cell_text(" a  b ") == "a b"
    assert cell_text(dt.datetime(2026, 1, 2)) == "2026-01-02" and cell_text(dt.time(9, 5)) == "09:05"
    assert cell_text(float("inf")) == "inf"


def test_an_unknown_kind_is_refused_in_russian():
    assert import_kind(" Tariffs ") is ImportKind.TARIFFS
    with pytest.raises(Exception, match="tariffs, delivery, schedule"):
        import_kind("prices")


def test_norms_may_name_a_region_or_settlement_on_either_side(tmp_path):
    path = _csv(
        tmp_path,
        "Откуда;Куда;Вид отправления;Срок\n"
        "Республика  Мордовия;Пензенская область;;3\n430;Саранск;LETTER;1\n*;190;;4\n10а;190;;3\n",
    )
    with pytest.raises(ReferenceFileError, match="строка 5"):  # «10а»: a mistyped prefix, not a name
        read_file(ImportKind.DELIVERY, path)
    path.write_bytes(path.read_bytes().replace("10а;190;;3\n".encode("cp1251"), b""))
    first, second, third = read_file(ImportKind.DELIVERY, path).rows
    assert (first.from_prefix, first.from_region, first.to_prefix, first.to_region) == (
        "",
        "Республика Мордовия",
        "",
        "Пензенская область",
    )
    assert (second.from_prefix, second.to_region, third.from_region, third.to_prefix) == (
        "430",
        "Саранск",
        "",
        "190",
    )


def test_the_shipped_region_sample_reads_and_bad_region_rows_are_refused(tmp_path):
    from postdesk.common.paths import resource_path

    rows = read_file(ImportKind.REGIONS, resource_path("reference", "postcode_regions_sample.csv")).rows
    assert ("4300", "Саранск") in {(r.prefix, r.name) for r in rows} and len(rows) > 30
    bad = _csv(tmp_path, "Индекс;Регион\n43x;Мордовия\n431;\n", encoding="utf-8")
    with pytest.raises(ReferenceFileError) as caught:
        read_file(ImportKind.REGIONS, bad)
    assert "строка 2" in caught.value.message and "строка 3" in caught.value.message
    twice = _csv(tmp_path, "prefix;name\n430;Мордовия\n430;Пенза\n", name="twice.csv")
    with pytest.raises(ReferenceFileError, match="430"):
        read_file(ImportKind.REGIONS, twice)


def test_a_route_may_run_on_holidays_when_the_schedule_says_so(tmp_path):
    from postdesk.models.reference import HolidayRule

    path = _csv(
        tmp_path,
        "Маршрут;Вид;Куда;Дни;Время;В праздники\n"
        "M1;межрегиональный;*;ежедневно;18:30;ходит\nM2;межрайонный;431;пн;9:00;\n"
        "M3;межрайонный;432;пн;9:00;иногда\n",
    )
    with pytest.raises(ReferenceFileError, match="иногда"):
        read_file(ImportKind.SCHEDULE, path)
    path.write_bytes(path.read_bytes().rsplit(b"M3", 1)[0])
    first, second = read_file(ImportKind.SCHEDULE, path).rows
    assert (first.holidays, second.holidays) == (HolidayRule.RUNS, HolidayRule.SKIP)
