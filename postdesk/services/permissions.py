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
    # The database address, the office postcode (the ШПИ prefix) and the sign-in rules.
    ADMINISTER_WORKSTATION = "administer_workstation"
    RECORD_SERVICES = "record_services"
    VIEW_REPORTS = "view_reports"
    MANAGE_CATALOGUES = "manage_catalogues"
    REGISTER_FEEDBACK = "register_feedback"
    ANSWER_FEEDBACK = "answer_feedback"
    REFUSE_FEEDBACK = "refuse_feedback"
    EXTEND_FEEDBACK = "extend_feedback"
    ANALYSE_FEEDBACK = "analyse_feedback"
    EDIT_CALENDAR = "edit_calendar"
    SEND_MAIL = "send_mail"
    ENTER_PAYMENTS = "enter_payments"
    OVERRIDE_ACCEPTANCE = "override_acceptance"
    SEND_REMINDERS = "send_reminders"
    WORK_PROSPECTS = "work_prospects"
    MAKE_OFFERS = "make_offers"
    EDIT_LETTER_TEMPLATES = "edit_letter_templates"
    # Importing tariffs, norms and the schedule; organisations, guiding documents, form stock.
    MANAGE_REFERENCE = "manage_reference"
    ANSWER_SURVEYS = "answer_surveys"
    MANAGE_CLUB = "manage_club"
    DESIGN_SURVEYS = "design_surveys"
    VIEW_SURVEY_RESULTS = "view_survey_results"


_OPERATOR = {
    Permission.VIEW_CLIENTS,
    Permission.EDIT_CLIENTS,
    Permission.ACCEPT_BATCHES,
    Permission.CONFIGURE_WORKSTATION,
    Permission.RECORD_SERVICES,
    Permission.REGISTER_FEEDBACK,
    Permission.ANSWER_FEEDBACK,
    Permission.SEND_MAIL,
    Permission.WORK_PROSPECTS,
    Permission.ANSWER_SURVEYS,
    Permission.MANAGE_CLUB,
}
# A decision against the client (refusal, partial) and a longer deadline are a supervisor's call.
_SUPERVISOR = _OPERATOR | {
    Permission.EDIT_CONTRACTS,
    Permission.VIEW_AUDIT,
    Permission.VOID_ACCEPTED,
    Permission.VIEW_REPORTS,
    Permission.MANAGE_CATALOGUES,
    Permission.REFUSE_FEEDBACK,
    Permission.EXTEND_FEEDBACK,
    Permission.ANALYSE_FEEDBACK,
    Permission.ENTER_PAYMENTS,
    Permission.OVERRIDE_ACCEPTANCE,
    Permission.SEND_REMINDERS,
    Permission.MAKE_OFFERS,
    Permission.EDIT_LETTER_TEMPLATES,
    Permission.MANAGE_REFERENCE,
    Permission.DESIGN_SURVEYS,
    Permission.VIEW_SURVEY_RESULTS,
}
_ADMIN = _SUPERVISOR | {Permission.MANAGE_USERS, Permission.ADMINISTER_WORKSTATION, Permission.EDIT_CALENDAR}

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
