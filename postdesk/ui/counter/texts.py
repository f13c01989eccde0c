"""How batch and item states read at the counter, and small formatting helpers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.postal.weighing import WeightDecision
from postdesk.services.counter.batch_views import ItemView

__all__ = ["batch_status_text", "item_state_text", "list_number_text"]

_BATCH_STATUS = {
    BatchStatus.DRAFT: QT_TRANSLATE_NOOP("BatchStates", "draft"),
    BatchStatus.RECEIVED: QT_TRANSLATE_NOOP("BatchStates", "received, waiting"),
    BatchStatus.ACCEPTED: QT_TRANSLATE_NOOP("BatchStates", "accepted"),
    BatchStatus.REJECTED: QT_TRANSLATE_NOOP("BatchStates", "rejected"),
    BatchStatus.VOIDED: QT_TRANSLATE_NOOP("BatchStates", "voided"),
}

_ITEM_STATE = {
    "unweighed": QT_TRANSLATE_NOOP("ItemStates", "not weighed"),
    "undecided": QT_TRANSLATE_NOOP("ItemStates", "discrepancy: decide"),
    WeightDecision.WITHIN: QT_TRANSLATE_NOOP("ItemStates", "within tolerance"),
    WeightDecision.TAKE_ACTUAL: QT_TRANSLATE_NOOP("ItemStates", "actual weight taken"),
    ItemStatus.RETURNED: QT_TRANSLATE_NOOP("ItemStates", "handed back"),
    ItemStatus.ACCEPTED: QT_TRANSLATE_NOOP("ItemStates", "accepted"),
    ItemStatus.VOIDED: QT_TRANSLATE_NOOP("ItemStates", "voided"),
}


def batch_status_text(status: BatchStatus) -> str:
    return QCoreApplication.translate("BatchStates", _BATCH_STATUS[status])


def item_state_key(item: ItemView) -> str:
    """One of the keys above: what the operator has to know about the item now."""
    if item.status in (ItemStatus.RETURNED, ItemStatus.ACCEPTED, ItemStatus.VOIDED):
        return item.status
    if item.weighed_mass_g is None:
        return "unweighed"
    if item.weight_decision is WeightDecision.UNDECIDED:
        return "undecided"
    if item.weight_decision is WeightDecision.TAKE_ACTUAL:
        return WeightDecision.TAKE_ACTUAL
    return WeightDecision.WITHIN


def item_state_text(item: ItemView) -> str:
    return QCoreApplication.translate("ItemStates", _ITEM_STATE[item_state_key(item)])


def list_number_text(number: str) -> str:
    """The list's own number as the client wrote it, «№ 12», or «без номера» when it has none."""
    if number.strip():
        return QCoreApplication.translate("BatchStates", "№ %1").replace("%1", number.strip())
    return QCoreApplication.translate("BatchStates", "without a number")
