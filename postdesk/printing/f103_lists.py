"""A batch's document as the ф.103 lists it is handed over in: one per kind, category, rank and payment.

See ``postal.list_groups`` for the grouping and numbering rule. Each list is a complete
:class:`Document` of its own (its header states its kind and its number, its totals are its
rows), so the ф.103 renderer draws it exactly like a batch of one kind.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from postdesk.common.errors import UserError
from postdesk.common.i18n import translate
from postdesk.postal.list_groups import ListKind, group_numbers, grouped
from postdesk.printing.data import Document, DocumentItem, Totals


@dataclass(frozen=True)
class PrintedList:
    """One ф.103 of a batch: its number, what its header states and its rows."""

    number: str
    kind: ListKind
    document: Document

    @property
    def totals(self) -> Totals:
        return self.document.totals


class UnknownListError(UserError):
    """The batch has no ф.103 with the number asked for."""


def lists_of(document: Document) -> tuple[PrintedList, ...]:
    """The ф.103 lists of ``document`` in list order; a batch with no items still has its one list."""
    header = document.header

    def kind_of(item: DocumentItem) -> ListKind:
        return ListKind(
            item.mail_type or header.mail_type,
            item.mail_category or header.mail_category,
            item.mail_rank or header.mail_rank,
            header.payment_method,
        )

    groups = grouped(document.items, kind_of)
    if not groups:
        kind = ListKind(header.mail_type, header.mail_category, header.mail_rank, header.payment_method)
        groups = [(kind, [])]
    numbers = group_numbers(header.list_number, len(groups))
    return tuple(
        PrintedList(
            number,
            kind,
            Document(
                replace(
                    header,
                    list_number=number,
                    mail_type=kind.mail_type,
                    mail_category=kind.mail_category,
                    mail_rank=kind.mail_rank,
                ),
                tuple(items),
            ),
        )
        for number, (kind, items) in zip(numbers, groups, strict=True)
    )


def pick_list(lists: tuple[PrintedList, ...], number: str) -> PrintedList:
    """The list numbered ``number``; a user error naming the batch's numbers otherwise."""
    for printed in lists:
        if printed.number == number.strip():
            return printed
    raise UnknownListError(
        translate("Printing", "The batch has no list № %1; its lists: %2.")
        .replace("%1", number)
        .replace("%2", ", ".join(printed.number for printed in lists))
    )
