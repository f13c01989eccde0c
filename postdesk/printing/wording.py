"""Fixed Russian wording of the printed forms.

Postal forms (ф.103, ф.7-п, ф.112ЭП...) are Russian regulatory documents: they are printed in
Russian whatever the interface language, so their texts are not interface strings and do not
go through the translation catalogue. Only messages to the operator are translated.
"""

from __future__ import annotations

import datetime as dt

MAIL_TYPES = {
    "POSTCARD": "Почтовая карточка",
    "LETTER": "Письмо",
    "BANDEROL": "Бандероль",
    "LETTER_CLASS_1": "Письмо 1 класса",
    "BANDEROL_CLASS_1": "Бандероль 1 класса",
    "POSTAL_PARCEL": "Посылка",
    "PARCEL_CLASS_1": "Посылка 1 класса",
    "ONLINE_PARCEL": "Посылка онлайн",
    "EMS": "EMS",
    "SMALL_PACKET": "Мелкий пакет",
}

MAIL_CATEGORIES = {
    "SIMPLE": "простое",
    "ORDERED": "заказное",
    "ORDINARY": "обыкновенное",
    "WITH_DECLARED_VALUE": "с объявленной ценностью",
    "WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY": "с объявленной ценностью и наложенным платежом",
    "WITH_COMPULSORY_PAYMENT": "с обязательным платежом",
}

MAIL_RANKS = {
    "WO_RANK": "без разряда",
    "JUDICIAL": "судебное",
    "GOVERNMENTAL": "правительственное",
    "MILITARY": "воинское",
    "OFFICIAL": "служебное",
    "CREDIT": "кредитное",
    "PRESIDENTIAL": "президентское",
    "ADMINISTRATIVE": "административное",
}

PAYMENT_METHODS = {
    "CASHLESS": "безналичный расчёт",
    "STAMP": "знаки почтовой оплаты",
    "FRANKING": "франкирование",
    "TO_FRANKING": "франкирование",
    "ONLINE_PAYMENT_MARK": "знак онлайн-оплаты",
}

NOTICES = {
    "NONE": "",
    "SIMPLE": "увед. простое",
    "ORDERED": "увед. заказное",
    "ELECTRONIC": "увед. электронное",
}

NOTICES_SHORT = {
    "NONE": "",
    "SIMPLE": "увед. прост.",
    "ORDERED": "увед. заказн.",
    "ELECTRONIC": "увед. электр.",
}

NOTICE_TITLES = {
    "SIMPLE": "простое",
    "ORDERED": "заказное",
    "ELECTRONIC": "электронное",
}


# The category word agrees with the type's gender: «письмо заказное», «бандероль заказная»,
# «мелкий пакет заказной»; the phrases «с объявленной ценностью...» do not change.
_MASCULINE = frozenset({"SMALL_PACKET"})
_NEUTER = frozenset({"LETTER", "LETTER_CLASS_1", "EMS"})
_CATEGORY_FORMS = {
    "SIMPLE": ("простое", "простая", "простой"),
    "ORDERED": ("заказное", "заказная", "заказной"),
    "ORDINARY": ("обыкновенное", "обыкновенная", "обыкновенный"),
}


def kind_ru(mail_type: str | None, mail_category: str | None) -> str:
    """«Бандероль заказная»: the type and the category as a form prints them."""
    forms = _CATEGORY_FORMS.get(mail_category or "")
    if forms is None:
        category = name_of(MAIL_CATEGORIES, mail_category)
    elif mail_type in _NEUTER:
        category = forms[0]
    elif mail_type in _MASCULINE:
        category = forms[2]
    else:
        category = forms[1]
    return f"{name_of(MAIL_TYPES, mail_type)} {category}"


def name_of(table: dict[str, str], code: str | None) -> str:
    """The Russian name of a code, or the code itself when the table does not know it ("" for None)."""
    return "" if code is None else table.get(code, code)


def date_ru(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")
