"""Demo data: one user per role and about thirty corporate clients with valid requisites.

Names and addresses are invented but realistic; INN, OGRN, BIK and accounts carry correct
check digits so the demo behaves like real data at every validation step.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from postdesk.common.errors import UserError
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.demo.batches import DemoBatchServices, seed_demo_batches
from postdesk.demo.money import seed_demo_money
from postdesk.demo.reference import seed_demo_reference
from postdesk.models.clients import Client, ClientStatus
from postdesk.models.contracts import PaymentTerms
from postdesk.models.users import Role
from postdesk.postal.requisites import account_check_digit, inn_check_digits, ogrn_check_digit
from postdesk.services.clients.data import ClientDraft, ContactDraft, ContractDraft
from postdesk.services.clients.service import ClientService
from postdesk.services.context import Actor
from postdesk.services.password_policy import password_problem
from postdesk.services.users import UserService

ORGANISATIONS = [
    ("ПАО", "Сбережения и кредит", "банк"),
    ("АО", "Городские электросети", "энергосбыт"),
    ("ООО", "Водоканал-Сервис", "водоснабжение"),
    ("ООО", "Управляющая компания «Уютный дом»", "ЖКХ"),
    ("АО", "Страховая группа «Надёжность»", "страхование"),
    ("ООО", "Книжный клуб «Читай»", "издательство"),
    ("ООО", "Интернет-магазин «Полка»", "торговля"),
    ("ГБУ", "Многофункциональный центр района", "госуслуги"),
    ("ФКУ", "Центр социальных выплат", "госуслуги"),
    ("АО", "Теплосеть", "теплоснабжение"),
    ("ООО", "Газпромрегионсбыт-Поволжье", "газоснабжение"),
    ("ПАО", "Телеком-Регион", "связь"),
    ("ООО", "Микрофинанс «Быстрый займ»", "финансы"),
    ("АО", "Негосударственный пенсионный фонд «Опора»", "пенсии"),
    ("ООО", "Медицинский центр «Здоровье»", "медицина"),
    ("ГУ", "Отделение Социального фонда", "госуслуги"),
    ("ООО", "Юридическая фирма «Право и дело»", "юристы"),
    ("АО", "Издательский дом «Вечерний город»", "СМИ"),
    ("ООО", "Коллекторское агентство «Возврат»", "взыскание"),
    ("МУП", "Городской транспорт", "транспорт"),
    ("ООО", "Оптовая база «Семена Поволжья»", "торговля"),
    ("АО", "Автодор-Сервис", "дороги"),
    ("ООО", "Типография «Печатный двор»", "полиграфия"),
    ("ООО", "Школа иностранных языков «Диалог»", "образование"),
    ("ФГБОУ ВО", "Поволжский государственный университет", "образование"),
    ("ООО", "Ветеринарная клиника «Айболит»", "медицина"),
    ("АО", "Лизинговая компания «Развитие»", "финансы"),
    ("ООО", "Садовый центр «Дачник»", "торговля"),
    ("АО", "Мусороуборочная компания «Чистый город»", "ЖКХ"),
]
LEGAL_FORMS = {
    "ООО": "Общество с ограниченной ответственностью",
    "АО": "Акционерное общество",
    "ПАО": "Публичное акционерное общество",
}
INDIVIDUALS = [("ИП", "Смирнова Ольга Викторовна"), ("ИП", "Ковалёв Андрей Петрович")]

STREETS = [
    "ул. Ленина",
    "ул. Гагарина",
    "пр. Мира",
    "ул. Советская",
    "ул. Московская",
    "ул. Садовая",
    "пр. Победы",
    "ул. Пушкина",
    "ул. Кирова",
    "ул. Пензенская",
]
CITIES = [
    ("430005", "г. Саранск", "Республика Мордовия"),
    ("440026", "г. Пенза", "Пензенская обл."),
    ("410012", "г. Саратов", "Саратовская обл."),
    ("432017", "г. Ульяновск", "Ульяновская обл."),
]
FIRST_NAMES = [
    ("Ирина", "Сергеевна"),
    ("Алексей", "Николаевич"),
    ("Татьяна", "Александровна"),
    ("Дмитрий", "Владимирович"),
    ("Елена", "Игоревна"),
    ("Сергей", "Михайлович"),
    ("Наталья", "Юрьевна"),
    ("Михаил", "Андреевич"),
]
LAST_NAMES = [
    ("Иванова", "Иванов"),
    ("Кузнецова", "Кузнецов"),
    ("Попова", "Попов"),
    ("Волкова", "Волков"),
    ("Морозова", "Морозов"),
    ("Лебедева", "Лебедев"),
    ("Новикова", "Новиков"),
    ("Фёдорова", "Фёдоров"),
]
POSITIONS = [
    "главный бухгалтер",
    "начальник канцелярии",
    "менеджер по логистике",
    "офис-менеджер",
    "руководитель отдела претензионной работы",
    "секретарь",
]
BANKS = [
    ("ПАО Сбербанк, Мордовское отделение № 8589", "048952615"),
    ("АО «Россельхозбанк», Пензенский филиал", "045655718"),
    ("Саратовский филиал ПАО «Совкомбанк»", "046311904"),
]


@dataclass(frozen=True)
class DemoAccount:
    login: str
    full_name: str
    role: Role
    password: str


def _phone(rng: random.Random) -> str:
    return f"+7 (8342) {rng.randint(20, 79)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"


def _person(rng: random.Random) -> str:
    first, patronymic = rng.choice(FIRST_NAMES)
    female = patronymic.endswith("на")
    last = rng.choice(LAST_NAMES)[0 if female else 1]
    return f"{last} {first} {patronymic}"


def _bank(rng: random.Random) -> tuple[str, str, str, str]:
    name, bik = rng.choice(BANKS)
    corr = account_check_digit(bik, "30101810" + "0" + "00000000" + bik[-3:], correspondent=True)
    settlement = account_check_digit(
        bik, "40702810" + "0" + f"{rng.randint(0, 10**11 - 1):011d}", correspondent=False
    )
    return name, bik, settlement, corr


def demo_clients(today: dt.date, seed: int = 2026) -> list[tuple[ClientDraft, list[ContractDraft]]]:
    """About thirty clients; a few contracts end within 30 days so the warning shows."""
    rng = random.Random(seed)
    result = []
    entries = [(form, name, True) for form, name, _kind in ORGANISATIONS] + [
        (f, n, False) for f, n in INDIVIDUALS
    ]
    for index, (form, name, organisation) in enumerate(entries):
        postcode, city, region = rng.choice(CITIES)
        region_code = {"430005": "13", "440026": "58", "410012": "64", "432017": "73"}[postcode]
        if organisation:
            inn = inn_check_digits(f"{region_code}{rng.randint(0, 9999999):07d}")
            kpp = f"{region_code}{rng.randint(1, 99):02d}01001"
            year = f"{rng.randint(2, 24):02d}"
            ogrn_prefix = f"1{year}{region_code}{rng.randint(0, 9999999):07d}"
            ogrn = ogrn_prefix + ogrn_check_digit(ogrn_prefix)
            quoted = name if "«" in name else f"«{name}»"
            full = f"{LEGAL_FORMS.get(form, form)} {quoted}"
            short = f"{form} {quoted}"
        else:
            inn = inn_check_digits(f"{region_code}{rng.randint(0, 99999999):08d}")
            kpp = ""
            ogrnip_prefix = f"3{rng.randint(10, 24)}{region_code}{rng.randint(0, 999999999):09d}"
            ogrn = ogrnip_prefix + ogrn_check_digit(ogrnip_prefix)
            full = f"Индивидуальный предприниматель {name}"
            short = f"ИП {name}"
        address = f"{postcode}, {region}, {city}, {rng.choice(STREETS)}, д. {rng.randint(1, 120)}"
        bank_name, bik, settlement, corr = _bank(rng)
        contacts = [
            ContactDraft(_person(rng), rng.choice(POSITIONS), _phone(rng), f"office{index + 1}@example.ru")
            for _ in range(rng.randint(1, 3))
        ]
        draft = ClientDraft(
            full_name=full,
            short_name=short,
            inn=inn,
            kpp=kpp,
            ogrn=ogrn,
            legal_address=address,
            postal_address=address,
            phones=_phone(rng),
            email=f"info{index + 1}@example.ru",
            bank_name=bank_name,
            bik=bik,
            settlement_account=settlement,
            correspondent_account=corr,
            contacts=contacts,
        )
        contracts = []
        if index % 9 != 8:  # a few prospects without a contract yet
            signed = today - dt.timedelta(days=rng.randint(60, 900))
            ends = today + dt.timedelta(days=(5 + index * 3) if index % 6 == 0 else rng.randint(60, 700))
            contracts.append(
                ContractDraft(
                    client_id=0,
                    number=f"{rng.randint(10, 99)}-{signed.year}/{index + 1:03d}",
                    signed_on=signed,
                    starts_on=signed,
                    ends_on=ends,
                    services=[
                        *rng.sample(
                            [
                                "batch_mail",
                                "parcels",
                                "money_transfers",
                                "cod_remittance",
                                "courier_pickup",
                                "forms_and_stamps",
                                "subscriptions",
                            ],
                            k=rng.randint(1, 4),
                        ),
                        "batch_mail",
                    ],
                    accept_without_client=rng.random() < 0.3,
                    lists_electronic=rng.random() < 0.5,
                    lists_on_media=rng.random() < 0.6,
                    discount_percent=Decimal(rng.choice(["0", "0", "3", "5", "7.5"])),
                    payment_terms=rng.choice(list(PaymentTerms)),
                    credit_limit_kop=rng.choice([3_000_000, 5_000_000, 20_000_000]),
                )
            )
        else:
            draft.status = ClientStatus.PROSPECT
        result.append((draft, contracts))
    return result


def _demo_password(login: str) -> str:
    """Eight random characters that pass the password policy (letters and digits)."""
    while True:
        letters = "".join(secrets.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(6))
        password = letters + f"{secrets.randbelow(100):02d}"
        if password_problem(password, login, 8) is None:
            return password


def seed_demo(
    uow: UnitOfWorkFactory,
    users: UserService,
    clients: ClientService,
    today: dt.date | None = None,
    *,
    batches: DemoBatchServices | None = None,
) -> list[DemoAccount]:
    """Create the demo accounts and clients; returns the accounts with their new passwords."""
    today = today or dt.date.today()
    with uow() as tx:
        if tx.session.scalar(select(func.count()).select_from(Client)):
            raise UserError("the database already has clients; the demo seeds only an empty database")
    admin = Actor.system("demo")
    accounts = []
    for login, name, role in [
        ("operator", "Петрова Анна Сергеевна", Role.OPERATOR),
        ("supervisor", "Соколов Игорь Валентинович", Role.SUPERVISOR),
        ("admin", "Администратор системы", Role.ADMIN),
    ]:
        password = _demo_password(login)
        users.add_user(admin, login, name, role, password)
        accounts.append(DemoAccount(login, name, role, password))
    for draft, contracts in demo_clients(today):
        client_id = clients.save_client(admin, draft)
        for contract in contracts:
            contract.client_id = client_id
            clients.save_contract(admin, contract)
    seed_demo_money(uow, clients, today)
    seed_demo_reference(uow, today)
    if batches is not None:
        seed_demo_batches(uow, batches, today)
    return accounts
