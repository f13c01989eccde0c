"""Realistic sample documents: for the printer test page, the forms benchmark and the tests.

Identifiers carry correct check digits, so every barcode printed from a sample decodes to
a valid ШПИ or S10 code. The same seed always gives the same document.
"""

from __future__ import annotations

import datetime as dt
import random

from postdesk.postal.identifiers import make_rpo, make_s10, month_code
from postdesk.postal.mailclasses import MailCategory, MailRank, MailType, NoticeKind
from postdesk.printing.data import Document, DocumentHeader, DocumentItem, InventoryLine, Party

_SURNAMES = (
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Попов",
    "Васильев",
    "Петров",
    "Соколов",
    "Михайлов",
    "Новиков",
    "Фёдоров",
    "Морозов",
    "Волков",
    "Алексеев",
    "Лебедев",
    "Семёнов",
    "Егоров",
)
_NAMES = (
    ("Иван", "Иванович"),
    ("Пётр", "Сергеевич"),
    ("Алексей", "Николаевич"),
    ("Дмитрий", "Олегович"),
    ("Сергей", "Андреевич"),
    ("Михаил", "Юрьевич"),
)
_CITIES = (
    ("430005", "Республика Мордовия, г. Саранск"),
    ("440026", "Пензенская обл., г. Пенза"),
    ("410012", "Саратовская обл., г. Саратов"),
    ("432017", "Ульяновская обл., г. Ульяновск"),
    ("603000", "Нижегородская обл., г. Нижний Новгород"),
    ("420111", "Республика Татарстан, г. Казань"),
    ("443099", "Самарская обл., г. Самара"),
    ("109440", "г. Москва"),
)
_STREETS = (
    "ул. Ленина",
    "ул. Гагарина",
    "пр-т Мира",
    "ул. Советская",
    "ул. Большая Московская",
    "ул. Садовая",
    "пр-т Победы",
    "ул. Пушкина",
    "бульвар Эгерштрома",
    "ул. Красная",
)
_GOODS = (
    "Книга «История края»",
    "Футболка хлопковая",
    "Набор открыток",
    "Чехол для телефона",
    "Кружка керамическая",
    "Ежедневник А5",
    "Наушники проводные",
    "Календарь настенный",
)

SAMPLE_CLIENT = Party(
    name="ООО «Интернет-магазин Полка»",
    address="Республика Мордовия, г. Саранск, ул. Большевистская, д. 60, офис 12",
    postcode="430005",
    inn="1326192290",
    kpp="132601001",
    phone="+7 (8342) 24-15-63",
    bank_name="ПАО Сбербанк, Мордовское отделение № 8589",
    bik="048952615",
    settlement_account="40702810239000012345",
    correspondent_account="30101810100000000615",
)


def sample_header(day: dt.date | None = None) -> DocumentHeader:
    day = day or dt.date(2026, 11, 20)
    return DocumentHeader(
        office_postcode="430005",
        office_name="Саранск 430005 (отдел корпоративных клиентов)",
        client=SAMPLE_CLIENT,
        contract_number="45-2025/017",
        list_number="118",
        list_date=day,
        mail_type=MailType.POSTAL_PARCEL,
        mail_category=MailCategory.WITH_DECLARED_VALUE_AND_CASH_ON_DELIVERY,
        mail_rank=MailRank.WO_RANK,
        payment_method="CASHLESS",
        operator_name="Петрова А. С.",
    )


def sample_items(
    count: int, *, seed: int = 103, day: dt.date | None = None, s10_every: int = 0
) -> list[DocumentItem]:
    """``count`` items; every ``s10_every``-th item carries an S10 code instead of a ШПИ."""
    rng = random.Random(seed)
    month = month_code(day or dt.date(2026, 11, 20))
    items = []
    for seq in range(1, count + 1):
        first, patronymic = rng.choice(_NAMES)
        postcode, city = rng.choice(_CITIES)
        address = f"{city}, {rng.choice(_STREETS)}, д. {rng.randint(1, 180)}"
        if rng.random() < 0.6:
            address += f", кв. {rng.randint(1, 300)}"
        value = rng.choice((0, 0, 50_000, 150_000, 320_000))
        cod = value if value and rng.random() < 0.5 else 0
        lines: tuple[InventoryLine, ...] = ()
        if value and rng.random() < 0.4:
            first_value = value // 3
            lines = (
                InventoryLine(rng.choice(_GOODS), rng.randint(1, 3), first_value),
                InventoryLine(rng.choice(_GOODS), 1, value - first_value),
            )
        barcode = (
            make_s10("RA", 10_000_000 + seq)
            if s10_every and seq % s10_every == 0
            else make_rpo("430005", month, (seq - 1) % 99_999 + 1)
        )
        fee = rng.randint(18_000, 52_000)
        items.append(
            DocumentItem(
                seq=seq,
                barcode=barcode,
                recipient_name=f"{rng.choice(_SURNAMES)} {first} {patronymic}",
                address=address,
                postcode=postcode,
                phone=f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-"
                f"{rng.randint(10, 99)}-{rng.randint(10, 99)}"
                if rng.random() < 0.5
                else "",
                priced_mass_g=rng.randint(120, 4_800),
                declared_value_kop=value,
                cod_kop=cod,
                net_kop=fee,
                vat_kop=fee * 20 // 100,
                notice=rng.choice((NoticeKind.NONE, NoticeKind.NONE, NoticeKind.SIMPLE, NoticeKind.ORDERED)),
                inventory=lines,
            )
        )
    return items


def sample_document(count: int = 12, *, seed: int = 103, s10_every: int = 0) -> Document:
    return Document(sample_header(), sample_items(count, seed=seed, s10_every=s10_every))
