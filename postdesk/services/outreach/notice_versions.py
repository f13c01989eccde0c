"""Which versions a tariff notice compares: tariff files and the price lists imported on the Reference page.

Two tariff files compare as ``tariffs/changes.py`` says. When either side is an imported price
list (an import lists only the services it re-prices), each side is the whole price list as it
stood with that version — every earlier version's prices with this one's laid over them — and
the batch-mail rates are those of the tariff files in force on the two dates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from postdesk.common.errors import NotFound
from postdesk.common.i18n import translate
from postdesk.services.counter.tariffs import TariffService
from postdesk.tariffs.changes import TariffChange, changes_between, price_list_changes
from postdesk.tariffs.model import PriceVersion, ServicePrice


@dataclass(frozen=True)
class NoticeVersion:
    version: str
    title: str
    effective_from: dt.date
    imported: bool


def versions(tariffs: TariffService) -> list[NoticeVersion]:
    """Every tariff file and every imported price list, oldest first, each name once."""
    found = {
        t.version: NoticeVersion(t.version, t.title, t.effective_from, False) for t in tariffs.book().tables
    }
    for v in tariffs.price_versions():
        found.setdefault(v.version, NoticeVersion(v.version, v.title, v.effective_from, v.imported))
    return sorted(found.values(), key=lambda v: (v.effective_from, v.version))


def _missing(name: str) -> NotFound:
    return NotFound(translate("Outreach", "There is no tariff version «%1».").replace("%1", name))


def _merged_up_to(ordered: list[PriceVersion], name: str) -> tuple[ServicePrice, ...]:
    merged: dict[str, ServicePrice] = {}
    for version in ordered:
        merged.update((p.code, p) for p in version.prices)
        if version.version == name:
            break
    return tuple(merged.values())


def version_changes(tariffs: TariffService, old: str, new: str) -> tuple[list[TariffChange], NoticeVersion]:
    """The changes from ``old`` to ``new`` and the new version (its name and title go into the notice)."""
    known = {v.version: v for v in versions(tariffs)}
    for name in (old, new):
        if name not in known:
            raise _missing(name)
    tables = {t.version: t for t in tariffs.book().tables}
    if old in tables and new in tables:
        return changes_between(tables[old], tables[new]), known[new]
    before, after = known[old], known[new]
    rates = [
        c
        for c in changes_between(
            tariffs.in_force(before.effective_from), tariffs.in_force(after.effective_from)
        )
        if c.mail_type is not None
    ]
    ordered = sorted(tariffs.price_versions(), key=lambda v: v.effective_from)
    prices = price_list_changes(
        _merged_up_to(ordered, old), _merged_up_to(ordered, new), after.effective_from
    )
    return [*rates, *prices], after
