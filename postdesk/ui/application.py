"""Starting the GUI: the Qt half of the wiring (the core half is ``postdesk.bootstrap``)."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from postdesk.bootstrap import Core
from postdesk.common import settings as s
from postdesk.common.logs import RingBufferHandler
from postdesk.common.paths import resource_path
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.services.context import Actor
from postdesk.ui import qtlog
from postdesk.ui.context import SettingsSection, UiContext
from postdesk.ui.crash import CrashHandler
from postdesk.ui.feedback.wiring import attach_feedback_counter
from postdesk.ui.login_dialog import LoginDialog
from postdesk.ui.main_window import MainWindow
from postdesk.ui.messages import MessageBridge, MessagePresenter
from postdesk.ui.scales.wiring import attach_scale, create_scale_service
from postdesk.ui.tasks import TaskRunner
from postdesk.ui.translator import install_translations

log = logging.getLogger(__name__)


@dataclass
class GuiParts:
    """The Qt services of one running application (what tests build too)."""

    messages: MessageBridge
    presenter: MessagePresenter
    crash: CrashHandler
    tasks: TaskRunner


def build_gui_parts(
    core: Core, ring: RingBufferHandler | None, *, dialogs: bool, synchronous: bool = False
) -> GuiParts:
    messages = MessageBridge()
    presenter = MessagePresenter(messages, dialogs=dialogs)
    crash = CrashHandler(core.paths.log_dir, ring, dialogs=dialogs, on_user_error=messages.user_error)
    tasks = TaskRunner(crash.handle, synchronous=synchronous)
    return GuiParts(messages, presenter, crash, tasks)


def settings_sections(scale: ScaleService) -> tuple[SettingsSection, ...]:
    """The Settings page's sections beyond the workstation's own, in the order shown."""
    from postdesk.ui.accounts.users_section import UsersSection
    from postdesk.ui.printing.settings_section import PrintSettings
    from postdesk.ui.reference.office_section import OfficeSetupSection
    from postdesk.ui.scales.settings_section import ScaleSettingsSection
    from postdesk.ui.surveys.settings_section import SurveySettings

    return (
        SettingsSection("accounts", UsersSection),
        SettingsSection("printing", PrintSettings),
        SettingsSection("scales", lambda ctx: ScaleSettingsSection(ctx, scale)),
        SettingsSection("office", OfficeSetupSection),
        SettingsSection("surveys", SurveySettings),
    )


def open_main_window(core: Core, parts: GuiParts, actor: Actor) -> MainWindow:
    scale = create_scale_service(core.settings)
    ctx = UiContext(
        core=core,
        actor=actor,
        tasks=parts.tasks,
        messages=parts.messages,
        scale=scale,
        settings_sections=settings_sections(scale),
    )
    window = MainWindow(ctx)
    attach_scale(scale, core.settings, window)
    attach_feedback_counter(ctx, window)
    parts.presenter.parent_widget = window
    parts.presenter.status_sink = window.statusBar()
    return window


def run_gui(
    core: Core,
    ring: RingBufferHandler | None,
    *,
    actor: Actor | None = None,
    on_window: Callable[[MainWindow], object] | None = None,
) -> int:
    """Show the sign-in dialog (unless ``actor`` is given) and run the event loop.

    ``on_window`` is called with the shown main window (the demo adds its scale simulator there).
    """
    qtlog.install()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("postdesk")
    app.setOrganizationName("postdesk")
    icon_file = resource_path("icons", "postdesk.svg")
    if icon_file.exists():
        app.setWindowIcon(QIcon(str(icon_file)))
    translators = install_translations(app, core.settings.get(s.LANGUAGE))
    dialogs = core.settings.get(s.ERROR_DIALOGS)
    parts = build_gui_parts(core, ring, dialogs=dialogs)
    parts.crash.install()
    try:
        while True:  # once more after each sign-out
            if actor is None:
                login = LoginDialog(core, parts.tasks)
                login.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
                login.show()
                log.info("sign-in dialog shown")
                if login.exec() != LoginDialog.DialogCode.Accepted or login.actor is None:
                    return 0
                actor = login.actor
            window = open_main_window(core, parts, actor)
            window.show()
            extra = on_window(window) if on_window is not None else None
            code = app.exec()
            del extra
            parts.tasks.wait()
            if not window.signed_out:
                return code
            log.info("signed out: %s", actor.login)
            actor = None
            window.deleteLater()
    finally:
        parts.crash.uninstall()
        del translators
