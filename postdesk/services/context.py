"""Who is acting and where: passed to every service call."""

from __future__ import annotations

from dataclasses import dataclass

from postdesk.models.users import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    full_name: str
    role: Role
    workstation: str = ""

    @classmethod
    def system(cls, reason: str = "system") -> Actor:
        """The actor for administrative commands run from the console (recorded as such)."""
        return cls(user_id=None, login=reason, full_name=reason, role=Role.ADMIN, workstation="console")
