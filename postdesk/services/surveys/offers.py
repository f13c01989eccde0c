"""Which questionnaire the counter offers a client after an acceptance, if any.

The operator is offered a published questionnaire for corporate clients that runs today and
that this client has not answered yet (one answer set per client unless the supervisor allows
more). The workstation's setting switches the offer off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.surveys import Survey
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.answering import already_answered
from postdesk.services.surveys.catalogue import Audience
from postdesk.services.surveys.loading import published_version, version_view
from postdesk.services.surveys.views import VersionView


@dataclass(frozen=True)
class CounterOffer:
    survey_id: int
    title: str
    version: VersionView


class CounterOfferService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        enabled: Callable[[], bool],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._enabled = enabled
        self._today = today

    def offer(self, actor: Actor, client_id: int) -> CounterOffer | None:
        """The questionnaire to offer ``client_id`` now, the newest first; None when there is none."""
        require(actor, Permission.ANSWER_SURVEYS)
        if not self._enabled():
            return None
        day = self._today()
        with self._uow(read_only=True) as tx:
            session = tx.session
            running = session.scalars(
                select(Survey)
                .where(
                    Survey.audience == Audience.CORPORATE.value,
                    Survey.closed.is_(False),
                    Survey.starts_on <= day,
                    or_(Survey.ends_on.is_(None), Survey.ends_on >= day),
                )
                .order_by(Survey.starts_on.desc(), Survey.id.desc())
            )
            for survey in running:
                version = published_version(session, survey.id)
                if version is None or already_answered(session, survey, client_id):
                    continue
                return CounterOffer(survey.id, survey.title, version_view(session, version))
        return None
