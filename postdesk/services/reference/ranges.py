"""How much is left in each identifier range, which ranges call for a new one, and the contracts
a range can be given to.

The ranges themselves (and their overlap rules) are ``services.counter.identifiers``; this only
reads them for the office set-up and ``postdesk ranges list``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import case, select

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.clients import Client
from postdesk.models.contracts import Contract, ContractStatus
from postdesk.services.context import Actor
from postdesk.services.counter.identifiers import IdentifierService, RangeInfo
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import ContractChoice, RangeCapacity

WARNING_SHARE = 0.1  # also warn when less than a tenth of the range is left


def is_running_low(info: RangeInfo, warn_below: int) -> bool:
    size = info.last_serial - info.first_serial + 1
    return info.active and (info.remaining < warn_below or info.remaining < size * WARNING_SHARE)


def capacity(info: RangeInfo, warn_below: int) -> RangeCapacity:
    return RangeCapacity(
        info.id,
        info.kind.value,
        info.prefix,
        info.suffix,
        info.period,
        info.contract_id,
        info.first_serial,
        info.last_serial,
        info.remaining,
        is_running_low(info, warn_below),
        info.note,
    )


class RangeCapacityService:
    def __init__(
        self, identifiers: IdentifierService, warn_below: Callable[[], int], uow: UnitOfWorkFactory
    ) -> None:
        self._identifiers = identifiers
        self._warn_below = warn_below
        self._uow = uow

    def ranges(self, actor: Actor) -> list[RangeCapacity]:
        """Every registered range with its remaining numbers and whether it runs low."""
        threshold = self._warn_below()
        return [capacity(r, threshold) for r in self._identifiers.ranges(actor)]

    def contract_choices(self, actor: Actor, limit: int = 2000) -> list[ContractChoice]:
        """Every contract with its client, the active ones first (then by client and number), so the
        administrator picks the contract a range is given to instead of typing its database id."""
        require(actor, Permission.VIEW_CLIENTS)
        active = Contract.status == ContractStatus.ACTIVE
        query = (
            select(Contract.id, Contract.number, Client.short_name, Client.inn, active)
            .join(Client, Client.id == Contract.client_id)
            .order_by(case((active, 0), else_=1), Client.short_name, Contract.number, Contract.id)
            .limit(limit)
        )
        with self._uow(read_only=True) as tx:
            rows = tx.session.execute(query).all()
        return [ContractChoice(i, number, name, inn, bool(on)) for i, number, name, inn, on in rows]
