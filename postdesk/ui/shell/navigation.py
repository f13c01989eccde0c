"""The pages of the main window, in navigation order. Features add their page here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.ui.context import UiContext


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text; shown through translate("Navigation", title)
    factory: Callable[[UiContext], QWidget]


def _clients(ctx: UiContext) -> QWidget:
    from postdesk.ui.clients.clients_page import ClientsPage

    return ClientsPage(ctx)


def _acceptance(ctx: UiContext) -> QWidget:
    from postdesk.ui.counter.page import AcceptancePage

    return AcceptancePage(ctx)


def _reports(ctx: UiContext) -> QWidget:
    from postdesk.ui.records.reports_page import ReportsPage

    return ReportsPage(ctx)


def _feedback(ctx: UiContext) -> QWidget:
    from postdesk.ui.feedback.page import FeedbackPage

    return FeedbackPage(ctx)


def _debtors(ctx: UiContext) -> QWidget:
    from postdesk.ui.money.debtors_page import DebtorsPage

    return DebtorsPage(ctx)


def _prospects(ctx: UiContext) -> QWidget:
    from postdesk.ui.outreach.page import ProspectsPage

    return ProspectsPage(ctx)


def _reference(ctx: UiContext) -> QWidget:
    from postdesk.ui.reference.page import ReferencePage

    return ReferencePage(ctx)


def _quality(ctx: UiContext) -> QWidget:
    from postdesk.ui.surveys.page import QualityPage

    return QualityPage(ctx)


def _settings(ctx: UiContext) -> QWidget:
    from postdesk.ui.shell.settings_page import SettingsPage

    return SettingsPage(ctx)


PAGES: list[PageSpec] = [
    PageSpec("clients", QT_TRANSLATE_NOOP("Navigation", "Clients"), _clients),
    PageSpec("acceptance", QT_TRANSLATE_NOOP("Navigation", "Acceptance"), _acceptance),
    PageSpec("complaints", QT_TRANSLATE_NOOP("Navigation", "Complaints"), _feedback),
    PageSpec("debtors", QT_TRANSLATE_NOOP("Navigation", "Debtors"), _debtors),
    PageSpec("prospects", QT_TRANSLATE_NOOP("Navigation", "Prospects"), _prospects),
    PageSpec("quality", QT_TRANSLATE_NOOP("Navigation", "Quality"), _quality),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), _reports),
    PageSpec("reference", QT_TRANSLATE_NOOP("Navigation", "Reference"), _reference),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), _settings),
]
