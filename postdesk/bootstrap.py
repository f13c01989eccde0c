"""The one place that wires the Qt-free core together: settings, database, services.

Both the command line and the GUI call :func:`build_core`; the GUI adds its Qt parts on top
in ``postdesk.ui.application``. Nothing here is global: callers hold the returned object.
"""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from postdesk.common import settings as s
from postdesk.common.paths import AppPaths
from postdesk.common.settings import SettingsStore
from postdesk.db.engine import make_engine, sqlite_url
from postdesk.db.migrate import upgrade_to_head
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.services.audit import AuditService
from postdesk.services.clients import ClientService
from postdesk.services.users import UserService
from postdesk.services.weighings import WeighingService

log = logging.getLogger(__name__)


@dataclass
class Core:
    """Everything below the UI, built once per process."""

    paths: AppPaths
    settings: SettingsStore
    engine: Engine
    uow: UnitOfWorkFactory
    users: UserService
    clients: ClientService
    audit: AuditService
    weighings: WeighingService

    @property
    def workstation_name(self) -> str:
        return self.settings.get(s.WORKSTATION_NAME) or socket.gethostname()

    @property
    def office_postcode(self) -> str:
        return self.settings.get(s.OFFICE_POSTCODE)

    def close(self) -> None:
        self.engine.dispose()


def database_url(settings: SettingsStore, paths: AppPaths) -> str:
    """``POSTDESK_DATABASE_URL`` or the setting, else the embedded SQLite file."""
    return settings.get(s.DATABASE_URL) or sqlite_url(paths.default_database_file)


def build_core(
    *,
    paths: AppPaths | None = None,
    settings: SettingsStore | None = None,
    url: str | None = None,
    migrate: bool = True,
) -> Core:
    paths = (paths or AppPaths.from_environment()).ensure()
    settings = settings or SettingsStore(paths.settings_file)
    engine = make_engine(url or database_url(settings, paths))
    if migrate:
        upgrade_to_head(engine)
    uow = UnitOfWorkFactory(engine)
    return Core(
        paths=paths,
        settings=settings,
        engine=engine,
        uow=uow,
        users=UserService(uow),
        clients=ClientService(uow, expiry_warning_days=settings.get(s.CONTRACT_EXPIRY_WARNING_DAYS)),
        audit=AuditService(uow),
        weighings=WeighingService(uow),
    )


def demo_paths(base: Path) -> AppPaths:
    return AppPaths(data_dir=base / "data", config_dir=base / "config", log_dir=base / "logs")
