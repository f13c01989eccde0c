"""«Анкета клиента» on the counter's accepted view: the questionnaire offered after an acceptance.

The button shows only when a published questionnaire for corporate clients runs today and this
client has not answered it yet (and the workstation's setting allows the offer). It opens the
answer form for the client: the operator types the answers, or turns the screen to the client
(F11, the large touch form). When the form closes, ``closed`` lets the view put the focus back
where the counter expects it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget

from postdesk.services.surveys.catalogue import Channel
from postdesk.services.surveys.offers import CounterOffer
from postdesk.ui.context import UiContext
from postdesk.ui.surveys.answer_dialog import AnswerDialog

OFFER_KEYS = "Ctrl+K"


class SurveyOfferButton(QPushButton):
    closed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("surveyOffer")
        self.setText(self.tr("Client's &questionnaire (Ctrl+K)"))
        # A shortcut of its own: the button's would click it only after its press animation.
        QShortcut(QKeySequence(OFFER_KEYS), self, self._clicked)
        self.setStyleSheet("font-weight: bold;")
        self.offer: CounterOffer | None = None
        self.client_id: int | None = None
        self.client_name = ""
        self.dialog: AnswerDialog | None = None
        self._asked = 0
        self.clicked.connect(self._clicked)
        self.hide()

    def check(self, client_id: int, client_name: str) -> None:
        """Ask whether a questionnaire awaits this client; only the latest answer counts."""
        self.withdraw()
        self._asked += 1
        asked = self._asked

        def found(offer: CounterOffer | None) -> None:
            if asked != self._asked or offer is None:
                return
            self.offer, self.client_id, self.client_name = offer, client_id, client_name
            self.setToolTip(
                self.tr("«%1»: %2 has not answered it yet.")
                .replace("%1", offer.title)
                .replace("%2", client_name)
            )
            self.show()

        self.ctx.tasks.start(self.ctx.ops.surveys.counter_offer(client_id), found)

    def withdraw(self) -> None:
        self._asked += 1
        self.offer = None
        self.hide()

    def _clicked(self) -> None:
        self.open_form()

    def open_form(self, *, large: bool = False) -> AnswerDialog | None:
        offer = self.offer
        if offer is None or self.client_id is None:
            return None
        dialog = AnswerDialog(
            self.ctx,
            offer.survey_id,
            offer.title,
            offer.version,
            channel=Channel.KIOSK if large else Channel.COUNTER,
            client_id=self.client_id,
            client_name=self.client_name,
            offered=True,
            parent=self.window(),
        )
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog.accepted.connect(self.withdraw)  # answered: one answer set per client
        dialog.declined.connect(self.withdraw)
        dialog.finished.connect(lambda _code: self._closed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self) -> None:
        self.closed.emit()
