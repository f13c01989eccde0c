"""Operations of the signed-in person's session and of the administrator's accounts and settings."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from postdesk.bootstrap import Core
from postdesk.common.settings import Setting
from postdesk.services.context import Actor
from postdesk.services.users import UserInfo
from postdesk.ui.operations.base import Operation


class AccountOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def record_session_event(self, action: str) -> Operation[None]:
        """«screen_locked» or «logout», audited."""
        users, actor = self._core.users, self._actor
        return Operation.database(action, lambda: users.record_session_event(actor, action))

    def unlock(self, password: str) -> Operation[Actor]:
        """The same throttled, audited check as the sign-in, for the person who locked the window."""
        users, actor = self._core.users, self._actor
        return Operation.database(
            "unlock",
            lambda: users.authenticate(actor.login, password, actor.workstation, action="unlock"),
        )

    def list_users(self) -> Operation[list[UserInfo]]:
        users, actor = self._core.users, self._actor
        return Operation.database("accounts", lambda: users.list_users(actor))

    def set_active(self, login: str, active: bool) -> Operation[UserInfo]:
        users, actor = self._core.users, self._actor
        return Operation.database("enable account", lambda: users.set_active(actor, login, active))

    def reset_password(self, login: str, password: str) -> Operation[UserInfo]:
        users, actor = self._core.users, self._actor
        return Operation.database("reset password", lambda: users.reset_password(actor, login, password))


class SettingsOps:
    def __init__(self, core: Core, actor: Actor) -> None:
        self._core = core
        self._actor = actor

    def change(self, values: Mapping[Setting[Any], Any]) -> Operation[list[str]]:
        """Store changed settings; the protected ones need an administrator and are audited."""
        service, actor, chosen = self._core.workstation_settings, self._actor, dict(values)
        return Operation.database("change settings", lambda: service.change(actor, chosen))
