"""Finding the contract that money belongs to: by the client's INN, by a number in a payment's purpose."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.services.contract_terms import contract_in_force


def _latest_active_first(contract: Contract) -> tuple[bool, dt.date]:
    return (contract.status is ContractStatus.ACTIVE, contract.starts_on)


def client_by_inn(session: Session, inn: str) -> Client:
    client = session.scalar(select(Client).where(Client.inn == inn.strip()).order_by(Client.id).limit(1))
    if client is None:
        raise NotFound(translate("Money", "No client with INN %1.").replace("%1", inn.strip() or "—"))
    return client


def current_contract(session: Session, client: Client, day: dt.date) -> Contract:
    """The contract in force on ``day``, else the latest active one, else the latest one."""
    in_force = contract_in_force(session, client.id, day)
    if in_force is not None:
        return in_force
    contracts = list(session.scalars(select(Contract).where(Contract.client_id == client.id)))
    if not contracts:
        raise NotFound(
            translate("Money", "Client %1 (INN %2) has no contract.")
            .replace("%1", client.short_name)
            .replace("%2", client.inn)
        )
    return max(contracts, key=_latest_active_first)


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


def contract_in_purpose(session: Session, inn: str, purpose: str) -> Contract | None:
    """The payer's contract whose number the purpose names (the longest one when several match)."""
    text = _plain(purpose)
    named = [
        c
        for c in session.scalars(
            select(Contract).join(Client, Client.id == Contract.client_id).where(Client.inn == inn)
        )
        if c.number.strip() and _plain(c.number) in text
    ]
    return max(named, key=lambda c: len(c.number), default=None)
