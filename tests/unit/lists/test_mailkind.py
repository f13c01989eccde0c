"""The kind/category phrase parser against phrasings taken from clients' lists and ф.103 headers."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from postdesk.lists.mailkind import UnknownKind, parse_kind, words_of
from postdesk.postal.mailclasses import MailCategory as C
from postdesk.postal.mailclasses import MailType as T

VALUE_COD = C.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY

PHRASES: list[tuple[str, T | None, C | None]] = [
    ("Письмо заказное", T.LETTER, C.ORDERED),
    ("Заказное письмо", T.LETTER, C.ORDERED),
    ("письмо заказн.", T.LETTER, C.ORDERED),
    ("ПИСЬМО ЗАКАЗНОЕ", T.LETTER, C.ORDERED),
    ("Письмо  заказное ", T.LETTER, C.ORDERED),
    ("Письмо, заказное", T.LETTER, C.ORDERED),
    ("Письмо - заказное", T.LETTER, C.ORDERED),
    ("Письмо (заказное)", T.LETTER, C.ORDERED),
    ("Письмо зак.", T.LETTER, C.ORDERED),
    ("Заказные письма", T.LETTER, C.ORDERED),
    ("Письмо простое", T.LETTER, C.SIMPLE),
    ("простое письмо", T.LETTER, C.SIMPLE),
    ("Письмо", T.LETTER, None),
    ("Письмо с объявленной ценностью", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Письмо с ОЦ", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Ценное письмо", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Письмо ценное", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Письмо с о.ц.", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Письмо с объявл. ценностью", T.LETTER, C.WITH_DECLARED_VALUE),
    ("Письмо с ОЦ и НП", T.LETTER, VALUE_COD),
    ("Письмо 1 класса", T.LETTER_CLASS_1, None),
    ("Письмо 1-го класса заказное", T.LETTER_CLASS_1, C.ORDERED),
    ("Письмо первого класса с ОЦ", T.LETTER_CLASS_1, C.WITH_DECLARED_VALUE),
    ("Письмо 1кл. заказное", T.LETTER_CLASS_1, C.ORDERED),
    ("Заказное письмо 1 класса", T.LETTER_CLASS_1, C.ORDERED),
    ("Бандероль заказная", T.BANDEROL, C.ORDERED),
    ("Заказная бандероль", T.BANDEROL, C.ORDERED),
    ("Бандероль простая", T.BANDEROL, C.SIMPLE),
    ("Бандероль с объявленной ценностью", T.BANDEROL, C.WITH_DECLARED_VALUE),
    ("Бандероль с ОЦ и НП", T.BANDEROL, VALUE_COD),
    ("Бандероль с ОЦ/НП", T.BANDEROL, VALUE_COD),
    ("Бандероль с объявленной ценностью и наложенным платежом", T.BANDEROL, VALUE_COD),
    ("Бандероль 1 класса", T.BANDEROL_CLASS_1, None),
    ("Бандероль 1 класса с объявленной ценностью", T.BANDEROL_CLASS_1, C.WITH_DECLARED_VALUE),
    ("Бандероль 1 кл. заказная", T.BANDEROL_CLASS_1, C.ORDERED),
    ("Бандероль первого класса с ОЦ и НП", T.BANDEROL_CLASS_1, VALUE_COD),
    ("Посылка", T.POSTAL_PARCEL, None),
    ("Посылка обыкновенная", T.POSTAL_PARCEL, C.ORDINARY),
    ("Обыкновенная посылка", T.POSTAL_PARCEL, C.ORDINARY),
    ("Посылка обыкн.", T.POSTAL_PARCEL, C.ORDINARY),
    ("Посылка с объявленной ценностью", T.POSTAL_PARCEL, C.WITH_DECLARED_VALUE),
    ("Посылка с объявленной ценностью и наложенным платежом", T.POSTAL_PARCEL, VALUE_COD),
    ("Посылка с ОЦ и НП", T.POSTAL_PARCEL, VALUE_COD),
    ("Посылка с НП", T.POSTAL_PARCEL, VALUE_COD),
    ("Посылка ОЦ НП", T.POSTAL_PARCEL, VALUE_COD),
    ("Посылка ценная с наложенным платежом", T.POSTAL_PARCEL, VALUE_COD),
    ("Посылка нестандартная с ОЦ", T.POSTAL_PARCEL, C.WITH_DECLARED_VALUE),
    ("Посылка стандартная обыкновенная", T.POSTAL_PARCEL, C.ORDINARY),
    ("Посылка с обязательным платежом", T.POSTAL_PARCEL, C.WITH_COMPULSORY_PAYMENT),
    ("Посылка 1 класса", T.PARCEL_CLASS_1, None),
    ("Посылка 1 класса с ОЦ", T.PARCEL_CLASS_1, C.WITH_DECLARED_VALUE),
    ("Посылка первого класса обыкновенная", T.PARCEL_CLASS_1, C.ORDINARY),
    ("Посылка онлайн", T.ONLINE_PARCEL, None),
    ("Онлайн посылка с ОЦ", T.ONLINE_PARCEL, C.WITH_DECLARED_VALUE),
    ("EMS", T.EMS, None),
    ("ems", T.EMS, None),
    ("ЕМС", T.EMS, None),
    ("EMS отправление", T.EMS, None),
    ("EMS с ОЦ", T.EMS, C.WITH_DECLARED_VALUE),
    ("Отправление EMS с объявленной ценностью", T.EMS, C.WITH_DECLARED_VALUE),
    ("Мелкий пакет", T.SMALL_PACKET, None),
    ("Мелкий пакет заказной", T.SMALL_PACKET, C.ORDERED),
    ("Заказной мелкий пакет", T.SMALL_PACKET, C.ORDERED),
    ("Почтовая карточка", T.POSTCARD, None),
    ("Почтовая карточка заказная", T.POSTCARD, C.ORDERED),
    ("Открытка простая", T.POSTCARD, C.SIMPLE),
    ("РПО письмо заказное", T.LETTER, C.ORDERED),
    ("Внутреннее письмо заказное", T.LETTER, C.ORDERED),
    ("Письмо заказное.", T.LETTER, C.ORDERED),
    ("письмо\nзаказное", T.LETTER, C.ORDERED),
    ("Пиcьмо заказное".replace("c", "с"), T.LETTER, C.ORDERED),
    ("заказное", None, C.ORDERED),
    ("с объявленной ценностью", None, C.WITH_DECLARED_VALUE),
    ("ordered letter", T.LETTER, C.ORDERED),
    ("2", T.LETTER, None),
    ("3", T.BANDEROL, None),
    ("4", T.POSTAL_PARCEL, None),
    ("7", T.EMS, None),
    ("47", T.PARCEL_CLASS_1, None),
    ("2010", T.LETTER, C.ORDERED),
    ("2000", T.LETTER, C.SIMPLE),
    ("2020", T.LETTER, C.WITH_DECLARED_VALUE),
    ("3010", T.BANDEROL, C.ORDERED),
    ("4030", T.POSTAL_PARCEL, C.ORDINARY),
    ("4040", T.POSTAL_PARCEL, VALUE_COD),
    ("47020", T.PARCEL_CLASS_1, C.WITH_DECLARED_VALUE),
    ("15010", T.LETTER_CLASS_1, C.ORDERED),
]

UNKNOWN = [
    "Письмо секретное",
    "Посылка бандероль",
    "Письмо простое заказное",
    "Письмо 2 класса",
    "Пакет",  # a packet alone is not a small packet
    "Бандероль обыкновенная с ОЦ",
    "EMS 1 класса",
    "9999",
    "",
    "1",
    "Курьер",
]


def test_there_are_enough_real_phrasings():
    assert len(PHRASES) >= 60


@pytest.mark.parametrize(("phrase", "mail_type", "category"), PHRASES)
def test_phrase(phrase, mail_type, category):
    kind = parse_kind(phrase)
    assert (kind.mail_type, kind.category) == (mail_type, category)


@pytest.mark.parametrize("phrase", UNKNOWN)
def test_unknown_phrase_is_refused(phrase):
    with pytest.raises(UnknownKind) as caught:
        parse_kind(phrase)
    assert caught.value.phrase == phrase


def test_numbers_from_spreadsheets_are_codes():
    assert parse_kind(2010.0).category is C.ORDERED
    assert parse_kind(4).mail_type is T.POSTAL_PARCEL


def test_title_words_are_read_leniently():
    kind = parse_kind("Список № 12 заказных писем от 01.03.2026", strict=False)
    assert (kind.mail_type, kind.category) == (T.LETTER, C.ORDERED)
    with pytest.raises(UnknownKind):
        parse_kind("Список № 12 заказных писем", strict=True)


def _restyle(phrase: str, seed: int) -> str:
    """The same words in another order, case, ё for е, spacing and punctuation."""
    rng = random.Random(seed)
    words = phrase.split()
    rng.shuffle(words)
    styled = []
    yo = {"е": "ё", "Е": "Ё"}
    for word in words:
        cased = "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in word)
        styled.append("".join(yo.get(c, c) if rng.random() < 0.3 else c for c in cased))
    joiners = [" ", "  ", ", ", " - ", "\u00a0", "\t", " / ", "; "]
    text = styled[0]
    for word in styled[1:]:
        text += rng.choice(joiners) + word
    return rng.choice(["", " ", "«", "("]) + text + rng.choice(["", ".", " ", "»", ")"])


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PHRASES), st.integers(0, 2**32))
def test_order_case_yo_and_spacing_never_change_the_result(case, seed):
    phrase, mail_type, category = case
    restyled = _restyle(phrase, seed)
    kind = parse_kind(restyled)
    assert (kind.mail_type, kind.category) == (mail_type, category), restyled


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(UNKNOWN[:7]), st.integers(0, 2**32))
def test_restyled_unknown_phrases_stay_unknown(phrase, seed):
    with pytest.raises(UnknownKind):
        parse_kind(_restyle(phrase, seed))


def test_words_split_digits_from_letters():
    assert words_of("Письмо 1кл.") == ["письмо", "1", "кл"]
