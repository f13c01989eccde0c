"""Hostile and damaged list files, each built here, run through the real command under a 1 GB
address-space limit: a refusal is exit 1 with one line and no traceback, and nothing is written."""

from __future__ import annotations

import json
import os
import re
import resource
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import xlsxwriter

from tests.support.lists import HEADER, good_rows, write_csv, write_dbf, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
GIGABYTE = 1 << 30


def _limit() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (GIGABYTE, GIGABYTE))


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("POSTDESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "postdesk", "lists", "check", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
        check=False,
        preexec_fn=_limit,
    )


def _refused(tmp_path: Path, path: Path, *words: str) -> str:
    out = tmp_path / "out"

    def listing() -> list[str]:
        return sorted(p.name for p in path.parent.iterdir() if p.name != "home")

    before = listing()
    done = _run(tmp_path / "home", str(path), "--json", "--report", str(out))
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in done.stderr and done.stdout == "", done.stderr
    assert "\x1b" not in done.stderr
    assert not out.exists() and listing() == before
    for word in words:
        assert word in lines[0], lines[0]
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < GIGABYTE
    return lines[0]


def _checked(tmp_path: Path, path: Path, *extra: str) -> dict:
    done = _run(tmp_path / "home", str(path), "--json", *extra)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def _rewrite(source: Path, target: Path, edit) -> Path:
    """Copy an xlsx, passing each member's bytes through ``edit(name, data)``."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, edit(info.filename, zin.read(info.filename)))
    return target


def _stray(tmp_path: Path, name: str, cell: str, with_list: bool) -> Path:
    plain = write_xlsx(tmp_path / "plain.xlsx", good_rows(3) if with_list else [])
    row = re.sub(r"[A-Z]", "", cell)
    extra = f'<row r="{row}"><c r="{cell}" t="inlineStr"><is><t>x</t></is></c></row>'.encode()

    def edit(member: str, data: bytes) -> bytes:
        if member == "xl/worksheets/sheet1.xml":
            data = re.sub(rb"<dimension [^>]*/>", b"", data)
            if not with_list:
                data = re.sub(rb"<sheetData>.*</sheetData>|<sheetData/>", b"<sheetData></sheetData>", data)
            data = data.replace(b"</sheetData>", extra + b"</sheetData>")
        return data

    path = _rewrite(plain, tmp_path / name, edit)
    plain.unlink()
    return path


def test_lone_stray_cell_at_all1000000_is_a_clear_refusal(tmp_path):
    path = _stray(tmp_path, "stray.xlsx", "ALL1000000", with_list=False)
    assert path.stat().st_size < 10_000
    _refused(tmp_path, path, "заголов")


def test_list_with_stray_cells_far_away_is_read_without_a_grid(tmp_path):
    for cell in ("ALL1000000", "ALL150000"):
        path = _stray(tmp_path, f"list-{cell}.xlsx", cell, with_list=True)
        data = _checked(tmp_path, path)
        assert data["valid"] == 3 and data["invalid"] == 1
        assert {e["row"] for e in data["errors"] if e["row"]} == {int(cell[3:])}
        assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < GIGABYTE


def _with_cells(tmp_path: Path, name: str, rows: int, first: bytes, last: bytes) -> Path:
    """A list of ``rows`` good rows with ``first`` put before its rows and ``last`` after them."""
    plain = write_xlsx(tmp_path / "plain.xlsx", good_rows(rows))

    def edit(member: str, data: bytes) -> bytes:
        if member == "xl/worksheets/sheet1.xml":
            data = re.sub(rb"<dimension [^>]*/>", b"", data)
            data = data.replace(b"<sheetData>", b"<sheetData>" + first).replace(
                b"</sheetData>", last + b"</sheetData>"
            )
        return data

    path = _rewrite(plain, tmp_path / name, edit)
    plain.unlink()
    return path


def test_stray_cell_past_row_a_million_in_a_single_letter_column_is_read_without_a_grid(tmp_path):
    # Z1000000 behind a row without a number: 26 columns by a million rows if the grid were built.
    stray = b'<row><c r="Z1000000" t="inlineStr"><is><t>x</t></is></c></row>'
    data = _checked(tmp_path, _with_cells(tmp_path, "z.xlsx", 3, b"", stray))
    assert data["valid"] == 3 and data["invalid"] == 1
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < GIGABYTE


def test_wide_stray_cell_after_a_megabyte_of_rows_reaching_row_99999(tmp_path):
    # Each part of the sheet looks small on its own (Z99999 at most, or 6001 rows by 703 columns):
    # together they would make a grid of 99,999 rows by 703 columns, 2 GB.
    deep = b'<row r="99999"><c r="A99999" t="inlineStr"><is><t>x</t></is></c></row>'
    wide = b'<row r="5990"><c r="AAA5990" t="inlineStr"><is><t>x</t></is></c></row>'
    path = _with_cells(tmp_path, "late.xlsx", 6000, deep, wide)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size > 1 << 20
    data = _checked(tmp_path, path)
    assert data["valid"] == 6000 and data["invalid"] == 1  # row 99999 comes first: above the header
    assert {e["row"] for e in data["errors"] if e["row"]} == {5990}
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024 < GIGABYTE


def test_json_nested_200000_deep(tmp_path):
    path = tmp_path / "orders.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    _refused(tmp_path, path, "не является списком")


def test_csv_cells_of_300_kb_and_20_mb(tmp_path):
    for size in (300_000, 20_000_000):
        path = tmp_path / f"list-{size}.csv"
        head = ";".join(HEADER) + "\n"
        path.write_text(head + '1;"' + "а" * size + '";x\n', encoding="utf-8")
        _refused(tmp_path, path, "КБ")
        path.unlink()


def test_entity_expansion_and_external_entities(tmp_path):
    plain = write_xlsx(tmp_path / "plain.xlsx", good_rows(2))
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    )
    external = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    for name, member, prolog in (
        ("laughs.xlsx", "xl/sharedStrings.xml", laughs),
        ("external.xlsx", "xl/worksheets/sheet1.xml", external),
    ):

        def edit(current: str, data: bytes, member=member, prolog=prolog) -> bytes:
            if current == member:
                return prolog + re.sub(rb"^<\?xml[^>]*\?>", b"", data)
            return data

        _refused(tmp_path, _rewrite(plain, tmp_path / name, edit), "небезопас")


def test_password_protected_workbook(tmp_path):
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(504)
        + "EncryptedPackage".encode("utf-16-le")
        + bytes(2000)
    )
    _refused(tmp_path, locked, "парол")


def test_escape_codes_and_newlines_in_file_names_are_not_replayed(tmp_path):
    odd = tmp_path / "list\x1b[2J\x1b]0;title\x07\nrow.csv"
    write_csv(odd, good_rows(2))
    done = _run(tmp_path / "home", str(odd))
    assert done.returncode == 0 and "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert done.stdout.splitlines()[0].startswith("list?[2J?]0;title??row.csv:")
    broken = tmp_path / "broken\x1b[31m\n.xlsx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    _refused(tmp_path, broken, "повреждён")


def test_odd_sheet_names_and_a_247_byte_file_name_get_their_report(tmp_path):
    long_name = "с" * 121 + ".xlsx"  # 242 + 5 bytes
    assert len(long_name.encode()) == 247
    for file_name, sheet in (("brackets.xlsx", "a]b"), ("quotes.xlsx", "'Лист'"), (long_name, "Список")):
        plain = write_xlsx(tmp_path / "plain.xlsx", good_rows(2))

        def edit(member: str, data: bytes, sheet=sheet) -> bytes:
            if member == "xl/workbook.xml":
                return data.replace('name="Список"'.encode(), f'name="{sheet}"'.encode())
            return data

        path = _rewrite(plain, tmp_path / file_name, edit)
        out = tmp_path / f"out-{len(file_name)}-{sheet[:1]}"
        data = _checked(tmp_path, path, "--report", str(out))
        assert data["sheet"] == sheet and data["valid"] == 2
        assert len(data["report"]) == 2 and all(Path(p).is_file() for p in data["report"])
        assert all(len(Path(p).name.encode()) <= 255 for p in data["report"])


def test_planted_symlink_beside_the_list_is_left_untouched(tmp_path):
    folder = tmp_path / "drive"
    folder.mkdir()
    path = write_xlsx(folder / "list.xlsx", good_rows(2))
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (folder / "list_проверен.xlsx").symlink_to(victim)
    (folder / "list_проверен.pdf").write_text("planted")
    data = _checked(tmp_path, path, "--report", str(folder))
    assert victim.read_text() == "keep me" and (folder / "list_проверен.xlsx").is_symlink()
    assert (folder / "list_проверен.pdf").read_text() == "planted"
    assert [Path(p).name for p in data["report"]] == ["list_проверен (2).xlsx", "list_проверен (2).pdf"]
    assert zipfile.is_zipfile(data["report"][0]) and Path(data["report"][1]).read_bytes()[:4] == b"%PDF"
    assert not [p for p in folder.iterdir() if p.name.startswith(".postdesk-")]


def test_declared_sizes_are_not_data(tmp_path):
    plain = write_xlsx(tmp_path / "plain.xlsx", good_rows(4))

    def edit(member: str, data: bytes) -> bytes:
        if member == "xl/worksheets/sheet1.xml":
            return re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', data)
        return data

    declared = _checked(tmp_path, _rewrite(plain, tmp_path / "declared.xlsx", edit))
    assert (declared["rows"], declared["valid"]) == (4, 4)
    wide = tmp_path / "wide.csv"
    filler = [f"Прочее {n}" for n in range(9_990)]
    lines = [";".join(HEADER + filler)]
    lines += [";".join([str(c) for c in row] + [""] * len(filler)) for row in good_rows(3)]
    wide.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _checked(tmp_path, wide)["valid"] == 3
    too_wide = tmp_path / "too-wide.csv"
    too_wide.write_text(";".join(HEADER + [f"x{n}" for n in range(30_000)]) + "\n", encoding="utf-8")
    _refused(tmp_path, too_wide, "30010")


DBF_FIELDS = [("BARCODE", "C", 14), ("ADDRESSEE", "C", 40), ("INDEXTO", "C", 6), ("ADRESS", "C", 60)]
DBF_FIELDS += [("MASS", "N", 6)]


def _dbf(tmp_path: Path, name: str, count: int = 3) -> Path:
    records = [[r[1], r[2], r[3], r[4], r[7]] for r in good_rows(count)]
    return write_dbf(tmp_path / name, DBF_FIELDS, records)


def test_dbf_header_beyond_the_file(tmp_path):
    path = _dbf(tmp_path, "long.dbf")
    data = bytearray(path.read_bytes())
    data[8:10] = struct.pack("<H", len(data) + 100)
    path.write_bytes(bytes(data))
    _refused(tmp_path, path, "заголов")


def test_dbf_header_too_short_for_its_fields(tmp_path):
    path = _dbf(tmp_path, "short.dbf")
    data = bytearray(path.read_bytes())
    data[8:10] = struct.pack("<H", 32 + 32 * 2 + 1)  # five fields described, room for two
    path.write_bytes(bytes(data))
    _refused(tmp_path, path, "полей")


def test_dbf_record_count_that_does_not_match_the_file(tmp_path):
    for declared, cut in ((10, 0), (3, 40)):
        path = _dbf(tmp_path, f"count-{declared}-{cut}.dbf")
        data = bytearray(path.read_bytes())
        data[4:8] = struct.pack("<I", declared)
        path.write_bytes(bytes(data[: len(data) - cut] if cut else data))
        result = _checked(tmp_path, path)
        found = 3 if not cut else 2
        notes = [e for e in result["errors"] if e["row"] is None and e["code"] == "file_note"]
        assert len(notes) == 1 and str(declared) in notes[0]["message"] and str(found) in notes[0]["message"]
        assert result["rows"] == found


def test_native_abort_leaves_a_trace_in_the_crash_log(tmp_path):
    script = (
        "import sys, faulthandler; from pathlib import Path;"
        "from postdesk.common.crashlog import enable_native_trace;"
        "enable_native_trace(Path(sys.argv[1])); faulthandler._sigabrt()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "logs")],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode != 0
    log = (tmp_path / "logs" / "crash-native.log").read_text()
    assert "Fatal Python error" in log and "line 1" in log


def test_stray_cell_workbook_is_built_small(tmp_path):
    book = xlsxwriter.Workbook(str(tmp_path / "x.xlsx"))
    book.add_worksheet()
    book.close()
    assert (tmp_path / "x.xlsx").stat().st_size < 10_000
