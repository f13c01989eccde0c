"""What every page receives, built once in ``ui/application.py`` and passed down; no globals.

Screens start work through ``ops`` (declared operations, run by ``tasks``) and never call the
core's services themselves; ``core`` is here for the operations and for the wiring only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from postdesk.bootstrap import Core
from postdesk.common.settings import SettingsStore
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, allowed
from postdesk.ui.messages import MessageBridge
from postdesk.ui.operations import Operations
from postdesk.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from postdesk.devices.qt.scale_service import ScaleService


@dataclass(frozen=True)
class SettingsSection:
    """One section of the Settings page: its object name and how to build it."""

    name: str
    build: Callable[[UiContext], QWidget]


@dataclass
class UiContext:
    core: Core
    actor: Actor
    tasks: TaskRunner
    messages: MessageBridge
    scale: ScaleService | None = None
    settings_sections: Sequence[SettingsSection] = ()
    ops: Operations = field(init=False)

    def __post_init__(self) -> None:
        self.ops = Operations.of(self.core, self.actor)

    @property
    def settings(self) -> SettingsStore:
        """This workstation's settings (read and written at once: a small local file)."""
        return self.core.settings

    @property
    def workstation_name(self) -> str:
        return self.core.workstation_name

    @property
    def database_description(self) -> str:
        """Which database this window works on, without any password."""
        from postdesk.db.engine import describe

        return describe(self.core.engine)

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)
