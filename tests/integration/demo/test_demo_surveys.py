"""The demo questionnaire and club: two versions, a year of answers, follow-ups, members, a focus group."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from postdesk.demo.seed import seed_demo
from postdesk.demo.surveys import seed_demo_surveys
from postdesk.models.surveys import ClubIdea, SurveyFollowUp, SurveyResponse, SurveyVersion
from postdesk.services.context import Actor


def test_a_year_of_demo_questionnaires_and_the_club(sqlite_core) -> None:  # type: ignore[no-untyped-def]
    today = dt.date(2026, 11, 20)
    seed_demo(sqlite_core.uow, sqlite_core.users, sqlite_core.clients, today)
    assert seed_demo_surveys(sqlite_core, today) == 320
    actor = Actor.system("tests")
    (survey,) = sqlite_core.surveys.list(actor)
    assert survey.published_version == 2 and survey.responses == 320
    results = sqlite_core.survey_results.results(actor, survey.id)
    assert len(results.months) >= 12 and results.scores.nps is not None and results.response_rate is not None
    assert {g.key for g in results.groups} >= {"walk_in", "contract"}
    with sqlite_core.uow() as tx:
        s = tx.session
        versions = dict(
            (n, c)
            for n, c in s.execute(
                select(SurveyVersion.number, func.count(SurveyResponse.id))
                .join(SurveyResponse, SurveyResponse.version_id == SurveyVersion.id)
                .group_by(SurveyVersion.number)
            )
        )
        assert versions == {1: 160, 2: 160}
        assert s.scalar(select(func.min(SurveyResponse.answered_at))).date() >= today - dt.timedelta(days=366)
        assert (
            s.scalar(select(func.count()).select_from(SurveyFollowUp).where(SurveyFollowUp.done.is_(False)))
            > 0
        )
        assert s.scalar(select(func.count()).select_from(ClubIdea)) == 3
    members = sqlite_core.club.members(actor)
    assert len(members) == 7 and sum(m.ideas for m in members) == 3
    held, coming = sorted(sqlite_core.focus_groups.groups(actor), key=lambda g: g.held_at)
    assert len(held.guests) == 5 and held.outcome and any(g.attended for g in held.guests)
    assert coming.held_at.date() > today and not coming.guests and not coming.outcome
