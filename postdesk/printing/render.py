"""One entry point for every form: pick the items the form is for, render them to PDF bytes.

Per-item forms print only for the items that need them (an inventory for items with one, a
money order for items with cash on delivery...). A form with nothing to print raises
:class:`NothingToPrintError`, a user error, rather than producing an empty PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.postal.mailclasses import NoticeKind
from postdesk.printing.data import Document, DocumentItem
from postdesk.printing.f103_lists import lists_of, pick_list
from postdesk.printing.forms.f103 import render_f103_lists
from postdesk.printing.forms.f107 import render_f107
from postdesk.printing.forms.f112 import render_f112
from postdesk.printing.forms.f116 import render_f116
from postdesk.printing.forms.f119 import render_f119
from postdesk.printing.forms.labels import render_labels
from postdesk.printing.forms.receipt import render_receipt
from postdesk.printing.options import FormKind, PrintOptions


class NothingToPrintError(UserError):
    """No item of the batch needs the requested form."""


PAPER_NOTICES = frozenset({NoticeKind.SIMPLE, NoticeKind.ORDERED})

_PER_ITEM: dict[FormKind, Callable[..., bytes]] = {
    FormKind.F116: render_f116,
    FormKind.F107: render_f107,
    FormKind.F119: render_f119,
    FormKind.F112: render_f112,
}

_SELECTORS: dict[FormKind, Callable[[DocumentItem], bool]] = {
    FormKind.F107: lambda item: item.needs_inventory,
    FormKind.F119: lambda item: item.notice in PAPER_NOTICES,
    FormKind.F112: lambda item: item.cod_kop > 0,
}


def items_for(kind: FormKind, document: Document) -> Document:
    """The document restricted to the items the form is printed for."""
    select = _SELECTORS.get(kind)
    if select is None:
        return document
    return replace(document, items=tuple(item for item in document.items if select(item)))


def _nothing(kind: FormKind) -> NothingToPrintError:
    messages = {
        FormKind.F107: translate(
            "Printing", "No item of this batch has an inventory of contents (form 107)."
        ),
        FormKind.F119: translate(
            "Printing", "No item of this batch has a paper notice of delivery (form 119)."
        ),
        FormKind.F112: translate(
            "Printing",
            "No item of this batch has cash on delivery: there is no money order (form 112EP) to print.",
        ),
    }
    return NothingToPrintError(messages.get(kind, translate("Printing", "The batch has no items to print.")))


def render(
    kind: FormKind, document: Document, options: PrintOptions | None = None, *, list_number: str = ""
) -> bytes:
    """The form as PDF bytes, laid out with the workstation's stock, offsets and barcode choice.

    ф.103 is one list per kind and category (``printing.f103_lists``): all of them one after
    another, or only the one numbered ``list_number``.
    """
    options = options or PrintOptions()
    selected = items_for(kind, document)
    if not selected.items and kind not in (FormKind.F103, FormKind.RECEIPT):
        raise _nothing(kind)
    offset = options.offset_for(kind)
    symbology = options.symbology_for(kind)
    if kind is FormKind.F103:
        lists = lists_of(selected)
        if list_number:
            lists = (pick_list(lists, list_number),)
        return render_f103_lists(
            [printed.document for printed in lists], copies=options.f103_copies, offset=offset
        )
    if kind is FormKind.RECEIPT:
        return render_receipt(selected, offset=offset)
    if kind is FormKind.LABELS:
        return render_labels(selected, stock=options.label_stock, offset=offset, symbology=symbology)
    return _PER_ITEM[kind](selected, offset=offset, symbology=symbology)
