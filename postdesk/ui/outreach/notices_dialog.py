"""Notices to clients under contract: tariff changes between two versions, or contracts ending soon.

The PDFs go to a folder the supervisor chooses; each notice is recorded in the client's timeline.
Ticked «Send by e-mail» (the default once a mail server is set up), the letters then go through
the mail queue and those of clients without an e-mail are prepared for post.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
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

from postdesk.common import settings as s
from postdesk.services.outreach.notice_versions import NoticeVersion
from postdesk.services.outreach.notices import NoticeSent
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.notice_delivery_dialog import NoticeDeliveryDialog


class NoticesDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, new_version: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sent: list[NoticeSent] | None = None
        self.delivery: NoticeDeliveryDialog | None = None
        self._new_version = new_version
        self.setWindowTitle(self.tr("Notices to clients"))
        self.setMinimumWidth(520)
        self.tariff_radio = QRadioButton(self.tr("&Tariff changes"), self)
        self.tariff_radio.setChecked(True)
        self.expiry_radio = QRadioButton(self.tr("Contracts ending within &30 days"), self)
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        self.folder_edit = QLineEdit(str(ctx.ops.outreach.notices_folder), self)
        self.browse_button = QPushButton(self.tr("&Folder…"), self)
        self.email_check = QCheckBox(self.tr("Send by &e-mail (clients without an e-mail: for post)"), self)
        self.email_check.setChecked(bool(ctx.settings.get(s.SMTP_HOST)))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tariff_radio)
        form.addRow(self.tr("&From version"), self.old_combo)
        form.addRow(self.tr("T&o version"), self.new_combo)
        form.addRow(self.expiry_radio)
        form.addRow(self.tr("Save the letters to"), folder_row)
        form.addRow(self.email_check)
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

    def _versions(self, infos: list[NoticeVersion]) -> None:
        for combo in (self.old_combo, self.new_combo):
            for info in infos:
                combo.addItem(f"{info.version} — {info.effective_from:%d.%m.%Y}", info.version)
        names = [info.version for info in infos]
        # The version just installed (or the newest) against the one before it.
        new = names.index(self._new_version) if self._new_version in names else len(names) - 1
        if new >= 1:
            self.old_combo.setCurrentIndex(new - 1)
            self.new_combo.setCurrentIndex(new)

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
        if sent and self.email_check.isChecked():
            self.delivery = NoticeDeliveryDialog(self.ctx, sent, self.parentWidget())
            self.delivery.open()
        self.accept()
