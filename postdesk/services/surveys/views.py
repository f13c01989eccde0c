"""What the questionnaire services take and hand out: frozen dataclasses, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from postdesk.services.surveys.catalogue import Audience, Channel, QuestionKind


@dataclass(frozen=True)
class QuestionDraft:
    """A question as designed; ``key`` is kept from the previous version (0: a new question).

    ``follow_up_of`` is the position (1-based) of the score question whose low answer shows it.
    """

    kind: QuestionKind
    text: str
    required: bool = False
    options: tuple[str, ...] = ()
    follow_up_of: int | None = None
    key: int = 0


@dataclass(frozen=True)
class SurveyDraft:
    title: str
    audience: Audience
    starts_on: dt.date
    ends_on: dt.date | None = None
    purpose: str = ""
    allow_repeat: bool = False
    questions: tuple[QuestionDraft, ...] = ()


@dataclass(frozen=True)
class QuestionView:
    id: int
    position: int
    key: int
    kind: QuestionKind
    text: str
    required: bool
    options: tuple[str, ...]
    follow_up_of: int | None  # position of the score question that shows it

    def to_draft(self) -> QuestionDraft:
        return QuestionDraft(self.kind, self.text, self.required, self.options, self.follow_up_of, self.key)


@dataclass(frozen=True)
class VersionView:
    id: int
    number: int
    published: bool
    questions: tuple[QuestionView, ...]


@dataclass(frozen=True)
class SurveyView:
    id: int
    title: str
    purpose: str
    audience: Audience
    starts_on: dt.date
    ends_on: dt.date | None
    allow_repeat: bool
    closed: bool
    published_version: int | None  # the newest published number
    draft: VersionView | None  # the version being edited, if any
    current: VersionView | None  # the newest published version
    responses: int = 0

    def to_draft(self, version: VersionView | None = None) -> SurveyDraft:
        shown = version or self.draft or self.current
        questions = tuple(q.to_draft() for q in shown.questions) if shown else ()
        return SurveyDraft(
            self.title,
            self.audience,
            self.starts_on,
            self.ends_on,
            self.purpose,
            self.allow_repeat,
            questions,
        )


@dataclass(frozen=True)
class SurveySummary:
    id: int
    title: str
    audience: Audience
    starts_on: dt.date
    ends_on: dt.date | None
    published_version: int | None
    has_draft: bool
    closed: bool
    responses: int


@dataclass(frozen=True)
class Answer:
    """The answer to one question, by its position: a number, option indexes, or text."""

    position: int
    number: int | None = None
    choices: tuple[int, ...] = ()
    text: str = ""

    @property
    def empty(self) -> bool:
        return self.number is None and not self.choices and not self.text.strip()


@dataclass(frozen=True)
class ResponseInput:
    """One answer set as entered; ``version`` pins an older published version (paper forms).

    ``register_as`` ("complaint" or "suggestion") with the client's agreement puts a low
    score in the feedback register too, with ``register_text`` as its text.
    """

    answers: tuple[Answer, ...]
    channel: Channel
    client_id: int | None = None
    contact_id: int | None = None
    respondent: str = ""
    version: int | None = None
    client_inn: str = ""  # the counter types or scans the INN; it is looked up when stored
    answered_at: dt.datetime | None = None
    register_as: str = ""
    register_text: str = ""
    source_ref: str = ""


@dataclass(frozen=True)
class ResponseSaved:
    id: int
    survey_id: int
    version: int
    nps: int | None
    csat: int | None
    ces: int | None
    follow_up_id: int | None
    feedback_id: int | None


@dataclass(frozen=True)
class FollowUpView:
    id: int
    survey_id: int
    survey_title: str
    response_id: int
    client_id: int | None
    client_name: str
    reason: str
    owner_login: str
    due_on: dt.date
    done: bool
    note: str
    feedback_id: int | None
    overdue: bool = False
    answered_at: dt.datetime | None = None
    texts: tuple[str, ...] = field(default=())
