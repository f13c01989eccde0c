"""The fields a list column can hold, their titles and the header texts that name them."""

from __future__ import annotations

import enum
import re

from postdesk.common.i18n import QT_TRANSLATE_NOOP


class Field(enum.StrEnum):
    SEQ = "seq"
    BARCODE = "barcode"
    RECIPIENT = "recipient"
    RECIPIENT_AND_BARCODE = "recipient_and_barcode"
    SURNAME = "surname"
    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    POSTCODE = "postcode"
    ADDRESS = "address"
    REGION = "region"
    AREA = "area"
    PLACE = "place"
    STREET = "street"
    HOUSE = "house"
    BUILDING = "building"
    ROOM = "room"
    PHONE = "phone"
    MAIL_TYPE = "mail_type"
    MAIL_CATEGORY = "mail_category"
    MAIL_RANK = "mail_rank"
    MASS = "mass"
    DECLARED_VALUE = "declared_value"
    COD = "cod"
    FEE = "fee"
    NOTICE = "notice"
    NOTICE_SIMPLE = "notice_simple"
    NOTICE_ORDERED = "notice_ordered"
    NOTICE_ELECTRONIC = "notice_electronic"
    INVENTORY = "inventory"
    FRAGILE = "fragile"
    SMS = "sms"
    CLIENT_REF = "client_ref"
    LENGTH = "length"
    WIDTH = "width"
    HEIGHT = "height"


ADDRESS_PARTS = (Field.REGION, Field.AREA, Field.PLACE, Field.STREET, Field.HOUSE, Field.BUILDING, Field.ROOM)
NAME_PARTS = (Field.SURNAME, Field.GIVEN_NAME, Field.MIDDLE_NAME)

TITLES: dict[Field, str] = {
    Field.SEQ: QT_TRANSLATE_NOOP("ListField", "Row number"),
    Field.BARCODE: QT_TRANSLATE_NOOP("ListField", "Identifier (ШПИ)"),
    Field.RECIPIENT: QT_TRANSLATE_NOOP("ListField", "Recipient"),
    Field.RECIPIENT_AND_BARCODE: QT_TRANSLATE_NOOP("ListField", "Recipient and identifier in one cell"),
    Field.SURNAME: QT_TRANSLATE_NOOP("ListField", "Surname"),
    Field.GIVEN_NAME: QT_TRANSLATE_NOOP("ListField", "Given name"),
    Field.MIDDLE_NAME: QT_TRANSLATE_NOOP("ListField", "Patronymic"),
    Field.POSTCODE: QT_TRANSLATE_NOOP("ListField", "Postcode"),
    Field.ADDRESS: QT_TRANSLATE_NOOP("ListField", "Address"),
    Field.REGION: QT_TRANSLATE_NOOP("ListField", "Region"),
    Field.AREA: QT_TRANSLATE_NOOP("ListField", "District"),
    Field.PLACE: QT_TRANSLATE_NOOP("ListField", "Town"),
    Field.STREET: QT_TRANSLATE_NOOP("ListField", "Street"),
    Field.HOUSE: QT_TRANSLATE_NOOP("ListField", "House"),
    Field.BUILDING: QT_TRANSLATE_NOOP("ListField", "Building"),
    Field.ROOM: QT_TRANSLATE_NOOP("ListField", "Flat or office"),
    Field.PHONE: QT_TRANSLATE_NOOP("ListField", "Phone"),
    Field.MAIL_TYPE: QT_TRANSLATE_NOOP("ListField", "Mail type"),
    Field.MAIL_CATEGORY: QT_TRANSLATE_NOOP("ListField", "Category"),
    Field.MAIL_RANK: QT_TRANSLATE_NOOP("ListField", "Rank"),
    Field.MASS: QT_TRANSLATE_NOOP("ListField", "Mass"),
    Field.DECLARED_VALUE: QT_TRANSLATE_NOOP("ListField", "Declared value"),
    Field.COD: QT_TRANSLATE_NOOP("ListField", "Cash on delivery"),
    Field.FEE: QT_TRANSLATE_NOOP("ListField", "Postage fee"),
    Field.NOTICE: QT_TRANSLATE_NOOP("ListField", "Notice of delivery"),
    Field.NOTICE_SIMPLE: QT_TRANSLATE_NOOP("ListField", "Simple notice (yes/no)"),
    Field.NOTICE_ORDERED: QT_TRANSLATE_NOOP("ListField", "Registered notice (yes/no)"),
    Field.NOTICE_ELECTRONIC: QT_TRANSLATE_NOOP("ListField", "Electronic notice (yes/no)"),
    Field.INVENTORY: QT_TRANSLATE_NOOP("ListField", "Inventory"),
    Field.FRAGILE: QT_TRANSLATE_NOOP("ListField", "Fragile"),
    Field.SMS: QT_TRANSLATE_NOOP("ListField", "SMS notice"),
    Field.CLIENT_REF: QT_TRANSLATE_NOOP("ListField", "Client's own number"),
    Field.LENGTH: QT_TRANSLATE_NOOP("ListField", "Length"),
    Field.WIDTH: QT_TRANSLATE_NOOP("ListField", "Width"),
    Field.HEIGHT: QT_TRANSLATE_NOOP("ListField", "Height"),
}

# Header texts after normalise_header(); an exact match wins, then the longest prefix.
SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.SEQ: ("№", "№ п п", "n", "no", "номер", "номер п п", "п п", "nn"),
    Field.BARCODE: (
        "шпи",
        "штрих код",
        "штрихкод",
        "штриховой почтовый идентификатор",
        "почтовый идентификатор",
        "трек номер",
        "трек",
        "идентификатор",
        "barcode",
        "bar code",
        "track",
        "tracking number",
        "rpo",
        "номер рпо",
    ),
    Field.RECIPIENT_AND_BARCODE: (
        "штрих код адресат",
        "шпи адресат",
        "адресат шпи",
        "адресат штрих код",
        "получатель шпи",
        "шпи получатель",
    ),
    Field.RECIPIENT: (
        "фио",
        "фио получателя",
        "фио наименование получателя",
        "наименование получателя",
        "получатель",
        "адресат",
        "кому",
        "addressee",
        "recipient",
        "recipient name",
        "recipient-name",
        "наименование адресата",
        "фио адресата",
        "name",
    ),
    Field.SURNAME: ("фамилия", "surname"),
    Field.GIVEN_NAME: ("имя", "given name"),
    Field.MIDDLE_NAME: ("отчество", "middle name"),
    Field.POSTCODE: (
        "индекс",
        "индекс получателя",
        "почтовый индекс",
        "индекс места назначения",
        "indexto",
        "index to",
        "str index to",
        "postcode",
        "zip",
        "postal code",
        "индекс адресата",
    ),
    Field.ADDRESS: (
        "адрес",
        "адрес получателя",
        "адрес доставки",
        "почтовый адрес",
        "address",
        "куда",
        "адрес адресата",
    ),
    Field.REGION: ("регион", "область", "край", "субъект", "region to", "region"),
    Field.AREA: ("район", "area to"),
    Field.PLACE: ("город", "населенный пункт", "нас пункт", "city", "place to", "location to"),
    Field.STREET: ("улица", "street to", "street"),
    Field.HOUSE: ("дом", "house to", "house"),
    Field.BUILDING: ("корпус", "строение", "corpus to", "building to"),
    Field.ROOM: ("квартира", "кв", "офис", "кв офис", "room to", "office to"),
    Field.PHONE: ("телефон", "тел", "телефон получателя", "мобильный телефон", "phone", "tel address"),
    Field.MAIL_TYPE: (
        "вид",
        "вид отправления",
        "вид рпо",
        "тип",
        "тип отправления",
        "mailtype",
        "mail type",
        "вид и категория",
        "вид и категория рпо",
        "вид и категория отправления",
        "вид категория",
        "вид категория рпо",
        "наименование рпо",
        "тип и категория",
    ),
    Field.MAIL_CATEGORY: ("категория", "категория отправления", "категория рпо", "mailctg", "mail category"),
    Field.MAIL_RANK: ("разряд", "mailrank", "mail rank"),
    Field.MASS: ("вес", "масса", "вес отправления", "масса отправления", "mass", "weight"),
    Field.DECLARED_VALUE: (
        "объявленная ценность",
        "ценность",
        "оц",
        "сумма оц",
        "insr value",
        "value",
        "declared value",
    ),
    Field.COD: (
        "наложенный платеж",
        "наложенный платёж",
        "нп",
        "сумма нп",
        "сумма наложенного платежа",
        "payment",
        "cod",
    ),
    Field.FEE: (
        "плата",
        "плата за пересылку",
        "тариф",
        "стоимость пересылки",
        "massrate",
        "mass rate",
        "стоимость",
    ),
    Field.NOTICE: ("уведомление", "вид уведомления", "уведомление о вручении", "notice"),
    Field.NOTICE_SIMPLE: ("with simple notice",),
    Field.NOTICE_ORDERED: ("with order of notice",),
    Field.NOTICE_ELECTRONIC: ("with electronic notice",),
    Field.INVENTORY: ("опись", "опись вложения", "inventory"),
    Field.FRAGILE: ("осторожно", "хрупкое", "отметка осторожно", "fragile"),
    Field.SMS: ("смс", "sms", "смс уведомление", "sms notice recipient"),
    Field.CLIENT_REF: (
        "номер заказа",
        "заказ",
        "ид клиента",
        "код клиента",
        "order num",
        "order",
        "внутренний номер",
    ),
    Field.LENGTH: ("длина", "dimension length", "length"),
    Field.WIDTH: ("ширина", "dimension width", "width"),
    Field.HEIGHT: ("высота", "dimension height", "height"),
}

_UNIT_WORDS = re.compile(
    r"\b(г|гр|грамм|граммы|граммах|кг|килограмм|килограммы|руб|рубли|рублях|р|коп|копейки|копейках|"
    r"см|мм|g|gr|kg|rub|kop|cm|mm|в|ед)\b"
)


def normalise_header(text: object) -> str:
    """Lower case, ё as е, punctuation and unit words dropped, spaces collapsed."""
    value = str(text or "").casefold().replace("ё", "е").replace("\n", " ")
    value = re.sub(r"[^\w№]+", " ", value).replace("_", " ")
    value = _UNIT_WORDS.sub(" ", value)
    return " ".join(value.split())


_LOOKUP: dict[str, Field] = {}
for _field, _names in SYNONYMS.items():
    for _name in _names:
        _LOOKUP.setdefault(normalise_header(_name), _field)


def field_for_header(text: object) -> Field | None:
    """The field a header names: exact synonym first, else the longest synonym it starts with."""
    key = normalise_header(text)
    if not key:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    best: tuple[int, Field] | None = None
    for name, field in _LOOKUP.items():
        if len(name) > 1 and key.startswith(name + " ") and (best is None or len(name) > best[0]):
            best = (len(name), field)
    return best[1] if best else None
