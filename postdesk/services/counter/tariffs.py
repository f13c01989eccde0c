"""The tariff versions known to this workstation: shipped samples plus the administrator's files.

Files in the data folder's ``tariffs`` directory win over shipped ones of the same version, so
an administrator installs the official table without touching the program. Price lists of the
other services come from the files' ``[[prices]]`` and from imports stored in the database
(``imported``), read on every call so every workstation sharing the database sees a new import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from postdesk.tariffs.loader import TariffBook
from postdesk.tariffs.model import PriceVersion, ServicePrice, TariffInfo, TariffTable, prices_in_force

ImportedPrices = Callable[[], Sequence[PriceVersion]]


class TariffService:
    def __init__(
        self,
        folders: Sequence[Path],
        today: Callable[[], dt.date] = dt.date.today,
        imported: ImportedPrices | None = None,
    ) -> None:
        self.folders = tuple(folders)
        self._today = today
        self._book: TariffBook | None = None
        self._imported = imported

    def book(self) -> TariffBook:
        """All versions, read on first use (a broken file raises a TariffFileError naming it)."""
        if self._book is None:
            self._book = TariffBook.load(self.folders)
        return self._book

    def reload(self) -> TariffBook:
        self._book = None
        return self.book()

    def in_force(self, day: dt.date | None = None) -> TariffTable:
        return self.book().in_force(day or self._today())

    def version(self, name: str) -> TariffTable:
        return self.book().version(name)

    def current_info(self) -> TariffInfo:
        """The version in force today; ``sample`` tells the UI to warn that the prices are not official."""
        return TariffInfo.of(self.in_force())

    def price_versions(self) -> list[PriceVersion]:
        """Every version of the service prices, files and imports, oldest first."""
        files = [
            PriceVersion(t.version, t.title, t.effective_from, t.sample, t.source, False, t.prices)
            for t in self.book().tables
            if t.prices
        ]
        stored = list(self._imported()) if self._imported else []
        return sorted([*files, *stored], key=lambda v: v.effective_from)

    def prices_in_force(self, day: dt.date | None = None) -> list[ServicePrice]:
        """Every service the office sells, at the price in force on the day (today by default)."""
        return prices_in_force(self.price_versions(), day or self._today())
