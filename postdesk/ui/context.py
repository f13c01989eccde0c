"""What every page receives: the core services, the signed-in actor and the UI helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from postdesk.bootstrap import Core
from postdesk.services.context import Actor
from postdesk.services.permissions import Permission, allowed
from postdesk.ui.messages import MessageBridge
from postdesk.ui.tasks import TaskRunner


@dataclass
class UiContext:
    core: Core
    actor: Actor
    tasks: TaskRunner
    messages: MessageBridge
    # Device adapters and other long-lived Qt services, keyed by name (e.g. "scale").
    devices: dict[str, Any] = field(default_factory=dict)

    def can(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)
