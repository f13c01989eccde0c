"""The contract's list-delivery conditions in the import wizard, and the warning when a list
comes another way (a file chosen by hand under a flash-drive-only contract, or a flash drive
under an electronic-only one); the operator confirms to go on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from postdesk.common.i18n import QT_TRANSLATE_NOOP
from postdesk.models.contracts import ContractStatus
from postdesk.services.clients.data import ContractInfo
from postdesk.ui.context import UiContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListDelivery", text)


def current_contract(contracts: list[ContractInfo], today: dt.date) -> ContractInfo | None:
    """The client's contract in force today, among those on the client card."""
    in_force = [
        c
        for c in contracts
        if c.status is ContractStatus.ACTIVE
        and c.starts_on <= today
        and (c.ends_on is None or c.ends_on >= today)
    ]
    return in_force[0] if in_force else None


def conditions_text(contract: ContractInfo | None) -> str:
    if contract is None:
        return _tr(
            QT_TRANSLATE_NOOP(
                "ListDelivery", "No contract in force: the list is taken as from a cash client."
            )
        )
    ways = [
        way
        for way, allowed in (
            (_tr(QT_TRANSLATE_NOOP("ListDelivery", "electronically")), contract.lists_electronic),
            (_tr(QT_TRANSLATE_NOOP("ListDelivery", "on a flash drive")), contract.lists_on_media),
        )
        if allowed
    ]
    if not ways:
        return _tr(
            QT_TRANSLATE_NOOP("ListDelivery", "Contract %1 states no way of delivering lists.")
        ).replace("%1", contract.number)
    return (
        _tr(QT_TRANSLATE_NOOP("ListDelivery", "Contract %1: lists are delivered %2."))
        .replace("%1", contract.number)
        .replace("%2", _tr(QT_TRANSLATE_NOOP("ListDelivery", " or ")).join(ways))
    )


def show_conditions(
    ctx: UiContext, client_id: int | None, label: QLabel, known: Callable[[ContractInfo | None], None]
) -> None:
    """Fill ``label`` with the conditions and hand the contract to ``known`` (read on the worker)."""

    def shown(contract: ContractInfo | None) -> None:
        label.setText(conditions_text(contract))
        known(contract)

    if client_id is None:
        shown(None)
        return
    ctx.tasks.start(
        ctx.ops.clients.get(client_id),
        lambda details: shown(current_contract(list(details.contracts), dt.date.today())),
    )


def confirm_delivery(parent: QWidget, contract: ContractInfo | None, *, from_drive: bool) -> bool:
    """True to go on: the list came a way the contract provides for, or the operator confirms."""
    if contract is None or not (contract.lists_electronic or contract.lists_on_media):
        return True
    if (from_drive and contract.lists_on_media) or (not from_drive and contract.lists_electronic):
        return True
    way = (
        _tr(QT_TRANSLATE_NOOP("ListDelivery", "on a flash drive"))
        if from_drive
        else _tr(QT_TRANSLATE_NOOP("ListDelivery", "as a file, not on a flash drive"))
    )
    answer = QMessageBox.question(
        parent,
        _tr(QT_TRANSLATE_NOOP("ListDelivery", "List delivered another way")),
        _tr(
            QT_TRANSLATE_NOOP(
                "ListDelivery", "The list came %1, which contract %2 does not provide for. Take it anyway?"
            )
        )
        .replace("%1", way)
        .replace("%2", contract.number),
    )
    return answer == QMessageBox.StandardButton.Yes
