"""Bad input gives a clear message and never a traceback: damaged, disguised, hostile or odd files."""

from __future__ import annotations

import zipfile

import pytest
import xlsxwriter

from postdesk.lists.check import check_list, open_list
from postdesk.lists.errors import ListUnreadable
from postdesk.lists.safety import Limits
from tests.support.lists import HEADER, good_rows, write_csv, write_xlsx


def _refused(path, **kwargs) -> str:
    with pytest.raises(ListUnreadable) as caught:
        check_list(open_list(path, **kwargs))
    return caught.value.message


def test_truncated_workbook(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", good_rows(50)).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole[: len(whole) // 2])
    assert "повреждён" in _refused(cut)


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    assert "пуст" in _refused(empty)


def test_binary_garbage(tmp_path):
    junk = tmp_path / "list.csv"
    junk.write_bytes(bytes(range(256)) * 40)
    assert "не является списком" in _refused(junk)


def test_wrong_extension_is_read_by_content(tmp_path):
    disguised = write_csv(tmp_path / "list.xlsx", good_rows(3))
    result = check_list(open_list(disguised))
    assert (result.info.format, result.rows) == ("csv", 3)


def test_password_protected_workbook(tmp_path):
    # An encrypted xlsx is an OLE container with an EncryptedPackage stream.
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(2000)
    )
    assert "парол" in _refused(locked)


def test_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<" + b" " * 50_000_000 + b">")
    assert "небезопас" in _refused(bomb)


def test_file_over_the_size_limit(tmp_path):
    path = write_csv(tmp_path / "big.csv", good_rows(200))
    assert "МБ" in _refused(path, limits=Limits(max_file_bytes=1000))


def test_symlink_leaving_the_drive(tmp_path):
    outside = write_csv(tmp_path / "secret.csv", good_rows(2))
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "list.csv").symlink_to(outside)
    assert "вне" in _refused(drive / "list.csv", root=drive)


def test_sheet_declaring_a_million_rows_is_streamed(tmp_path):
    path = tmp_path / "million.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Список")
    sheet.write_row(0, 0, HEADER)
    for index, row in enumerate(good_rows(5), start=1):
        sheet.write_row(index, 0, row)
    sheet.write(1_048_575, 11, " ")  # one stray cell at the last row Excel has
    book.close()
    result = check_list(open_list(path))
    assert (result.rows, result.invalid) == (5, 0)


def test_ten_thousand_columns(tmp_path):
    path = tmp_path / "wide.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    sheet.write(1, 9999, "x")
    book.close()
    assert "столбц" in _refused(path)


def test_formulas_are_reported_and_their_stored_values_checked(tmp_path):
    path = tmp_path / "formulas.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER)
    for index, row in enumerate(good_rows(2), start=1):
        sheet.write_row(index, 0, row)
    sheet.write_formula(2, 7, "=10*3")  # never calculated: the file stores 0 as its value
    book.close()
    result = check_list(open_list(path))
    assert any(f.row is None and "формул" in f.message for f in result.findings)
    assert {f.code for f in result.findings if f.row == 3} == {"bad_mass"}


def test_no_header(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("просто текст\nещё строка\n", encoding="utf-8")
    assert "заголов" in _refused(path)
