"""Operations of the prospects page: the board, editing, stages, activities, offers and their letters."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from postdesk.bootstrap import Core
from postdesk.models.prospects import ActivityKind, Stage
from postdesk.services.context import Actor
from postdesk.services.outreach.letters import LetterView, PostPrint
from postdesk.services.outreach.mail import MailView
from postdesk.services.outreach.notice_delivery import DeliveryReport, deliver_notices
from postdesk.services.outreach.notice_versions import NoticeVersion
from postdesk.services.outreach.notices import NoticeSent
from postdesk.services.outreach.offer_choices import OfferChoice, OfferDefaults
from postdesk.services.outreach.offers import OfferResult
from postdesk.services.outreach.prospect_data import (
    ActivityView,
    Conversion,
    ProspectBoard,
    ProspectDraft,
    ProspectView,
)
from postdesk.services.records.data import CatalogueEntry, ReasonInfo
from postdesk.ui.operations.base import Operation
from postdesk.ui.tasks import TaskContext, TaskKind


class OutreachOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def board(
        self, *, text: str = "", stage: Stage | None = None, mine: bool = False, due_only: bool = False
    ) -> Operation[ProspectBoard]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database(
            "prospects board",
            lambda: prospects.board(actor, text=text, stage=stage, mine=mine, due_only=due_only),
        )

    def get(self, prospect_id: int) -> Operation[ProspectView]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database("prospect", lambda: prospects.get(actor, prospect_id))

    def save(self, draft: ProspectDraft) -> Operation[ProspectView]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database("save prospect", lambda: prospects.save(actor, draft))

    def set_stage(self, prospect_id: int, stage: Stage, reason: str = "") -> Operation[ProspectView]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database(
            "prospect stage", lambda: prospects.set_stage(actor, prospect_id, stage, reason)
        )

    def log_activity(
        self,
        prospect_id: int,
        kind: ActivityKind,
        outcome: str,
        next_action: str | None,
        next_action_on: dt.date | None,
    ) -> Operation[ActivityView]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database(
            "prospect activity",
            lambda: prospects.log_activity(
                actor, prospect_id, kind, outcome, next_action=next_action, next_action_on=next_action_on
            ),
        )

    def activities(self, prospect_id: int) -> Operation[list[ActivityView]]:
        prospects, actor = self._core.prospects, self._actor
        return Operation.database("prospect activities", lambda: prospects.activities(actor, prospect_id))

    def reasons(self) -> Operation[list[ReasonInfo]]:
        catalogues, actor = self._core.catalogues, self._actor
        return Operation.database("refusal reasons", lambda: catalogues.reasons(actor))

    def services(self) -> Operation[list[CatalogueEntry]]:
        catalogues, actor = self._core.catalogues, self._actor
        return Operation.database("service catalogue", lambda: catalogues.services(actor))

    def convert(self, prospect_id: int) -> Operation[Conversion]:
        conversions, actor = self._core.conversions, self._actor
        return Operation.database("convert prospect", lambda: conversions.convert(actor, prospect_id))

    # --- offers and their letters ----------------------------------------------------------------
    def make_offer(
        self, prospect_id: int, discount: Decimal | None = None, choice: OfferChoice | None = None
    ) -> Operation[OfferResult]:
        offers, actor = self._core.offers, self._actor
        return Operation.database(
            "make offer", lambda: offers.for_prospect(actor, prospect_id, discount, choice)
        )

    def make_client_offer(self, client_id: int, choice: OfferChoice | None = None) -> Operation[OfferResult]:
        offers, actor = self._core.offers, self._actor
        return Operation.database("make client offer", lambda: offers.for_client_id(actor, client_id, choice))

    def prospect_offer_defaults(self, prospect_id: int) -> Operation[OfferDefaults]:
        offers, actor = self._core.offers, self._actor
        return Operation.database("offer defaults", lambda: offers.prospect_defaults(actor, prospect_id))

    def client_offer_defaults(self, client_id: int) -> Operation[OfferDefaults]:
        offers, actor = self._core.offers, self._actor
        return Operation.database("offer defaults", lambda: offers.client_defaults(actor, client_id))

    def client_letters(self, client_id: int) -> Operation[list[LetterView]]:
        letters, actor = self._core.outreach_letters, self._actor
        return Operation.database("client letters", lambda: letters.history(actor, client_id=client_id))

    def letters(self, prospect_id: int) -> Operation[list[LetterView]]:
        letters, actor = self._core.outreach_letters, self._actor
        return Operation.database("prospect letters", lambda: letters.history(actor, prospect_id=prospect_id))

    def letter_pdf(self, letter_id: int) -> Operation[bytes]:
        letters, actor = self._core.outreach_letters, self._actor
        return Operation.database("letter pdf", lambda: letters.pdf(actor, letter_id))

    def save_letter(self, letter_id: int, path: Path) -> Operation[Path]:
        letters, actor = self._core.outreach_letters, self._actor

        def write(pdf: bytes) -> Path:
            path.write_bytes(pdf)
            return path

        return Operation.database("letter pdf", lambda: letters.pdf(actor, letter_id)).then(
            TaskKind.IO, write
        )

    def send_letter(self, letter_id: int, email: str) -> Operation[MailView]:
        letters, actor = self._core.outreach_letters, self._actor
        return Operation.database("send letter", lambda: letters.send(actor, letter_id, email))

    def label_pdf(self, letter_id: int) -> Operation[bytes]:
        """The address label for posting the letter (the letter itself prints from its own preview)."""
        letters, actor = self._core.outreach_letters, self._actor

        def label() -> bytes:
            printed: PostPrint = letters.for_post(actor, letter_id)
            return printed.label_pdf

        return Operation.database("address label", label)

    # --- the texts of the letters ------------------------------------------------------------
    def template_text(self, name: str) -> Operation[str]:
        templates, actor = self._core.letter_templates, self._actor
        return Operation.files("letter template", lambda: templates.text(actor, name))

    def save_template(self, name: str, text: str) -> Operation[None]:
        templates, actor = self._core.letter_templates, self._actor
        return Operation.database("save letter template", lambda: templates.save(actor, name, text))

    def reset_template(self, name: str) -> Operation[None]:
        templates, actor = self._core.letter_templates, self._actor
        return Operation.database("reset letter template", lambda: templates.reset(actor, name))

    # --- notices to clients under contract ---------------------------------------------------
    @property
    def notices_folder(self) -> Path:
        """Where notices are written unless the supervisor chooses another folder (a path, not a query)."""
        return self._core.paths.data_dir / "notices"

    def tariff_versions(self) -> Operation[list[NoticeVersion]]:
        """Tariff files and imported price lists (the import is in the database)."""
        notices, actor = self._core.notices, self._actor
        return Operation.database("tariff versions", lambda: notices.versions(actor))

    def tariff_notices(self, old: str, new: str, folder: Path) -> Operation[list[NoticeSent]]:
        notices, actor = self._core.notices, self._actor
        return Operation.database("tariff notices", lambda: notices.tariff_notices(actor, old, new, folder))

    def expiry_reminders(self, folder: Path) -> Operation[list[NoticeSent]]:
        notices, actor = self._core.notices, self._actor
        return Operation.database("expiry reminders", lambda: notices.expiry_reminders(actor, folder))

    def deliver_notices(self, notices: list[NoticeSent]) -> Operation[DeliveryReport]:
        """E-mail each notice through the mail queue, or prepare it for post; with progress and Cancel."""
        letters, mail, actor = self._core.outreach_letters, self._core.mail, self._actor

        def work(context: TaskContext) -> DeliveryReport:
            return deliver_notices(
                letters, mail, actor, notices, progress=context.progress, cancelled=lambda: context.cancelled
            )

        return Operation.with_progress("deliver notices", TaskKind.DATABASE, work)

    def queued_mail(self) -> Operation[list[MailView]]:
        mail, actor = self._core.mail, self._actor
        return Operation.database("mail queue", lambda: mail.queued(actor))

    def retry_mail(self) -> Operation[tuple[list[MailView], list[str]]]:
        """Send every queued message again (the answer: those sent and the failures)."""
        mail, actor = self._core.mail, self._actor
        return Operation.database("retry mail queue", lambda: mail.send_queued(actor))
