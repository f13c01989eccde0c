"""Delivery-time norms (контрольные сроки) and "from the office to postcode X: N days, arrives by".

A norm runs from a postcode prefix to a postcode prefix ("" = anywhere) for a mail class
("" = any class); the most specific norm wins: the longest destination prefix, then the longest
origin prefix, then the one for the class itself. Counting starts the day after posting; a
last day that falls on a day off moves to the next working day of the production calendar.
One indexed query answers a lookup, whatever the size of the table.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from postdesk.calendar.production import ProductionCalendar
from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import DeliveryNorm
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import DeliveryEstimate, ImportResult, NormInfo
from postdesk.services.reference.importers import NormRow, mail_class

DEFAULT_CLASS = "LETTER"
DELIVERY_NORMS = cast(Table, DeliveryNorm.__table__)
CALENDAR_REUSE_S = 60.0  # the calendar changes a few times a year; a minute's reuse keeps lookups fast
# Built once: a lookup only binds the prefixes (the statement's construction was a third of its time).
_LOOKUP = select(
    DeliveryNorm.from_prefix,
    DeliveryNorm.to_prefix,
    DeliveryNorm.mail_class,
    DeliveryNorm.days,
    DeliveryNorm.note,
).where(
    DeliveryNorm.to_prefix.in_(bindparam("to", expanding=True)),
    DeliveryNorm.mail_class.in_(bindparam("classes", expanding=True)),
    DeliveryNorm.from_prefix.in_(bindparam("origin", expanding=True)),
)


def prefixes(postcode: str) -> list[str]:
    """ "101000" → ["", "1", "10", "101", "1010", "10100", "101000"]."""
    return [postcode[:n] for n in range(len(postcode) + 1)]


def check_postcode(postcode: str, what: str) -> str:
    value = postcode.strip()
    if len(value) != 6 or not (value.isdigit() and value.isascii()):
        raise UserError(
            translate("Reference", "%1: «%2» is not a postcode of 6 digits.")
            .replace("%1", what)
            .replace("%2", value)
        )
    return value


def _specificity(norm: NormInfo, wanted_class: str) -> tuple[int, int, int]:
    return (len(norm.to_prefix), len(norm.from_prefix), 1 if norm.mail_class == wanted_class else 0)


class DeliveryService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendar: CalendarService,
        office_postcode: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._uow = uow
        self._calendar = calendar
        self._office_postcode = office_postcode
        self._today = today
        self._clock = clock
        self._calendar_cache: tuple[float, ProductionCalendar] | None = None

    def _calendar_in(self, session: Session) -> ProductionCalendar:
        """The production calendar, re-read at most once a minute (an edit shows within a minute)."""
        now = self._clock()
        if self._calendar_cache is None or now - self._calendar_cache[0] > CALENDAR_REUSE_S:
            self._calendar_cache = (now, self._calendar.calendar_in(session))
        return self._calendar_cache[1]

    def estimate(
        self,
        actor: Actor,
        to_postcode: str,
        *,
        from_postcode: str = "",
        mail_class_code: str = DEFAULT_CLASS,
        posted_on: dt.date | None = None,
    ) -> DeliveryEstimate:
        require(actor, Permission.VIEW_CLIENTS)
        if not (from_postcode or self._office_postcode()).strip():
            raise UserError(
                translate(
                    "Reference",
                    "Set the post office postcode in the settings, or give the postcode of departure.",
                )
            )
        origin = check_postcode(from_postcode or self._office_postcode(), translate("Reference", "From"))
        target = check_postcode(to_postcode, translate("Reference", "To"))
        wanted = mail_class(mail_class_code) or DEFAULT_CLASS
        posted = posted_on or self._today()
        with self._uow(read_only=True) as tx:
            rows = tx.session.execute(
                _LOOKUP, {"to": prefixes(target), "classes": [wanted, ""], "origin": prefixes(origin)}
            ).all()
            candidates = [NormInfo(*row) for row in rows]
            if not candidates:
                raise NotFound(
                    translate(
                        "Reference", "No delivery-time norm covers %1 → %2 (%3): import the norms table."
                    )
                    .replace("%1", origin)
                    .replace("%2", target)
                    .replace("%3", wanted)
                )
            norm = max(candidates, key=lambda n: _specificity(n, wanted))
            arrives = self._calendar_in(tx.session).add_calendar_days(posted, norm.days)
        return DeliveryEstimate(
            origin, target, wanted, norm.days, posted, arrives, norm.from_prefix, norm.to_prefix
        )

    def control_days(
        self, session: Session, to_postcode: str, mail_class_code: str = DEFAULT_CLASS
    ) -> int | None:
        """The control time from the office to a postcode inside the caller's unit of work, for letters
        that state it; None when the office postcode, the postcode or a norm is missing."""
        origin, target = self._office_postcode().strip(), to_postcode.strip()
        if not (len(origin) == len(target) == 6 and (origin + target).isdigit()):
            return None
        wanted = mail_class(mail_class_code) or DEFAULT_CLASS
        rows = session.execute(
            _LOOKUP, {"to": prefixes(target), "classes": [wanted, ""], "origin": prefixes(origin)}
        ).all()
        candidates = [NormInfo(*row) for row in rows]
        if not candidates:
            return None
        return max(candidates, key=lambda n: _specificity(n, wanted)).days

    def norms(self, actor: Actor, *, to_prefix: str = "", limit: int = 500) -> list[NormInfo]:
        """The table as it is, filtered by the start of the destination prefix (for the Reference page)."""
        require(actor, Permission.VIEW_CLIENTS)
        query = select(DeliveryNorm).order_by(
            DeliveryNorm.to_prefix, DeliveryNorm.from_prefix, DeliveryNorm.id
        )
        if to_prefix.strip():
            query = query.where(DeliveryNorm.to_prefix.startswith(to_prefix.strip()))
        with self._uow(read_only=True) as tx:
            return [
                NormInfo(n.from_prefix, n.to_prefix, n.mail_class, n.days, n.note)
                for n in tx.session.scalars(query.limit(limit))
            ]

    def count(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            return int(tx.session.scalar(select(func.count()).select_from(DeliveryNorm)) or 0)

    def replace(self, actor: Actor, rows: Sequence[NormRow], source: str) -> ImportResult:
        """The imported table replaces the previous one in one transaction (audited with counts)."""
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        with self._uow() as tx:
            session = tx.session
            before = int(session.scalar(select(func.count()).select_from(DeliveryNorm)) or 0)
            session.execute(delete(DeliveryNorm))
            session.execute(  # Core executemany: the ORM's per-row bookkeeping would double the time
                insert(DELIVERY_NORMS),
                [
                    {
                        "from_prefix": r.from_prefix,
                        "to_prefix": r.to_prefix,
                        "mail_class": r.mail_class,
                        "days": r.days,
                        "note": r.note,
                    }
                    for r in rows
                ],
            )
            audit.record(
                session,
                actor,
                "delivery_norms_import",
                "delivery_norms",
                "table",
                before={"rows": before},
                after={"rows": len(rows), "source": source},
            )
            tx.commit()
        return ImportResult("delivery", len(rows))
