"""What the prospects page's buttons and keys do: dialogs, stage changes, offers and their letters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from postdesk.common.errors import ValidationFailed
from postdesk.common.money import rubles
from postdesk.services.outreach.offers import OfferResult
from postdesk.services.outreach.prospect_data import STAGE_TITLES, Conversion, ProspectRow, ProspectView
from postdesk.services.records.data import CatalogueEntry, ReasonInfo
from postdesk.ui.outreach.activity_dialog import ActivityDialog
from postdesk.ui.outreach.notices_dialog import NoticesDialog
from postdesk.ui.outreach.offer_flow import OfferFlow
from postdesk.ui.outreach.prospect_dialog import ProspectDialog
from postdesk.ui.outreach.stage_dialog import StageDialog
from postdesk.ui.outreach.template_dialog import TemplateDialog

if TYPE_CHECKING:
    from postdesk.ui.outreach.page import ProspectsPage


class PageActions:
    def __init__(self, page: ProspectsPage) -> None:
        self.page = page
        self.ctx = page.ctx
        self.prospect_dialog: ProspectDialog | None = None
        self.activity_dialog: ActivityDialog | None = None
        self.stage_dialog: StageDialog | None = None
        self.template_dialog: TemplateDialog | None = None
        self.notices_dialog: NoticesDialog | None = None
        self.offers = OfferFlow(self.ctx, page)
        self.offers.made.connect(self._offer_made)

    def describe(self, row: ProspectRow) -> str:
        parts = [row.name, QCoreApplication.translate("Prospects", STAGE_TITLES[row.stage])]
        if row.competitor_name:
            price = f" ({rubles(row.competitor_price_kop)})" if row.competitor_price_kop is not None else ""
            parts.append(
                QCoreApplication.translate("ProspectsPage", "uses %1").replace(
                    "%1", row.competitor_name + price
                )
            )
        if row.next_action_on:
            parts.append(f"{row.next_action} — {row.next_action_on:%d.%m.%Y}")
        return " · ".join(parts)

    # --- adding and editing --------------------------------------------------------------------
    def open_new(self) -> None:
        self.ctx.tasks.start(self.ctx.ops.outreach.services(), lambda services: self._edit(services, None))

    def open_edit(self) -> None:
        row = self.page.selected()
        if row is None:
            return
        ops = self.ctx.ops.outreach

        def with_services(current: ProspectView) -> None:
            self.ctx.tasks.start(ops.services(), lambda services: self._edit(services, current))

        self.ctx.tasks.start(ops.get(row.id), with_services)

    def _edit(self, services: list[CatalogueEntry], current: ProspectView | None) -> None:
        dialog = ProspectDialog(services, current, self.page)
        self.prospect_dialog = dialog
        dialog.accepted.connect(lambda: self._save(dialog))
        dialog.open()

    def _save(self, dialog: ProspectDialog) -> None:
        try:
            draft = dialog.draft()
        except ValueError:
            self.ctx.messages.warning(
                QCoreApplication.translate(
                    "ProspectsPage", "The competitor's price must be an amount in rubles, e.g. 75,50."
                )
            )
            dialog.open()
            return

        def failed(error: BaseException) -> bool:
            if isinstance(error, ValidationFailed):
                dialog.show_errors(error.errors)
            dialog.open()  # the typed values stay for correcting
            return False

        self.ctx.tasks.start(self.ctx.ops.outreach.save(draft), self._saved, failed)

    def _saved(self, view: ProspectView) -> None:
        self.page.refresh()
        self.page.select_id(view.id)
        self.page.changed.emit()

    # --- activities and stages ---------------------------------------------------------------
    def open_activity(self) -> ActivityDialog | None:
        row = self.page.selected()
        if row is None:
            return None
        dialog = ActivityDialog(row.name, self.page)
        self.activity_dialog = dialog

        def log() -> None:
            text, day = dialog.next_action()
            operation = self.ctx.ops.outreach.log_activity(row.id, dialog.kind(), dialog.outcome(), text, day)
            self.ctx.tasks.start(operation, lambda _activity: self.page.refresh())

        dialog.accepted.connect(log)
        dialog.open()
        return dialog

    def open_stage(self) -> None:
        row = self.page.selected()
        if row is None:
            return
        self.ctx.tasks.start(self.ctx.ops.outreach.reasons(), lambda reasons: self._stage(row, reasons))

    def _stage(self, row: ProspectRow, reasons: list[ReasonInfo]) -> None:
        dialog = StageDialog(row.stage, reasons, self.page)
        self.stage_dialog = dialog

        def change() -> None:
            operation = self.ctx.ops.outreach.set_stage(row.id, dialog.stage(), dialog.reason())
            self.ctx.tasks.start(operation, self._saved)

        dialog.accepted.connect(change)
        dialog.open()

    def convert(self) -> None:
        row = self.page.selected()
        if row is None:
            return
        question = QCoreApplication.translate(
            "ProspectsPage", "Make «%1» a client with a draft contract? The prospect is then closed as won."
        )
        if not self.page.confirm(question.replace("%1", row.name)):
            return
        self.ctx.tasks.start(self.ctx.ops.outreach.convert(row.id), self._converted)

    def _converted(self, done: Conversion) -> None:
        self.ctx.messages.info(
            QCoreApplication.translate(
                "ProspectsPage", "The client is created with the draft contract %1."
            ).replace("%1", done.contract_number)
        )
        self.page.refresh()
        self.page.changed.emit()

    # --- offers (the same flow as a client's, see offer_flow) ---------------------------------
    def make_offer(self) -> None:
        row = self.page.selected()
        if row is None:
            return
        ops = self.ctx.ops.outreach
        self.offers.start(
            ops.prospect_offer_defaults(row.id), lambda choice: ops.make_offer(row.id, choice=choice)
        )

    def _offer_made(self, offer: OfferResult) -> None:
        self.page.last_offer = offer
        self.page.refresh()

    def send_offer(self) -> None:
        self.offers.send()

    def print_label(self) -> None:
        self.offers.print_label()

    def save_offer(self, path: Path) -> None:
        self.offers.save(path)

    def open_templates(self) -> TemplateDialog:
        self.template_dialog = TemplateDialog(self.ctx, self.page)
        self.template_dialog.open()
        return self.template_dialog

    def open_notices(self) -> NoticesDialog:
        self.notices_dialog = NoticesDialog(self.ctx, self.page)
        self.notices_dialog.open()
        return self.notices_dialog
