"""One ф.103 per kind: how a batch's items fall into lists and how those lists are numbered.

The procedure has a list per mail type and category (its header names them, as it names the
rank and the payment method), so a client's mixed list is handed over as several ф.103, one per
group. The groups keep the order in which their first item appears in the client's list, and
each has its own number: the list's number alone when there is one group, otherwise the number
followed by «-1», «-2»... Acceptance, the forms and the screens all group with these functions,
so the numbers they show are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from postdesk.postal.mailclasses import MailCategory, MailRank, MailType

T = TypeVar("T")


@dataclass(frozen=True, order=True)
class ListKind:
    """What a ф.103 header states once for all its rows."""

    mail_type: MailType | None
    mail_category: MailCategory | None
    mail_rank: MailRank
    payment_method: str


def base_number(list_number: str, batch_id: int) -> str:
    """The client's list number, or the batch's id for a list that came without one."""
    return list_number.strip() or str(batch_id)


def group_numbers(base: str, count: int) -> tuple[str, ...]:
    """The numbers of ``count`` lists made of one client's list numbered ``base``."""
    if count <= 1:
        return (base,)
    return tuple(f"{base}-{index}" for index in range(1, count + 1))


def grouped(items: Iterable[T], kind_of: Callable[[T], ListKind]) -> list[tuple[ListKind, list[T]]]:
    """The items by kind, groups in order of their first item, items in their own order."""
    groups: dict[ListKind, list[T]] = {}
    for item in items:
        groups.setdefault(kind_of(item), []).append(item)
    return list(groups.items())
