"""How batch and item states read at the counter, and small formatting helpers."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.models.batches import BatchStatus, ItemStatus
from postdesk.postal.weighing import WeightDecision
from postdesk.services.counter.batch_views import ItemView

__all__ = ["ItemState", "batch_status_text", "item_state_text", "list_number_text"]


class ItemState(enum.StrEnum):
    """What the operator has to know about an item now (its status and weighing decision in one)."""

    UNWEIGHED = "unweighed"
    UNDECIDED = "undecided"
    WITHIN = WeightDecision.WITHIN.value
    TAKE_ACTUAL = WeightDecision.TAKE_ACTUAL.value
    RETURNED = ItemStatus.RETURNED.value
    ACCEPTED = ItemStatus.ACCEPTED.value
    VOIDED = ItemStatus.VOIDED.value


_BATCH_STATUS = {
    BatchStatus.DRAFT: QT_TRANSLATE_NOOP("BatchStates", "draft"),
    BatchStatus.RECEIVED: QT_TRANSLATE_NOOP("BatchStates", "received, waiting"),
    BatchStatus.ACCEPTED: QT_TRANSLATE_NOOP("BatchStates", "accepted"),
    BatchStatus.REJECTED: QT_TRANSLATE_NOOP("BatchStates", "rejected"),
    BatchStatus.VOIDED: QT_TRANSLATE_NOOP("BatchStates", "voided"),
}

_ITEM_STATE = {
    ItemState.UNWEIGHED: QT_TRANSLATE_NOOP("ItemStates", "not weighed"),
    ItemState.UNDECIDED: QT_TRANSLATE_NOOP("ItemStates", "discrepancy: decide"),
    ItemState.WITHIN: QT_TRANSLATE_NOOP("ItemStates", "within tolerance"),
    ItemState.TAKE_ACTUAL: QT_TRANSLATE_NOOP("ItemStates", "actual weight taken"),
    ItemState.RETURNED: QT_TRANSLATE_NOOP("ItemStates", "handed back"),
    ItemState.ACCEPTED: QT_TRANSLATE_NOOP("ItemStates", "accepted"),
    ItemState.VOIDED: QT_TRANSLATE_NOOP("ItemStates", "voided"),
}


def batch_status_text(status: BatchStatus) -> str:
    return QCoreApplication.translate("BatchStates", _BATCH_STATUS[status])


def item_state_key(item: ItemView) -> ItemState:
    """What the operator has to know about the item now."""
    if item.status in (ItemStatus.RETURNED, ItemStatus.ACCEPTED, ItemStatus.VOIDED):
        return ItemState(item.status.value)
    if item.weighed_mass_g is None:
        return ItemState.UNWEIGHED
    if item.weight_decision is WeightDecision.UNDECIDED:
        return ItemState.UNDECIDED
    if item.weight_decision is WeightDecision.TAKE_ACTUAL:
        return ItemState.TAKE_ACTUAL
    return ItemState.WITHIN


def item_state_text(item: ItemView) -> str:
    return QCoreApplication.translate("ItemStates", _ITEM_STATE[item_state_key(item)])


def list_number_text(number: str) -> str:
    """The list's own number as the client wrote it, «№ 12», or «без номера» when it has none."""
    if number.strip():
        return QCoreApplication.translate("BatchStates", "№ %1").replace("%1", number.strip())
    return QCoreApplication.translate("BatchStates", "without a number")
