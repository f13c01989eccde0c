"""The offer and notice dialogs fit a 1280×720 screen with long names, addresses and messages."""

from __future__ import annotations

from decimal import Decimal

from postdesk.services.outreach.offer_choices import CatalogueService, OfferContact, OfferDefaults
from postdesk.ui.context import UiContext
from postdesk.ui.outreach.notice_delivery_dialog import NoticeDeliveryDialog
from postdesk.ui.outreach.offer_dialog import OfferDialog

LONG = "Общество с ограниченной ответственностью «Очень длинное наименование организации-адресата» " * 3


def _fits(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert dialog.width() <= 1280 and dialog.height() <= 720


def test_the_offer_dialog_fits_with_long_texts(qtbot) -> None:  # type: ignore[no-untyped-def]
    defaults = OfferDefaults(
        LONG,
        ("s0",),
        Decimal("5"),
        tuple(
            OfferContact(n, f"{LONG} {n}", "заместитель директора по общим вопросам", "x@example.ru")
            for n in range(5)
        ),
        0,
        tuple(CatalogueService(f"s{n}", f"{LONG} {n}") for n in range(20)),
    )
    dialog = OfferDialog(defaults)
    qtbot.addWidget(dialog)
    _fits(dialog)
    assert dialog.choice().services == ("s0",) and dialog.choice().contact_id == 0


def test_the_delivery_dialog_fits(qtbot, sqlite_core, sqlite_staff, gui_parts) -> None:  # type: ignore[no-untyped-def]
    ctx = UiContext(
        core=sqlite_core, actor=sqlite_staff.supervisor, tasks=gui_parts.tasks, messages=gui_parts.messages
    )
    dialog = NoticeDeliveryDialog(ctx, [])
    qtbot.addWidget(dialog)
    dialog.failures_edit.setPlainText("\n".join([LONG] * 40))
    _fits(dialog)
    assert dialog.report is not None and dialog.report.total == 0 and dialog.close_button.isEnabled()
