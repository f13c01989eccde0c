"""Recording weights: a captured or typed weight for the target item, and weighing it again.

A weight is recorded only for the target (see ``item_choice``); the target is cleared at
once, or moves on in step mode, so an item left on the platform is never recorded twice.
Part of :class:`~postdesk.ui.counter.weighing_view.WeighingView`, kept apart for its size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox

from postdesk.common.weights import grams, whole_grams
from postdesk.devices.qt.scale_service import ScaleService
from postdesk.devices.scales.readings import Weighing
from postdesk.services.counter.batch_views import ItemView
from postdesk.services.counter.weighing import WeighingResult
from postdesk.ui.counter.accept_flow import AcceptFlow
from postdesk.ui.counter.dialogs import FormDialog, ManualWeightDialog
from postdesk.ui.counter.item_choice import ItemChoice


class WeightEntry(ItemChoice):
    """Stores the weights captured or typed for the target and shows what they mean."""

    scale: ScaleService | None
    flow: AcceptFlow
    dialog: FormDialog | None
    refresh_summary: Callable[[], None]
    weigh_pack: Callable[..., None]

    # --- weighing ------------------------------------------------------------------------------
    def on_weighing(self, weighing: Weighing) -> None:
        """A stable weight was captured (or typed): record it for the target item or pack."""
        if self.batch is None or not self.isVisible() or self.flow.busy:
            return
        if self.pack_ids:
            self.weigh_pack(whole_grams(weighing.grams), manual=weighing.manual)
        elif self.target_id is not None:
            self.record(self.target_id, whole_grams(weighing.grams), manual=weighing.manual)
        else:
            self.say(self.tr("Scan the item's identifier before putting it on the scale."), error=True)

    def record(self, item_id: int, mass_g: int, *, manual: bool = False) -> None:
        self.target_id = None
        self.ctx.tasks.start(
            self.ctx.ops.counter.record_weight(item_id, mass_g, manual=manual), self._recorded, self.failed
        )

    def _recorded(self, result: WeighingResult) -> None:
        item = result.item
        self.model.update_items([item])
        self.checks[item.id] = result.check
        if result.needs_decision:
            self.select_item(item.id)
            self.target_id = None
            self.discrepancy.show_item(item, result.check)
            self.say(
                self.tr("Item № %1: the weight is outside the tolerance.").replace("%1", str(item.seq)),
                error=True,
            )
        else:
            self.discrepancy.clear()
            self.say(
                self.tr("Item № %1 weighed: %2 g.")
                .replace("%1", str(item.seq))
                .replace("%2", grams(item.weighed_mass_g or 0))
            )
            self._after_item()
        self._show_target()
        self.refresh_summary()
        self.focus_scan()

    def _after_item(self) -> None:
        if self.step_check.isChecked():
            self.step_next()

    def weigh_again(self) -> None:
        """F5: the selected item is weighed (again) from what is on the platform now."""
        item = self.current_item()
        if item is None:
            return
        if item.manual_weight and not self._replace_manual_weight(item):
            self.focus_scan()
            return
        self.target_id = item.id
        self._show_target()
        if self.scale is not None:
            self.scale.begin_capture()
        self.focus_scan()

    def _replace_manual_weight(self, item: ItemView) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Weigh again"),
            self.tr("Item № %1 has a weight entered by hand, %2 g. Replace it with the weight on the scale?")
            .replace("%1", str(item.seq))
            .replace("%2", grams(item.weighed_mass_g or 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_manual_weight(self) -> ManualWeightDialog | None:
        item = self.current_item()
        if item is None or self.batch is None:
            self.say(self.tr("Choose the item first (scan its identifier)."), error=True)
            self.focus_scan()
            return None
        dialog = ManualWeightDialog(item, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.record(item.id, dialog.grams, manual=True))
        dialog.finished.connect(lambda _code: self.dialog_closed())
        dialog.open()
        return dialog
