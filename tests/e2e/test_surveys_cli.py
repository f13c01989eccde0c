"""The surveys commands as scripts use them (a stable contract): list, results, import, print."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.conftest import Runner, copy_home
from tests.support.pdf import page_barcodes, page_texts, squeeze

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_home(seeded_demo_home, tmp_path_factory):  # type: ignore[no-untyped-def]
    """One demo database for the module; each test works on its own copy."""
    return copy_home(seeded_demo_home, tmp_path_factory) / "data" / "demo.sqlite3"


@pytest.fixture
def demo(demo_home, postdesk_env, tmp_path):  # type: ignore[no-untyped-def]
    copy = tmp_path / "demo.sqlite3"
    copy.write_bytes(demo_home.read_bytes())
    return {**postdesk_env, "POSTDESK_DATABASE_URL": f"sqlite:///{copy}"}, copy


def _count(database: Path, sql: str) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute(sql).fetchone()[0])


def _json(result):  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _refused(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert any("а" <= ch <= "я" for ch in lines[0].lower()), lines[0]
    return lines[0]


def test_list_and_results_follow_the_contract(run_postdesk: Runner, demo) -> None:  # type: ignore[no-untyped-def]
    env, database = demo
    (survey,) = _json(run_postdesk("surveys", "list", "--json", env=env))
    assert survey["version"] == 2 and survey["responses"] == 320 and survey["draft"] is False
    results = _json(run_postdesk("surveys", "results", str(survey["id"]), "--json", env=env))
    assert set(results) == {"responses", "nps", "csat", "ces", "questions"}
    assert results["responses"] == 320
    # The same figures straight from the table, by the formulas of the reference.
    promoters = _count(database, "select count(*) from survey_responses where nps >= 9")
    detractors = _count(database, "select count(*) from survey_responses where nps <= 6")
    answered = _count(database, "select count(nps) from survey_responses")
    assert results["nps"] == round(100 * (promoters - detractors) / answered, 1)
    satisfied = _count(database, "select count(*) from survey_responses where csat >= 4")
    assert results["csat"] == round(
        100 * satisfied / _count(database, "select count(csat) from survey_responses"), 1
    )
    assert isinstance(results["ces"], float) and 1 <= results["ces"] <= 7
    kinds = {q["type"]: q for q in results["questions"]}
    assert set(kinds) == {"nps", "long_text", "scale", "effort", "single", "multiple", "yes_no", "text"}
    for question in results["questions"]:
        assert set(question) in ({"text", "type", "counts"}, {"text", "type", "mean"})
    assert set(kinds["yes_no"]["counts"]) == {"yes", "no"}
    assert sum(kinds["single"]["counts"].values()) == 320
    assert kinds["text"]["text"] == "Ваши пожелания отделению"  # the newest version's wording


def test_print_writes_a_form_whose_barcode_names_the_client(
    run_postdesk: Runner, demo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    env, database = demo
    with sqlite3.connect(database) as connection:
        client_id, inn, name = connection.execute(
            "select id, inn, full_name from clients order by id limit 1"
        ).fetchone()
    out = tmp_path / "form.pdf"
    printed = _json(
        run_postdesk("surveys", "print", "1", "--client", inn, "--out", str(out), "--json", env=env)
    )
    assert printed["code"] == f"SV1V2C{client_id}"
    assert page_barcodes(out.read_bytes())[0] == [("Code 128", printed["code"])]
    assert squeeze(name) in squeeze(page_texts(out.read_bytes())[0])
    assert _count(database, "select count(*) from survey_invitations where channel = 'paper'") == 1


@pytest.mark.parametrize(
    "args",
    [
        ("surveys", "results", "abc", "--json"),
        ("surveys", "results", "99", "--json"),
        ("surveys", "print", "1", "--client", "0000000000", "--out", "{tmp}/x.pdf"),
        ("surveys", "print", "1", "--out", "{tmp}/x.txt"),
        ("surveys", "print", "1", "--out", "{tmp}/missing/x.pdf"),
        ("surveys", "import", "1", "{tmp}/none.csv", "--json"),
        ("surveys", "import", "1", "{tmp}/answers.csv", "--map", "B3", "--json"),
        ("surveys", "import", "1", "{tmp}/answers.csv", "--map", "ZZ=1", "--json"),
        ("surveys", "import", "1", "{tmp}/unrelated.csv", "--json"),
    ],
)
def test_bad_input_is_one_russian_line_and_writes_nothing(
    run_postdesk: Runner, demo, tmp_path: Path, args: tuple[str, ...]
) -> None:  # type: ignore[no-untyped-def]
    env, database = demo
    (tmp_path / "answers.csv").write_text("Оценка;Довольны\n9;5\n", encoding="utf-8")
    (tmp_path / "unrelated.csv").write_text("Город;Улица\nСаранск;Ленина\n", encoding="utf-8")
    before = [
        _count(database, f"select count(*) from {t}") for t in ("survey_responses", "survey_invitations")
    ]
    _refused(run_postdesk(*(a.replace("{tmp}", str(tmp_path)) for a in args), env=env))
    assert [
        _count(database, f"select count(*) from {t}") for t in ("survey_responses", "survey_invitations")
    ] == before
    assert not (tmp_path / "x.pdf").exists()


def test_import_reports_rows_imported_and_errors(run_postdesk: Runner, demo, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    env, database = demo
    file = tmp_path / "web.csv"
    rows = [
        "Отметка времени;Оценка;Довольны;Ждали",
        "01.12.2026 10:00:00;10;5;До 5 минут",
        "01.12.2026 11:00:00;12;5;До 5 минут",
        "01.12.2026 12:00:00;4;;",
        "01.12.2026 13:00:00;8;4;2",
    ]
    file.write_bytes("\r\n".join(rows).encode("cp1251"))
    report = _json(
        run_postdesk(
            "surveys",
            "import",
            "1",
            str(file),
            "--map",
            "B=1",
            "--map",
            "C=3",
            "--map",
            "D=5",
            "--json",
            env=env,
        )
    )
    assert report["rows"] == 4 and report["imported"] == 2
    assert [e["row"] for e in report["errors"]] == [3, 4]
    assert all(set(e) == {"row", "message"} for e in report["errors"])
    assert "от 0 до 10" in report["errors"][0]["message"]
    assert _count(database, "select count(*) from survey_responses where source_ref like 'web.csv:%'") == 2
    assert _json(run_postdesk("surveys", "results", "1", "--json", env=env))["responses"] == 322
