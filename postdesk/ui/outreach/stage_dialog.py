"""Choosing a prospect's stage; lost asks for the reason from the refusal reasons catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from postdesk.models.prospects import Stage
from postdesk.services.outreach.prospect_data import STAGE_TITLES
from postdesk.services.records.data import ReasonInfo


class StageDialog(QDialog):
    def __init__(self, current: Stage, reasons: list[ReasonInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stage"))
        self.stage_combo = QComboBox(self)
        for stage, title in STAGE_TITLES.items():
            if stage != Stage.WON:  # a contract is signed by making the prospect a client
                self.stage_combo.addItem(QCoreApplication.translate("Prospects", title), stage.value)
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(current.value)))
        self.reason_combo = QComboBox(self)
        self.reason_combo.addItem(self.tr("— choose the reason —"), "")
        for reason in reasons:
            self.reason_combo.addItem(reason.name, reason.code)
        form = QFormLayout()
        form.addRow(self.tr("&Stage"), self.stage_combo)
        form.addRow(self.tr("&Reason (when lost)"), self.reason_combo)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        self._stage_changed()

    def _stage_changed(self, *_args: object) -> None:
        self.reason_combo.setEnabled(self.stage() == Stage.LOST)

    def stage(self) -> Stage:
        return Stage(self.stage_combo.currentData())

    def reason(self) -> str:
        return str(self.reason_combo.currentData() or "") if self.stage() == Stage.LOST else ""
