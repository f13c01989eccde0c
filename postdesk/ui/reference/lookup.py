"""The answer to a client's question at the counter: how long to a postcode, and when the mail
leaves. Used on the Reference page and, as a dialog, from the acceptance page (Ctrl+T)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from postdesk.common.i18n import translate
from postdesk.postal.mailclasses import MAIL_TYPES, MailType
from postdesk.services.reference.data import DeliveryEstimate, Dispatch
from postdesk.ui.context import UiContext


class DeliveryLookup(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.postcode_edit = QLineEdit(self)
        self.postcode_edit.setObjectName("deliveryPostcode")
        self.postcode_edit.setInputMask("999999;_")
        self.class_combo = QComboBox(self)
        for mail_type, info in MAIL_TYPES.items():
            self.class_combo.addItem(translate("MailType", info.title), mail_type.value)
        self.class_combo.setCurrentIndex(self.class_combo.findData(MailType.LETTER.value))
        self.lookup_button = QPushButton(self.tr("&Look up"), self)
        self.lookup_button.setDefault(True)
        self.lookup_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.answer_label = QLabel(self)
        self.answer_label.setObjectName("deliveryAnswer")
        self.dispatch_label = QLabel(self)
        self.dispatch_label.setObjectName("dispatchAnswer")
        ask = QHBoxLayout()
        ask.addWidget(QLabel(self.tr("To postcode"), self))
        ask.addWidget(self.postcode_edit)
        ask.addWidget(self.class_combo)
        ask.addWidget(self.lookup_button)
        ask.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(ask)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.dispatch_label)
        self.lookup_button.clicked.connect(self.look_up)
        self.postcode_edit.returnPressed.connect(self.look_up)

    def look_up(self) -> None:
        postcode = self.postcode_edit.text().strip()
        if len(postcode) != 6:
            self.answer_label.setText(self.tr("Enter the 6-digit postcode."))
            return
        self.answer_label.clear()
        self.dispatch_label.clear()
        self.ctx.tasks.start(
            self.ctx.ops.reference.estimate(postcode, self.class_combo.currentData()),
            self._show_estimate,
            self._not_found(self.answer_label),
        )
        self.ctx.tasks.start(
            self.ctx.ops.reference.next_dispatch(postcode),
            self._show_dispatch,
            self._not_found(self.dispatch_label),
        )

    def _not_found(self, label: QLabel) -> Callable[[BaseException], bool]:
        def show(error: BaseException) -> bool:
            message = getattr(error, "message", None)
            if message is None:
                return False
            label.setText(message)
            return True

        return show

    def _show_estimate(self, found: DeliveryEstimate) -> None:
        self.answer_label.setText(
            self.tr("From %1 to %2: %3 days, arrives by %4.")
            .replace("%1", found.from_postcode)
            .replace("%2", found.to_postcode)
            .replace("%3", str(found.days))
            .replace("%4", found.arrives_by.strftime("%d.%m.%Y"))
        )

    def _show_dispatch(self, found: Dispatch) -> None:
        self.dispatch_label.setText(
            self.tr("Next dispatch: route %1 at %2; have the mail ready by %3.")
            .replace("%1", f"{found.route} {found.name}".strip())
            .replace("%2", found.departs_at.strftime("%d.%m.%Y %H:%M"))
            .replace("%3", found.ready_by.strftime("%H:%M"))
        )


class DeliveryDialog(QDialog):
    """The lookup on its own, for the counter while the client waits."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delivery time and dispatch"))
        self.lookup = DeliveryLookup(ctx, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lookup)
        self.resize(640, 160)
        self.lookup.postcode_edit.setFocus()


class DeliveryQuestionButton(QPushButton):
    """The acceptance page's button (Ctrl+T) that opens the lookup while the client waits."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: DeliveryDialog | None = None
        self.setText(self.tr("Delivery time…"))
        self.setShortcut(QKeySequence("Ctrl+T"))
        self.setToolTip(self.tr("How long to a postcode and when the mail leaves (Ctrl+T)"))
        self.clicked.connect(self._clicked)

    def _clicked(self) -> None:
        self.open_dialog()

    def open_dialog(self) -> DeliveryDialog:
        self.dialog = DeliveryDialog(self.ctx, self.window())
        self.dialog.open()
        return self.dialog
