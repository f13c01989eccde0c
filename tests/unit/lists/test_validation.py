"""Every row rule, with the row number and column the client sees and a Russian message."""

from __future__ import annotations

from postdesk.lists.check import check_list, open_list
from postdesk.lists.findings import Severity
from postdesk.lists.validation import StoredMatches
from tests.support.lists import good_rows, rpo, write_xlsx


def _codes(result, row):
    return {f.code for f in result.findings if f.row == row}


def test_each_rule_finds_its_row(tmp_path):
    rows = good_rows(14)
    rows[0][3] = "12345"  # postcode with 5 digits
    rows[1][1] = rpo(2)[:-1] + str((int(rpo(2)[-1]) + 1) % 10)  # wrong check digit
    rows[2][7] = 0  # zero mass
    rows[3][7] = 150  # letter over 100 g
    rows[4][8], rows[4][9] = 0, 100  # COD without declared value
    rows[5][6], rows[5][8], rows[5][9] = (
        "с объявленной ценностью и наложенным платежом",
        100,
        200,
    )  # COD > value
    rows[6][1] = rows[7][1]  # the same identifier twice
    rows[8][2] = None  # no recipient
    rows[9][5] = "дирижабль"  # unknown mail type
    rows[10][1] = "RA644000001RU"  # published example with a wrong check digit
    rows[11][2:5] = rows[12][2:5]
    rows[11][7] = rows[12][7]  # same recipient, address and mass
    rows[13][3] = "925009"  # six digits but not a Russian postcode
    result = check_list(open_list(write_xlsx(tmp_path / "bad.xlsx", rows)))
    assert _codes(result, 2) == {"bad_postcode"}
    assert _codes(result, 3) == {"bad_check_digit"}
    assert _codes(result, 4) == {"bad_mass"}
    assert _codes(result, 5) == {"mass_over_limit"}
    assert _codes(result, 6) == {"cod_without_value"}
    assert _codes(result, 7) == {"cod_over_value"}
    assert _codes(result, 9) == {"duplicate_barcode"}
    assert _codes(result, 10) == {"missing_recipient"}
    assert _codes(result, 11) == {"unknown_mail_type"}
    assert _codes(result, 12) == {"bad_check_digit"}
    assert _codes(result, 14) == {"duplicate_recipient"}
    assert _codes(result, 15) == {"unusual_postcode"}
    over = next(f for f in result.findings if f.code == "mass_over_limit")
    assert (over.column, over.severity) == ("Вес, г", Severity.ERROR)
    assert "150" in over.message and "100" in over.message and "превыш" in over.message
    duplicate = next(f for f in result.findings if f.code == "duplicate_barcode")
    assert "8" in duplicate.message
    assert result.rows == 14
    assert result.invalid == 10 and result.valid == 4
    assert result.totals().items == 4


def test_inventory_needs_declared_value_and_date_in_weight(tmp_path):
    header = ["Получатель", "Индекс", "Адрес", "Вид", "Вес, г", "Опись", "Объявленная ценность"]
    import datetime as dt

    rows = [
        ["Петров", "125009", "Москва", "посылка", 1000, "да", 0],
        ["Сидоров", "125009", "Москва", "посылка", dt.date(2026, 3, 1), "нет", 0],
    ]
    result = check_list(open_list(write_xlsx(tmp_path / "inv.xlsx", rows, header=header)))
    assert _codes(result, 2) == {"inventory_without_value"}
    assert _codes(result, 3) == {"date_in_number"}
    date_finding = next(f for f in result.findings if f.code == "date_in_number")
    assert date_finding.column == "Вес, г" and "дат" in date_finding.message


def test_duplicates_against_stored_items_come_from_the_lookup(tmp_path):
    rows = good_rows(3)
    seen: list[tuple[set[str], set[str]]] = []

    def lookup(barcodes, keys):
        seen.append((set(barcodes), set(keys)))
        return StoredMatches({rpo(2): "партия 7"}, {})

    result = check_list(open_list(write_xlsx(tmp_path / "l.xlsx", rows)), lookup=lookup)
    assert seen[0][0] == {rpo(1), rpo(2), rpo(3)} and len(seen[0][1]) == 3
    stored = [f for f in result.findings if f.code == "duplicate_barcode_stored"]
    assert [(f.row, f.severity) for f in stored] == [(3, Severity.ERROR)] and "партия 7" in stored[0].message
    assert result.invalid == 1


def test_totals_row_is_compared_not_counted(tmp_path):
    rows = good_rows(2)
    total = ["Итого", None, None, None, None, None, None, rows[0][7] + rows[1][7] + 1, 0, 0]
    result = check_list(open_list(write_xlsx(tmp_path / "t.xlsx", [*rows, total])))
    assert result.rows == 2
    assert [f.code for f in result.findings] == ["totals_mismatch"]
    assert result.findings[0].severity is Severity.WARNING
