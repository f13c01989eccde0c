"""Finding, creating and editing clients, their contact persons and contracts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import fields, replace
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from postdesk.common.errors import ConflictError, NotFound, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client, ContactPerson
from postdesk.models.contracts import Contract, ContractService, ContractStatus, Service
from postdesk.services import audit
from postdesk.services.clients.data import (
    CLIENT_TEXT_FIELDS,
    ClientDetails,
    ClientDraft,
    ClientSummary,
    ContactDraft,
    ContractDraft,
    ContractInfo,
    ServiceInfo,
    validate_client,
    validate_contract,
)
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

_D = TypeVar("_D", ClientDraft, ContactDraft)
_CLIENT_FIELDS = (*CLIENT_TEXT_FIELDS, "status", "notes")
_CONTRACT_FIELDS = (
    "number",
    "signed_on",
    "starts_on",
    "ends_on",
    "status",
    "accept_without_client",
    "lists_electronic",
    "lists_on_media",
    "discount_percent",
    "payment_terms",
    "credit_limit_kop",
    "payment_term_days",
    "notes",
    "weight_tolerance_percent",
    "weight_tolerance_g",
)


def fold(text: str) -> str:
    """Case- and ё-insensitive form used for searching (SQLite cannot fold Cyrillic itself)."""
    return " ".join(text.casefold().replace("ё", "е").split())


def _search_text(client: Client) -> str:
    parts = [client.full_name, client.short_name, client.inn, *(c.number for c in client.contracts)]
    return fold(" | ".join(parts))[:800]


class ClientService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        today: Callable[[], dt.date] = dt.date.today,
        expiry_warning_days: int = 30,
    ) -> None:
        self._uow = uow
        self._today = today
        self.expiry_warning_days = expiry_warning_days

    # --- reading -------------------------------------------------------------------------------
    def search(
        self, actor: Actor, text: str, *, limit: int = 200, expiring_only: bool = False
    ) -> list[ClientSummary]:
        """Clients whose name, INN or contract number contains ``text`` (all when empty)."""
        require(actor, Permission.VIEW_CLIENTS)
        query = (
            select(Client).options(selectinload(Client.contracts)).order_by(Client.short_name).limit(limit)
        )
        words = fold(text).split()
        for word in words:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Client.search_text.like(f"%{escaped}%", escape="\\"))
        if expiring_only:
            today = self._today()
            query = query.where(
                Client.contracts.any(
                    (Contract.status == ContractStatus.ACTIVE)
                    & (Contract.ends_on >= today)
                    & (Contract.ends_on <= today + dt.timedelta(days=self.expiry_warning_days))
                )
            )
        with self._uow(read_only=True) as tx:
            return [self._summary(c) for c in tx.session.scalars(query)]

    def get(self, actor: Actor, client_id: int) -> ClientDetails:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            client = self._load(tx.session, client_id)
            draft = ClientDraft(
                **{name: getattr(client, name) for name in _CLIENT_FIELDS},
                contacts=[
                    ContactDraft(c.name, c.position, c.phones, c.email, c.note, id=c.id)
                    for c in client.contacts
                ],
                id=client.id,
            )
            return ClientDetails(draft, tuple(self._contract_info(c) for c in client.contracts))

    def service_catalogue(self, actor: Actor) -> list[ServiceInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            return [
                ServiceInfo(s.code, s.name)
                for s in tx.session.scalars(select(Service).order_by(Service.sort_order))
            ]

    def expiring_contracts(self, actor: Actor) -> list[ContractInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        today = self._today()
        with self._uow(read_only=True) as tx:
            contracts = tx.session.scalars(
                select(Contract)
                .options(selectinload(Contract.services))
                .where(
                    Contract.status == ContractStatus.ACTIVE,
                    Contract.ends_on >= today,
                    Contract.ends_on <= today + dt.timedelta(days=self.expiry_warning_days),
                )
                .order_by(Contract.ends_on)
            )
            return [self._contract_info(c) for c in contracts]

    # --- writing -------------------------------------------------------------------------------
    def save_client(self, actor: Actor, draft: ClientDraft) -> int:
        """Create or update a client with its contact persons; returns the client's id."""
        with self._uow() as tx:
            client_id = self.save_client_in(tx.session, actor, draft)
            tx.commit()
            return client_id

    def save_client_in(self, session: Session, actor: Actor, draft: ClientDraft) -> int:
        """:meth:`save_client` in the caller's unit of work (a prospect becoming a client commits once)."""
        require(actor, Permission.EDIT_CLIENTS)
        draft = _normalised(draft)
        errors = validate_client(draft)
        if errors:
            raise ValidationFailed(
                translate("Clients", "The client was not saved: correct the marked fields."), errors
            )
        self._ensure_unique(session, draft)
        if draft.id is None:
            client = Client(**{name: getattr(draft, name) for name in _CLIENT_FIELDS})
            session.add(client)
            before: dict[str, Any] = {}
            action = "client_create"
        else:
            client = self._load(session, draft.id)
            before = self._snapshot(client)
            for name in _CLIENT_FIELDS:
                setattr(client, name, getattr(draft, name))
            action = "client_update"
        self._sync_contacts(client, draft.contacts)
        client.search_text = _search_text(client)
        session.flush()
        old, new = audit.changed_fields(before, self._snapshot(client))
        if new or action == "client_create":
            audit.record(session, actor, action, "client", client.id, before=old or None, after=new)
        return client.id

    def save_contract(self, actor: Actor, draft: ContractDraft) -> int:
        """Create or update a contract (supervisors only); returns the contract's id."""
        with self._uow() as tx:
            contract_id = self.save_contract_in(tx.session, actor, draft)
            tx.commit()
            return contract_id

    def save_contract_in(self, session: Session, actor: Actor, draft: ContractDraft) -> int:
        """:meth:`save_contract` in the caller's unit of work."""
        require(actor, Permission.EDIT_CONTRACTS)
        draft.number = draft.number.strip()
        known = set(session.scalars(select(Service.code)))
        errors = validate_contract(draft, known)
        if errors:
            raise ValidationFailed(
                translate("Clients", "The contract was not saved: correct the marked fields."), errors
            )
        client = self._load(session, draft.client_id)
        duplicate = session.scalar(
            select(Contract.id).where(Contract.client_id == draft.client_id, Contract.number == draft.number)
        )
        if duplicate is not None and duplicate != draft.id:
            raise ValidationFailed(
                translate("Clients", "The contract was not saved: correct the marked fields."),
                {"number": translate("Clients", "This client already has a contract with this number.")},
            )
        if draft.id is None:
            contract = Contract(client_id=client.id, **{n: getattr(draft, n) for n in _CONTRACT_FIELDS})
            client.contracts.append(contract)
            before: dict[str, Any] = {}
            action = "contract_create"
        else:
            existing = session.get(Contract, draft.id)
            if existing is None or existing.client_id != client.id:
                raise NotFound(translate("Clients", "The contract no longer exists."))
            contract = existing
            before = self._contract_snapshot(contract)
            for name in _CONTRACT_FIELDS:
                setattr(contract, name, getattr(draft, name))
            action = "contract_update"
        wanted = sorted(set(draft.services))
        contract.services = [ContractService(service_code=code) for code in wanted]
        client.search_text = _search_text(client)
        session.flush()
        old, new = audit.changed_fields(before, self._contract_snapshot(contract))
        if new or action == "contract_create":
            audit.record(
                session,
                actor,
                action,
                "contract",
                contract.id,
                before=old or None,
                after={**new, "client_id": client.id},
            )
        return contract.id

    # --- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _load(session: Session, client_id: int) -> Client:
        client = session.scalar(
            select(Client)
            .options(
                selectinload(Client.contacts), selectinload(Client.contracts).selectinload(Contract.services)
            )
            .where(Client.id == client_id)
        )
        if client is None:
            raise NotFound(translate("Clients", "The client no longer exists; refresh the list."))
        return client

    @staticmethod
    def _ensure_unique(session: Session, draft: ClientDraft) -> None:
        query = select(Client).where(Client.inn == draft.inn, Client.kpp == draft.kpp)
        if draft.id is not None:
            query = query.where(Client.id != draft.id)
        clash = session.scalar(query)
        if clash is not None:
            raise ConflictError(
                translate("Clients", "A client with this INN and KPP already exists: %1.").replace(
                    "%1", clash.short_name
                )
            )

    @staticmethod
    def _sync_contacts(client: Client, contacts: list[ContactDraft]) -> None:
        existing = {c.id: c for c in client.contacts}
        kept: list[ContactPerson] = []
        for draft in contacts:
            person = existing.get(draft.id) if draft.id is not None else None
            if person is None:
                person = ContactPerson(name=draft.name)
            person.name, person.position, person.phones = draft.name, draft.position, draft.phones
            person.email, person.note = draft.email, draft.note
            kept.append(person)
        client.contacts = kept

    @staticmethod
    def _snapshot(client: Client) -> dict[str, Any]:
        data = {name: getattr(client, name) for name in _CLIENT_FIELDS}
        data["contacts"] = [
            {"name": c.name, "position": c.position, "phones": c.phones, "email": c.email, "note": c.note}
            for c in client.contacts
        ]
        return data

    @staticmethod
    def _contract_snapshot(contract: Contract) -> dict[str, Any]:
        data = {name: getattr(contract, name) for name in _CONTRACT_FIELDS}
        data["services"] = sorted(s.service_code for s in contract.services)
        return data

    def _is_expiring(self, contract: Contract) -> bool:
        if contract.status != ContractStatus.ACTIVE or contract.ends_on is None:
            return False
        today = self._today()
        return today <= contract.ends_on <= today + dt.timedelta(days=self.expiry_warning_days)

    def _contract_info(self, c: Contract) -> ContractInfo:
        return ContractInfo(
            id=c.id,
            client_id=c.client_id,
            number=c.number,
            signed_on=c.signed_on,
            starts_on=c.starts_on,
            ends_on=c.ends_on,
            status=c.status,
            services=tuple(sorted(s.service_code for s in c.services)),
            accept_without_client=c.accept_without_client,
            lists_electronic=c.lists_electronic,
            lists_on_media=c.lists_on_media,
            discount_percent=c.discount_percent,
            payment_terms=c.payment_terms,
            credit_limit_kop=c.credit_limit_kop,
            balance_kop=c.balance_kop,
            notes=c.notes,
            expiring=self._is_expiring(c),
            weight_tolerance_percent=c.weight_tolerance_percent,
            weight_tolerance_g=c.weight_tolerance_g,
            payment_term_days=c.payment_term_days,
        )

    def _summary(self, client: Client) -> ClientSummary:
        active = [c for c in client.contracts if c.status == ContractStatus.ACTIVE]
        current = min(active, key=lambda c: c.ends_on or dt.date.max, default=None)
        return ClientSummary(
            id=client.id,
            short_name=client.short_name,
            full_name=client.full_name,
            inn=client.inn,
            status=client.status,
            contract_number=current.number if current else "",
            contract_ends_on=current.ends_on if current else None,
            expiring=any(self._is_expiring(c) for c in active),
        )


def _strip_strings(obj: _D) -> _D:
    changes = {
        f.name: getattr(obj, f.name).strip() for f in fields(obj) if isinstance(getattr(obj, f.name), str)
    }
    return replace(obj, **changes)


def _normalised(draft: ClientDraft) -> ClientDraft:
    cleaned = _strip_strings(draft)
    return replace(cleaned, kpp=cleaned.kpp.upper(), contacts=[_strip_strings(c) for c in draft.contacts])
