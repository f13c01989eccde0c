"""The Reference page: the shelf the workstation is supplied with, one tab per table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from postdesk.ui.context import UiContext
from postdesk.ui.reference.delivery_tab import DeliveryTab
from postdesk.ui.reference.documents_tab import DocumentsTab
from postdesk.ui.reference.forms_tab import FormsTab
from postdesk.ui.reference.organisations import OrganisationsTab
from postdesk.ui.reference.tariffs_tab import TariffsTab


class ReferencePage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("referenceTabs")
        self.tariffs = TariffsTab(ctx, self)
        self.delivery = DeliveryTab(ctx, self)
        self.forms = FormsTab(ctx, self)
        self.organisations = OrganisationsTab(ctx, self)
        self.documents = DocumentsTab(ctx, self)
        self.tabs.addTab(self.tariffs, self.tr("&Tariffs"))
        self.tabs.addTab(self.delivery, self.tr("Delivery and &dispatch"))
        self.tabs.addTab(self.forms, self.tr("&Forms and packaging"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.addTab(self.documents, self.tr("&Guiding documents"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for number in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n))
