"""Delivery-time norms (контрольные сроки) and "from the office to postcode X: N days, arrives by".

A norm runs from a postcode prefix or a region to a postcode prefix or a region ("" = anywhere)
for a mail class ("" = any class); the most specific norm wins: the destination side first, then
the origin, then the one for the class itself. On each side a postcode prefix (the longer the
better) beats a region or settlement the postcode belongs to (the closer the better, see
``regions``), which beats "anywhere". Counting starts the day after posting; a last day that
falls on a day off moves to the next working day of the production calendar.

One indexed query answers a lookup, whatever the size of the table: it reads the candidate
prefixes and names of both postcodes, outside a transaction (``UnitOfWorkFactory.read_rows``),
and the calendar and the region table come from a minute's cache.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, delete, func, select
from sqlalchemy.orm import Session

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import DeliveryNorm
from postdesk.services import audit
from postdesk.services.calendar import CalendarService
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import DeliveryEstimate, ImportResult, NormInfo
from postdesk.services.reference.importers import NormRow, mail_class, region_key
from postdesk.services.reference.regions import RegionService

DEFAULT_CLASS = "LETTER"
DELIVERY_NORMS = cast(Table, DeliveryNorm.__table__)
_COLUMNS = ("from_prefix", "to_prefix", "mail_class", "days", "note", "from_region", "to_region")
# Built once: a lookup only binds the candidates (the statement's construction was a third of its
# time). The conditions follow the columns of the lookup index.
_LOOKUP = select(*(DELIVERY_NORMS.c[name] for name in _COLUMNS)).where(
    DeliveryNorm.to_prefix.in_(bindparam("to", expanding=True)),
    DeliveryNorm.to_region.in_(bindparam("to_regions", expanding=True)),
    DeliveryNorm.mail_class.in_(bindparam("classes", expanding=True)),
    DeliveryNorm.from_prefix.in_(bindparam("origin", expanding=True)),
    DeliveryNorm.from_region.in_(bindparam("from_regions", expanding=True)),
)
_PREFIX_RANK = 10  # any postcode prefix ranks above any region (a region ranks by its prefix length)


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


def _norm(row: Row[Any]) -> NormInfo:
    return NormInfo(
        row.from_prefix, row.to_prefix, row.mail_class, row.days, row.note, row.from_region, row.to_region
    )


def _lookup_params(
    origin: str, target: str, wanted: str, from_areas: dict[str, int], to_areas: dict[str, int]
) -> dict[str, list[str]]:
    return {
        "to": prefixes(target),
        "to_regions": ["", *to_areas],
        "classes": [wanted, ""],
        "origin": prefixes(origin),
        "from_regions": ["", *from_areas],
    }


def _best(
    rows: Sequence[Row[Any]], wanted: str, from_areas: dict[str, int], to_areas: dict[str, int]
) -> Row[Any]:
    """The most specific norm: the destination first, then the origin, then the exact mail class."""
    return max(
        rows,
        key=lambda r: (
            side_rank(r.to_prefix, r.to_region, to_areas),
            side_rank(r.from_prefix, r.from_region, from_areas),
            r.mail_class == wanted,
        ),
    )


def side_rank(prefix: str, region: str, areas: dict[str, int]) -> int:
    """How closely one side of a norm names the postcode: a prefix, then a region, then anywhere."""
    if prefix:
        return _PREFIX_RANK + len(prefix)
    return areas.get(region, 0) if region else 0


class DeliveryService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        calendar: CalendarService,
        office_postcode: Callable[[], str],
        today: Callable[[], dt.date] = dt.date.today,
        regions: RegionService | None = None,
    ) -> None:
        self._uow = uow
        self._calendar = calendar
        self._office_postcode = office_postcode
        self._today = today
        self.regions = regions or RegionService(uow)

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
        office = from_postcode or self._office_postcode()
        if not office.strip():
            raise UserError(
                translate(
                    "Reference",
                    "Set the post office postcode in the settings, or give the postcode of departure.",
                )
            )
        origin = check_postcode(office, translate("Reference", "From"))
        target = check_postcode(to_postcode, translate("Reference", "To"))
        wanted = mail_class(mail_class_code) or DEFAULT_CLASS
        posted = posted_on or self._today()
        from_areas, to_areas = self.regions.areas(origin), self.regions.areas(target)
        rows = self._uow.read_rows(_LOOKUP, _lookup_params(origin, target, wanted, from_areas, to_areas))
        if not rows:
            raise NotFound(
                translate("Reference", "No delivery-time norm covers %1 → %2 (%3): import the norms table.")
                .replace("%1", origin)
                .replace("%2", target)
                .replace("%3", wanted)
            )
        best = _best(rows, wanted, from_areas, to_areas)
        norm = _norm(best)
        arrives = self._calendar.recent().add_calendar_days(posted, norm.days)
        return DeliveryEstimate(
            origin,
            target,
            wanted,
            norm.days,
            posted,
            arrives,
            norm.from_prefix or norm.from_region,
            norm.to_prefix or norm.to_region,
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
        from_areas, to_areas = self.regions.areas(origin), self.regions.areas(target)
        rows = session.execute(_LOOKUP, _lookup_params(origin, target, wanted, from_areas, to_areas)).all()
        if not rows:
            return None
        return _norm(_best(rows, wanted, from_areas, to_areas)).days

    def norms(self, actor: Actor, *, to_prefix: str = "", limit: int = 500) -> list[NormInfo]:
        """The table as it is, filtered by the start of the destination prefix (for the Reference page)."""
        require(actor, Permission.VIEW_CLIENTS)
        query = select(*(DELIVERY_NORMS.c[name] for name in _COLUMNS)).order_by(
            DeliveryNorm.to_prefix, DeliveryNorm.to_region, DeliveryNorm.from_prefix, DeliveryNorm.id
        )
        if to_prefix.strip():
            query = query.where(DeliveryNorm.to_prefix.startswith(to_prefix.strip()))
        with self._uow(read_only=True) as tx:
            return [_norm(row) for row in tx.session.execute(query.limit(limit))]

    def count(self, actor: Actor) -> int:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            return int(tx.session.scalar(select(func.count()).select_from(DeliveryNorm)) or 0)

    def replace(self, actor: Actor, rows: Sequence[NormRow], source: str) -> ImportResult:
        """The imported table replaces the previous one in one transaction (audited with counts).

        Region names are checked against the region table and stored in its spelling, so a lookup
        compares them exactly; a name the table does not know refuses the file.
        """
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        records = self._records(rows)
        with self._uow() as tx:
            session = tx.session
            before = int(session.scalar(select(func.count()).select_from(DeliveryNorm)) or 0)
            session.execute(delete(DeliveryNorm))
            _bulk_insert(session, records)
            audit.record(
                session,
                actor,
                "delivery_norms_import",
                "delivery_norms",
                "table",
                before={"rows": before},
                after={"rows": len(records), "source": source},
            )
            tx.commit()
        return ImportResult("delivery", len(records))

    def _records(self, rows: Sequence[NormRow]) -> list[tuple[Any, ...]]:
        """Plain tuples in the order of ``_COLUMNS``, region names in the table's spelling."""
        known: dict[str, str] | None = None
        unknown: list[str] = []
        records: list[tuple[Any, ...]] = []
        append = records.append
        for r in rows:
            from_region, to_region = r.from_region, r.to_region
            if from_region or to_region:
                known = self.regions.canonical_names() if known is None else known
                for name in (from_region, to_region):
                    if name and region_key(name) not in known:
                        unknown.append(name)
                from_region = known.get(region_key(from_region), "")
                to_region = known.get(region_key(to_region), "")
            append((r.from_prefix, r.to_prefix, r.mail_class, r.days, r.note, from_region, to_region))
        if unknown:
            raise UserError(
                translate(
                    "Reference",
                    "Nothing was imported: the region table has no «%1»; import the regions first.",
                ).replace("%1", "», «".join(sorted(set(unknown))[:5]))
            )
        return records


def _bulk_insert(session: Session, records: list[tuple[Any, ...]]) -> None:
    """Rows straight to the driver: COPY on PostgreSQL, one executemany on SQLite (no ORM, no dicts)."""
    connection = session.connection()
    names = ", ".join(_COLUMNS)
    if connection.dialect.name == "postgresql":
        cursor = connection.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        with cursor.copy(f"COPY delivery_norms ({names}) FROM STDIN") as copy:
            for record in records:
                copy.write_row(record)
        return
    marks = ", ".join("?" for _ in _COLUMNS)
    connection.exec_driver_sql(f"INSERT INTO delivery_norms ({names}) VALUES ({marks})", records)
