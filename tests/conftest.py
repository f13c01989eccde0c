"""Test configuration shared by every suite.

Qt runs offscreen; error dialogs are off (they become log lines); each test gets its own
folders, and databases come fresh from migrations: SQLite files, and PostgreSQL databases
cloned from a migrated template on a server the suite starts itself.
"""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["POSTDESK_ERROR_DIALOGS"] = "0"
os.environ.pop("POSTDESK_DATABASE_URL", None)
os.environ.setdefault("POSTDESK_HOME", str(Path(__file__).resolve().parent.parent / ".pytest-home"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pytest
from sqlalchemy import text

from postdesk.common.i18n import set_language
from postdesk.common.paths import AppPaths
from tests.support.pgserver import PostgresServer, PostgresUnavailable

set_language("ru")

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
TESTS_DIR = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if TESTS_DIR / "gui" in path.parents:
            item.add_marker(pytest.mark.gui)
        if TESTS_DIR / "e2e" in path.parents:
            item.add_marker(pytest.mark.e2e)
        if "postgresql" in item.name:
            item.add_marker(pytest.mark.postgres)


# --- folders -----------------------------------------------------------------------------------
@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return AppPaths(
        data_dir=tmp_path / "data", config_dir=tmp_path / "config", log_dir=tmp_path / "logs"
    ).ensure()


# --- PostgreSQL --------------------------------------------------------------------------------
_PG_SKIP_REASON: list[str] = []


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer | str]:
    """A running server, or the reason none could be started (tests then skip, or fail in CI)."""
    configured = os.environ.get("POSTDESK_TEST_PG_URL")
    if configured:
        yield configured
        return
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as exc:
        _PG_SKIP_REASON.append(str(exc))
        yield f"unavailable: {exc}"
        return
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PostgresServer | str) -> str:
    """Name of a database migrated to head, cloned for each test."""
    if isinstance(pg_server, str) and pg_server.startswith("unavailable"):
        message = f"PostgreSQL tests cannot run: {pg_server}"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    from postdesk.db.engine import make_engine
    from postdesk.db.migrate import upgrade_to_head

    admin = _admin_engine(pg_server)
    name = f"tpl_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(_url(pg_server, name))
    upgrade_to_head(engine)
    engine.dispose()
    admin.dispose()
    return name


def _url(server: PostgresServer | str, database: str) -> str:
    if isinstance(server, PostgresServer):
        return server.url(database)
    from sqlalchemy.engine import make_url

    return make_url(server).set(database=database).render_as_string(hide_password=False)


def _admin_engine(server: PostgresServer | str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    from postdesk.db.engine import normalise_url

    return create_engine(normalise_url(_url(server, "postgres")), isolation_level="AUTOCOMMIT")


@pytest.fixture
def postgres_url(pg_server: PostgresServer | str, pg_template: str) -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for one test."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = _admin_engine(pg_server)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    try:
        yield _url(pg_server, name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'postdesk.sqlite3'}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> str:
    """Runs the test once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(request.getfixturevalue("sqlite_url"))
    return str(request.getfixturevalue("postgres_url"))


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if _PG_SKIP_REASON:
        terminalreporter.write_sep("!", "PostgreSQL TESTS WERE SKIPPED", red=True, bold=True)
        terminalreporter.write_line(_PG_SKIP_REASON[0], red=True)


# --- the core on a real database ----------------------------------------------------------------
@pytest.fixture
def core(database_url: str, app_paths: AppPaths):  # type: ignore[no-untyped-def]
    from tests.support.core import make_core

    core = make_core(database_url, app_paths)
    yield core
    core.close()


@pytest.fixture
def sqlite_core(sqlite_url: str, app_paths: AppPaths):  # type: ignore[no-untyped-def]
    from tests.support.core import make_core

    core = make_core(sqlite_url, app_paths)
    yield core
    core.close()


@pytest.fixture
def staff(core):  # type: ignore[no-untyped-def]
    from tests.support.core import make_staff

    return make_staff(core)


@pytest.fixture
def sqlite_staff(sqlite_core):  # type: ignore[no-untyped-def]
    from tests.support.core import make_staff

    return make_staff(sqlite_core)
