"""One entry for importing any reference table: read the file (file work), then store it.

The two halves are separate so a screen reads on the file pool and writes on the database
worker; the command line calls :meth:`ReferenceImports.import_file`, which does both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require
from postdesk.services.reference.data import ImportResult
from postdesk.services.reference.delivery import DeliveryService
from postdesk.services.reference.forms import FormService
from postdesk.services.reference.importers import COLUMNS, ImportKind, check_unique, parse_rows
from postdesk.services.reference.prices import PriceListService
from postdesk.services.reference.schedule import ScheduleService
from postdesk.services.reference.tables import read_table


@dataclass(frozen=True)
class ParsedFile:
    kind: ImportKind
    source: str
    rows: tuple[Any, ...]


def import_kind(text: str) -> ImportKind:
    try:
        return ImportKind(text.strip().lower())
    except ValueError:
        raise UserError(
            translate(
                "Reference", "Unknown table «%1»: choose tariffs, delivery, schedule, forms or regions."
            ).replace("%1", text)
        ) from None


def read_file(kind: ImportKind, path: Path, mapping: Mapping[str, str] | None = None) -> ParsedFile:
    """Read and check every row; refuses the whole file on the first problems."""
    rows = parse_rows(kind, read_table(path, COLUMNS[kind], mapping))
    check_unique(kind, rows)
    return ParsedFile(kind, path.name, tuple(rows))


class ReferenceImports:
    def __init__(
        self,
        prices: PriceListService,
        delivery: DeliveryService,
        schedule: ScheduleService,
        forms: FormService,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        self._prices = prices
        self._delivery = delivery
        self._schedule = schedule
        self._forms = forms
        self._today = today

    def store(
        self,
        actor: Actor,
        parsed: ParsedFile,
        *,
        effective_from: dt.date | None = None,
        title: str = "",
        version: str = "",
    ) -> ImportResult:
        require(actor, Permission.MANAGE_REFERENCE)
        rows = list(parsed.rows)
        if parsed.kind is ImportKind.TARIFFS:
            return self._prices.store(
                actor,
                rows,
                effective_from=effective_from or self._today(),
                source=parsed.source,
                title=title,
                version=version,
            )
        if parsed.kind is ImportKind.DELIVERY:
            return self._delivery.replace(actor, rows, parsed.source)
        if parsed.kind is ImportKind.REGIONS:
            return self._delivery.regions.replace(actor, rows, parsed.source)
        if parsed.kind is ImportKind.SCHEDULE:
            return self._schedule.replace(actor, rows, parsed.source)
        return self._forms.store(actor, rows, parsed.source)

    def import_file(
        self,
        actor: Actor,
        kind: ImportKind,
        path: Path,
        mapping: Mapping[str, str] | None = None,
        **options: Any,
    ) -> ImportResult:
        """Check the role before reading anything, then read, check and store the file."""
        require(actor, Permission.MANAGE_REFERENCE)
        return self.store(actor, read_file(kind, path, mapping), **options)
