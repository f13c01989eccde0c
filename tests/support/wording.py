"""Finding the tables that give every member of an enum its wording, to test they are complete.

A module-level dict whose keys are members of one enum (or their string values, for the
printed forms) is a wording table: a member missing from it would show a raw code to a user
or fail with a KeyError on the day that member first appears.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import postdesk


@dataclass(frozen=True)
class Table:
    where: str  # "module.NAME"
    enum_type: type[enum.Enum]
    keys: frozenset[object]
    identity: int  # the same dict imported into another module is the same table

    def missing(self) -> list[str]:
        return [m.name for m in self.enum_type if m not in self.keys and m.value not in self.keys]


def modules(prefixes: tuple[str, ...], skip: tuple[str, ...] = ()) -> Iterator[ModuleType]:
    """The modules under ``prefixes``, found on disk (importing a package to list it could load Qt)."""
    root = Path(postdesk.__file__).parent
    for path in sorted(root.rglob("*.py")):
        parts = ("postdesk", *path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if parts[-1] == "__main__" or ".migrations" in name:
            continue  # importing __main__ would start the program
        if not name.startswith(prefixes) or name.startswith(skip):
            continue
        yield importlib.import_module(name)


def enum_tables(module: ModuleType) -> Iterator[Table]:
    for attribute, value in vars(module).items():
        named_as_table = attribute.isupper() or attribute.startswith("_")
        if not isinstance(value, dict) or not value or not named_as_table:
            continue
        keys = list(value)
        kinds = {type(k) for k in keys}
        if len(kinds) == 1 and issubclass(next(iter(kinds)), enum.Enum):
            enum_type = next(iter(kinds))
            if enum_type.__module__.startswith("postdesk."):
                yield Table(f"{module.__name__}.{attribute}", enum_type, frozenset(keys), id(value))


def incomplete(prefixes: tuple[str, ...], partial: dict[str, str], skip: tuple[str, ...] = ()) -> list[str]:
    """Tables that leave out members, other than those known to be partial (with the reason why)."""
    tables = [table for module in modules(prefixes, skip) for table in enum_tables(module)]
    known_partial = {table.identity for table in tables if table.where in partial}
    found = []
    for table in tables:
        if table.identity in known_partial:
            continue  # a partial table, or the same table imported elsewhere
        if gaps := table.missing():
            found.append(f"{table.where} lacks {table.enum_type.__name__}: {', '.join(gaps)}")
    return found


def string_table_gaps(table: dict[str, str], enum_type: type[enum.Enum]) -> list[str]:
    """For tables keyed by code strings (the printed forms' fixed Russian wording)."""
    return [m.name for m in enum_type if m.value not in table]
