"""Formula-like text is neutralised in exports; medians round as documented."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from postdesk.common.xlsx_export import FORMULA_STARTS, Column, ColumnType, SheetData, neutralise, write_xlsx
from postdesk.services.records.competitors import median_kop


@given(st.text())
def test_neutralised_text_never_starts_like_a_formula(text):
    out = neutralise(text)
    assert not out.startswith(FORMULA_STARTS)
    assert out in {text, "'" + text}


def test_every_dangerous_start_is_neutralised_and_numbers_stay_numbers(tmp_path):
    target = tmp_path / "x.xlsx"
    dangerous = ["=1+1", "+7", "-2", "@SUM(A1)", "\tx", "\rx"]
    rows = [(text, -150, dt.date(2026, 3, 1)) for text in dangerous]
    columns = [Column("t"), Column("money", ColumnType.MONEY_KOP), Column("day", ColumnType.DATE)]
    assert write_xlsx(target, [SheetData("s", columns, rows)]) == len(dangerous)
    workbook = load_workbook(target)
    values = list(workbook.active.iter_rows(min_row=2, values_only=True))
    workbook.close()
    # openpyxl reads a stored carriage return back as its XML escape
    assert [v[0].replace("_x000D_", "\r") for v in values] == ["'" + text for text in dangerous]
    assert all(v[1] == -1.5 and v[2] == dt.datetime(2026, 3, 1) for v in values)


def test_median_in_kopecks():
    assert median_kop([]) == 0
    assert median_kop([300, 100, 200]) == 200
    assert median_kop([100, 301]) == 201


def test_empty_cells_keep_the_columns_in_place_and_moments_are_local_time(tmp_path):
    target = tmp_path / "y.xlsx"
    moment = dt.datetime(2026, 3, 1, 9, 30, 15, tzinfo=dt.UTC)
    columns = [Column("when", ColumnType.DATETIME), Column("a"), Column("b"), Column("n", ColumnType.INTEGER)]
    rows = [(moment, None, "x", 7), (moment, "", "", 8), (None, "y", None, None)]
    assert write_xlsx(target, [SheetData("s", columns, rows)]) == 3
    workbook = load_workbook(target)
    sheet = workbook.active
    values = list(sheet.iter_rows(min_row=1, values_only=True))
    assert sheet.freeze_panes == "A2"
    workbook.close()
    local = moment.astimezone().replace(tzinfo=None)
    assert values == [
        ("when", "a", "b", "n"),
        (local, None, "x", 7),
        (local, None, None, 8),
        (None, "y", None, None),
    ]
