"""Where postdesk keeps its files: user data, configuration, logs and the shipped resources.

Every location can be overridden with an environment variable so that tests, demos and
administrators can point the program elsewhere without touching code.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "postdesk"
APP_AUTHOR = "postdesk"

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class AppPaths:
    """The folders one running program uses."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def from_environment(cls) -> AppPaths:
        """Platform folders, or ``POSTDESK_HOME`` (one folder holding all three) when set."""
        home = os.environ.get("POSTDESK_HOME")
        if home:
            base = Path(home)
            return cls(data_dir=base / "data", config_dir=base / "config", log_dir=base / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
        )

    def ensure(self) -> AppPaths:
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self

    @property
    def default_database_file(self) -> Path:
        return self.data_dir / "postdesk.sqlite3"

    @property
    def demo_database_file(self) -> Path:
        return self.data_dir / "demo.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"


def create_private_file(path: Path) -> None:
    """Create ``path`` (if missing) readable and writable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    path.chmod(0o600)


def resource_path(*parts: str) -> Path:
    """A file shipped in ``resources/`` (``POSTDESK_RESOURCES`` overrides the folder)."""
    base = Path(os.environ.get("POSTDESK_RESOURCES", RESOURCES_DIR))
    return base.joinpath(*parts)
