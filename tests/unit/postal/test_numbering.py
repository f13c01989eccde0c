"""Which identifier an item needs, and the office prefix per month."""

import datetime as dt

import pytest

from postdesk.postal.mailclasses import MailCategory, MailType
from postdesk.postal.numbering import (
    IdentifierKind,
    identifier_kind,
    next_month,
    office_prefix,
    s10_class_letter,
)


@pytest.mark.parametrize(
    ("mail_type", "category", "kind"),
    [
        (MailType.LETTER, MailCategory.SIMPLE, None),
        (MailType.LETTER, MailCategory.ORDERED, IdentifierKind.RPO),
        (MailType.POSTAL_PARCEL, MailCategory.WITH_DECLARED_VALUE, IdentifierKind.RPO),
        (MailType.SMALL_PACKET, MailCategory.ORDERED, IdentifierKind.S10),
    ],
)
def test_identifier_kind(mail_type, category, kind):
    assert identifier_kind(mail_type, category) is kind


def test_s10_class_letters():
    assert s10_class_letter(MailType.SMALL_PACKET, MailCategory.ORDERED) == "R"
    assert s10_class_letter(MailType.LETTER, MailCategory.WITH_DECLARED_VALUE) == "V"
    assert s10_class_letter(MailType.POSTAL_PARCEL, MailCategory.ORDINARY) == "C"
    assert s10_class_letter(MailType.EMS, MailCategory.ORDINARY) == "E"


def test_office_prefix_uses_the_99_month_cycle():
    assert office_prefix("109440", dt.date(2018, 4, 28)) == "10944022"
    assert office_prefix("430005", dt.date(2008, 3, 1)) == "43000599"  # (8*12+3) % 99 == 0 -> 99
    assert next_month(dt.date(2026, 12, 5)) == dt.date(2027, 1, 1)
