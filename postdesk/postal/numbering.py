"""Which identifier an item gets, and how office ranges are keyed by month.

Domestic tracked items get a 14-digit ШПИ, international ones a UPU S10 code whose first letter
follows the item's class (R registered, V with declared value, C parcels, E EMS). Simple items
are not tracked and get none.
"""

from __future__ import annotations

import datetime as dt
import enum

from postdesk.postal.identifiers import month_code
from postdesk.postal.mailclasses import MAIL_TYPES, MailCategory, MailType, has_declared_value, is_tracked

OFFICE_SERIAL_MAX = 99_999
S10_SERIAL_MAX = 99_999_999


class IdentifierKind(enum.StrEnum):
    RPO = "rpo"
    S10 = "s10"


def identifier_kind(mail_type: MailType, category: MailCategory) -> IdentifierKind | None:
    """The kind of identifier the item needs, or ``None`` for untracked (simple) items."""
    if not is_tracked(category):
        return None
    info = MAIL_TYPES.get(mail_type)
    return IdentifierKind.S10 if info is not None and info.international else IdentifierKind.RPO


def s10_class_letter(mail_type: MailType, category: MailCategory) -> str:
    """First letter of the S10 service indicator for an international item."""
    if mail_type is MailType.EMS:
        return "E"
    if mail_type in {MailType.POSTAL_PARCEL, MailType.PARCEL_CLASS_1, MailType.ONLINE_PARCEL}:
        return "C"
    if has_declared_value(category):
        return "V"
    return "R"


def period_of(day: dt.date) -> str:
    """The month an office range belongs to, as ``YYYY-MM``."""
    return f"{day.year:04d}-{day.month:02d}"


def next_month(day: dt.date) -> dt.date:
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)


def office_prefix(office_postcode: str, day: dt.date) -> str:
    """The 8 digits that start every ШПИ of the office in that month: postcode and month code."""
    return f"{office_postcode}{month_code(day):02d}"


def is_office_postcode(text: str) -> bool:
    return len(text) == 6 and text.isdigit() and text.isascii()
