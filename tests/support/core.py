"""Building a real core (services on a migrated database) for tests."""

from __future__ import annotations

from dataclasses import dataclass

from postdesk.bootstrap import Core, build_core
from postdesk.common.paths import AppPaths
from postdesk.common.settings import SettingsStore
from postdesk.models.users import Role
from postdesk.services.context import Actor

PASSWORD = "correct-horse-1"


@dataclass
class Staff:
    operator: Actor
    supervisor: Actor
    admin: Actor


def make_core(url: str, paths: AppPaths) -> Core:
    settings = SettingsStore(paths.settings_file, environ={})
    return build_core(paths=paths, settings=settings, url=url)


def make_staff(core: Core, workstation: str = "test-ws") -> Staff:
    system = Actor.system("tests")
    actors = {}
    for role in Role:
        info = core.users.add_user(system, role.value, f"Test {role.value}", role, PASSWORD)
        actors[role] = Actor(info.id, info.login, info.full_name, role, workstation)
    return Staff(actors[Role.OPERATOR], actors[Role.SUPERVISOR], actors[Role.ADMIN])
