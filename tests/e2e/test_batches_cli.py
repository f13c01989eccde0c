"""``postdesk demo`` seeds accepted batches and ``postdesk batches list`` reports them."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str, database: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("POSTDESK_DATABASE_URL", None)
    if database is not None:
        env["POSTDESK_DATABASE_URL"] = f"sqlite:///{database}"
    return subprocess.run(
        [sys.executable, "-m", "postdesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def demo_database(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    seeded = _run(home, "demo", "--no-gui")
    assert seeded.returncode == 0, seeded.stderr
    return home, home / "data" / "demo.sqlite3"


def test_list_json_has_the_demo_batches_with_exact_totals(demo_database):
    home, database = demo_database
    result = _run(home, "batches", "list", "--json", database=database)
    assert result.returncode == 0, result.stderr
    batches = json.loads(result.stdout)
    accepted = [b for b in batches if b["status"] == "accepted"]
    assert len(accepted) >= 3
    assert {"id", "client", "status", "items", "net_kop", "vat_kop", "total_kop"} <= set(batches[0])
    assert any(b["declared_value_kop"] > 0 for b in accepted)
    assert any(b["cod_kop"] > 0 for b in accepted)
    assert any(b["without_client"] for b in accepted)
    for batch in accepted:
        assert batch["items"] > 0 and batch["total_kop"] == batch["net_kop"] + batch["vat_kop"] > 0
    assert {b["status"] for b in batches} >= {"accepted", "received", "draft"}


def test_list_filters_by_status_and_prints_a_table(demo_database):
    home, database = demo_database
    result = _run(home, "batches", "list", "--status", "received", database=database)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0].split()[:2] == ["ID", "STATUS"]
    assert len(lines) == 2 and " received " in lines[1]


def test_list_on_an_empty_database(tmp_path):
    result = _run(tmp_path, "batches", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
