"""Kind, category and class of mail from one phrase, as clients write it in one cell.

«Письмо заказное», «Заказное письмо», «Бандероль с ОЦ и НП», «Посылка 1 кл. с объявленной
ценностью», «EMS», «2010» (the tariff's object code): each word is recognised on its own, so
word order, case, ё, spacing and punctuation never change the result. A phrase with a word we
do not know, or with words that contradict each other, is refused rather than half-read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from postdesk.postal.mailclasses import MailCategory, MailType


class UnknownKind(ValueError):
    """The phrase names no kind we know, or names two at once."""

    def __init__(self, phrase: str) -> None:
        super().__init__(phrase)
        self.phrase = phrase


@dataclass(frozen=True)
class MailKind:
    mail_type: MailType | None
    category: MailCategory | None


# What one word tells about the item; a word may tell nothing (a filler such as «с», «РПО»).
_WORDS: dict[str, str] = {}


def _words(feature: str, *forms: str) -> None:
    for form in forms:
        _WORDS[form] = feature


_words("letter", "письмо", "письма", "писем", "письмах", "пис", "letter", "letters")
_words("banderol", "бандероль", "бандероли", "бандеролей", "бандер", "банд", "banderol", "bandrol")
_words("parcel", "посылка", "посылки", "посылок", "посылку", "посыл", "parcel", "parcels")
_words("ems", "ems", "емс")
_words("packet", "пакет", "пакеты", "пакетов", "packet", "packets")
_words("small", "мелкий", "мелкие", "мелких", "мелкого", "мелк", "small")
_words("postcard", "карточка", "карточки", "открытка", "открытки", "postcard", "postcards")
_words("online", "онлайн", "online")
_words("one", "1", "первого", "первый", "first", "i")
_words("class", "класса", "класс", "кл", "class")
_words("ordered", "заказное", "заказная", "заказной", "заказные", "заказных", "заказн", "заказ", "зак")
_words("ordered", "ordered", "registered")
_words("simple", "простое", "простая", "простой", "простые", "простых", "прост", "simple")
_words("ordinary", "обыкновенное", "обыкновенная", "обыкновенный", "обыкновенные", "обыкновенных")
_words("ordinary", "обыкн", "обыкнов", "обычное", "обычная", "обычный", "ordinary")
_words("value", "ценное", "ценная", "ценный", "ценные", "ценных", "ценностью", "ценность", "ценн")
_words("value", "объявленной", "объявленная", "объявл", "обяв", "оц", "value", "declared", "valued")
_words("cod", "нп", "наложенным", "наложенный", "наложенного", "наложенн", "налож", "cash", "delivery")
_words("compulsory", "обязательным", "обязательный", "обязательного", "оп", "compulsory")
_words(
    "",
    "с",
    "со",
    "и",
    "в",
    "на",
    "платежом",
    "платеж",
    "платежа",
    "плат",
    "рпо",
    "отправление",
    "отправления",
    "отправлений",
    "почтовое",
    "почтовая",
    "почтовые",
    "почтовых",
    "почтовый",
    "внутреннее",
    "внутренняя",
    "внутренние",
    "внутренних",
    "стандартная",
    "нестандартная",
    "стандарт",
    "го",
    "ого",
    "вид",
    "категория",
    "and",
    "with",
    "on",
    "of",
    "payment",
    "postal",
    "mail",
)

_BASE_TYPES = {
    "letter": MailType.LETTER,
    "banderol": MailType.BANDEROL,
    "parcel": MailType.POSTAL_PARCEL,
    "ems": MailType.EMS,
    "packet": MailType.SMALL_PACKET,
    "postcard": MailType.POSTCARD,
}
_FIRST_CLASS = {
    MailType.LETTER: MailType.LETTER_CLASS_1,
    MailType.BANDEROL: MailType.BANDEROL_CLASS_1,
    MailType.POSTAL_PARCEL: MailType.PARCEL_CLASS_1,
}
# Codes of the Russian Post online service (mail-type) and of the tariff's object codes
# (type × 1000 + category × 10): 2010 is a registered letter, 47030 an ordinary first-class parcel.
TYPE_CODES: dict[int, MailType] = {
    2: MailType.LETTER,
    3: MailType.BANDEROL,
    4: MailType.POSTAL_PARCEL,
    5: MailType.SMALL_PACKET,
    6: MailType.POSTCARD,
    7: MailType.EMS,
    15: MailType.LETTER_CLASS_1,
    16: MailType.BANDEROL_CLASS_1,
    23: MailType.ONLINE_PARCEL,
    47: MailType.PARCEL_CLASS_1,
}
OBJECT_CATEGORY_CODES: dict[int, MailCategory] = {
    0: MailCategory.SIMPLE,
    1: MailCategory.ORDERED,
    2: MailCategory.WITH_DECLARED_VALUE,
    3: MailCategory.ORDINARY,
    4: MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
    6: MailCategory.WITH_COMPULSORY_PAYMENT,
}
KNOWN_WORDS = (
    "письмо, бандероль, посылка, мелкий пакет, EMS, почтовая карточка, посылка онлайн; "
    "простое, заказное, обыкновенное, с объявленной ценностью (ОЦ), с наложенным платежом (НП), "
    "с обязательным платежом; 1 класса"
)

_SPLIT_DIGITS = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_NOT_WORD = re.compile(r"[\W_]+")
_SPACED_ABBREVIATIONS = ((re.compile(r"\bо ц\b"), "оц"), (re.compile(r"\bн п\b"), "нп"))


def words_of(phrase: str) -> list[str]:
    """Lower case, ё as е, digits split from letters («1кл»), punctuation as spaces."""
    text = phrase.casefold().replace("ё", "е")
    text = _NOT_WORD.sub(" ", _SPLIT_DIGITS.sub(" ", text))
    for pattern, joined in _SPACED_ABBREVIATIONS:
        text = pattern.sub(joined, text)
    return text.split()


def parse_kind(phrase: object, *, strict: bool = True) -> MailKind:
    """The kind and category a phrase names; ``strict`` refuses any word we do not know.

    Lenient parsing (for title blocks such as «Список № 12 заказных писем») skips unknown
    words but still refuses contradictions.
    """
    if isinstance(phrase, float) and phrase.is_integer():
        phrase = int(phrase)
    text = str(phrase if phrase is not None else "")
    words = words_of(text)
    if len(words) == 1 and words[0].isdigit() and words[0] != "1":
        return _from_code(int(words[0]), text)
    features: set[str] = set()
    for word in words:
        feature = _WORDS.get(word)
        if feature is None:
            if strict:
                raise UnknownKind(text)
            continue
        if feature:
            features.add(feature)
    mail_type = _type_of(features, text, strict)
    category = _category_of(features, text)
    if mail_type is None and category is None:
        raise UnknownKind(text)
    return MailKind(mail_type, category)


def _from_code(code: int, text: str) -> MailKind:
    if code in TYPE_CODES:
        return MailKind(TYPE_CODES[code], None)
    if 1000 <= code < 100_000:
        mail_type = TYPE_CODES.get(code // 1000)
        category = OBJECT_CATEGORY_CODES.get(code % 1000 // 10)
        if mail_type is not None and category is not None and code % 1000 < 100:
            return MailKind(mail_type, category)
    raise UnknownKind(text)


def _type_of(features: set[str], text: str, strict: bool) -> MailType | None:
    named = {_BASE_TYPES[f] for f in features if f in _BASE_TYPES}
    if strict and ("small" in features) != ("packet" in features):  # «мелкий пакет» is one name
        raise UnknownKind(text)
    if "online" in features:
        if named - {MailType.POSTAL_PARCEL}:
            raise UnknownKind(text)
        named = {MailType.ONLINE_PARCEL}
    if len(named) > 1:
        raise UnknownKind(text)
    mail_type = named.pop() if named else None
    first_class = "class" in features and "one" in features
    if "class" in features and not first_class and strict:
        raise UnknownKind(text)
    if first_class:
        if mail_type not in _FIRST_CLASS:
            raise UnknownKind(text)
        mail_type = _FIRST_CLASS[mail_type]
    elif "one" in features and strict:
        raise UnknownKind(text)
    return mail_type


_CATEGORY_ORDER = (  # the first feature present decides: a valued item is registered anyway
    ("cod", MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY),
    ("compulsory", MailCategory.WITH_COMPULSORY_PAYMENT),
    ("value", MailCategory.WITH_DECLARED_VALUE),
    ("ordered", MailCategory.ORDERED),
    ("simple", MailCategory.SIMPLE),
    ("ordinary", MailCategory.ORDINARY),
)


def _category_of(features: set[str], text: str) -> MailCategory | None:
    plain = features & {"simple", "ordinary"}
    registered = features & {"ordered", "value", "cod", "compulsory"}
    if (plain and registered) or len(plain) > 1 or {"cod", "compulsory"} <= features:
        raise UnknownKind(text)
    return next((category for feature, category in _CATEGORY_ORDER if feature in features), None)
