"""The workstation's settings file: read, upgraded from older formats, written privately.

Settings are stored per workstation in a small JSON file in the user's configuration folder.
The file carries a format version; :data:`UPGRADES` turn older files into the current shape.
Environment variables named by a setting win over the file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from postdesk.common.paths import create_private_file
from postdesk.common.settings.declaring import Setting, T, is_declared

log = logging.getLogger("postdesk.common.settings")

SETTINGS_FORMAT_VERSION = 1


def _upgrade_from_0(data: dict[str, Any]) -> dict[str, Any]:
    """Version 0 files were a flat mapping without a version field."""
    return {"version": 1, "values": dict(data)}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_from_0}


class SettingsStore:
    """Reads and writes the declared settings; environment variables win over the file."""

    def __init__(self, path: Path | None, environ: dict[str, str] | None = None) -> None:
        self.path = path
        self._environ = dict(os.environ if environ is None else environ)
        self._values: dict[str, Any] = {}
        if path is not None and path.exists():
            self._values = self._read(path)

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("settings file %s unreadable (%s); defaults used", path, exc)
            return {}
        if not isinstance(data, dict):
            return {}
        version = data.get("version", 0) if "values" in data else 0
        while version < SETTINGS_FORMAT_VERSION:
            data = UPGRADES[version](data)
            version = data["version"]
        values = data.get("values", {})
        return values if isinstance(values, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        if not is_declared(setting):
            raise KeyError(setting.key)
        raw: object = None
        if setting.env and self._environ.get(setting.env):
            raw = self._environ[setting.env]
        elif setting.key in self._values:
            raw = self._values[setting.key]
        if raw is None:
            return setting.default
        try:
            return setting.coerce(raw)
        except (TypeError, ValueError):
            log.warning("setting %s has a bad value %r; default used", setting.key, raw)
            return setting.default

    def overridden_by_environment(self, setting: Setting[Any]) -> bool:
        return bool(setting.env and self._environ.get(setting.env))

    def set(self, setting: Setting[T], value: T) -> None:
        if not is_declared(setting):
            raise KeyError(setting.key)
        self._values[setting.key] = setting.coerce(value)
        self.save()

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        payload = {"version": SETTINGS_FORMAT_VERSION, "values": self._values}
        tmp.unlink(missing_ok=True)
        create_private_file(tmp)  # the file may hold the database password
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(self.path)
