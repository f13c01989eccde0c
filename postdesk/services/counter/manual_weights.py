"""Weights that did not come from the scale: typed in by the operator, always on the record.

When no scale works the operator may enter a weight by hand. Such a weight is marked manual
and written to the audit log with who, where and why, so it can be told from a weighed one.
"""

from __future__ import annotations

from decimal import Decimal

from postdesk.db.uow import UnitOfWorkFactory
from postdesk.devices.scales.readings import Weighing, parse_manual_grams
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

MANUAL_WEIGHT_ACTION = "scale.manual_weight"


class ManualWeightService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def record_manual(self, actor: Actor, grams_text: str, reason: str = "", subject: str = "") -> Weighing:
        """Validate the typed weight and record it; ``subject`` names what was weighed, if known."""
        require(actor, Permission.ACCEPT_BATCHES)
        grams: Decimal = parse_manual_grams(grams_text)
        reason = reason.strip()
        with self._uow() as tx:
            audit.record(
                tx.session,
                actor,
                MANUAL_WEIGHT_ACTION,
                "weighing",
                subject,
                after={"grams": grams, "manual": True, "reason": reason},
            )
            tx.commit()
        return Weighing(grams, manual=True, reason=reason)
