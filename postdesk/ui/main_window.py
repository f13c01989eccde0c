"""The main window: navigation on the left, one page at a time, a status bar with context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from postdesk.services.permissions import ROLE_TITLES
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

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.navigation.setCurrentRow(0)

    def page(self, key: str) -> QWidget:
        return self._pages[key]

    def show_page(self, key: str) -> None:
        keys = [spec.key for spec in self._specs]
        self.navigation.setCurrentRow(keys.index(key))

    def add_status_widget(self, widget: QWidget) -> None:
        """For device indicators (scale link, printer) owned by other features."""
        self.statusBar().insertPermanentWidget(0, widget)
