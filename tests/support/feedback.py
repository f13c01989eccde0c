"""The feedback services on a real core, with a clock the test moves and a filled-in letterhead."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from postdesk.bootstrap import Core, claim_periods, office_letterhead, register_rules
from postdesk.calendar.years import load_years, shipped_calendar_file
from postdesk.common import settings as s
from postdesk.common.paths import resource_path
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services.calendar import CalendarService
from postdesk.services.feedback.answers import AnswerService
from postdesk.services.feedback.catalogue import Channel, Kind, Topic
from postdesk.services.feedback.clock import recompute_open_deadlines
from postdesk.services.feedback.listing import FeedbackQueries
from postdesk.services.feedback.register import FeedbackService
from postdesk.services.feedback.views import NewFeedback

OFFICE = "ОПС Саранск 430005"
HIGHER = "УФПС Республики Мордовия"
HIGHER_ADDRESS = "430000, г. Саранск, ул. Большевистская, д. 31"


@dataclass
class Clock:
    today: dt.date = dt.date(2026, 3, 2)

    def __call__(self) -> dt.date:
        return self.today


@dataclass
class FeedbackKit:
    core: Core
    clock: Clock = field(default_factory=Clock)

    def __post_init__(self) -> None:
        settings = self.core.settings
        settings.set(s.OFFICE_NAME, OFFICE)
        settings.set(s.OFFICE_ADDRESS, "430005, г. Саранск, ул. Советская, д. 54")
        settings.set(s.LETTER_SIGNATORY, "Начальник ОПС И. И. Иванов")
        settings.set(s.HIGHER_ORGANISATION_NAME, HIGHER)
        settings.set(s.HIGHER_ORGANISATION_ADDRESS, HIGHER_ADDRESS)
        self.calendar = CalendarService(
            self.core.uow,
            load_years(shipped_calendar_file()),
            lambda session, cal: recompute_open_deadlines(
                session, cal, self.clock(), claim_periods(settings)
            ),
        )
        self.register = FeedbackService(
            self.core.uow, self.calendar, lambda: register_rules(settings), self.clock
        )
        self.queries = FeedbackQueries(self.core.uow, self.calendar, self.clock)
        self.answers = AnswerService(
            self.core.uow,
            self.calendar,
            lambda: office_letterhead(settings),
            LetterTemplates([resource_path("letters")]),
            self.clock,
        )


def new_feedback(
    received: dt.date,
    *,
    kind: Kind = Kind.COMPLAINT,
    channel: Channel = Channel.LETTER,
    text: str = "Письмо шло три недели",
    **extra: object,
) -> NewFeedback:
    return NewFeedback(
        kind=kind,
        channel=channel,
        received_at=dt.datetime.combine(received, dt.time(10, 30), tzinfo=dt.UTC),
        text=text,
        topic=extra.pop("topic", Topic.DELIVERY_TIME),  # type: ignore[arg-type]
        **extra,  # type: ignore[arg-type]
    )
