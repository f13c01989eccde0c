"""The money commands as scripts use them: contracts balance, payments add and import, reminders debts."""

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from postdesk.models.money import Payment
from tests.e2e.conftest import copy_home
from tests.support.money import payment_doc, statement

ROOT = Path(__file__).resolve().parents[2]
DEBTOR = "1303030302"  # the demo's debtor «Должник-Сервис», contract ДМ-2026/003


@pytest.fixture(scope="module")
def demo_home(seeded_demo_home, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One demo database for the module; each test works on its own copy."""
    return copy_home(seeded_demo_home, tmp_path_factory) / "data" / "demo.sqlite3"


@pytest.fixture
def demo_env(demo_home, postdesk_env, tmp_path):
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_home.read_bytes())
    return {**postdesk_env, "POSTDESK_DATABASE_URL": f"sqlite:///{copy}"}, copy


def _payments(database: Path) -> int:
    engine = create_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(Payment.__table__)) or 0)
    finally:
        engine.dispose()


def _refused(result):
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert any("а" <= ch <= "я" for ch in lines[0].lower())  # one Russian line
    return lines[0]


def test_balance_of_a_debtor(run_postdesk, demo_env):
    env, _db = demo_env
    result = run_postdesk("contracts", "balance", DEBTOR, "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"contract", "kind", "balance_kop", "credit_limit_kop", "overdue_kop"}
    assert data["contract"] == "ДМ-2026/003" and data["kind"] == "credit"
    assert data["balance_kop"] == -(420_000 + 310_000 + 260_000 - 200_000)
    assert data["credit_limit_kop"] == 10_000_000 and data["overdue_kop"] == 530_000


def test_a_payment_by_hand_reduces_the_debt(run_postdesk, demo_env):
    env, _db = demo_env
    added = run_postdesk(
        "payments",
        "add",
        "--client",
        DEBTOR,
        "--amount",
        "1000.50",
        "--date",
        "2026-11-30",
        "--document",
        "12",
        "--json",
        env=env,
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["amount_kop"] == 100_050
    after = json.loads(run_postdesk("contracts", "balance", DEBTOR, "--json", env=env).stdout)
    assert after["balance_kop"] == -790_000 + 100_050


@pytest.mark.parametrize(
    "args",
    [
        ("--client", DEBTOR, "--amount", "-5", "--date", "2026-11-30"),
        ("--client", DEBTOR, "--amount", "пять", "--date", "2026-11-30"),
        ("--client", "7700000000", "--amount", "5", "--date", "2026-11-30"),
        ("--client", DEBTOR, "--amount", "5", "--date", "30.11.2026"),
    ],
)
def test_bad_payment_input_is_refused_and_nothing_is_written(run_postdesk, demo_env, args):
    env, database = demo_env
    before = _payments(database)
    _refused(run_postdesk("payments", "add", *args, "--json", env=env))
    assert _payments(database) == before


def test_the_sample_statement_imports_once(run_postdesk, demo_env):
    env, _db = demo_env
    sample = str(ROOT / "resources" / "statements" / "demo-statement.txt")
    first = run_postdesk("payments", "import", sample, "--json", env=env)
    assert first.returncode == 0, first.stderr
    assert json.loads(first.stdout) == {"documents": 5, "matched": 3, "unmatched": 2, "duplicates": 0}
    again = json.loads(run_postdesk("payments", "import", sample, "--json", env=env).stdout)
    assert again == {"documents": 5, "matched": 0, "unmatched": 0, "duplicates": 5}


def test_a_truncated_statement_is_refused_whole(run_postdesk, demo_env, tmp_path):
    env, database = demo_env
    cut = tmp_path / "cut.txt"
    cut.write_bytes(statement(payment_doc("1", "10.00", DEBTOR, "договор ДМ-2026/003"), end=False))
    before = _payments(database)
    assert "КонецФайла" in _refused(run_postdesk("payments", "import", str(cut), "--json", env=env))
    assert _payments(database) == before
    assert "1CClientBankExchange" in _refused(
        run_postdesk("payments", "import", str(ROOT / "README.md"), env=env)
    )


def test_reminders_write_one_pdf_per_overdue_debtor_and_not_twice(run_postdesk, demo_env, tmp_path):
    env, database = demo_env
    out = tmp_path / "letters"
    result = run_postdesk("reminders", "debts", "--out", str(out), "--json", env=env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    inns = {r["inn"] for r in data["reminders"]}
    assert {DEBTOR, "1304040409"} <= inns and "1302020206" not in inns  # the credit client within term
    assert all(Path(p).is_file() and Path(p).read_bytes().startswith(b"%PDF") for p in data["files"])
    again = json.loads(run_postdesk("reminders", "debts", "--out", str(out), "--json", env=env).stdout)
    assert again["files"] == []
    engine = create_engine(f"sqlite:///{database}")
    with engine.connect() as connection:
        assert connection.scalar(text("select count(*) from debt_reminders")) == len(data["files"])
    engine.dispose()
