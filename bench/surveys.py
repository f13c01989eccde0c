"""Questionnaire results benchmark: one questionnaire with 100,000 answer sets over a year.

The answer sets (8 questions: NPS with its follow-up text, CSAT, CES, single and multiple
choice, yes/no and a free text; about 700,000 answer rows) are written straight into the
tables and the tallies rebuilt from them (the services keep them set by set), then the
results the page and ``surveys results`` show (scores, monthly trend, by operator and client
group, per-question counts and means, the newest free texts) are timed
against the bare indexed count of the questionnaire's answer sets in the same run. Runs on
SQLite and, when a server can be started (or --pg-url is given), on PostgreSQL.
Target: results <= 300 ms.

    .venv/bin/python bench/surveys.py [--size 100000] [--repeat 7] [--pg-url URL] [--no-postgres]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select, text  # noqa: E402

from bench.feedback import postgres_urls, timed  # noqa: E402
from postdesk.bootstrap import Core, build_core  # noqa: E402
from postdesk.common.paths import AppPaths  # noqa: E402
from postdesk.common.settings import SettingsStore  # noqa: E402
from postdesk.models.surveys import SurveyAnswer, SurveyResponse  # noqa: E402
from postdesk.services.context import Actor  # noqa: E402
from postdesk.services.surveys.catalogue import Audience, QuestionKind  # noqa: E402
from postdesk.services.surveys.tallies import rebuild_tallies  # noqa: E402
from postdesk.services.surveys.views import QuestionDraft, SurveyDraft  # noqa: E402

LIMIT_MS = 300.0
START = dt.date(2025, 12, 1)
K = QuestionKind
QUESTIONS = (
    QuestionDraft(K.NPS, "Порекомендуете ли вы нас?", required=True),
    QuestionDraft(K.LONG_TEXT, "Что изменить?", follow_up_of=1),
    QuestionDraft(K.SCALE, "Довольны ли обслуживанием?", required=True),
    QuestionDraft(K.EFFORT, "Легко ли было сдать партию?"),
    QuestionDraft(K.SINGLE, "Сколько ждали?", options=("До 5 минут", "5–15 минут", "Больше 15 минут")),
    QuestionDraft(K.MULTIPLE, "Какие услуги?", options=("Письма", "Бандероли", "Посылки", "Уведомления")),
    QuestionDraft(K.YES_NO, "Вступите в клуб?"),
    QuestionDraft(K.TEXT, "Пожелания"),
)


def fill(core: Core, size: int, seed: int = 16) -> int:
    actor = Actor.system("bench")
    draft = SurveyDraft("Качество обслуживания", Audience.CORPORATE, START, questions=QUESTIONS)
    survey = core.surveys.publish(actor, core.surveys.create(actor, draft).id)
    assert survey.current is not None
    version_id, ids = survey.current.id, [q.id for q in survey.current.questions]
    rng = random.Random(seed)
    logins = [f"operator{n}" for n in range(8)]
    groups = ["contract", "prospect", "former", "walk_in"]
    channels = ["counter", "kiosk", "paper", "web"]
    responses: list[dict[str, object]] = []
    answers: list[dict[str, object]] = []
    for number in range(1, size + 1):
        day = START + dt.timedelta(days=int(364 * number / (size + 1)))
        at = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
        nps, csat, ces = rng.randint(0, 10), rng.randint(1, 5), rng.randint(1, 7)
        responses.append(
            {
                "id": number,
                "survey_id": survey.id,
                "version_id": version_id,
                "client_group": rng.choice(groups),
                "channel": rng.choice(channels),
                "operator_login": rng.choice(logins),
                "workstation": "ws",
                "answered_at": at,
                "month": day.year * 100 + day.month,
                "nps": nps,
                "csat": csat,
                "ces": ces,
                "respondent": "",
                "agreed_to_register": False,
                "source_ref": "",
            }
        )
        rows = [
            (ids[0], nps, ""),
            (ids[2], csat, ""),
            (ids[3], ces, ""),
            (ids[4], rng.randint(0, 2), ""),
            (ids[5], 0, ""),
            (ids[5], rng.randint(1, 3), ""),
            (ids[6], rng.randint(0, 1), ""),
        ]
        if nps <= 6 and rng.random() < 0.3:
            rows.append((ids[1], None, "Долго ждали в очереди"))
        if rng.random() < 0.1:
            rows.append((ids[7], None, "Работать по субботам"))
        answers.extend({"response_id": number, "question_id": q, "number": n, "text": t} for q, n, t in rows)
        if len(responses) == 10_000:
            _flush(core, responses, answers)
    _flush(core, responses, answers)
    with core.uow() as tx:  # the counts the services keep as they store each set
        rebuild_tallies(tx.session, survey.id)
        tx.commit()
    with core.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    return survey.id


def _flush(core: Core, responses: list[dict[str, object]], answers: list[dict[str, object]]) -> None:
    with core.engine.begin() as connection:
        if responses:
            connection.execute(insert(SurveyResponse), responses)
        if answers:
            connection.execute(insert(SurveyAnswer), answers)
    responses.clear()
    answers.clear()


def measure(url: str, folder: Path, size: int, repeat: int) -> dict[str, float]:
    home = folder / uuid.uuid4().hex[:8]
    paths = AppPaths(data_dir=home / "data", config_dir=home / "config", log_dir=home / "logs").ensure()
    core = build_core(paths=paths, settings=SettingsStore(None, environ={}), url=url)
    try:
        survey_id = fill(core, size)
        actor = Actor.system("bench")
        results = core.survey_results.results(actor, survey_id)
        assert results.responses == size and results.scores.nps is not None
        assert sum(results.questions[0].counts.values()) == size

        def bare_count() -> int:
            with core.uow(read_only=True) as tx:
                return int(
                    tx.session.scalar(select(func.count()).where(SurveyResponse.survey_id == survey_id)) or 0
                )

        return {
            "results": timed(lambda: core.survey_results.results(actor, survey_id), repeat),
            "bare count": timed(bare_count, repeat),
        }
    finally:
        core.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--pg-url", help="a PostgreSQL server to create benchmark databases on")
    parser.add_argument("--no-postgres", action="store_true")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def sqlite() -> str:
            return f"sqlite:///{folder / uuid.uuid4().hex[:8]}.sqlite3"

        databases: list[tuple[str, Callable[[], str]]] = [("SQLite", sqlite)]
        shutdown: Callable[[], None] = lambda: None  # noqa: E731
        if not args.no_postgres:
            fresh, shutdown = postgres_urls(args.pg_url)
            if fresh is not None:
                databases.append(("PostgreSQL", fresh))
        try:
            for name, make_url in databases:
                figures = measure(make_url(), folder, args.size, args.repeat)
                result, base = figures["results"], figures["bare count"]
                verdict = "ok" if result <= LIMIT_MS else "SLOW"
                ok = ok and result <= LIMIT_MS
                print(
                    f"{name:<10} results of {args.size} answer sets: {result:7.1f} ms "
                    f"(bare indexed count {base:6.1f} ms, {result / base:5.1f}x)  {verdict}"
                )
        finally:
            shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
