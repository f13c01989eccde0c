"""The client's timeline gets the questionnaires answered for the client and the club
participation of its contact persons (joining, focus-group invitations and attendance)."""

from __future__ import annotations

import heapq
from typing import Any, TypeVar, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.i18n import translate
from postdesk.models.clients import ContactPerson
from postdesk.models.surveys import ClubMember, FocusGroup, FocusGroupGuest, Survey, SurveyResponse
from postdesk.services.records.timeline import TimelineEvent, TimelineQuery

SURVEY, CLUB = "survey", "club"
S = TypeVar("S")


def _within(query: TimelineQuery, wanted: S, at: Any) -> S:
    """The shared period filter, keeping the typed shape of a select of several columns."""
    return cast(S, query.within(cast(Any, wanted), at))


def _scores(nps: int | None, csat: int | None, ces: int | None) -> str:
    parts = [
        f"{name} {value}" for name, value in (("NPS", nps), ("CSAT", csat), ("CES", ces)) if value is not None
    ]
    return f" ({', '.join(parts)})" if parts else ""


class SurveyEvents:
    kinds = frozenset({SURVEY, CLUB})

    def events(self, session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        wanted = query.wants(self.kinds)
        streams = []
        if SURVEY in wanted:
            streams.append(self._answers(session, query, limit))
        if CLUB in wanted:
            streams.append(self._club(session, query, limit))
        return list(heapq.merge(*streams, key=lambda e: e.at, reverse=True))[:limit]

    @staticmethod
    def _answers(session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        R = SurveyResponse  # noqa: N806 (the table, as in the other sources)
        wanted = (
            select(R, Survey.title)
            .join(Survey, Survey.id == R.survey_id)
            .where(R.client_id == query.client_id)
        )
        wanted = _within(query, wanted, R.answered_at)
        rows = session.execute(wanted.order_by(R.answered_at.desc(), R.id.desc()).limit(limit))
        return [
            TimelineEvent(
                at=row.answered_at,
                kind=SURVEY,
                summary=translate("Timeline", "Questionnaire «%1» answered").replace("%1", title)
                + _scores(row.nps, row.csat, row.ces),
                ref=f"survey_response:{row.id}",
                data={"channel": row.channel, "user": row.operator_login},
            )
            for row, title in rows
        ]

    @staticmethod
    def _club(session: Session, query: TimelineQuery, limit: int) -> list[TimelineEvent]:
        M, G = ClubMember, FocusGroupGuest  # noqa: N806
        joined = select(M, ContactPerson.name).join(ContactPerson, ContactPerson.id == M.contact_id)
        joined = _within(query, joined.where(M.client_id == query.client_id), M.created_at)
        events = [
            TimelineEvent(
                at=member.created_at,
                kind=CLUB,
                summary=translate("Timeline", "%1 joined the clients' club on %2")
                .replace("%1", name)
                .replace("%2", member.joined_on.strftime("%d.%m.%Y")),
                ref=f"club_member:{member.id}",
            )
            for member, name in session.execute(joined.order_by(M.created_at.desc()).limit(limit))
        ]
        guests = (
            select(G, FocusGroup, ContactPerson.name)
            .join(FocusGroup, FocusGroup.id == G.group_id)
            .join(M, M.id == G.member_id)
            .join(ContactPerson, ContactPerson.id == M.contact_id)
            .where(M.client_id == query.client_id)
        )
        guests = _within(query, guests, G.invited_at)
        for guest, group, name in session.execute(guests.order_by(G.invited_at.desc()).limit(limit)):
            events.append(
                TimelineEvent(
                    at=guest.invited_at,
                    kind=CLUB,
                    summary=_guest_summary(name, group, guest.attended),
                    ref=f"focus_group:{group.id}",
                )
            )
        events.sort(key=lambda e: e.at, reverse=True)
        return events[:limit]


def _guest_summary(name: str, group: FocusGroup, attended: bool | None) -> str:
    held = group.held_at.astimezone().strftime("%d.%m.%Y")
    if attended is True:
        text = translate("Timeline", "%1 took part in the focus group «%2» on %3")
    elif attended is False:
        text = translate("Timeline", "%1 was invited to the focus group «%2» on %3 and did not come")
    else:
        text = translate("Timeline", "%1 invited to the focus group «%2» on %3")
    return text.replace("%1", name).replace("%2", group.topic).replace("%3", held)
