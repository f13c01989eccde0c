"""Handing out ШПИ and S10 identifiers so that no number is ever given twice.

Every allocation locks its range's counter row (``SELECT ... FOR UPDATE`` on PostgreSQL; on
SQLite the transaction already holds the write lock from ``BEGIN IMMEDIATE``), advances
``next_serial`` by the whole block and commits at once, so several workstations on one
database queue briefly instead of colliding. A block allocated for an acceptance that later
fails is not reused: gaps are harmless, duplicates are not.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from postdesk.common.errors import ConflictError, NotFound, UserError, ValidationFailed
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.contracts import Contract
from postdesk.models.identifiers import IdentifierRange
from postdesk.models.users import Workstation
from postdesk.postal.identifiers import make_rpo, make_s10
from postdesk.postal.numbering import (
    OFFICE_SERIAL_MAX,
    S10_SERIAL_MAX,
    IdentifierKind,
    is_office_postcode,
    next_month,
    office_prefix,
    period_of,
)
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

_ROLLOVER_MONTHS = 12


class RangeExhaustedError(UserError):
    """No identifiers are left in the ranges that may be used."""


@dataclass(frozen=True)
class RangeInfo:
    id: int
    kind: IdentifierKind
    prefix: str
    suffix: str
    period: str
    contract_id: int | None
    first_serial: int
    last_serial: int
    next_serial: int
    active: bool
    note: str

    @property
    def remaining(self) -> int:
        return max(0, self.last_serial - self.next_serial + 1)


def _info(row: IdentifierRange) -> RangeInfo:
    return RangeInfo(
        row.id,
        IdentifierKind(row.kind),
        row.prefix,
        row.suffix,
        row.period,
        row.contract_id,
        row.first_serial,
        row.last_serial,
        row.next_serial,
        row.active,
        row.note,
    )


def _format(row: IdentifierRange, serial: int) -> str:
    if row.kind == IdentifierKind.S10:
        return make_s10(row.prefix, serial, row.suffix)
    return make_rpo(row.prefix[:6], int(row.prefix[6:]), serial)


def take_from(session: Session, range_id: int, wanted: int) -> list[str]:
    """Lock one range, take up to ``wanted`` consecutive serials from it, return the identifiers."""
    row = session.scalars(
        select(IdentifierRange)
        .where(IdentifierRange.id == range_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    count = min(wanted, row.last_serial - row.next_serial + 1)
    if count <= 0 or not row.active:
        return []
    first = row.next_serial
    row.next_serial = first + count
    session.flush()
    return [_format(row, serial) for serial in range(first, first + count)]


def overlapping_range(
    session: Session, kind: str, prefix: str, suffix: str, *, first: int, last: int, period: str
) -> IdentifierRange | None:
    """A range that shares a serial with the given one while both are valid (see the model)."""
    query = select(IdentifierRange).where(
        IdentifierRange.kind == kind,
        IdentifierRange.prefix == prefix,
        IdentifierRange.suffix == suffix,
        IdentifierRange.first_serial <= last,
        IdentifierRange.last_serial >= first,
    )
    if period:
        query = query.where(or_(IdentifierRange.period == "", IdentifierRange.period == period))
    return session.scalars(query.order_by(IdentifierRange.id).limit(1)).first()


def _office_range_taken(row: IdentifierRange, prefix: str) -> RangeExhaustedError:
    return RangeExhaustedError(
        translate(
            "Identifiers",
            "The office's ШПИ numbers %1 are registered as a contract's range (range %2): "
            "the office cannot use them. An administrator corrects the ranges.",
        )
        .replace("%1", prefix)
        .replace("%2", str(row.id))
    )


def _is_office_month(row: IdentifierRange, period: str) -> bool:
    """The office's own range for the month (not a contract's), whoever created it."""
    return row.contract_id is None and row.period == period and row.first_serial == 1


def _office_range_id(session: Session, postcode: str, day: dt.date) -> int:
    """The office's range for the month, created on first use (concurrent creators do not collide).

    It may not take numbers a contract's range already holds: checked here on both databases
    (under SQLite's write lock this is final); PostgreSQL's exclusion constraint also refuses a
    contract range added at the same moment.
    """
    prefix, period = office_prefix(postcode, day), period_of(day)
    existing = session.scalar(
        select(IdentifierRange.id).where(
            IdentifierRange.kind == IdentifierKind.RPO.value,
            IdentifierRange.prefix == prefix,
            IdentifierRange.suffix == "",
            IdentifierRange.period == period,
            IdentifierRange.first_serial == 1,
        )
    )
    if existing is not None:
        return int(existing)
    taken = overlapping_range(
        session, IdentifierKind.RPO.value, prefix, "", first=1, last=OFFICE_SERIAL_MAX, period=period
    )
    if taken is not None:
        if _is_office_month(taken, period):  # another workstation created it a moment ago
            return int(taken.id)
        raise _office_range_taken(taken, prefix)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(IdentifierRange)
        .values(
            kind=IdentifierKind.RPO.value,
            prefix=prefix,
            suffix="",
            period=period,
            contract_id=None,
            first_serial=1,
            last_serial=OFFICE_SERIAL_MAX,
            next_serial=1,
            active=True,
            note="",
        )
        .on_conflict_do_nothing()
    )
    created = session.scalar(
        select(IdentifierRange.id).where(
            IdentifierRange.kind == IdentifierKind.RPO.value,
            IdentifierRange.prefix == prefix,
            IdentifierRange.suffix == "",
            IdentifierRange.period == period,
            IdentifierRange.first_serial == 1,
        )
    )
    if created is None:  # the exclusion constraint refused it: a contract range came first
        taken = overlapping_range(
            session, IdentifierKind.RPO.value, prefix, "", first=1, last=OFFICE_SERIAL_MAX, period=period
        )
        if taken is None:
            raise ConflictError(
                translate("Identifiers", "The identifier ranges changed meanwhile: try again.")
            )
        if _is_office_month(taken, period):  # created by another workstation at the same moment
            return int(taken.id)
        raise _office_range_taken(taken, prefix)
    return int(created)


def _contract_range_ids(
    session: Session, kind: IdentifierKind, contract_id: int, letter: str = ""
) -> list[int]:
    query = select(IdentifierRange.id).where(
        IdentifierRange.kind == kind.value,
        IdentifierRange.contract_id == contract_id,
        IdentifierRange.active,
        IdentifierRange.next_serial <= IdentifierRange.last_serial,
    )
    if letter:
        query = query.where(IdentifierRange.prefix.startswith(letter))
    return list(session.scalars(query.order_by(IdentifierRange.id)))


def allocate_rpo_in(
    session: Session, count: int, *, office_postcode: str, day: dt.date, contract_id: int | None = None
) -> list[str]:
    """ШПИ for ``count`` items: from the contract's ranges when it has any, else the office's month range."""
    if count <= 0:
        return []
    codes: list[str] = []
    if contract_id is not None and session.scalar(
        select(IdentifierRange.id)
        .where(IdentifierRange.kind == IdentifierKind.RPO.value, IdentifierRange.contract_id == contract_id)
        .limit(1)
    ):
        for range_id in _contract_range_ids(session, IdentifierKind.RPO, contract_id):
            codes += take_from(session, range_id, count - len(codes))
            if len(codes) == count:
                return codes
        raise RangeExhaustedError(
            translate(
                "Identifiers",
                "The identifier ranges of the client's contract have only %1 "
                "numbers left, %2 are needed: ask for a new range.",
            )
            .replace("%1", str(len(codes)))
            .replace("%2", str(count))
        )
    if not is_office_postcode(office_postcode):
        raise UserError(
            translate(
                "Identifiers",
                "Set the post office postcode (6 digits) in the workstation "
                "settings: identifiers start with it.",
            )
        )
    month = day.replace(day=1)
    for _ in range(_ROLLOVER_MONTHS):  # past 99,999 a month, numbering moves on to the next month code
        codes += take_from(session, _office_range_id(session, office_postcode, month), count - len(codes))
        if len(codes) == count:
            return codes
        month = next_month(month)
    raise RangeExhaustedError(translate("Identifiers", "The office's identifier ranges are exhausted."))


def allocate_s10_in(
    session: Session, count: int, letter: str, *, contract_id: int | None = None
) -> list[str]:
    """S10 codes of class ``letter`` (R, V, C, E...): the contract's ranges first, then the office's."""
    codes: list[str] = []
    sources = _contract_range_ids(session, IdentifierKind.S10, contract_id, letter) if contract_id else []
    sources += list(
        session.scalars(
            select(IdentifierRange.id)
            .where(
                IdentifierRange.kind == IdentifierKind.S10.value,
                IdentifierRange.contract_id.is_(None),
                IdentifierRange.active,
                IdentifierRange.prefix.startswith(letter),
                IdentifierRange.next_serial <= IdentifierRange.last_serial,
            )
            .order_by(IdentifierRange.id)
        )
    )
    for range_id in sources:
        codes += take_from(session, range_id, count - len(codes))
        if len(codes) == count:
            return codes
    raise RangeExhaustedError(
        translate(
            "Identifiers",
            "No international (S10) identifiers of class «%1» are left: an administrator adds a range.",
        ).replace("%1", letter)
    )


class IdentifierService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._uow = uow
        self._today = today

    def allocate_rpo(
        self, actor: Actor, count: int, *, office_postcode: str, contract_id: int | None = None
    ) -> list[str]:
        """Allocate and commit ``count`` consecutive ШПИ (the office's or the contract's)."""
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            codes = allocate_rpo_in(
                tx.session, count, office_postcode=office_postcode, day=self._today(), contract_id=contract_id
            )
            _audit_allocation(tx.session, actor, codes)
            tx.commit()
            return codes

    def allocate_s10(
        self, actor: Actor, count: int, letter: str, *, contract_id: int | None = None
    ) -> list[str]:
        require(actor, Permission.ACCEPT_BATCHES)
        with self._uow() as tx:
            codes = allocate_s10_in(tx.session, count, letter, contract_id=contract_id)
            _audit_allocation(tx.session, actor, codes)
            tx.commit()
            return codes

    def add_range(
        self,
        actor: Actor,
        kind: IdentifierKind,
        prefix: str,
        first_serial: int,
        last_serial: int,
        *,
        suffix: str = "",
        contract_id: int | None = None,
        note: str = "",
    ) -> RangeInfo:
        """Register a range given to the office or to a contract (ШПИ prefix: 8 digits; S10: two letters).

        Ranges decide which numbers go on the labels, so they are the administrator's (audited).
        """
        require(actor, Permission.ADMINISTER_WORKSTATION)
        prefix, suffix = prefix.strip().upper(), suffix.strip().upper()
        errors = _range_errors(kind, prefix, suffix, first_serial, last_serial)
        if errors:
            raise ValidationFailed(translate("Identifiers", "The range was not added."), errors)
        with self._uow() as tx:
            if contract_id is not None and tx.session.get(Contract, contract_id) is None:
                raise NotFound(translate("Identifiers", "The contract no longer exists."))
            if (
                kind is IdentifierKind.RPO
                and contract_id is not None
                and tx.session.scalar(
                    select(Workstation.id).where(Workstation.office_postcode == prefix[:6]).limit(1)
                )
            ):
                raise ValidationFailed(
                    translate("Identifiers", "The range was not added."),
                    {
                        "prefix": translate(
                            "Identifiers",
                            "This is a post office's own postcode: its numbers belong to "
                            "the office's monthly ranges.",
                        )
                    },
                )
            if overlapping_range(
                tx.session, kind.value, prefix, suffix, first=first_serial, last=last_serial, period=""
            ):
                raise _overlap_refused()
            row = IdentifierRange(
                kind=kind.value,
                prefix=prefix,
                suffix=suffix,
                period="",
                contract_id=contract_id,
                first_serial=first_serial,
                last_serial=last_serial,
                next_serial=first_serial,
                note=note.strip(),
            )
            tx.session.add(row)
            try:
                tx.session.flush()
            except IntegrityError as exc:  # PostgreSQL: another range was added at the same moment
                raise _overlap_refused() from exc
            info = _info(row)
            audit.record(
                tx.session,
                actor,
                "identifier_range_add",
                "identifier_range",
                row.id,
                after={
                    "kind": kind,
                    "prefix": prefix,
                    "suffix": suffix,
                    "first": first_serial,
                    "last": last_serial,
                    "contract_id": contract_id,
                },
            )
            tx.commit()
            return info

    def ranges(self, actor: Actor, contract_id: int | None = None) -> list[RangeInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            query = select(IdentifierRange).order_by(IdentifierRange.id)
            if contract_id is not None:
                query = query.where(IdentifierRange.contract_id == contract_id)
            return [_info(r) for r in tx.session.scalars(query)]


def _overlap_refused() -> ValidationFailed:
    return ValidationFailed(
        translate("Identifiers", "The range was not added."),
        {"first_serial": translate("Identifiers", "It overlaps a range already registered.")},
    )


def _range_errors(kind: IdentifierKind, prefix: str, suffix: str, first: int, last: int) -> dict[str, str]:
    errors: dict[str, str] = {}
    if kind is IdentifierKind.RPO:
        if len(prefix) != 8 or not (prefix.isdigit() and prefix.isascii()) or not 1 <= int(prefix[6:]) <= 99:
            errors["prefix"] = translate(
                "Identifiers",
                "A ШПИ range starts with 8 digits: the postcode and a month code from 01 to 99.",
            )
        maximum = OFFICE_SERIAL_MAX
    else:
        if len(prefix) != 2 or not prefix.isalpha() or not prefix.isascii():
            errors["prefix"] = translate(
                "Identifiers", "An S10 service indicator is two Latin letters, e.g. RA."
            )
        if len(suffix) != 2 or not suffix.isalpha() or not suffix.isascii():
            errors["suffix"] = translate("Identifiers", "The country code is two Latin letters, e.g. RU.")
        maximum = S10_SERIAL_MAX
    if not 1 <= first <= last <= maximum:
        errors["first_serial"] = (
            translate("Identifiers", "Serials run from %1 to %2, the first not after the last.")
            .replace("%1", "1")
            .replace("%2", str(maximum))
        )
    return errors


def _audit_allocation(session: Session, actor: Actor, codes: list[str]) -> None:
    if codes:
        audit.record(
            session,
            actor,
            "identifiers_allocate",
            "identifier",
            codes[0],
            after={"first": codes[0], "last": codes[-1], "count": len(codes)},
        )
