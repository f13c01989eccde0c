"""The tariff versions known to this workstation: shipped samples plus the administrator's files.

Files in the data folder's ``tariffs`` directory win over shipped ones of the same version, so
an administrator installs the official table without touching the program.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from postdesk.tariffs.loader import TariffBook
from postdesk.tariffs.model import TariffInfo, TariffTable


class TariffService:
    def __init__(self, folders: Sequence[Path], today: Callable[[], dt.date] = dt.date.today) -> None:
        self.folders = tuple(folders)
        self._today = today
        self._book: TariffBook | None = None

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
