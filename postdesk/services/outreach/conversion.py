"""Turning a prospect into a client: its requisites and contacts carried over, a draft contract opened.

The client and the contract are written by :class:`ClientService` (its validation and audit
apply as for a client typed in by hand) in the same transaction in which the prospect points at
the client, is marked won, and the offers it received move into the client's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import update

from postdesk.common.errors import ConflictError, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import ClientStatus
from postdesk.models.contracts import ContractStatus
from postdesk.models.prospects import OutreachLetter, Stage
from postdesk.services import audit
from postdesk.services.clients.data import ClientDraft, ContactDraft, ContractDraft, validate_client
from postdesk.services.clients.service import ClientService
from postdesk.services.context import Actor
from postdesk.services.outreach.prospect_data import Conversion, ProspectView
from postdesk.services.outreach.prospect_rows import load_prospect, prospect_view
from postdesk.services.permissions import Permission, require


def client_draft_of(p: ProspectView) -> ClientDraft:
    contacts = [
        ContactDraft(
            c.name,
            c.role,
            c.phones,
            c.email,
            translate("Prospects", "Decides on contracts") if c.decides else "",
        )
        for c in p.contacts
    ]
    return ClientDraft(
        full_name=p.name,
        short_name=p.name[:200],
        inn=p.inn,
        kpp=p.kpp,
        legal_address=p.address,
        postal_address=p.address,
        phones=p.phones,
        email=p.email,
        status=ClientStatus.ACTIVE,
        notes=p.notes,
        contacts=contacts,
    )


class ConversionService:
    def __init__(
        self, uow: UnitOfWorkFactory, clients: ClientService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._clients = clients
        self._today = today

    def convert(self, actor: Actor, prospect_id: int) -> Conversion:
        require(actor, Permission.EDIT_CLIENTS)
        require(actor, Permission.EDIT_CONTRACTS)
        with self._uow(read_only=True) as tx:
            prospect = prospect_view(tx.session, load_prospect(tx.session, prospect_id))
        if prospect.client_id is not None:
            raise ConflictError(translate("Prospects", "This prospect is already a client."))
        if not prospect.inn:
            raise UserError(translate("Prospects", "Enter the prospect's INN before making it a client."))
        draft = client_draft_of(prospect)
        errors = validate_client(draft)
        if errors:
            raise ValidationFailed(
                translate("Prospects", "The prospect cannot become a client yet: correct its requisites."),
                errors,
            )
        today = self._today()
        number = f"П-{today.year}/{prospect.id}"
        # One transaction: a failure anywhere leaves neither a client without its prospect marked
        # won nor a prospect pointing at a client that was never written.
        with self._uow() as tx:
            row = load_prospect(tx.session, prospect_id)
            if row.client_id is not None:
                raise ConflictError(translate("Prospects", "This prospect is already a client."))
            client_id = self._clients.save_client_in(tx.session, actor, draft)
            contract_id = self._clients.save_contract_in(
                tx.session,
                actor,
                ContractDraft(
                    client_id=client_id,
                    number=number,
                    signed_on=today,
                    starts_on=today,
                    status=ContractStatus.DRAFT,
                    services=list(prospect.services),
                    discount_percent=prospect.proposed_discount_percent,
                ),
            )
            row.client_id, row.stage, row.lost_reason_code = client_id, Stage.WON, None
            tx.session.execute(
                update(OutreachLetter)
                .where(OutreachLetter.prospect_id == prospect_id, OutreachLetter.client_id.is_(None))
                .values(client_id=client_id)
            )
            audit.record(
                tx.session,
                actor,
                "prospect_convert",
                "prospect",
                prospect_id,
                after={"client_id": client_id, "contract_id": contract_id},
            )
            tx.commit()
        return Conversion(client_id, contract_id, number)
