"""Questionnaires and their answers, low-score follow-ups, and the clients' club.

A questionnaire (``surveys``) has numbered versions; publishing freezes one, editing after
that drafts the next, and every answer set keeps the version it was given in. Each answer set
carries its NPS, CSAT and CES values and its month, and is counted into small tallies as it is
stored, so the results never read the answers themselves. Questions keep a ``key`` from version to version,
so the results of one question add up across versions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, SmallInteger, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from postdesk.models.base import Base, utc_now


class Survey(Base):
    __tablename__ = "surveys"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(String(20))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date)
    allow_repeat: Mapped[bool] = mapped_column(default=False)
    closed: Mapped[bool] = mapped_column(default=False)
    next_key: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    created_login: Mapped[str] = mapped_column(String(64))


class SurveyVersion(Base):
    __tablename__ = "survey_versions"
    __table_args__ = (UniqueConstraint("survey_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    published_at: Mapped[dt.datetime | None] = mapped_column()
    published_login: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class SurveyQuestion(Base):
    __tablename__ = "survey_questions"
    __table_args__ = (UniqueConstraint("version_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("survey_versions.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    required: Mapped[bool] = mapped_column(default=False)
    options: Mapped[list[Any]] = mapped_column(JSON)
    # Shown only when the answer to the question with this key was a low score.
    follow_up_of: Mapped[int | None] = mapped_column(Integer)


class SurveyInvitation(Base):
    """An invitation to answer: offered at the counter, a paper form printed, a letter or e-mail."""

    __tablename__ = "survey_invitations"
    __table_args__ = (Index("ix_survey_invitations_survey_client", "survey_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_persons.id"))
    channel: Mapped[str] = mapped_column(String(20))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_mail.id"))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    user_login: Mapped[str] = mapped_column(String(64))


class SurveyResponse(Base):
    """One answer set: who answered, where, through which channel, with its scores."""

    __tablename__ = "survey_responses"
    __table_args__ = (Index("ix_survey_responses_survey_client", "survey_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    version_id: Mapped[int] = mapped_column(ForeignKey("survey_versions.id"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact_persons.id"))
    respondent: Mapped[str] = mapped_column(String(300), default="")
    client_group: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    operator_login: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(100), default="")
    answered_at: Mapped[dt.datetime] = mapped_column()
    month: Mapped[int] = mapped_column(Integer)  # year * 100 + month, for the trends
    nps: Mapped[int | None] = mapped_column(SmallInteger)
    csat: Mapped[int | None] = mapped_column(SmallInteger)
    ces: Mapped[int | None] = mapped_column(SmallInteger)
    agreed_to_register: Mapped[bool] = mapped_column(default=False)
    source_ref: Mapped[str] = mapped_column(String(100), default="")  # paper barcode, import row


class SurveyAnswer(Base):
    """One answer; a multiple choice is one row per option ticked (``number`` is its index)."""

    __tablename__ = "survey_answers"
    __table_args__ = (Index("ix_survey_answers_question_newest", "question_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(ForeignKey("survey_questions.id"))
    number: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text, default="")


class SurveyFollowUp(Base):
    """A low score to act on: who owns it, by when, done or not, and the register item if any."""

    __tablename__ = "survey_follow_ups"
    __table_args__ = (Index("ix_survey_follow_ups_done_due", "done", "due_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("survey_responses.id", ondelete="CASCADE"), unique=True
    )
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"))
    reason: Mapped[str] = mapped_column(String(200))
    owner_login: Mapped[str] = mapped_column(String(64))
    due_on: Mapped[dt.date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column()
    done_login: Mapped[str] = mapped_column(String(64), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    feedback_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_items.id"))


class ClubMember(Base):
    """A contact person who agreed to join the clients' club, with the consent as recorded."""

    __tablename__ = "club_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact_persons.id", ondelete="CASCADE"), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id", ondelete="CASCADE"), index=True)
    joined_on: Mapped[dt.date] = mapped_column(Date)
    consent: Mapped[str] = mapped_column(Text)
    reach_by: Mapped[str] = mapped_column(String(20))
    left_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    created_login: Mapped[str] = mapped_column(String(64))


class ClubIdea(Base):
    """A member's idea, kept in the feedback register as a suggestion."""

    __tablename__ = "club_ideas"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("club_members.id", ondelete="CASCADE"), index=True)
    feedback_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), unique=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class FocusGroup(Base):
    __tablename__ = "focus_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_at: Mapped[dt.datetime] = mapped_column()
    place: Mapped[str] = mapped_column(String(300))
    topic: Mapped[str] = mapped_column(String(300))
    outcome: Mapped[str] = mapped_column(Text, default="")
    created_login: Mapped[str] = mapped_column(String(64))


class FocusGroupGuest(Base):
    """A member invited to a focus group: how, and whether they came."""

    __tablename__ = "focus_group_guests"
    __table_args__ = (UniqueConstraint("group_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("focus_groups.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("club_members.id", ondelete="CASCADE"), index=True)
    invited_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    channel: Mapped[str] = mapped_column(String(20))
    mail_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_mail.id"))
    attended: Mapped[bool | None] = mapped_column()


class SurveyScoreTally(Base):
    """Answer sets and score counts per questionnaire, month, operator and client group.

    Counted in the transaction that stores each answer set (the questionnaire row is locked
    then), so the results read a few hundred rows however many answers there are.
    """

    __tablename__ = "survey_score_tallies"

    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    operator_login: Mapped[str] = mapped_column(String(64), primary_key=True)
    client_group: Mapped[str] = mapped_column(String(20), primary_key=True)
    responses: Mapped[int] = mapped_column(Integer, default=0)
    nps_answers: Mapped[int] = mapped_column(Integer, default=0)
    promoters: Mapped[int] = mapped_column(Integer, default=0)
    detractors: Mapped[int] = mapped_column(Integer, default=0)
    csat_answers: Mapped[int] = mapped_column(Integer, default=0)
    satisfied: Mapped[int] = mapped_column(Integer, default=0)
    ces_answers: Mapped[int] = mapped_column(Integer, default=0)
    ces_sum: Mapped[int] = mapped_column(Integer, default=0)


class SurveyAnswerTally(Base):
    """Answers per question and value (``-1``: the answer sets that answered the question at all)."""

    __tablename__ = "survey_answer_tallies"

    question_id: Mapped[int] = mapped_column(
        ForeignKey("survey_questions.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    value: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    count: Mapped[int] = mapped_column(Integer, default=0)


class SurveyImportColumn(Base):
    """What a column of a web form's export was mapped to, offered again for the next file."""

    __tablename__ = "survey_import_columns"
    __table_args__ = (UniqueConstraint("survey_id", "header"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    header: Mapped[str] = mapped_column(String(300))
    target: Mapped[str] = mapped_column(String(20))  # "client", "date", "respondent" or a position
