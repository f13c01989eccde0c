"""Which categories each mail type is sent in, and how a kind reads to a client.

A list row may combine any type and category words; only the combinations the post provides
can be accepted and priced. A registered («заказная») parcel or EMS is an ordinary one (they
are always tracked), so clients' lists that say so are accepted as such.
"""

from __future__ import annotations

from postdesk.common.i18n import translate
from postdesk.postal.mailclasses import CATEGORY_TITLES, MAIL_TYPES, MailCategory, MailType

_C = MailCategory
_VALUED = frozenset({_C.WITH_DECLARED_VALUE, _C.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY})
_WRITTEN = frozenset({_C.SIMPLE, _C.ORDERED}) | _VALUED
_TRACKED_WRITTEN = frozenset({_C.ORDERED}) | _VALUED
_PARCELS = frozenset({_C.ORDINARY, _C.ORDERED, _C.WITH_COMPULSORY_PAYMENT}) | _VALUED

CATEGORIES_OF: dict[MailType, frozenset[MailCategory]] = {
    MailType.POSTCARD: frozenset({_C.SIMPLE, _C.ORDERED}),
    MailType.LETTER: _WRITTEN,
    MailType.BANDEROL: _WRITTEN,
    MailType.LETTER_CLASS_1: _TRACKED_WRITTEN,
    MailType.BANDEROL_CLASS_1: _TRACKED_WRITTEN,
    MailType.POSTAL_PARCEL: _PARCELS,
    MailType.PARCEL_CLASS_1: _PARCELS,
    MailType.ONLINE_PARCEL: _PARCELS,
    MailType.EMS: _PARCELS,
    MailType.SMALL_PACKET: frozenset({_C.SIMPLE, _C.ORDERED}),
}


def is_provided(mail_type: MailType, category: MailCategory) -> bool:
    return category in CATEGORIES_OF.get(mail_type, frozenset())


def type_title(mail_type: MailType | str | None) -> str:
    if mail_type is None:
        return ""
    try:
        return translate("MailType", MAIL_TYPES[MailType(mail_type)].title)
    except ValueError:
        return str(mail_type)


def category_title(category: MailCategory | str | None) -> str:
    if category is None:
        return ""
    try:
        return translate("MailCategory", CATEGORY_TITLES[MailCategory(category)]).lower()
    except ValueError:
        return str(category)


def kind_title(mail_type: MailType | str | None, category: MailCategory | str | None) -> str:
    """«Посылка, заказное» as the client reads it: never the internal codes."""
    return f"{type_title(mail_type)}, {category_title(category)}"


def categories_text(mail_type: MailType) -> str:
    return ", ".join(category_title(c) for c in MailCategory if c in CATEGORIES_OF.get(mail_type, ()))
