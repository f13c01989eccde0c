"""Operations of the Clients page and the client card."""

from __future__ import annotations

from postdesk.bootstrap import Core
from postdesk.services.clients.data import (
    ClientDetails,
    ClientDraft,
    ClientSummary,
    ContractDraft,
    ContractInfo,
    ServiceInfo,
)
from postdesk.services.context import Actor
from postdesk.ui.operations.base import Operation


class ClientOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    @property
    def expiry_warning_days(self) -> int:
        """How far ahead a contract's end is announced (a setting, not a query)."""
        return self._core.clients.expiry_warning_days

    def search(
        self, text: str, *, limit: int = 200, expiring_only: bool = False
    ) -> Operation[list[ClientSummary]]:
        clients, actor = self._core.clients, self._actor
        return Operation.database(
            "search clients", lambda: clients.search(actor, text, limit=limit, expiring_only=expiring_only)
        )

    def get(self, client_id: int) -> Operation[ClientDetails]:
        clients, actor = self._core.clients, self._actor
        return Operation.database("client", lambda: clients.get(actor, client_id))

    def expiring_contracts(self) -> Operation[list[ContractInfo]]:
        clients, actor = self._core.clients, self._actor
        return Operation.database("expiring contracts", lambda: clients.expiring_contracts(actor))

    def service_catalogue(self) -> Operation[list[ServiceInfo]]:
        clients, actor = self._core.clients, self._actor
        return Operation.database("service catalogue", lambda: clients.service_catalogue(actor))

    def save_client(self, draft: ClientDraft) -> Operation[int]:
        clients, actor = self._core.clients, self._actor
        return Operation.database("save client", lambda: clients.save_client(actor, draft))

    def save_contract(self, draft: ContractDraft) -> Operation[int]:
        clients, actor = self._core.clients, self._actor
        return Operation.database("save contract", lambda: clients.save_contract(actor, draft))
