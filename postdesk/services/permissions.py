"""What each role may do. Checked in the service layer, whatever the UI shows or hides."""

from __future__ import annotations

import enum

from postdesk.common.errors import PermissionDenied
from postdesk.common.i18n import QT_TRANSLATE_NOOP, translate
from postdesk.models.users import Role
from postdesk.services.context import Actor


class Permission(enum.Enum):
    VIEW_CLIENTS = "view_clients"
    EDIT_CLIENTS = "edit_clients"
    EDIT_CONTRACTS = "edit_contracts"
    VIEW_AUDIT = "view_audit"
    MANAGE_USERS = "manage_users"
    ACCEPT_BATCHES = "accept_batches"
    VOID_ACCEPTED = "void_accepted"
    CONFIGURE_WORKSTATION = "configure_workstation"
    ENTER_PAYMENTS = "enter_payments"
    OVERRIDE_ACCEPTANCE = "override_acceptance"
    SEND_REMINDERS = "send_reminders"


_OPERATOR = {
    Permission.VIEW_CLIENTS,
    Permission.EDIT_CLIENTS,
    Permission.ACCEPT_BATCHES,
    Permission.CONFIGURE_WORKSTATION,
}
_SUPERVISOR = _OPERATOR | {
    Permission.EDIT_CONTRACTS,
    Permission.VIEW_AUDIT,
    Permission.VOID_ACCEPTED,
    Permission.ENTER_PAYMENTS,
    Permission.OVERRIDE_ACCEPTANCE,
    Permission.SEND_REMINDERS,
}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_USERS}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: frozenset(_OPERATOR),
    Role.SUPERVISOR: frozenset(_SUPERVISOR),
    Role.ADMIN: frozenset(_ADMIN),
}

ROLE_TITLES: dict[Role, str] = {
    Role.OPERATOR: QT_TRANSLATE_NOOP("Roles", "Operator"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Roles", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


def allowed(actor: Actor, permission: Permission) -> bool:
    return permission in GRANTS[actor.role]


def require(actor: Actor, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(
            translate("Permissions", "Your role does not allow this action. Ask a supervisor.")
        )
