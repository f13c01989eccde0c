"""Operations before anyone is signed in: the sign-in itself."""

from __future__ import annotations

from postdesk.bootstrap import Core
from postdesk.services.context import Actor
from postdesk.ui.operations.base import Operation


class SignInOps:
    def __init__(self, core: Core) -> None:
        self._core = core

    def authenticate(self, login: str, password: str) -> Operation[Actor]:
        core = self._core
        return Operation.database(
            "sign in",
            lambda: core.users.authenticate(login, password, core.workstation_name, core.office_postcode),
        )
