"""Turning one cell into a typed value: numbers with a decimal comma, units, yes/no, codes.

Parsers return the value or raise :class:`CellProblem` with a finding code; the caller
turns codes into messages. ``None`` means the cell was empty.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from postdesk.lists.mailkind import UnknownKind, parse_kind
from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind


class CellProblem(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


_NUMBER_NOISE = re.compile(r"[\s\u00a0\u202f'’]|руб\.?|р\.|коп\.?|кг|гр?\.?|kg|g|₽", re.IGNORECASE)
_DATE_TYPES = (dt.date, dt.time, dt.timedelta)


def to_decimal(value: object) -> Decimal | None:  # noqa: PLR0912 - one branch per cell type
    """A number from a cell: 1 234,50 / 1234.5 / 1.234,5 / "78,50 руб."; dates are refused."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem("not_a_number")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise CellProblem("not_a_number")
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    if isinstance(value, _DATE_TYPES):
        raise CellProblem("date_in_number")
    text = _NUMBER_NOISE.sub("", str(value))
    if not text:
        return None
    if "," in text and "." in text:
        text = (
            text.replace(".", "").replace(",", ".")
            if text.rfind(",") > text.rfind(".")
            else text.replace(",", "")
        )
    else:
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        if re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{2,4}", text):
            raise CellProblem("date_in_number") from exc
        raise CellProblem("not_a_number") from exc
    if not number.is_finite():
        raise CellProblem("not_a_number")
    return number


def text_has_unit(value: object, units: tuple[str, ...]) -> bool:
    if not isinstance(value, str):
        return False
    tail = value.strip().casefold().rstrip(".")
    return any(tail.endswith(unit) for unit in units)


def mass_grams(value: object, in_kg: bool) -> int | None:
    """Mass in whole grams; a text cell ending in «кг» is kilograms whatever the column says."""
    number = to_decimal(value)
    if number is None:
        return None
    if text_has_unit(value, ("кг", "kg")):
        in_kg = True
    elif text_has_unit(value, (" г", "гр", " g")) or (
        isinstance(value, str) and value.strip().endswith(("г", "g"))
    ):
        in_kg = False
    grams = number * 1000 if in_kg else number
    return int(grams.to_integral_value(rounding="ROUND_HALF_UP"))


def money_kopecks(value: object, in_kopecks: bool) -> int | None:
    """Money in kopecks; a text cell marked «коп.» is kopecks, «руб.» rubles."""
    number = to_decimal(value)
    if number is None:
        return None
    if text_has_unit(value, ("коп", "kop")):
        in_kopecks = True
    elif text_has_unit(value, ("руб", "р", "₽", "rub")):
        in_kopecks = False
    kopecks = number if in_kopecks else number * 100
    if kopecks != kopecks.to_integral_value():
        raise CellProblem("fraction_of_kopeck")
    return int(kopecks)


def length_mm(value: object, in_mm: bool) -> int | None:
    number = to_decimal(value)
    if number is None:
        return None
    return int((number if in_mm else number * 10).to_integral_value(rounding="ROUND_HALF_UP"))


_TRUE = {"да", "1", "true", "yes", "y", "+", "x", "х", "v", "есть", "с описью", "требуется"}
_FALSE = {"нет", "0", "false", "no", "n", "-", "", "без описи", "не требуется"}


def flag(value: object) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value != 0
    text = str(value).strip().casefold().replace("ё", "е")
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellProblem("not_yes_no")


def _key(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).casefold().replace("ё", "е").replace("-", " ").replace("_", " ")
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


MAIL_TYPE_WORDS: dict[str, MailType] = {
    "письмо": MailType.LETTER,
    "письма": MailType.LETTER,
    "letter": MailType.LETTER,
    "2": MailType.LETTER,
    "письмо 1 класса": MailType.LETTER_CLASS_1,
    "письмо 1 го класса": MailType.LETTER_CLASS_1,
    "письмо первого класса": MailType.LETTER_CLASS_1,
    "letter class 1": MailType.LETTER_CLASS_1,
    "15": MailType.LETTER_CLASS_1,
    "бандероль": MailType.BANDEROL,
    "banderol": MailType.BANDEROL,
    "3": MailType.BANDEROL,
    "бандероль 1 класса": MailType.BANDEROL_CLASS_1,
    "бандероль 1 го класса": MailType.BANDEROL_CLASS_1,
    "бандероль первого класса": MailType.BANDEROL_CLASS_1,
    "banderol class 1": MailType.BANDEROL_CLASS_1,
    "16": MailType.BANDEROL_CLASS_1,
    "посылка": MailType.POSTAL_PARCEL,
    "postal parcel": MailType.POSTAL_PARCEL,
    "4": MailType.POSTAL_PARCEL,
    "посылка нестандартная": MailType.POSTAL_PARCEL,
    "посылка стандартная": MailType.POSTAL_PARCEL,
    "посылка 1 класса": MailType.PARCEL_CLASS_1,
    "посылка первого класса": MailType.PARCEL_CLASS_1,
    "parcel class 1": MailType.PARCEL_CLASS_1,
    "47": MailType.PARCEL_CLASS_1,
    "посылка онлайн": MailType.ONLINE_PARCEL,
    "online parcel": MailType.ONLINE_PARCEL,
    "23": MailType.ONLINE_PARCEL,
    "ems": MailType.EMS,
    "емс": MailType.EMS,
    "ems отправление": MailType.EMS,
    "7": MailType.EMS,
    "мелкий пакет": MailType.SMALL_PACKET,
    "small packet": MailType.SMALL_PACKET,
    "5": MailType.SMALL_PACKET,
    "почтовая карточка": MailType.POSTCARD,
    "карточка": MailType.POSTCARD,
    "открытка": MailType.POSTCARD,
    "postcard": MailType.POSTCARD,
    "6": MailType.POSTCARD,
}

CATEGORY_WORDS: dict[str, MailCategory] = {
    "простое": MailCategory.SIMPLE,
    "простая": MailCategory.SIMPLE,
    "simple": MailCategory.SIMPLE,
    "0": MailCategory.SIMPLE,
    "заказное": MailCategory.ORDERED,
    "заказная": MailCategory.ORDERED,
    "ordered": MailCategory.ORDERED,
    "1": MailCategory.ORDERED,
    "обыкновенное": MailCategory.ORDINARY,
    "обыкновенная": MailCategory.ORDINARY,
    "ordinary": MailCategory.ORDINARY,
    "с объявленной ценностью": MailCategory.WITH_DECLARED_VALUE,
    "с оц": MailCategory.WITH_DECLARED_VALUE,
    "ценное": MailCategory.WITH_DECLARED_VALUE,
    "ценная": MailCategory.WITH_DECLARED_VALUE,
    "with declared value": MailCategory.WITH_DECLARED_VALUE,
    "2": MailCategory.WITH_DECLARED_VALUE,
    "с объявленной ценностью и наложенным платежом": MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    "с оц и нп": MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    "ценное с наложенным платежом": MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    "with declared value and cash on delivery": MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    "3": MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    "с обязательным платежом": MailCategory.WITH_COMPULSORY_PAYMENT,
    "with compulsory payment": MailCategory.WITH_COMPULSORY_PAYMENT,
}

RANK_WORDS: dict[str, MailRank] = {
    "": MailRank.WO_RANK,
    "без разряда": MailRank.WO_RANK,
    "нет": MailRank.WO_RANK,
    "wo rank": MailRank.WO_RANK,
    "судебное": MailRank.JUDICIAL,
    "judicial": MailRank.JUDICIAL,
    "правительственное": MailRank.GOVERNMENTAL,
    "governmental": MailRank.GOVERNMENTAL,
    "воинское": MailRank.MILITARY,
    "military": MailRank.MILITARY,
    "служебное": MailRank.OFFICIAL,
    "official": MailRank.OFFICIAL,
    "кредитное": MailRank.CREDIT,
    "credit": MailRank.CREDIT,
}

NOTICE_WORDS: dict[str, NoticeKind] = {
    "": NoticeKind.NONE,
    "нет": NoticeKind.NONE,
    "без уведомления": NoticeKind.NONE,
    "none": NoticeKind.NONE,
    "0": NoticeKind.NONE,
    "простое": NoticeKind.SIMPLE,
    "simple": NoticeKind.SIMPLE,
    "заказное": NoticeKind.ORDERED,
    "ordered": NoticeKind.ORDERED,
    "да": NoticeKind.ORDERED,
    "электронное": NoticeKind.ELECTRONIC,
    "electronic": NoticeKind.ELECTRONIC,
    "эуув": NoticeKind.ELECTRONIC,
}


def lookup_word(value: object, table: Mapping[str, object]) -> object:
    key = _key(value)
    if key in table:
        return table[key]
    raise CellProblem("unknown_word")


def mail_class_from_title(text: str) -> tuple[MailType | None, MailCategory | None]:
    """«письмо заказное», «Список № 12 заказных писем» -> type and category (unknown words skipped)."""
    try:
        kind = parse_kind(text, strict=False)
    except UnknownKind:
        return None, None
    return kind.mail_type, kind.category


def postcode_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:06d}" if 0 <= value < 1_000_000 else str(value)
    return "".join(str(value).split())


def plain_text(value: object) -> str:
    if isinstance(value, str):
        return " ".join(value.split())
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())
