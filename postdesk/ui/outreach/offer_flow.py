"""Making an offer, the same way for a prospect and for a client: choose, preview, then send or post.

The flow loads the defaults, opens :class:`OfferDialog`, makes the letter (stored in the
prospect's or client's history at once, numbered), opens it in the built-in viewer with
«Send by e-mail» (Ctrl+E) and «Address label» (Ctrl+L) beside Print and Save, and tells the
page when an offer was made or sent so it can refresh its history.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from postdesk.common.money import rubles
from postdesk.services.outreach.mail import MailView
from postdesk.services.outreach.offer_choices import OfferChoice, OfferDefaults
from postdesk.services.outreach.offers import OfferResult
from postdesk.ui.context import UiContext
from postdesk.ui.operations.base import Operation
from postdesk.ui.outreach.offer_dialog import OfferDialog
from postdesk.ui.printing.preview import PrintPreviewDialog

MakeOffer = Callable[[OfferChoice], Operation[OfferResult]]


def _file_part(number: str) -> str:
    return number.replace("/", "-")


class OfferPreviewDialog(PrintPreviewDialog):
    """The offer in the viewer, with its e-mail and post actions beside printing and saving."""

    def __init__(self, flow: OfferFlow, offer: OfferResult, parent: QWidget | None) -> None:
        ctx = flow.ctx
        super().__init__(
            ctx,
            ctx.ops.outreach.letter_pdf(offer.letter_id),
            # Not self.tr(): the Qt object does not exist until this call returns.
            title=QCoreApplication.translate("OfferPreviewDialog", "Offer %1").replace("%1", offer.number),
            file_name=f"{_file_part(offer.number)}.pdf",
            parent=parent,
        )
        self.resize(1000, 680)  # the extra row still fits a 1280×720 screen
        self.saved_label = QLabel(self.tr("Saved in the history as %1.").replace("%1", offer.number), self)
        self.saved_label.setWordWrap(True)
        self.email_button = QPushButton(self.tr("Send by &e-mail (Ctrl+E)"), self)
        self.email_button.setToolTip(offer.email or self.tr("The addressee has no e-mail address."))
        self.label_button = QPushButton(self.tr("Address &label… (Ctrl+L)"), self)
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.email_button)
        row.addWidget(self.label_button)
        layout = self.layout()
        assert layout is not None
        layout.addItem(row)
        self.email_button.clicked.connect(flow.send)
        self.label_button.clicked.connect(flow.print_label)
        QShortcut(QKeySequence("Ctrl+E"), self, flow.send)
        QShortcut(QKeySequence("Ctrl+L"), self, flow.print_label)


class OfferFlow(QObject):
    """Signals: made(OfferResult) once the letter is stored; sent(MailView) once it went by e-mail."""

    made = Signal(object)
    sent = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.widget = parent
        self.last: OfferResult | None = None
        self.dialog: OfferDialog | None = None
        self.preview: PrintPreviewDialog | None = None
        self.label_preview: PrintPreviewDialog | None = None

    def start(self, defaults: Operation[OfferDefaults], make: MakeOffer) -> None:
        """Load the defaults, then let the operator choose; the offer is made on OK."""
        self.ctx.tasks.start(defaults, lambda found: self._choose(found, make))

    def _choose(self, defaults: OfferDefaults, make: MakeOffer) -> None:
        dialog = OfferDialog(defaults, self.widget)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.ctx.tasks.start(make(dialog.choice()), self._made))
        dialog.open()

    def _made(self, offer: OfferResult) -> None:
        self.last = offer
        saving = offer.terms.saving_month_kop
        text = self.tr("Offer %1 for %2 is ready.").replace("%1", offer.number).replace("%2", offer.addressee)
        if saving is not None and saving > 0:
            text += " " + self.tr("Saving per month: %1.").replace("%1", rubles(saving))
        self.ctx.messages.info(text)
        self.made.emit(offer)
        self.preview = OfferPreviewDialog(self, offer, self.widget)
        self.preview.open()

    def send(self) -> None:
        offer = self.last
        if offer is None:
            return
        if not offer.email:
            self.ctx.messages.warning(
                self.tr("The contact person has no e-mail address: print the offer for post.")
            )
            return

        def done(mail: MailView) -> None:
            self.ctx.messages.info(self.tr("The offer was sent to %1.").replace("%1", offer.email))
            self.sent.emit(mail)

        self.ctx.tasks.start(self.ctx.ops.outreach.send_letter(offer.letter_id, offer.email), done)

    def print_label(self) -> None:
        offer = self.last
        if offer is None:
            return
        self.label_preview = PrintPreviewDialog(
            self.ctx,
            self.ctx.ops.outreach.label_pdf(offer.letter_id),
            title=self.tr("Address label for %1").replace("%1", offer.addressee),
            label_printer=True,
            file_name=f"label-{_file_part(offer.number)}.pdf",
            parent=self.widget,
        )
        self.label_preview.open()

    def save(self, path: Path) -> None:
        if self.last is not None:
            self.ctx.tasks.start(self.ctx.ops.outreach.save_letter(self.last.letter_id, path))
