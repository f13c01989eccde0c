"""Changing this workstation's settings, with the sensitive ones kept to administrators.

The office postcode is the prefix of every ШПИ printed here, the database address decides
where everything is written, and the sign-in and backup rules guard the accounts: changing
any of them needs an administrator and leaves an audit entry (the address without password).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from postdesk.common import settings as s
from postdesk.common.settings import Setting, SettingsStore
from postdesk.db.engine import url_without_password
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, require

_OFFICE_SET_UP = ("accounts.", "letters.", "mail.")
PROTECTED_SETTINGS: frozenset[str] = frozenset(
    {
        s.OFFICE_POSTCODE.key,
        s.DATABASE_URL.key,
        s.WORKSTATION_NAME.key,
        s.BACKUP_DAILY.key,
        s.BACKUP_KEEP.key,
        # The sign-in rules, and the office's letterhead and mail server (the office set-up).
        *(
            setting.key
            for setting in s.declared()
            if setting.key.startswith(("accounts.", "letters.", "mail."))
        ),
    }
)


def _shown(setting: Setting[Any], value: object) -> object:
    """What the audit log keeps of a value: never a password."""
    if setting is s.DATABASE_URL:
        return url_without_password(str(value))
    if setting is s.SMTP_PASSWORD:
        return "(set)" if value else ""
    return value


class WorkstationSettingsService:
    def __init__(self, uow: UnitOfWorkFactory, store: SettingsStore) -> None:
        self._uow = uow
        self._store = store

    @staticmethod
    def is_protected(setting: Setting[Any]) -> bool:
        return setting.key in PROTECTED_SETTINGS

    def change(self, actor: Actor, values: Mapping[Setting[Any], Any]) -> list[str]:
        """Store the values that differ; returns the keys changed. All or nothing on refusal."""
        changes = {
            setting: setting.coerce(value)
            for setting, value in values.items()
            if self._store.get(setting) != setting.coerce(value)
        }
        require(actor, Permission.CONFIGURE_WORKSTATION)
        protected = [setting for setting in changes if self.is_protected(setting)]
        if protected:
            require(actor, Permission.ADMINISTER_WORKSTATION)
            with self._uow() as tx:
                for setting in protected:
                    audit.record(
                        tx.session,
                        actor,
                        "setting_change",
                        "setting",
                        setting.key,
                        before={"value": _shown(setting, self._store.get(setting))},
                        after={"value": _shown(setting, changes[setting])},
                    )
                tx.commit()
        for setting, value in changes.items():
            self._store.set(setting, value)
        return [setting.key for setting in changes]
