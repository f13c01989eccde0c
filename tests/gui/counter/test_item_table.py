"""The counter's item table answers a painted cell's roles in one call: the same as role by role."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QModelRoleData, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from postdesk.models.batches import ItemStatus
from postdesk.postal.weighing import WeightDecision, WeightSource
from postdesk.services.counter.batch_views import ItemView
from postdesk.ui.counter.item_model import ItemFilter, ItemTableModel, size_columns

_ROLES = [
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.ToolTipRole,
]


def _items() -> list[ItemView]:
    """One item in every state the table colours and words differently."""
    base = ItemView(
        1, 1, 1, ItemStatus.PENDING, "RA123456785RU", "ООО «Получатель с длинным названием»", "",
        "430005", "letter", "ordered", 120, None, None, None, 120, 0, 0, "", False, False,
    )  # fmt: skip
    weighed = dataclasses.replace(base, weighed_mass_g=131, weight_source=WeightSource.SCALE)
    return [
        base,
        dataclasses.replace(base, id=2, seq=2, barcode=None),
        dataclasses.replace(weighed, id=3, seq=3, weight_decision=WeightDecision.UNDECIDED),
        dataclasses.replace(
            weighed, id=4, seq=4, status=ItemStatus.WEIGHED, weight_decision=WeightDecision.TAKE_ACTUAL
        ),
        dataclasses.replace(
            weighed,
            id=5,
            seq=5,
            status=ItemStatus.WEIGHED,
            weight_decision=WeightDecision.WITHIN,
            weighed_mass_g=118,
            weight_source=WeightSource.MANUAL,
        ),
        dataclasses.replace(weighed, id=6, seq=6, status=ItemStatus.RETURNED),
        dataclasses.replace(weighed, id=7, seq=7, status=ItemStatus.ACCEPTED),
        dataclasses.replace(base, id=8, seq=8, status=ItemStatus.VOIDED),
    ]


class _RoleByRole(ItemTableModel):
    """The same model answering as Qt's default does: ``data`` once per role."""

    multiData = QAbstractTableModel.multiData  # noqa: N815 (Qt's name)


def test_every_cell_answers_each_role_as_data_does_directly_and_through_the_filter(qapp):
    model = ItemTableModel()
    model.set_rows(_items())
    proxy = ItemFilter()
    proxy.setSourceModel(model)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            for role in _ROLES:
                for source in (model, proxy):
                    index = source.index(row, column)
                    answer = QModelRoleData(role)
                    source.multiData(index, answer)
                    assert answer.data() == model.data(model.index(row, column), role), (row, column, role)


def test_the_table_paints_the_same_pixels_as_with_one_call_per_role(qapp):
    images = []
    for model_class in (ItemTableModel, _RoleByRole):
        model = model_class()
        model.set_rows(_items())
        proxy: QSortFilterProxyModel = (
            ItemFilter() if model_class is ItemTableModel else QSortFilterProxyModel()
        )
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        size_columns(view)
        view.resize(900, 300)
        view.selectRow(2)
        images.append(view.grab().toImage())
    assert images[0] == images[1]
