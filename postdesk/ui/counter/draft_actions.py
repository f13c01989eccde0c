"""Changes to a draft at the counter: take an item out, hand it back, fix its declared data.

Each asks for a reason (kept in the audit log) and, when done, returns the keyboard to the
scan field through ``view.focus_scan``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from postdesk.services.counter.batch_views import ItemView
from postdesk.services.counter.draft_edits import RemovedItem
from postdesk.ui.counter.correction_dialog import CorrectionDialog
from postdesk.ui.counter.dialogs import ReasonDialog

if TYPE_CHECKING:
    from postdesk.ui.counter.weighing_view import WeighingView


class DraftActions(QObject):
    def __init__(self, view: WeighingView) -> None:
        super().__init__(view)
        self.view = view
        self.ctx = view.ctx

    def _item(self) -> ItemView | None:
        item = self.view.current_item()
        if item is None:
            self.view.say(self.tr("Choose the item first (scan its identifier)."), error=True)
            self.view.focus_scan()
        return item

    def _open(self, dialog: ReasonDialog) -> ReasonDialog:
        self.view.dialog = dialog
        dialog.finished.connect(lambda _code: self.view.dialog_closed())
        dialog.open()
        return dialog

    def remove(self) -> ReasonDialog | None:
        item = self._item()
        if item is None:
            return None
        dialog = ReasonDialog(
            self.tr("Remove the item from the list"),
            self.tr("Item № %1 (%2) is taken out of this list: it is not handed in.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—"),
            self.view,
        )

        def removed(result: RemovedItem) -> None:
            self.view.say(self.tr("Item № %1 is removed from the list.").replace("%1", str(result.seq)))
            self.view.reload_items()

        dialog.accepted.connect(
            lambda: self.ctx.tasks.start(
                self.ctx.ops.counter.remove_item(item.id, dialog.reason), removed, self.view.failed
            )
        )
        return self._open(dialog)

    def hand_back(self) -> ReasonDialog | None:
        """F7: the discrepancy's items, or the current item when there is no discrepancy."""
        if self.view.discrepancy.item_ids:
            self.view.decide_hand_back()
            return None
        item = self._item()
        if item is None:
            return None
        dialog = ReasonDialog(
            self.tr("Hand the item back"),
            self.tr("Item № %1 (%2) is returned to the client and not accepted.")
            .replace("%1", str(item.seq))
            .replace("%2", item.barcode or "—"),
            self.view,
        )

        def handed(changed: ItemView) -> None:
            self.view.item_changed(changed)
            self.view.say(self.tr("Item № %1 is handed back.").replace("%1", str(changed.seq)))

        dialog.accepted.connect(
            lambda: self.ctx.tasks.start(
                self.ctx.ops.counter.hand_back_item(item.id, dialog.reason), handed, self.view.failed
            )
        )
        return self._open(dialog)

    def fix(self) -> CorrectionDialog | None:
        item = self._item()
        if item is None:
            return None
        dialog = CorrectionDialog(item, self.view, draft=True)

        def fixed(changed: ItemView) -> None:
            self.view.item_changed(changed)
            self.view.say(self.tr("Item № %1 is fixed.").replace("%1", str(changed.seq)))

        dialog.accepted.connect(
            lambda: self.ctx.tasks.start(
                self.ctx.ops.counter.fix_item(item.id, dialog.reason, dialog.correction()),
                fixed,
                self.view.failed,
            )
        )
        self._open(dialog)
        return dialog
