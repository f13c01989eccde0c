"""Paper questionnaires: printed with the client's name and a barcode, entered by scanning it.

The barcode reads ``SV<questionnaire>V<version>C<client>`` (``C0`` for a walk-in form), so
the answers typed from the form are stored against the version that was printed, even when
the questionnaire has been edited since.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.surveys import SurveyInvitation
from postdesk.printing.letters.model import Letterhead
from postdesk.printing.questionnaire import PaperForm, PaperQuestion, questionnaire_pdf
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.surveys.answering import pick_version, survey_is_open
from postdesk.services.surveys.catalogue import InvitationChannel
from postdesk.services.surveys.loading import load_survey, version_view
from postdesk.services.surveys.views import VersionView

_CODE = re.compile(r"^SV(\d{1,9})V(\d{1,5})C(\d{1,9})$")


def form_code(survey_id: int, version: int, client_id: int | None) -> str:
    return f"SV{survey_id}V{version}C{client_id or 0}"


def parse_code(code: str) -> tuple[int, int, int | None]:
    match = _CODE.match("".join(code.split()).upper())
    if match is None:
        raise UserError(
            translate("Surveys", "«%1» is not the barcode of a paper questionnaire.").replace(
                "%1", code.strip()
            )
        )
    survey_id, version, client_id = (int(g) for g in match.groups())
    return survey_id, version, client_id or None


@dataclass(frozen=True)
class PrintedForm:
    code: str
    pdf: bytes
    client_name: str


@dataclass(frozen=True)
class ScannedForm:
    code: str
    survey_id: int
    title: str
    version: VersionView
    client_id: int | None
    client_name: str


class PaperFormService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        letterhead: Callable[[], Letterhead],
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._uow = uow
        self._letterhead = letterhead
        self._today = today

    def print_form(
        self,
        actor: Actor,
        survey_id: int,
        *,
        client_inn: str = "",
        client_id: int | None = None,
        contact_id: int | None = None,
    ) -> PrintedForm:
        """The form for one client (or a blank walk-in form) laid out as PDF."""
        form = self.prepare(
            actor, survey_id, client_inn=client_inn, client_id=client_id, contact_id=contact_id
        )
        return PrintedForm(form.code, questionnaire_pdf(form), form.client_name)

    def prepare(
        self,
        actor: Actor,
        survey_id: int,
        *,
        client_inn: str = "",
        client_id: int | None = None,
        contact_id: int | None = None,
    ) -> PaperForm:
        """What the form prints, recorded as an invitation; the layout is left to the caller."""
        require(actor, Permission.ANSWER_SURVEYS)
        today = self._today()
        with self._uow() as tx:
            session = tx.session
            survey = load_survey(session, survey_id)
            survey_is_open(survey, today)
            version = pick_version(session, survey, None)
            client = self._client(session, client_inn, client_id)
            contact_name = ""
            if contact_id is not None:
                contact = session.get(ContactPerson, contact_id)
                if contact is None or client is None or contact.client_id != client.id:
                    raise UserError(
                        translate("Surveys", "The contact person does not belong to this client.")
                    )
                contact_name = contact.name
            code = form_code(survey.id, version.number, client.id if client else None)
            view = version_view(session, version)
            form = PaperForm(
                office_name=self._letterhead().office_name,
                title=survey.title,
                purpose=survey.purpose,
                version=version.number,
                client_name=(client.full_name or client.short_name) if client else "",
                contact_name=contact_name,
                code=code,
                printed_on=today,
                questions=tuple(
                    PaperQuestion(q.position, q.text, q.kind.value, q.required, q.options, q.follow_up_of)
                    for q in view.questions
                ),
            )
            session.add(
                SurveyInvitation(
                    survey_id=survey.id,
                    client_id=client.id if client else None,
                    contact_id=contact_id,
                    channel=InvitationChannel.PAPER.value,
                    user_login=actor.login,
                )
            )
            audit.record(session, actor, "survey.paper_printed", "survey", survey.id, after={"code": code})
            tx.commit()
            return form

    @staticmethod
    def _client(session: Session, inn: str, client_id: int | None) -> Client | None:
        if inn.strip():
            found = session.scalars(
                select(Client).where(Client.inn == inn.strip()).order_by(Client.id)
            ).first()
            if found is None:
                raise NotFound(translate("Surveys", "No client with INN %1.").replace("%1", inn.strip()))
            return found
        if client_id is not None:
            found = session.get(Client, client_id)
            if found is None:
                raise NotFound(translate("Surveys", "The client no longer exists."))
            return found
        return None

    def scan(self, actor: Actor, code: str) -> ScannedForm:
        """What a scanned form asks: the questionnaire's version as printed, for whom."""
        require(actor, Permission.ANSWER_SURVEYS)
        survey_id, number, client_id = parse_code(code)
        with self._uow(read_only=True) as tx:
            session = tx.session
            survey = load_survey(session, survey_id)
            version = pick_version(session, survey, number)
            name = ""
            if client_id is not None:
                client = session.get(Client, client_id)
                if client is None:
                    raise NotFound(translate("Surveys", "The client no longer exists."))
                name = client.short_name
            return ScannedForm(
                form_code(survey_id, number, client_id),
                survey.id,
                survey.title,
                version_view(session, version),
                client_id,
                name,
            )
