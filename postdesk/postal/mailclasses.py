"""Mail types, categories, ranks and notice kinds, with the weight limits used to check lists.

Codes follow the Russian Post online service (``LETTER``, ``ORDERED``...), so lists exported
from it need no translation table. Limits are defaults: the tariff file may override them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from postdesk.common.i18n import QT_TRANSLATE_NOOP


class MailType(enum.StrEnum):
    POSTCARD = "POSTCARD"
    LETTER = "LETTER"
    BANDEROL = "BANDEROL"
    LETTER_CLASS_1 = "LETTER_CLASS_1"
    BANDEROL_CLASS_1 = "BANDEROL_CLASS_1"
    POSTAL_PARCEL = "POSTAL_PARCEL"
    PARCEL_CLASS_1 = "PARCEL_CLASS_1"
    ONLINE_PARCEL = "ONLINE_PARCEL"
    EMS = "EMS"
    SMALL_PACKET = "SMALL_PACKET"


class MailCategory(enum.StrEnum):
    SIMPLE = "SIMPLE"
    ORDERED = "ORDERED"
    ORDINARY = "ORDINARY"
    WITH_DECLARED_VALUE = "WITH_DECLARED_VALUE"
    WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY = "WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY"
    WITH_COMPULSORY_PAYMENT = "WITH_COMPULSORY_PAYMENT"


class MailRank(enum.StrEnum):
    WO_RANK = "WO_RANK"
    JUDICIAL = "JUDICIAL"
    GOVERNMENTAL = "GOVERNMENTAL"
    MILITARY = "MILITARY"
    OFFICIAL = "OFFICIAL"
    CREDIT = "CREDIT"


class NoticeKind(enum.StrEnum):
    NONE = "NONE"
    SIMPLE = "SIMPLE"
    ORDERED = "ORDERED"
    ELECTRONIC = "ELECTRONIC"


@dataclass(frozen=True)
class MailTypeInfo:
    title: str  # English source; show with translate("MailType", title)
    min_mass_g: int
    max_mass_g: int
    international: bool = False


MAIL_TYPES: dict[MailType, MailTypeInfo] = {
    MailType.POSTCARD: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Postcard"), 1, 20),
    MailType.LETTER: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Letter"), 1, 100),
    MailType.BANDEROL: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Bandrol"), 1, 2000),
    MailType.LETTER_CLASS_1: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "First-class letter"), 1, 500),
    MailType.BANDEROL_CLASS_1: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "First-class bandrol"), 1, 2500),
    MailType.POSTAL_PARCEL: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Parcel"), 1, 20000),
    MailType.PARCEL_CLASS_1: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "First-class parcel"), 1, 2500),
    MailType.ONLINE_PARCEL: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Online parcel"), 1, 20000),
    MailType.EMS: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "EMS"), 1, 31500),
    MailType.SMALL_PACKET: MailTypeInfo(QT_TRANSLATE_NOOP("MailType", "Small packet"), 1, 2000, True),
}

CATEGORY_TITLES: dict[MailCategory, str] = {
    MailCategory.SIMPLE: QT_TRANSLATE_NOOP("MailCategory", "Simple"),
    MailCategory.ORDERED: QT_TRANSLATE_NOOP("MailCategory", "Registered"),
    MailCategory.ORDINARY: QT_TRANSLATE_NOOP("MailCategory", "Ordinary"),
    MailCategory.WITH_DECLARED_VALUE: QT_TRANSLATE_NOOP("MailCategory", "With declared value"),
    MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY: QT_TRANSLATE_NOOP(
        "MailCategory", "With declared value and cash on delivery"
    ),
    MailCategory.WITH_COMPULSORY_PAYMENT: QT_TRANSLATE_NOOP("MailCategory", "With compulsory payment"),
}

RANK_TITLES: dict[MailRank, str] = {
    MailRank.WO_RANK: QT_TRANSLATE_NOOP("MailRank", "No rank"),
    MailRank.JUDICIAL: QT_TRANSLATE_NOOP("MailRank", "Judicial"),
    MailRank.GOVERNMENTAL: QT_TRANSLATE_NOOP("MailRank", "Governmental"),
    MailRank.MILITARY: QT_TRANSLATE_NOOP("MailRank", "Military"),
    MailRank.OFFICIAL: QT_TRANSLATE_NOOP("MailRank", "Official"),
    MailRank.CREDIT: QT_TRANSLATE_NOOP("MailRank", "Credit"),
}

NOTICE_TITLES: dict[NoticeKind, str] = {
    NoticeKind.NONE: QT_TRANSLATE_NOOP("NoticeKind", "No notice"),
    NoticeKind.SIMPLE: QT_TRANSLATE_NOOP("NoticeKind", "Simple notice"),
    NoticeKind.ORDERED: QT_TRANSLATE_NOOP("NoticeKind", "Registered notice"),
    NoticeKind.ELECTRONIC: QT_TRANSLATE_NOOP("NoticeKind", "Electronic notice"),
}


def has_declared_value(category: MailCategory) -> bool:
    return category in {
        MailCategory.WITH_DECLARED_VALUE,
        MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    }


def is_tracked(category: MailCategory) -> bool:
    """Registered and valued items carry an identifier; simple ones do not."""
    return category is not MailCategory.SIMPLE
