"""Price lists of every service: imported versions in the database, merged with the tariff files.

An import never changes an earlier version: it becomes a new one, in force from its date, so a
price charged last month can always be shown as it was. The batch-mail rates stay in the tariff
files; what ``TariffService`` serves for them is untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from sqlalchemy import func, insert, select

from postdesk.common.errors import NotFound, UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import PriceListEntry, PriceListVersion
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.counter.tariffs import TariffService
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import ImportResult, PriceChange, PriceVersionInfo
from postdesk.services.reference.importers import PriceRow
from postdesk.tariffs.changes import price_list_changes
from postdesk.tariffs.model import PriceVersion, ServicePrice


def stored_versions(uow: UnitOfWorkFactory) -> Callable[[], list[PriceVersion]]:
    """What ``TariffService`` merges: every imported version with its prices (one read)."""

    def load() -> list[PriceVersion]:
        with uow(read_only=True) as tx:
            versions = list(tx.session.scalars(select(PriceListVersion).order_by(PriceListVersion.id)))
            entries: dict[int, list[ServicePrice]] = {v.id: [] for v in versions}
            names = {v.id: (v.version, v.sample) for v in versions}
            for e in tx.session.scalars(select(PriceListEntry).order_by(PriceListEntry.id)):
                name, sample = names[e.version_id]
                entries[e.version_id].append(
                    ServicePrice(e.code, e.name, e.unit, e.price_kop, e.vat_percent, e.group, name, sample)
                )
            return [
                PriceVersion(
                    v.version, v.title, v.effective_from, v.sample, v.source, True, tuple(entries[v.id])
                )
                for v in versions
            ]

    return load


def _matches(price: ServicePrice, words: list[str]) -> bool:
    text = f"{price.code} {price.name} {price.group}".casefold()
    return all(word in text for word in words)


class PriceListService:
    def __init__(
        self, uow: UnitOfWorkFactory, tariffs: TariffService, today: Callable[[], dt.date] = dt.date.today
    ) -> None:
        self._uow = uow
        self._tariffs = tariffs
        self._today = today

    def versions(self, actor: Actor) -> list[PriceVersionInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        return [
            PriceVersionInfo(
                v.version, v.title, v.effective_from, v.sample, v.source, v.imported, len(v.prices)
            )
            for v in self._tariffs.price_versions()
        ]

    def in_force(self, actor: Actor, day: dt.date | None = None, search: str = "") -> list[ServicePrice]:
        """The price of every service on the day; ``search`` keeps those whose code or name has every word."""
        require(actor, Permission.VIEW_CLIENTS)
        prices = self._tariffs.prices_in_force(day or self._today())
        words = search.casefold().split()
        return [p for p in prices if _matches(p, words)] if words else prices

    def compare(self, actor: Actor, old: str, new: str) -> list[PriceChange]:
        """What changed from version ``old`` to version ``new``: new, gone and re-priced services."""
        require(actor, Permission.VIEW_CLIENTS)
        by_name = {v.version: v for v in self._tariffs.price_versions()}
        for name in (old, new):
            if name not in by_name:
                raise NotFound(
                    translate("Reference", "There is no price list version «%1».").replace("%1", name)
                )
        changes = price_list_changes(by_name[old].prices, by_name[new].prices, by_name[new].effective_from)
        return [PriceChange(c.service_code, c.name, c.old_kop, c.new_kop) for c in changes]

    def store(
        self,
        actor: Actor,
        rows: Sequence[PriceRow],
        *,
        effective_from: dt.date,
        source: str,
        title: str = "",
        version: str = "",
    ) -> ImportResult:
        """Store a checked price list as a new version (audited); the name is made unique."""
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        base = (version or f"import-{effective_from.isoformat()}").strip()[:70]
        with self._uow() as tx:
            session = tx.session
            taken = set(
                session.scalars(
                    select(PriceListVersion.version).where(PriceListVersion.version.startswith(base))
                )
            )
            name, number = base, 1
            while name in taken or any(t.version == name for t in self._tariffs.book().tables):
                number += 1
                name = f"{base}-{number}"
            row = PriceListVersion(
                version=name,
                title=title.strip()[:200],
                effective_from=effective_from,
                sample=False,
                source=source[:300],
                user_login=actor.login,
            )
            session.add(row)
            session.flush()
            session.execute(
                insert(PriceListEntry),
                [
                    {
                        "version_id": row.id,
                        "code": r.code,
                        "name": r.name,
                        "unit": r.unit,
                        "price_kop": r.price_kop,
                        "vat_percent": r.vat_percent,
                        "group": r.group,
                    }
                    for r in rows
                ],
            )
            count = session.scalar(
                select(func.count()).select_from(PriceListEntry).where(PriceListEntry.version_id == row.id)
            )
            audit.record(
                session,
                actor,
                "price_list_import",
                "price_list_version",
                row.id,
                after={"version": name, "effective_from": effective_from, "rows": count, "source": source},
            )
            tx.commit()
        return ImportResult("tariffs", len(rows), name, effective_from)
