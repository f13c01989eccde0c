"""Delivery times and the transport schedule: what the operator answers when the client asks
"when will it arrive?" and "when does it leave?", and the tables behind the answers."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.permissions import Permission
from postdesk.services.reference.data import QueueDispatch, RouteInfo
from postdesk.services.reference.importers import ImportKind
from postdesk.ui.context import UiContext
from postdesk.ui.reference.import_dialog import ImportDialog
from postdesk.ui.reference.lookup import DeliveryLookup
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
        self.lookup = DeliveryLookup(ctx, self)
        self.postcode_edit = self.lookup.postcode_edit
        self.class_combo = self.lookup.class_combo
        self.answer_label = self.lookup.answer_label
        self.dispatch_label = self.lookup.dispatch_label
        can_import = ctx.can(Permission.MANAGE_REFERENCE)
        self.import_norms_button = QPushButton(self.tr("Import &norms…"), self)
        self.import_schedule_button = QPushButton(self.tr("Import &schedule…"), self)
        self.import_regions_button = QPushButton(self.tr("Import re&gions…"), self)
        self.import_regions_button.setToolTip(
            self.tr("Postcode prefixes of the regions and settlements the norms may name")
        )
        for button in (self.import_norms_button, self.import_schedule_button, self.import_regions_button):
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
                self.tr("On holidays"),
            ],
        )
        self.queue_table = read_only_table(
            self,
            "queuePlan",
            [self.tr("Client"), self.tr("List"), self.tr("Route"), self.tr("Departs"), self.tr("Ready by")],
        )
        imports = QHBoxLayout()
        imports.addStretch(1)
        imports.addWidget(self.import_norms_button)
        imports.addWidget(self.import_schedule_button)
        imports.addWidget(self.import_regions_button)
        layout = QVBoxLayout(self)
        layout.addLayout(imports)
        layout.addWidget(self.lookup)
        layout.addWidget(QLabel(self.tr("Transport schedule"), self))
        layout.addWidget(self.routes_table, 1)
        layout.addWidget(
            QLabel(self.tr("Batches left without the client: the departure each must be ready for"), self)
        )
        layout.addWidget(self.queue_table, 1)
        self.import_norms_button.clicked.connect(lambda: self.open_import(ImportKind.DELIVERY))
        self.import_schedule_button.clicked.connect(lambda: self.open_import(ImportKind.SCHEDULE))
        self.import_regions_button.clicked.connect(lambda: self.open_import(ImportKind.REGIONS))
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
        holidays = {"skip": self.tr("no departure"), "runs": self.tr("departs")}
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
                    holidays[r.holidays.value],
                ]
                for r in routes
            ],
        )

    def look_up(self) -> None:
        self.lookup.look_up()

    def open_import(self, kind: ImportKind) -> ImportDialog:
        self.import_dialog = ImportDialog(self.ctx, kind, self)
        self.import_dialog.imported.connect(lambda _r: self.refresh())
        self.import_dialog.open()
        return self.import_dialog
