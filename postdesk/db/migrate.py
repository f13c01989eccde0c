"""Alembic migrations applied at start-up and by ``postdesk db upgrade``."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "file_template", "%%(year)d%%(month).2d%%(day).2d_%%(hour).2d%%(minute).2d_%%(slug)s"
    )
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


class SchemaTooNew(UserError):
    """The database was migrated by a newer program than this one."""


def check_known(engine: Engine) -> str | None:
    """The database's revision; refuses, in plain words, a schema this program does not know."""
    revision = current_revision(engine)
    scripts = script_directory()
    if revision is not None and revision not in {s.revision for s in scripts.walk_revisions()}:
        raise SchemaTooNew(
            translate(
                "Database",
                "The database was set up by a newer version of postdesk (schema %1); this program "
                "knows schemas up to %2. Install the newer version of postdesk on this workstation "
                "and start it again.",
            )
            .replace("%1", revision)
            .replace("%2", str(scripts.get_current_head()))
        )
    return revision


def is_at_head(engine: Engine) -> bool:
    return check_known(engine) == script_directory().get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    if is_at_head(engine):
        return
    log.info("upgrading database schema from %s", current_revision(engine))
    command.upgrade(alembic_config(engine), "head")
