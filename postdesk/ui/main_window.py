"""The main window: navigation on the left, one page at a time, a status bar with context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from postdesk.common import settings as s
from postdesk.services.permissions import ROLE_TITLES
from postdesk.ui.accounts.idle_lock import IdleWatcher, UnlockDialog
from postdesk.ui.context import UiContext
from postdesk.ui.shell.navigation import PAGES, PageSpec


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, pages: list[PageSpec] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("postdesk: corporate clients counter"))
        self.resize(1280, 800)
        self._specs = pages or PAGES
        self._pages: dict[str, QWidget] = {}

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(240)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setWordWrap(True)
        self.navigation.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget(self)
        for index, spec in enumerate(self._specs):
            item = QListWidgetItem(QCoreApplication.translate("Navigation", spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            page = spec.factory(ctx)
            page.setObjectName(f"page_{spec.key}")
            self._pages[spec.key] = page
            self.stack.addWidget(page)
            if index < 9:
                action = QAction(self)
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
                action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
                self.addAction(action)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._central = central

        actor = ctx.actor
        role = QCoreApplication.translate("Roles", ROLE_TITLES[actor.role])
        self.user_label = QLabel(
            self.tr("%1 (%2)").replace("%1", actor.full_name or actor.login).replace("%2", role)
        )
        self.place_label = QLabel(
            self.tr("%1 · %2").replace("%1", actor.workstation).replace("%2", ctx.database_description)
        )
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.place_label)

        # Sign-out closes the window; run_gui then shows the sign-in dialog again.
        self.signed_out = False
        self.unlock_dialog: UnlockDialog | None = None
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.addAction(self.sign_out_action)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(self.lock_action)
        account_menu.addAction(self.sign_out_action)
        idle_minutes = ctx.settings.get(s.IDLE_LOCK_MINUTES)
        self.idle_watcher: IdleWatcher | None = None
        if idle_minutes > 0:
            self.idle_watcher = IdleWatcher(idle_minutes, self)
            self.idle_watcher.idle.connect(self.lock)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.navigation.setCurrentRow(0)

    def lock(self) -> None:
        """Cover the window until the signed-in person types their password again (audited)."""
        if self.unlock_dialog is not None:
            return
        if self.idle_watcher is not None:
            self.idle_watcher.pause()
        self._central.hide()
        self.ctx.tasks.start(self.ctx.ops.accounts.record_session_event("screen_locked"))
        self.unlock_dialog = UnlockDialog(self.ctx, self)
        self.unlock_dialog.unlocked.connect(self._unlocked)
        self.unlock_dialog.sign_out_requested.connect(self.sign_out)
        self.unlock_dialog.open()

    @property
    def locked(self) -> bool:
        return self.unlock_dialog is not None

    def _unlocked(self, _actor: object) -> None:
        self._central.show()
        if self.unlock_dialog is not None:
            self.unlock_dialog.deleteLater()
        self.unlock_dialog = None
        if self.idle_watcher is not None:
            self.idle_watcher.resume()

    def sign_out(self) -> None:
        """Audit the sign-out and close; the application asks for a sign-in again."""
        self.signed_out = True
        if self.idle_watcher is not None:
            self.idle_watcher.stop()
        if self.unlock_dialog is not None:
            self.unlock_dialog.done(0)
        self.ctx.tasks.start(self.ctx.ops.accounts.record_session_event("logout"), self._close_after_sign_out)

    def _close_after_sign_out(self, _result: None) -> None:
        self.close()

    def work_in_progress(self) -> list[str]:
        """What the pages say is under way (a batch being weighed...), to confirm before quitting."""
        found = []
        for page in self._pages.values():
            describe = getattr(page, "work_in_progress", None)
            text = describe() if callable(describe) else None
            if text:
                found.append(text)
        return found

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quitting (Ctrl+Q, the window's close button) asks first while work is under way."""
        pending = [] if self.signed_out else self.work_in_progress()
        if pending:
            answer = QMessageBox.question(
                self,
                self.tr("Quit postdesk"),
                "\n".join(pending) + "\n\n" + self.tr("Quit anyway? What is stored stays stored."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        super().closeEvent(event)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in self._specs]
        self.navigation.setCurrentRow(keys.index(key))

    def add_status_widget(self, widget: QWidget) -> None:
        """For device indicators (scale link, printer) owned by other features."""
        self.statusBar().insertPermanentWidget(0, widget)
