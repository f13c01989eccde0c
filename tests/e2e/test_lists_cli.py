"""``postdesk lists check``: the JSON contract and exit statuses, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.support.commands import run_command
from tests.support.core import make_core, make_staff
from tests.support.lists import SAMPLES, good_rows, make_client, write_xlsx

ROOT = Path(__file__).resolve().parents[2]
KEYS = {"format", "encoding", "sheet", "header_row", "rows", "valid", "invalid", "errors", "totals"}


def _run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTDESK_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env.pop("POSTDESK_DATABASE_URL", None)
    return run_command(["lists", "check", *args], env=env, cwd=ROOT, timeout=120)


def test_json_for_each_sample(tmp_path):
    expected = {
        "list-header-row1.xlsx": ("xlsx", None, "Список", 1, 40),
        "general-list-header-row6.xlsx": ("xlsx", None, "Лист1", 6, 30),
        "list-cp1251.csv": ("csv", "cp1251", None, 1, 25),
    }
    for name, (fmt, encoding, sheet, header_row, rows) in expected.items():
        done = _run(tmp_path, str(SAMPLES / name), "--json")
        assert done.returncode == 0, done.stderr
        data = json.loads(done.stdout)
        assert set(data) == KEYS
        assert (data["format"], data["encoding"], data["sheet"], data["header_row"], data["rows"]) == (
            fmt,
            encoding,
            sheet,
            header_row,
            rows,
        )
        assert data["valid"] == rows and data["invalid"] == 0 and data["errors"] == []
        assert set(data["totals"]) == {"items", "mass_g", "declared_value", "cod"}
    sample = json.loads(_run(tmp_path, str(SAMPLES / "list-header-row1.xlsx"), "--json").stdout)
    assert sample["totals"] == {"items": 40, "mass_g": 162831, "declared_value": 2750000, "cod": 1800000}


def test_invalid_rows_still_exit_zero_with_findings(tmp_path):
    rows = good_rows(4)
    rows[1][3] = "1234"
    rows[2][7] = 0
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    done = _run(tmp_path, str(path), "--json")
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert (data["rows"], data["valid"], data["invalid"]) == (4, 2, 2)
    assert [(e["row"], e["column"], e["code"], e["severity"]) for e in data["errors"]] == [
        (3, "Индекс", "bad_postcode", "error"),
        (4, "Вес, г", "bad_mass", "error"),
    ]
    assert "6 цифр" in data["errors"][0]["message"]
    assert data["totals"]["items"] == 2 and data["totals"]["mass_g"] == rows[0][7] + rows[3][7]


def test_unreadable_files_fail_with_one_line(tmp_path):
    garbage = tmp_path / "list.xls"
    garbage.write_bytes(os.urandom(5000))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    for path in (garbage, empty, tmp_path / "missing.xlsx"):
        done = _run(tmp_path, str(path), "--json")
        assert done.returncode != 0 and done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert done.stderr.startswith("postdesk: ")


def test_client_option_finds_items_already_handed_in(tmp_path):
    from postdesk.common.paths import AppPaths

    paths = AppPaths(
        data_dir=tmp_path / "data", config_dir=tmp_path / "config", log_dir=tmp_path / "logs"
    ).ensure()
    core = make_core(f"sqlite:///{paths.default_database_file}", paths)
    staff = make_staff(core)
    client_id, inn = make_client(core, staff.operator)
    path = write_xlsx(tmp_path / "l.xlsx", good_rows(3))
    result = core.lists.check(staff.operator, client_id, core.lists.open(staff.operator, client_id, path)[0])
    core.lists.import_draft(staff.operator, client_id, result)
    core.close()
    done = _run(tmp_path, str(path), "--client", inn, "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["invalid"] == 3 and {e["code"] for e in data["errors"]} == {
        "duplicate_barcode_stored",
        "duplicate_recipient_stored",
    }
    unknown = _run(tmp_path, str(path), "--client", "0000000000")
    assert unknown.returncode != 0 and "ИНН" in unknown.stderr


def test_a_list_of_another_client_is_a_list_finding(tmp_path):
    from postdesk.common.paths import AppPaths

    paths = AppPaths(
        data_dir=tmp_path / "data", config_dir=tmp_path / "config", log_dir=tmp_path / "logs"
    ).ensure()
    core = make_core(f"sqlite:///{paths.default_database_file}", paths)
    staff = make_staff(core)
    _romashka, romashka_inn = make_client(core, staff.operator, "132600002", "ООО «Ромашка»")
    _polka, polka_inn = make_client(core, staff.operator, "132600003", "ООО «Полка»")
    core.close()
    title = [f"ООО «Ромашка», ИНН {romashka_inn}", "Список № 17"]
    path = write_xlsx(tmp_path / "l.xlsx", good_rows(3), title=title)
    wrong = _run(tmp_path, str(path), "--client", polka_inn)
    assert wrong.returncode == 0, wrong.stderr
    [line] = [line for line in wrong.stdout.splitlines() if "other_client" in line]
    assert line.strip().startswith("list: warning other_client:")
    assert "Ромашка" in line and romashka_inn in line and "Полка" in line
    data = json.loads(_run(tmp_path, str(path), "--client", polka_inn, "--json").stdout)
    [finding] = [e for e in data["errors"] if e["code"] == "other_client"]
    assert finding["row"] is None and finding["severity"] == "warning" and data["valid"] == 3
    right = _run(tmp_path, str(path), "--client", romashka_inn)
    assert right.returncode == 0 and "other_client" not in right.stdout
    alone = _run(tmp_path, str(path))
    assert alone.returncode == 0 and "other_client" not in alone.stdout
