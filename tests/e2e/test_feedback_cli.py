"""The calendar and feedback commands as scripts use them: JSON out, one Russian line on refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import Runner
from tests.support.pdf import page_texts, squeeze


def _json(result) -> object:  # type: ignore[no-untyped-def]
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _refused(result) -> str:  # type: ignore[no-untyped-def]
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert any("а" <= ch <= "я" for ch in lines[0].lower()), lines[0]
    return lines[0]


def test_calendar_due_and_year(run_postdesk: Runner) -> None:
    assert _json(run_postdesk("calendar", "due", "2024-12-27", "--working-days", "10", "--json")) == {
        "from": "2024-12-27",
        "working_days": 10,
        "due": "2025-01-21",
    }
    year = _json(run_postdesk("calendar", "year", "2026", "--json"))
    assert year["status"] == "official" and year["working_days"] == 247
    assert year["months"] == [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]
    assert "2026-03-09" in year["non_working"] and year["working_weekends"] == []
    assert year["short_days"] == ["2026-04-30", "2026-05-08", "2026-06-11", "2026-11-03"]
    assert set(year) == {
        "year",
        "status",
        "working_days",
        "months",
        "non_working",
        "working_weekends",
        "short_days",
    }
    draft = run_postdesk("calendar", "year", "2027", "--json")
    assert _json(draft)["status"] == "draft"  # type: ignore[index]
    assert "предварительный" in draft.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("calendar", "due", "2026-02-30", "--working-days", "3", "--json"),
        ("calendar", "due", "2026-02-03", "--working-days", "-3", "--json"),
        ("calendar", "year", "20x6", "--json"),
    ],
)
def test_calendar_bad_input(run_postdesk: Runner, args: tuple[str, ...]) -> None:
    _refused(run_postdesk(*args))


def test_feedback_add_extend_list_answer(
    run_postdesk: Runner, postdesk_env: dict[str, str], tmp_path: Path
) -> None:
    settings = Path(postdesk_env["POSTDESK_HOME"]) / "config" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        json.dumps(
            {
                "version": 1,
                "values": {
                    "letters.office_name": "ОПС Саранск 430005",
                    "feedback.higher_organisation_name": "УФПС Республики Мордовия",
                    "feedback.higher_organisation_address": "430000, г. Саранск, ул. Большевистская, д. 31",
                },
            }
        ),
        encoding="utf-8",
    )
    added = _json(
        run_postdesk(
            "feedback",
            "add",
            "--kind",
            "complaint",
            "--channel",
            "letter",
            "--received",
            "2025-10-31",
            "--text",
            "Письмо шло три недели",
            "--topic",
            "delivery_time",
            "--json",
        )
    )
    assert added == {
        "id": 1,
        "number": "2025-00001",
        "state": "registered",
        "due": "2025-11-17",
        "legal_due": "2025-12-01",
    }
    extended = _json(run_postdesk("feedback", "extend", "1", "--reason", "запрос перевозчику", "--json"))
    assert extended["due"] == "2025-12-01" and extended["state"] == "extended"  # type: ignore[index]
    assert "уже продлевался" in _refused(run_postdesk("feedback", "extend", "1", "--reason", "ещё", "--json"))
    overdue = _json(run_postdesk("feedback", "list", "--overdue", "--json"))
    assert [(i["number"], i["overdue"]) for i in overdue] == [("2025-00001", True)]  # type: ignore[union-attr,index]
    out = tmp_path / "answer.pdf"
    refusal = run_postdesk(
        "feedback", "answer", "1", "--decision", "refused", "--text", "Проверили", "--out", str(out)
    )
    assert "основан" in _refused(refusal) and not out.exists()
    done = run_postdesk(
        "feedback",
        "answer",
        "1",
        "--decision",
        "refused",
        "--text",
        "Срок не нарушен.",
        "--reason",
        "п. 4.2 договора: контрольный срок 5 дней",
        "--out",
        str(out),
    )
    assert done.returncode == 0, done.stderr
    text = squeeze(" ".join(page_texts(out.read_bytes())))
    assert "п.4.2договора" in text and "УФПСРеспубликиМордовия" in text
    listed = _json(run_postdesk("feedback", "list", "--json"))
    assert listed[0]["state"] == "decision_sent" and listed[0]["overdue"]  # type: ignore[index]


@pytest.mark.parametrize(
    "args",
    [
        ("--kind", "praise", "--channel", "letter", "--received", "2026-01-12"),
        ("--kind", "complaint", "--channel", "pigeon", "--received", "2026-01-12"),
        ("--kind", "complaint", "--channel", "letter", "--received", "2026-01-32"),
        ("--kind", "complaint", "--channel", "letter", "--received", "2026-01-12", "--client", "7700000000"),
    ],
)
def test_feedback_add_refuses_bad_input_and_writes_nothing(
    run_postdesk: Runner, args: tuple[str, ...]
) -> None:
    _refused(run_postdesk("feedback", "add", *args, "--text", "Текст", "--json"))
    assert _json(run_postdesk("feedback", "list", "--json")) == []
    assert "не" in _refused(run_postdesk("feedback", "list", "--due-within", "-1", "--json"))


def test_importing_the_open_data_calendar_moves_open_deadlines(run_postdesk: Runner, tmp_path: Path) -> None:
    """An office loads the production calendar as published; deadlines of open items follow it."""
    from tests.unit.calendar.test_open_data import HEADER, ROW_2025

    added = _json(
        run_postdesk(
            "feedback",
            "add",
            "--kind",
            "complaint",
            "--channel",
            "letter",
            "--received",
            "2025-10-31",
            "--text",
            "Письмо шло три недели",
            "--json",
        )
    )
    assert added["due"] == "2025-11-17"  # type: ignore[index]
    # The same year, but with Wednesday 12 November declared a day off (as a late decree might).
    changed = ROW_2025.replace('"1*,2,3+,4,8,9,15,16', '"1*,2,3+,4,8,9,12,15,16').replace(
        ",247,118,", ",246,119,"
    )
    assert changed != ROW_2025
    csv_file = tmp_path / "calendar.csv"
    csv_file.write_text(HEADER + "\n" + changed + "\n", encoding="utf-8")
    result = run_postdesk("calendar", "import", str(csv_file))
    assert result.returncode == 0, result.stderr
    year = _json(run_postdesk("calendar", "year", "2025", "--json"))
    assert year["working_days"] == 246 and year["months"][10] == 18  # type: ignore[index]
    assert "2025-11-12" in year["non_working"]  # type: ignore[index]
    (item,) = _json(run_postdesk("feedback", "list", "--json"))  # type: ignore[misc]
    assert item["due"] == "2025-11-18"
    assert _json(run_postdesk("calendar", "due", "2025-11-11", "--working-days", "1", "--json"))["due"] == (  # type: ignore[index]
        "2025-11-13"
    )
    garbage = tmp_path / "garbage.csv"
    garbage.write_text("это не календарь\n", encoding="utf-8")
    _refused(run_postdesk("calendar", "import", str(garbage)))
