"""The documented PostgreSQL roles: migrations as the owner, the application as a role that
may only INSERT and SELECT on the audit log (docs/postgresql-roles.sql, run as written)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from postdesk.db.engine import make_engine, normalise_url
from postdesk.db.migrate import upgrade_to_head
from postdesk.postal.requisites import inn_check_digits
from postdesk.services.clients.data import ClientDraft
from postdesk.services.context import Actor
from tests.support.core import PASSWORD, make_core, make_staff

SCRIPT = Path(__file__).resolve().parents[3] / "docs" / "postgresql-roles.sql"


def _statements(section: str) -> list[str]:
    return [s.strip() for s in re.sub(r"--[^\n]*", "", section).split(";") if s.strip()]


def test_the_application_runs_under_the_documented_postgresql_roles(postgres_url, app_paths):
    suffix = uuid.uuid4().hex[:8]
    names = {
        "postdesk_owner": f"pd_owner_{suffix}",
        "postdesk_app": f"pd_app_{suffix}",
        "postdesk": f"pd_{suffix}",
    }
    script = SCRIPT.read_text(encoding="utf-8")
    for placeholder, name in names.items():  # \b: "postdesk" never matches inside a role name
        script = re.sub(rf"\b{placeholder}\b", name, script)
    second = script.index("-- 2.")
    as_superuser, as_owner = script[:second], script[second:]
    server = make_url(normalise_url(postgres_url))
    superuser = create_engine(server.set(database="postgres"), isolation_level="AUTOCOMMIT")

    def url(role: str) -> str:
        return server.set(username=role, password="x", database=names["postdesk"]).render_as_string(
            hide_password=False
        )

    try:
        with superuser.connect() as connection:
            for statement in _statements(as_superuser):
                connection.execute(text(statement))
        owner = make_engine(url(names["postdesk_owner"]))
        upgrade_to_head(owner)
        with owner.begin() as connection:
            for statement in _statements(as_owner):
                connection.execute(text(statement))
        owner.dispose()

        core = make_core(url(names["postdesk_app"]), app_paths)
        try:
            staff = make_staff(core)
            with pytest.raises(Exception, match="Неверный"):
                core.users.authenticate("operator", "wrong-1", "ws")
            operator = core.users.authenticate("operator", PASSWORD, "ws")
            draft = ClientDraft(
                full_name="ООО «Ромашка»",
                short_name="Ромашка",
                inn=inn_check_digits("132611111"),
                kpp="132601001",
            )
            core.clients.save_client(operator, draft)
            core.users.reset_password(staff.admin, "operator", "another-pass-2")
            assert core.audit.verify(Actor.system("tests")).intact
            for statement in (
                "UPDATE audit_log SET action = 'x'",
                "DELETE FROM audit_log",
                "TRUNCATE audit_log",
            ):
                with (
                    pytest.raises(ProgrammingError, match="permission denied"),
                    core.engine.begin() as connection,
                ):
                    connection.execute(text(statement))
        finally:
            core.close()
    finally:
        with superuser.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{names["postdesk"]}" WITH (FORCE)'))
            for role in (names["postdesk_app"], names["postdesk_owner"]):
                connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        superuser.dispose()
