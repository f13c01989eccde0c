"""The records commands: catalogues, adding records, a client's history and the refusals report."""

import datetime as dt
import json

import pytest

from tests.e2e.conftest import Runner, copy_home


@pytest.fixture(scope="module")
def demo_home(seeded_demo_home, tmp_path_factory):
    return copy_home(seeded_demo_home, tmp_path_factory)


@pytest.fixture
def run(demo_home, postdesk_env, run_postdesk) -> Runner:
    postdesk_env["POSTDESK_HOME"] = str(demo_home)

    def go(*args: str):
        return run_postdesk("--demo", *args)

    return go


def _inn(run) -> str:
    clients = json.loads(run("clients", "list", "--json").stdout)
    assert clients and set(clients[0]) == {"id", "inn", "name", "status"}
    return clients[0]["inn"]


def test_catalogues_have_english_codes(run):
    services = json.loads(run("records", "services", "--json").stdout)
    reasons = json.loads(run("records", "reasons", "--json").stdout)
    assert {"parcels", "ems", "money_transfers", "consultation"} <= {s["code"] for s in services}
    assert {"price", "competitor"} <= {r["code"] for r in reasons}
    assert all(set(r) == {"code", "name"} for r in services + reasons)


def test_add_a_refusal_then_history_and_report_show_it(run):
    inn = _inn(run)
    added = run(
        "records",
        "add",
        "--client",
        inn,
        "--service",
        "parcels",
        "--outcome",
        "declined",
        "--reason",
        "competitor",
        "--competitor",
        "Курьер-Экспресс",
        "--competitor-price",
        "290.50",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    record = json.loads(added.stdout)
    assert record["id"] > 0 and record["competitor_price_kop"] == 29050
    history = json.loads(run("clients", "history", inn, "--limit", "5", "--json").stdout)
    assert history["client"]["inn"] == inn
    first = history["events"][0]
    assert first["kind"] == "refusal" and first["id"] == record["id"] and {"at", "summary"} <= set(first)
    today = dt.date.today().isoformat()
    report = json.loads(run("reports", "refusals", "--from", today, "--to", today, "--json").stdout)
    assert report["total"] >= 1
    assert {"reason": "competitor", "count": report["by_reason"][0]["count"]} in report["by_reason"]
    competitor = next(c for c in report["by_competitor"] if c["competitor"] == "Курьер-Экспресс")
    assert competitor == {"competitor": "Курьер-Экспресс", "count": 1, "median_price_kop": 29050}


@pytest.mark.parametrize(
    "extra",
    [
        ["--client", "0000000000", "--service", "parcels", "--outcome", "given"],
        ["--service", "teleport", "--outcome", "given"],
        ["--service", "parcels", "--outcome", "declined", "--reason", "whim"],
        ["--service", "parcels", "--outcome", "given", "--amount", "-5"],
        [
            "--service",
            "parcels",
            "--outcome",
            "declined",
            "--reason",
            "price",
            "--competitor",
            "Х",
            "--competitor-price",
            "-1",
        ],
        [
            "--service",
            "parcels",
            "--outcome",
            "given",
            "--at",
            (dt.date.today() + dt.timedelta(days=2)).isoformat(),
        ],
        ["--service", "parcels", "--outcome", "maybe"],
        ["--service", "parcels", "--outcome", "given", "--quantity", "-2"],
    ],
)
def test_bad_input_exits_1_with_one_russian_line_and_writes_nothing(run, extra):
    inn = _inn(run)
    before = run("clients", "history", inn, "--limit", "1000", "--json").stdout
    args = extra if extra[0] == "--client" else ["--client", inn, *extra]
    result = run("records", "add", *args, "--json")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and any("а" <= ch <= "я" for ch in lines[0].lower()), result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert run("clients", "history", inn, "--limit", "1000", "--json").stdout == before
    competitors = run(
        "reports", "refusals", "--from", "2000-01-01", "--to", dt.date.today().isoformat(), "--json"
    )
    assert "Х" not in [c["competitor"] for c in json.loads(competitors.stdout)["by_competitor"]]


def test_history_of_an_unknown_inn_and_a_bad_period_are_refused(run):
    unknown = run("clients", "history", "0000000000", "--json")
    assert unknown.returncode == 1 and "ИНН" in unknown.stderr
    swapped = run("reports", "refusals", "--from", "2026-02-01", "--to", "2026-01-01", "--json")
    assert swapped.returncode == 1 and "Период" in swapped.stderr
