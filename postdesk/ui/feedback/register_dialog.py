"""Registering feedback from any channel; scanning an item's identifier fills in its links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.errors import UserError
from postdesk.services.feedback.catalogue import (
    CHANNEL_TITLES,
    KIND_TITLES,
    TOPIC_TITLES,
    Channel,
    Kind,
    Sentiment,
    Topic,
)
from postdesk.services.feedback.listing import ItemLink
from postdesk.services.feedback.views import NewFeedback
from postdesk.ui.context import UiContext


def _t(text: str) -> str:
    return QCoreApplication.translate("Feedback", text)


class RegisterDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Register feedback"))
        self.link: ItemLink | None = None
        self.attachments: list[tuple[str, bytes]] = []
        self.result_value: NewFeedback | None = None

        self.kind_combo = QComboBox(self)
        for kind in Kind:
            self.kind_combo.addItem(_t(KIND_TITLES[kind]), kind.value)
        self.sentiment_combo = QComboBox(self)
        self.sentiment_combo.addItem(self.tr("Negative"), Sentiment.NEGATIVE.value)
        self.sentiment_combo.addItem(self.tr("Positive"), Sentiment.POSITIVE.value)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setObjectName("channel")
        for channel in Channel:
            self.channel_combo.addItem(_t(CHANNEL_TITLES[channel]), channel.value)
        self.topic_combo = QComboBox(self)
        for topic in Topic:
            self.topic_combo.addItem(_t(TOPIC_TITLES[topic]), topic.value)
        self.received_edit = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.scan_edit = QLineEdit(self)
        self.scan_edit.setObjectName("scan")
        self.scan_edit.setPlaceholderText(self.tr("Scan or type the item's identifier and press Enter"))
        self.link_label = QLabel(self)
        self.link_label.setObjectName("itemLink")
        self.history_list = QListWidget(self)
        self.history_list.setMaximumHeight(90)
        self.inn_edit = QLineEdit(self)
        self.inn_edit.setPlaceholderText(self.tr("Client's INN (filled in by the scan)"))
        self.author_edit = QLineEdit(self)
        self.author_edit.setPlaceholderText(self.tr("Contact person or private person"))
        self.contacts_edit = QLineEdit(self)
        self.contacts_edit.setPlaceholderText(self.tr("Phone, e-mail or postal address"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("text")
        self.local_check = QCheckBox(self.tr("Item within one settlement (5-day claim period)"), self)
        self.complete_check = QCheckBox(self.tr("The attached documents are complete"), self)
        self.completeness_edit = QLineEdit(self)
        self.completeness_edit.setPlaceholderText(self.tr("What is missing; when the author was contacted"))
        self.attach_button = QPushButton(self.tr("Attach a file…"), self)
        self.attach_label = QLabel(self)

        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Review is"), self.sentiment_combo)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Received"), self.received_edit)
        form.addRow(self.tr("Topic"), self.topic_combo)
        form.addRow(self.tr("Item"), self.scan_edit)
        form.addRow("", self.link_label)
        form.addRow("", self.history_list)
        form.addRow(self.tr("Client"), self.inn_edit)
        form.addRow(self.tr("Author"), self.author_edit)
        form.addRow(self.tr("Contacts"), self.contacts_edit)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow("", self.local_check)
        form.addRow("", self.complete_check)
        form.addRow(self.tr("Completeness"), self.completeness_edit)
        form.addRow(self.attach_button, self.attach_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.scan_edit.returnPressed.connect(self.scan)
        self.attach_button.clicked.connect(self._choose_file)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.sentiment_combo.setEnabled(self.kind_combo.currentData() == Kind.REVIEW.value)

    def set_channel(self, channel: Channel) -> None:
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))

    def scan(self) -> None:
        code = self.scan_edit.text().strip()
        if not code:
            return
        self.ctx.tasks.start(self.ctx.ops.feedback.find_item(code), self.show_link)

    def show_link(self, link: ItemLink) -> None:
        self.link = link
        self.link_label.setText(
            self.tr("%1 · batch %2 · %3 · %4")
            .replace("%1", link.client_name)
            .replace("%2", str(link.batch_id))
            .replace("%3", link.recipient)
            .replace("%4", link.status)
        )
        self.history_list.clear()
        for entry in link.history:
            self.history_list.addItem(f"{entry.at:%d.%m.%Y %H:%M}  {entry.action}  {entry.user_login}")

    def add_attachment(self, name: str, content: bytes) -> None:
        self.attachments.append((name, content))
        self.attach_label.setText(", ".join(n for n, _ in self.attachments))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if name:
            path = Path(name)
            self.add_attachment(path.name, path.read_bytes())

    def submit(self) -> None:
        kind = Kind(self.kind_combo.currentData())
        received = self.received_edit.dateTime().toPython()
        assert isinstance(received, dt.datetime)
        text = self.text_edit.toPlainText().strip()
        if not text:
            self.ctx.messages.user_error(UserError(self.tr("Enter the text of the feedback.")))
            return
        self.result_value = NewFeedback(
            kind=kind,
            channel=Channel(self.channel_combo.currentData()),
            received_at=received.astimezone(),
            text=text,
            topic=Topic(self.topic_combo.currentData()),
            sentiment=Sentiment(self.sentiment_combo.currentData())
            if kind is Kind.REVIEW
            else Sentiment.NONE,
            client_id=self.link.client_id if self.link and not self.inn_edit.text().strip() else None,
            client_inn=self.inn_edit.text().strip(),
            author_name=self.author_edit.text(),
            author_contacts=self.contacts_edit.text(),
            barcode=self.link.barcode if self.link else "",
            within_settlement=self.local_check.isChecked(),
            documents_complete=self.complete_check.isChecked(),
            completeness_note=self.completeness_edit.text(),
            attachments=tuple(self.attachments),
        )
        self.accept()
