"""``postdesk demo`` seeds accepted batches and ``postdesk batches list`` reports them."""

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests.e2e.conftest import copy_home
from tests.support.commands import run_command

ROOT = Path(__file__).resolve().parents[2]


def _run(home: Path, *args: str, database: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POSTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("POSTDESK_DATABASE_URL", None)
    if database is not None:
        env["POSTDESK_DATABASE_URL"] = f"sqlite:///{database}"
    return run_command(args, env=env, cwd=ROOT, timeout=300)


@pytest.fixture(scope="module")
def demo_database(seeded_demo_home, tmp_path_factory):
    home = copy_home(seeded_demo_home, tmp_path_factory)
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


def test_the_demo_mixed_list_prints_as_one_f103_per_kind_with_the_office(demo_database, tmp_path):
    from tests.support.pdf import page_texts

    home, database = demo_database
    batches = json.loads(_run(home, "batches", "list", "--json", database=database).stdout)
    mixed = next(b for b in batches if b["list_number"] == "108" and b["status"] == "accepted")
    out = tmp_path / "f103.pdf"
    result = _run(home, "print", "f103", "--batch", str(mixed["id"]), "--out", str(out), database=database)
    assert result.returncode == 0, result.stderr
    assert "108-1, 108-2, 108-3" in result.stdout
    firsts = [" ".join(t.split()) for t in page_texts(out.read_bytes()) if "Экземпляр 1" in t]
    assert [t.split("СПИСОК № ")[1].split()[0] for t in firsts] == ["108-1", "108-2", "108-3"]
    kinds = ["Письмо заказное", "Бандероль заказная", "Посылка обыкновенная"]
    for text, kind in zip(firsts, kinds, strict=True):
        assert f"Вид и категория РПО: {kind}" in text
        assert "Место приёма (ОПС): ОПС Саранск 430005" in text
    assert sum(int(t.split("Всего по списку отправлений: ")[1].split()[0]) for t in firsts) == mixed["items"]
