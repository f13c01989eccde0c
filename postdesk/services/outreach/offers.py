"""Offers to prospects and clients: a letter on the office letterhead addressed to the person who decides.

The text comes from ``offer.txt.j2`` (an administrator's or supervisor's copy in the data
folder wins); the figures from :mod:`offer_terms`. Each offer is stored in the prospect's (or
client's) history; an offer to a prospect still early in the pipeline moves it to «offer sent».
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.common.money import rubles
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client
from postdesk.models.prospects import LetterKind, OutreachLetter, Stage
from postdesk.printing.letters.model import Addressee, Letter
from postdesk.printing.letters.render import render_letter
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.feedback.answers import OfficeLetterhead
from postdesk.services.outreach.letters import printed_head, store_letter
from postdesk.services.outreach.offer_choices import (
    OfferChoice,
    OfferDefaults,
    client_basis,
    client_defaults,
    client_person,
    postcode_in,
    prospect_defaults,
)
from postdesk.services.outreach.offer_terms import OfferTerms, offer_terms
from postdesk.services.outreach.prospect_rows import load_prospect, prospect_view
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules
from postdesk.services.reference.delivery import DeliveryService

TEMPLATE = "offer.txt.j2"


@dataclass(frozen=True)
class OfferResult:
    letter_id: int
    number: str
    addressee: str
    email: str
    terms: OfferTerms
    pdf: bytes


def _money(kop: int | None) -> str:
    return rubles(kop) if kop is not None else ""


def _percent(value: Decimal) -> str:
    return f"{value.normalize():f}".replace(".", ",") if value else ""


class OfferService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        tariffs: TariffService,
        letterhead: Callable[[], OfficeLetterhead],
        templates: LetterTemplates,
        today: Callable[[], dt.date] = dt.date.today,
        *,
        delivery: DeliveryService | None = None,
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._letterhead = letterhead
        self._templates = templates
        self._today = today
        self._delivery = delivery

    # --- what the dialog starts from -----------------------------------------------------------
    def prospect_defaults(self, actor: Actor, prospect_id: int) -> OfferDefaults:
        require(actor, Permission.MAKE_OFFERS)
        with self._uow(read_only=True) as tx:
            prospect = prospect_view(tx.session, load_prospect(tx.session, prospect_id))
            return prospect_defaults(tx.session, prospect)

    def client_defaults(self, actor: Actor, client_id: int) -> OfferDefaults:
        require(actor, Permission.MAKE_OFFERS)
        with self._uow(read_only=True) as tx:
            return client_defaults(tx.session, self._client(tx.session, client_id), self._today())

    # --- making offers -------------------------------------------------------------------------
    def for_prospect(
        self,
        actor: Actor,
        prospect_id: int,
        discount: Decimal | None = None,
        choice: OfferChoice | None = None,
    ) -> OfferResult:
        require(actor, Permission.MAKE_OFFERS)
        choice = choice or OfferChoice(discount=discount)
        tariff = self._tariffs.in_force(self._today())
        with self._uow() as tx:
            session = tx.session
            row = load_prospect(session, prospect_id)
            p = prospect_view(session, row)
            chosen = p.proposed_discount_percent if choice.discount is None else choice.discount
            terms = offer_terms(
                session,
                tariff,
                p.services if choice.services is None else choice.services,
                chosen,
                their_service=p.competitor_service_code,
                their_kop=p.competitor_price_kop,
                monthly_volume=p.monthly_volume,
            )
            person = next((c for c in p.contacts if c.id == choice.contact_id), None) or p.decision_maker
            addressee = Addressee(
                person.name if person else p.name,
                (f"{person.role}, " if person and person.role else "")
                + p.name
                + (f"\n{p.address}" if p.address else ""),
                (person.email if person and person.email else p.email),
            )
            letter = self._store(
                session,
                actor,
                terms,
                addressee=addressee,
                organisation=p.name,
                contact=person.name if person else "",
                postcode=postcode_in(p.address),
                row=OutreachLetter(kind=LetterKind.OFFER, prospect_id=p.id, client_id=p.client_id),
            )
            if row.stage in (Stage.NEW, Stage.CONTACTED):
                audit.record(
                    session,
                    actor,
                    "prospect_stage",
                    "prospect",
                    row.id,
                    before={"stage": row.stage},
                    after={"stage": Stage.OFFER_SENT},
                )
                row.stage = Stage.OFFER_SENT
            tx.commit()
            return letter

    def for_client(self, actor: Actor, inn: str, discount: Decimal | None = None) -> OfferResult:
        """An offer to a client found by INN (the command line): the defaults, optionally another discount."""
        require(actor, Permission.MAKE_OFFERS)
        with self._uow(read_only=True) as tx:
            client_id = rules.client_by_inn(tx.session, inn).id
        return self.for_client_id(actor, client_id, OfferChoice(discount=discount))

    def for_client_id(self, actor: Actor, client_id: int, choice: OfferChoice | None = None) -> OfferResult:
        """An offer to a client: its contract's services (or those it used), its competitor price."""
        require(actor, Permission.MAKE_OFFERS)
        choice = choice or OfferChoice()
        today = self._today()
        tariff = self._tariffs.in_force(today)
        with self._uow() as tx:
            session = tx.session
            client = self._client(session, client_id)
            basis = client_basis(session, client, today)
            terms = offer_terms(
                session,
                tariff,
                basis.services if choice.services is None else choice.services,
                basis.discount if choice.discount is None else choice.discount,
                their_service=basis.their_service,
                their_kop=basis.their_kop,
                monthly_volume=basis.monthly_volume,
            )
            person = client_person(client, choice.contact_id)
            address = client.postal_address or client.legal_address
            addressee = Addressee(
                person.name if person else client.short_name,
                (f"{person.position}, " if person and person.position else "")
                + client.full_name
                + (f"\n{client.postal_address}" if client.postal_address else ""),
                (person.email if person and person.email else client.email),
            )
            letter = self._store(
                session,
                actor,
                terms,
                addressee=addressee,
                organisation=client.full_name,
                contact=person.name if person else "",
                postcode=postcode_in(address),
                row=OutreachLetter(kind=LetterKind.OFFER, client_id=client.id),
            )
            tx.commit()
            return letter

    @staticmethod
    def _client(session: Session, client_id: int) -> Client:
        client = session.get(Client, client_id)
        if client is None:
            raise NotFound(translate("Outreach", "The client no longer exists."))
        return client

    def _store(
        self,
        session: Session,
        actor: Actor,
        terms: OfferTerms,
        *,
        addressee: Addressee,
        organisation: str,
        contact: str,
        postcode: str,
        row: OutreachLetter,
    ) -> OfferResult:
        office = self._letterhead()
        days = self._delivery.control_days(session, postcode) if self._delivery and postcode else None
        paragraphs = self._templates.render_paragraphs(
            TEMPLATE,
            contact=contact,
            office=printed_head(office).office_name,
            organisation=organisation,
            lines=[
                {
                    "name": line.service_name,
                    "ours": _money(line.our_kop),
                    "offered": _money(line.offered_kop),
                    "theirs": _money(line.their_kop),
                    "saving": _money(line.saving_month_kop)
                    if line.saving_month_kop and line.saving_month_kop > 0
                    else "",
                }
                for line in terms.lines
            ],
            discount=_percent(terms.discount_percent),
            volume=terms.monthly_volume,
            saving=_money(terms.saving_month_kop) if (terms.saving_month_kop or 0) > 0 else "",
            tariff_title=terms.tariff_title,
            sample=terms.tariff_sample,
            delivery_days=days,
            postcode=postcode,
        )
        subject = f"Коммерческое предложение для {organisation}"
        today = self._today()

        def draw(number: str) -> bytes:
            return render_letter(
                Letter(
                    printed_head(office),
                    addressee,
                    today,
                    number,
                    subject,
                    paragraphs,
                    office.signatory,
                )
            )

        row.addressee, row.subject = addressee.name, subject
        row.saving_kop = terms.saving_month_kop
        row.summary = ", ".join(line.service_name for line in terms.lines)[:500]
        stored = store_letter(session, actor, row, draw)
        return OfferResult(stored.id, stored.number, addressee.name, addressee.email, terms, stored.pdf)
