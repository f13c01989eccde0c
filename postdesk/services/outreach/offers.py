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

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from postdesk.common.money import rubles
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.charges import ServiceRecord
from postdesk.models.prospects import LetterKind, OutreachLetter, Stage
from postdesk.models.records import Outcome
from postdesk.printing.letters.model import Addressee, Letter
from postdesk.printing.letters.render import render_letter
from postdesk.printing.letters.templates import LetterTemplates
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.contract_terms import contract_in_force, discount_of
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.feedback.answers import OfficeLetterhead
from postdesk.services.outreach.letters import printed_head, store_letter
from postdesk.services.outreach.offer_terms import OfferTerms, offer_terms
from postdesk.services.outreach.prospect_rows import load_prospect, prospect_view
from postdesk.services.permissions import Permission, require
from postdesk.services.records import rules
from postdesk.tariffs.changes import BATCH_MAIL

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
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._letterhead = letterhead
        self._templates = templates
        self._today = today

    def for_prospect(self, actor: Actor, prospect_id: int, discount: Decimal | None = None) -> OfferResult:
        require(actor, Permission.MAKE_OFFERS)
        tariff = self._tariffs.in_force(self._today())
        with self._uow() as tx:
            session = tx.session
            row = load_prospect(session, prospect_id)
            p = prospect_view(session, row)
            chosen = p.proposed_discount_percent if discount is None else discount
            terms = offer_terms(
                session,
                tariff,
                p.services,
                chosen,
                their_service=p.competitor_service_code,
                their_kop=p.competitor_price_kop,
                monthly_volume=p.monthly_volume,
            )
            person = p.decision_maker
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
        """An offer to a client: its contract's services (or those it used), its competitor price."""
        require(actor, Permission.MAKE_OFFERS)
        today = self._today()
        tariff = self._tariffs.in_force(today)
        with self._uow() as tx:
            session = tx.session
            client = rules.client_by_inn(session, inn)
            contract = contract_in_force(session, client.id, today)
            services = [s.service_code for s in contract.services] if contract else []
            since = dt.datetime.combine(today - dt.timedelta(days=365), dt.time(), tzinfo=dt.UTC)
            if not services:
                services = list(
                    session.scalars(
                        select(ServiceRecord.service_code)
                        .where(ServiceRecord.client_id == client.id, ServiceRecord.at >= since)
                        .distinct()
                    )
                )
            their = session.execute(
                select(ServiceRecord.service_code, ServiceRecord.competitor_price_kop)
                .where(ServiceRecord.client_id == client.id, ServiceRecord.competitor_price_kop.is_not(None))
                .order_by(ServiceRecord.at.desc())
                .limit(1)
            ).first()
            volume = self._monthly_volume(session, client.id, since)
            terms = offer_terms(
                session,
                tariff,
                services,
                discount_of(contract) if discount is None else discount,
                their_service=their[0] if their else "",
                their_kop=their[1] if their else None,
                monthly_volume=volume,
            )
            person = next(
                (c for c in client.contacts if c.email), client.contacts[0] if client.contacts else None
            )
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
                row=OutreachLetter(kind=LetterKind.OFFER, client_id=client.id),
            )
            tx.commit()
            return letter

    @staticmethod
    def _monthly_volume(session: Session, client_id: int, since: dt.datetime) -> int:
        items = session.scalar(
            select(func.coalesce(func.sum(ServiceRecord.items_count), 0)).where(
                ServiceRecord.client_id == client_id,
                ServiceRecord.service_code == BATCH_MAIL,
                ServiceRecord.outcome == Outcome.GIVEN,
                ServiceRecord.at >= since,
            )
        )
        return int(items or 0) // 12

    def _store(
        self,
        session: Session,
        actor: Actor,
        terms: OfferTerms,
        *,
        addressee: Addressee,
        organisation: str,
        contact: str,
        row: OutreachLetter,
    ) -> OfferResult:
        office = self._letterhead()
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
