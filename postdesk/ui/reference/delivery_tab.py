"""Delivery times and the transport schedule: what the operator answers when the client asks
"when will it arrive?" and "when does it leave?", and the tables behind the answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.postal.mailclasses import MAIL_TYPES
from postdesk.services.permissions import Permission
from postdesk.services.reference.data import DeliveryEstimate, Dispatch, QueueDispatch, RouteInfo
from postdesk.services.reference.importers import ImportKind
from postdesk.ui.context import UiContext
from postdesk.ui.reference.import_dialog import ImportDialog
from postdesk.ui.reference.tables import fill, read_only_table

_WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def weekday_names(digits: str) -> str:
    return ", ".join(_WEEKDAYS[int(d) - 1] for d in digits)


class DeliveryTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.import_dialog: ImportDialog | None = None
        self.plan: list[QueueDispatch] = []
        self.postcode_edit = QLineEdit(self)
        self.postcode_edit.setObjectName("deliveryPostcode")
        self.postcode_edit.setInputMask("999999;_")
        self.class_combo = QComboBox(self)
        for mail_type, info in MAIL_TYPES.items():
            self.class_combo.addItem(translate("MailType", info.title), mail_type.value)
        self.class_combo.setCurrentIndex(self.class_combo.findData("LETTER"))
        self.lookup_button = QPushButton(self.tr("&Look up"), self)
        self.lookup_button.setDefault(True)
        self.lookup_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.answer_label = QLabel(self)
        self.answer_label.setObjectName("deliveryAnswer")
        self.dispatch_label = QLabel(self)
        self.dispatch_label.setObjectName("dispatchAnswer")
        can_import = ctx.can(Permission.MANAGE_REFERENCE)
        self.import_norms_button = QPushButton(self.tr("Import &norms…"), self)
        self.import_schedule_button = QPushButton(self.tr("Import &schedule…"), self)
        for button in (self.import_norms_button, self.import_schedule_button):
            button.setVisible(can_import)
        self.routes_table = read_only_table(
            self,
            "routesTable",
            [
                self.tr("Route"),
                self.tr("Direction"),
                self.tr("Kind"),
                self.tr("Postcodes from"),
                self.tr("Days"),
                self.tr("Departs"),
                self.tr("Ready, min before"),
            ],
        )
        self.queue_table = read_only_table(
            self,
            "queuePlan",
            [self.tr("Client"), self.tr("List"), self.tr("Route"), self.tr("Departs"), self.tr("Ready by")],
        )
        ask = QHBoxLayout()
        ask.addWidget(QLabel(self.tr("To postcode"), self))
        ask.addWidget(self.postcode_edit)
        ask.addWidget(self.class_combo)
        ask.addWidget(self.lookup_button)
        ask.addStretch(1)
        ask.addWidget(self.import_norms_button)
        ask.addWidget(self.import_schedule_button)
        layout = QVBoxLayout(self)
        layout.addLayout(ask)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.dispatch_label)
        layout.addWidget(QLabel(self.tr("Transport schedule"), self))
        layout.addWidget(self.routes_table, 1)
        layout.addWidget(
            QLabel(self.tr("Batches left without the client: the departure each must be ready for"), self)
        )
        layout.addWidget(self.queue_table, 1)
        self.lookup_button.clicked.connect(self.look_up)
        self.postcode_edit.returnPressed.connect(self.look_up)
        self.import_norms_button.clicked.connect(lambda: self.open_import(ImportKind.DELIVERY))
        self.import_schedule_button.clicked.connect(lambda: self.open_import(ImportKind.SCHEDULE))
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.reference.routes(), self._show_routes)
        self.ctx.tasks.start(self.ctx.ops.reference.queue_plan(), self._show_queue)

    def _show_queue(self, plan: list[QueueDispatch]) -> None:
        self.plan = plan
        fill(
            self.queue_table,
            [
                [
                    q.client_name,
                    q.list_number,
                    f"{q.dispatch.route} {q.dispatch.name}".strip(),
                    q.dispatch.departs_at.strftime("%d.%m %H:%M"),
                    q.dispatch.ready_by.strftime("%d.%m %H:%M"),
                ]
                for q in plan
            ],
        )

    def _show_routes(self, routes: list[RouteInfo]) -> None:
        kinds = {
            "inter_regional": self.tr("inter-regional"),
            "inter_district": self.tr("inter-district"),
            "intra_district": self.tr("intra-district"),
        }
        fill(
            self.routes_table,
            [
                [
                    r.route,
                    r.name,
                    kinds[r.kind.value],
                    r.to_prefix or "*",
                    weekday_names(r.weekdays),
                    r.departs_at.strftime("%H:%M"),
                    str(r.ready_minutes),
                ]
                for r in routes
            ],
        )

    def look_up(self) -> None:
        postcode = self.postcode_edit.text().strip()
        if len(postcode) != 6:
            self.answer_label.setText(self.tr("Enter the 6-digit postcode."))
            return
        self.answer_label.clear()
        self.dispatch_label.clear()
        self.ctx.tasks.start(
            self.ctx.ops.reference.estimate(postcode, self.class_combo.currentData()),
            self._show_estimate,
            self._not_found(self.answer_label),
        )
        self.ctx.tasks.start(
            self.ctx.ops.reference.next_dispatch(postcode),
            self._show_dispatch,
            self._not_found(self.dispatch_label),
        )

    def _not_found(self, label: QLabel) -> Callable[[BaseException], bool]:
        def show(error: BaseException) -> bool:
            message = getattr(error, "message", None)
            if message is None:
                return False
            label.setText(message)
            return True

        return show

    def _show_estimate(self, found: DeliveryEstimate) -> None:
        self.answer_label.setText(
            self.tr("From %1 to %2: %3 days, arrives by %4.")
            .replace("%1", found.from_postcode)
            .replace("%2", found.to_postcode)
            .replace("%3", str(found.days))
            .replace("%4", found.arrives_by.strftime("%d.%m.%Y"))
        )

    def _show_dispatch(self, found: Dispatch) -> None:
        self.dispatch_label.setText(
            self.tr("Next dispatch: route %1 at %2; have the mail ready by %3.")
            .replace("%1", f"{found.route} {found.name}".strip())
            .replace("%2", found.departs_at.strftime("%d.%m.%Y %H:%M"))
            .replace("%3", found.ready_by.strftime("%H:%M"))
        )

    def open_import(self, kind: ImportKind) -> ImportDialog:
        self.import_dialog = ImportDialog(self.ctx, kind, self)
        self.import_dialog.imported.connect(lambda _r: self.refresh())
        self.import_dialog.open()
        return self.import_dialog
