"""The one place that says which contract is in force for a client and what it grants.

The counter (lists, quotes, acceptance), the client card and money all ask the same questions:
which active contract covers this day, what discount and weight tolerance it gives. Asking here
keeps the answer the same everywhere, and the day is always passed in (never a bare "today").
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from postdesk.models.contracts import Contract, ContractStatus
from postdesk.postal.weighing import Tolerance


def contract_in_force(session: Session, client_id: int, day: dt.date) -> Contract | None:
    """The client's active contract covering ``day``; the most recently started one wins."""
    return session.scalars(
        select(Contract)
        .where(
            Contract.client_id == client_id,
            Contract.status == ContractStatus.ACTIVE,
            Contract.starts_on <= day,
            (Contract.ends_on.is_(None)) | (Contract.ends_on >= day),
        )
        .order_by(Contract.starts_on.desc(), Contract.id.desc())
        .limit(1)
    ).first()


def discount_of(contract: Contract | None) -> Decimal:
    """The contract's discount in percent; a client without a contract pays the full tariff."""
    return contract.discount_percent if contract is not None else Decimal(0)


def tolerance_of(contract: Contract | None) -> Tolerance:
    """How far a weighed mass may differ from the declared one before the operator must decide."""
    if contract is None:
        return Tolerance()
    return Tolerance(contract.weight_tolerance_percent, contract.weight_tolerance_g)
