"""Sensitive workstation settings need an administrator and are audited without the password."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import select

from postdesk.common import settings as s
from postdesk.common.errors import PermissionDenied
from postdesk.db.backup import sqlite_file
from postdesk.models import AuditEntry


def test_only_an_administrator_changes_the_postcode_and_the_database(sqlite_core, sqlite_staff):
    service = sqlite_core.workstation_settings
    with pytest.raises(PermissionDenied):
        service.change(sqlite_staff.supervisor, {s.OFFICE_POSTCODE: "430005"})
    assert sqlite_core.settings.get(s.OFFICE_POSTCODE) == ""
    # ordinary settings stay the operator's, and are not audited
    assert service.change(sqlite_staff.operator, {s.LANGUAGE: "en"}) == ["ui.language"]
    url = "postgresql://desk:s3cret@db.example/postdesk"
    changed = service.change(sqlite_staff.admin, {s.OFFICE_POSTCODE: "430005", s.DATABASE_URL: url})
    assert set(changed) == {"workstation.office_postcode", "database.url"}
    assert sqlite_core.settings.get(s.DATABASE_URL) == url
    with sqlite_core.uow() as tx:
        entries = {
            e.object_id: e.after
            for e in tx.session.scalars(select(AuditEntry).where(AuditEntry.action == "setting_change"))
        }
    assert entries["workstation.office_postcode"] == {"value": "430005"}
    assert "s3cret" not in str(entries["database.url"]) and "db.example" in str(entries["database.url"])


def test_only_an_administrator_changes_the_letterhead_and_the_mail_server(sqlite_core, sqlite_staff):
    service = sqlite_core.workstation_settings
    for setting, value in (
        (s.OFFICE_NAME, "ОПС Саранск 5"),
        (s.SMTP_HOST, "mail.example"),
        (s.SMTP_PASSWORD, "pw"),
    ):
        with pytest.raises(PermissionDenied):
            service.change(sqlite_staff.supervisor, {setting: value})
        assert sqlite_core.settings.get(setting) == setting.default
    changed = service.change(sqlite_staff.admin, {s.SMTP_HOST: "mail.example", s.SMTP_PASSWORD: "t0p-s3cret"})
    assert set(changed) == {s.SMTP_HOST.key, s.SMTP_PASSWORD.key}
    with sqlite_core.uow() as tx:
        audited = [str(e.after) for e in tx.session.scalars(select(AuditEntry))]
    assert any("mail.example" in entry for entry in audited)
    assert not any("t0p-s3cret" in entry for entry in audited)


def test_settings_file_and_database_are_private(sqlite_core, sqlite_staff):
    sqlite_core.workstation_settings.change(sqlite_staff.admin, {s.OFFICE_POSTCODE: "430005"})
    settings_file = sqlite_core.settings.path
    assert settings_file is not None
    database = sqlite_file(sqlite_core.engine)
    assert database is not None
    for path in (settings_file, database):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
