"""A setting's declaration (key, type, default, label) and the one registry of declared settings.

Each section module declares its settings with :func:`declare` at import; the package imports
every section, so a key is declared once and reading an undeclared key is a ``KeyError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

T = TypeVar("T", str, int, bool, float)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One declared setting; ``choices`` limits a string setting to known values."""

    key: str
    type: type[T]
    default: T
    label: str
    choices: tuple[str, ...] = ()
    env: str = ""

    def coerce(self, raw: object) -> T:
        if not isinstance(raw, str | int | float):
            raise TypeError(f"{self.key}: {raw!r} is not a {self.type.__name__}")
        converter = cast(Callable[[object], T], _parse_bool if self.type is bool else self.type)
        value = converter(raw)
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.key}: {value!r} is not one of {self.choices}")
        return value


def _parse_bool(raw: object) -> bool:
    return raw.strip().lower() in {"1", "true", "yes", "on"} if isinstance(raw, str) else bool(raw)


_REGISTRY: dict[str, Setting[Any]] = {}


def declare(setting: Setting[T]) -> Setting[T]:
    if setting.key in _REGISTRY:
        raise ValueError(f"setting {setting.key} declared twice")
    _REGISTRY[setting.key] = setting
    return setting


def declared() -> Iterator[Setting[Any]]:
    return iter(_REGISTRY.values())


def is_declared(setting: Setting[Any]) -> bool:
    return setting.key in _REGISTRY
