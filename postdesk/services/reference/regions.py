"""Which region or settlement a postcode belongs to, for norms written between regions.

The regional office's norms may name a region («Республика Мордовия») or a settlement («Саранск»)
instead of a postcode prefix. A small table maps postcode prefixes to those names; a postcode
belongs to every name whose prefix it starts with, and the longest such prefix is the closest
(a settlement inside its region). The table is small and changes rarely, so lookups reuse it
for a minute, like the production calendar; an import on this workstation shows at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from sqlalchemy import delete, func, insert, select

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import PostcodeRegion
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import ImportResult, RegionInfo
from postdesk.services.reference.importers import RegionRow, region_key

REUSE_S = 60.0


class RegionService:
    def __init__(self, uow: UnitOfWorkFactory, clock: Callable[[], float] = time.monotonic) -> None:
        self._uow = uow
        self._clock = clock
        self._recent: tuple[float, dict[str, str]] | None = None

    def _table(self) -> dict[str, str]:
        """prefix → name, re-read at most once a minute."""
        now = self._clock()
        if self._recent is None or now - self._recent[0] > REUSE_S:
            with self._uow(read_only=True) as tx:
                rows = tx.session.execute(select(PostcodeRegion.prefix, PostcodeRegion.name)).all()
            self._recent = (now, {prefix: name for prefix, name in rows})
        return self._recent[1]

    def areas(self, postcode: str) -> dict[str, int]:
        """The names the postcode belongs to, each with the length of its matching prefix."""
        table = self._table()
        found: dict[str, int] = {}
        for length in range(1, len(postcode) + 1):
            name = table.get(postcode[:length])
            if name is not None:
                found[name] = length
        return found

    def canonical_names(self) -> dict[str, str]:
        """The folded spelling of every known name → the table's spelling (for checking imports)."""
        return {region_key(name): name for name in self._table().values()}

    def regions(self, actor: Actor) -> list[RegionInfo]:
        require(actor, Permission.VIEW_CLIENTS)
        with self._uow(read_only=True) as tx:
            rows = tx.session.execute(
                select(PostcodeRegion.prefix, PostcodeRegion.name).order_by(PostcodeRegion.prefix)
            ).all()
        return [RegionInfo(prefix, name) for prefix, name in rows]

    def replace(self, actor: Actor, rows: Sequence[RegionRow], source: str) -> ImportResult:
        """The imported table replaces the previous one in one transaction (audited with counts)."""
        require(actor, Permission.MANAGE_REFERENCE)
        if not rows:
            raise UserError(translate("Reference", "Nothing was imported: the file has no data rows."))
        with self._uow() as tx:
            session = tx.session
            before = int(session.scalar(select(func.count()).select_from(PostcodeRegion)) or 0)
            session.execute(delete(PostcodeRegion))
            session.execute(insert(PostcodeRegion), [{"prefix": r.prefix, "name": r.name} for r in rows])
            audit.record(
                session,
                actor,
                "postcode_regions_import",
                "postcode_regions",
                "table",
                before={"rows": before},
                after={"rows": len(rows), "source": source},
            )
            tx.commit()
        self._recent = None
        return ImportResult("regions", len(rows))
