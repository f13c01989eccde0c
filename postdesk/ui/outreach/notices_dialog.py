"""Notices to clients under contract: tariff changes between two versions, or contracts ending soon.

The PDFs go to a folder the supervisor chooses; each notice is recorded in the client's timeline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.services.outreach.notices import NoticeSent
from postdesk.tariffs.model import TariffInfo
from postdesk.ui.context import UiContext


class NoticesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sent: list[NoticeSent] | None = None
        self.setWindowTitle(self.tr("Notices to clients"))
        self.tariff_radio = QRadioButton(self.tr("&Tariff changes"), self)
        self.tariff_radio.setChecked(True)
        self.expiry_radio = QRadioButton(self.tr("Contracts ending within &30 days"), self)
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        self.folder_edit = QLineEdit(str(ctx.ops.outreach.notices_folder), self)
        self.browse_button = QPushButton(self.tr("&Folder…"), self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tariff_radio)
        form.addRow(self.tr("&From version"), self.old_combo)
        form.addRow(self.tr("T&o version"), self.new_combo)
        form.addRow(self.expiry_radio)
        form.addRow(self.tr("Save the letters to"), folder_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.browse_button.clicked.connect(self._browse)
        self.tariff_radio.toggled.connect(self._mode_changed)
        self.ctx.tasks.start(self.ctx.ops.outreach.tariff_versions(), self._versions)

    def _versions(self, infos: list[TariffInfo]) -> None:
        for combo in (self.old_combo, self.new_combo):
            for info in infos:
                combo.addItem(f"{info.version} — {info.effective_from:%d.%m.%Y}", info.version)
        if len(infos) >= 2:
            self.old_combo.setCurrentIndex(len(infos) - 2)
            self.new_combo.setCurrentIndex(len(infos) - 1)

    def _mode_changed(self, *_args: object) -> None:
        self.old_combo.setEnabled(self.tariff_radio.isChecked())
        self.new_combo.setEnabled(self.tariff_radio.isChecked())

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)

    def run(self) -> None:
        folder = Path(self.folder_edit.text().strip())
        ops = self.ctx.ops.outreach
        if self.tariff_radio.isChecked():
            old, new = self.old_combo.currentData(), self.new_combo.currentData()
            if not old or old == new:
                self.ctx.messages.warning(self.tr("Choose two different tariff versions."))
                return
            operation = ops.tariff_notices(str(old), str(new), folder)
        else:
            operation = ops.expiry_reminders(folder)
        self.ctx.tasks.start(operation, lambda sent: self._done(sent, folder))

    def _done(self, sent: list[NoticeSent], folder: Path) -> None:
        self.sent = sent
        self.ctx.messages.info(
            self.tr("%1 letters written to %2.").replace("%1", str(len(sent))).replace("%2", str(folder))
        )
        self.accept()
