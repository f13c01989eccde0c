"""Demo reference shelf for the Saransk office (430005): an imported price list (marked as a
sample), delivery-time norms to every region, a transport schedule extract, forms and packaging
with stock (two running low), organisations and one guiding document, so the Reference page
and the counter's questions ("how long?", "when does it leave?") have answers at once.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from reportlab.pdfgen import canvas
from sqlalchemy import insert

from postdesk.common.paths import resource_path
from postdesk.db.uow import UnitOfWorkFactory
from postdesk.models.reference import (
    DeliveryNorm,
    FormItem,
    FormKind,
    GuidingDocument,
    Organisation,
    OrganisationKind,
    PostcodeRegion,
    PriceListEntry,
    PriceListVersion,
    RouteKind,
    StockMovement,
    StockMovementKind,
    TransportRoute,
)
from postdesk.printing.fonts import register_fonts
from postdesk.services import audit
from postdesk.services.context import Actor
from postdesk.services.reference.importers import ImportKind
from postdesk.services.reference.imports import read_file

OFFICE_REGION = "430"
NEIGHBOURS = ("440", "410", "432", "603", "420")  # Penza, Saratov, Ulyanovsk, Nizhny Novgorod, Kazan

PRICES = [
    ("copying", "Ксерокопирование, лист А4", "page", 1200, "non_core"),
    ("lamination", "Ламинирование, лист А4", "page", 9000, "non_core"),
    ("packaging", "Коробка почтовая, тип S", "item", 13000, "non_core"),
    ("courier_pickup", "Курьерский сбор отправлений", "item", 65000, "non_core"),
    ("notice_ordered", "Уведомление о вручении заказное", "item", 5000, "postal"),
]

FORMS = [
    ("f103", "Список ф. 103 (бланк)", FormKind.FORM, 300, 400, 50),
    ("f107", "Опись вложения ф. 107", FormKind.FORM, 350, 30, 40),
    ("f116", "Бланк наложенного платежа ф. 116", FormKind.FORM, 400, 250, 30),
    ("f119", "Уведомление о вручении ф. 119", FormKind.FORM, 250, 800, 100),
    ("box_s", "Коробка почтовая, тип S", FormKind.PACKAGING, 13000, 25, 10),
    ("box_m", "Коробка почтовая, тип M", FormKind.PACKAGING, 18000, 6, 8),
    ("envelope_c4", "Конверт С4 с окном", FormKind.PACKAGING, 2500, 300, 50),
    ("bubble_a5", "Пакет с воздушной подушкой А5", FormKind.PACKAGING, 6000, 120, 20),
]

ORGANISATIONS = [
    (
        "УФПС Республики Мордовия",
        OrganisationKind.HIGHER,
        "+7 8342 00-10-10",
        "Иванова Анна Петровна",
        "430000, г. Саранск, ул. Большевистская, 31",
    ),
    ("Почтамт г. Саранска", OrganisationKind.HIGHER, "+7 8342 00-20-20", "Кузнецов Олег Игоревич", ""),
    (
        "Типография «Печатный двор» (бланки)",
        OrganisationKind.PARTNER,
        "+7 8342 00-30-30",
        "Морозова Елена",
        "",
    ),
    (
        "Служба доставки «Быстрая посылка», пункт выдачи",
        OrganisationKind.COMPETITOR_OFFICE,
        "+7 8342 00-40-40",
        "",
        "г. Саранск, пр. Ленина, 12",
    ),
    ("Поставщик упаковки «Короб-Сервис»", OrganisationKind.PARTNER, "+7 8342 00-50-50", "Павлов Денис", ""),
]

ROUTES = [
    ("М-101", "Саранск — Москва", RouteKind.INTER_REGIONAL, "", "12345", dt.time(19, 30), 90),
    ("М-117", "Саранск — Пенза", RouteKind.INTER_REGIONAL, "440", "135", dt.time(14, 0), 60),
    ("Р-12", "Саранск — Рузаевка", RouteKind.INTER_DISTRICT, "431", "1234567", dt.time(11, 30), 45),
    ("В-3", "Городские отделения", RouteKind.INTRA_DISTRICT, "430", "123456", dt.time(15, 0), 30),
]


def _norm_rows() -> list[dict[str, object]]:
    """A default per region prefix and class, shorter to the neighbours and within the region."""
    rows: list[dict[str, object]] = [
        {"from_prefix": "", "to_prefix": "", "mail_class": "", "days": 9, "note": "по России"},
        {"from_prefix": "", "to_prefix": "", "mail_class": "EMS", "days": 5, "note": "EMS по России"},
    ]
    rng = random.Random(430)
    for region in range(100, 700):
        prefix = str(region)
        base = 2 if prefix == OFFICE_REGION else 4 if prefix in NEIGHBOURS else rng.randint(5, 11)
        for mail_class, extra in (("LETTER", 0), ("BANDEROL", 1), ("POSTAL_PARCEL", 2), ("EMS", -2)):
            rows.append(
                {
                    "from_prefix": OFFICE_REGION,
                    "to_prefix": prefix,
                    "mail_class": mail_class,
                    "days": max(1, base + extra),
                    "note": "",
                }
            )
    rows.append(
        {"from_prefix": "430005", "to_prefix": "430005", "mail_class": "", "days": 1, "note": "город"}
    )
    return rows


def _region_rows() -> list[dict[str, object]]:
    """The shipped sample of the postcode → region table, as an import would store it."""
    parsed = read_file(ImportKind.REGIONS, resource_path("reference", "postcode_regions_sample.csv"))
    return [{"prefix": r.prefix, "name": r.name} for r in parsed.rows]


def _document_pdf() -> bytes:
    fonts = register_fonts()
    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.setFont(fonts.bold, 14)
    sheet.drawString(72, 760, "Памятка оператора: приём партионной почты")
    sheet.setFont(fonts.regular, 11)
    lines = [
        "1. Проверьте список ф. 103 и сверьте количество отправлений.",
        "2. Взвесьте каждое отправление; расхождение с заявленной массой отметьте.",
        "3. Присвойте ШПИ из диапазона отделения или договора.",
        "4. Рассчитайте плату по тарифу, действующему в день приёма.",
        "5. Назовите клиенту контрольный срок и ближайшую отправку.",
        "Образец для демонстрации программы.",
    ]
    for number, line in enumerate(lines):
        sheet.drawString(72, 720 - number * 18, line)
    sheet.showPage()
    sheet.save()
    return out.getvalue()


def seed_demo_reference(uow: UnitOfWorkFactory, today: dt.date) -> None:
    """Write the demo shelf in one unit of work (one audit entry says the demo did it)."""
    actor = Actor.system("demo")
    with uow() as tx:
        session = tx.session
        version = PriceListVersion(
            version="demo-import",
            title="Прейскурант отделения (образец для демонстрации)",
            effective_from=today.replace(day=1),
            sample=True,
            source="demo",
            user_login="demo",
        )
        session.add(version)
        session.flush()
        session.execute(
            insert(PriceListEntry),
            [
                {
                    "version_id": version.id,
                    "code": c,
                    "name": n,
                    "unit": u,
                    "price_kop": p,
                    "vat_percent": 20,
                    "group": g,
                }
                for c, n, u, p, g in PRICES
            ],
        )
        session.execute(insert(DeliveryNorm), _norm_rows())
        session.execute(insert(PostcodeRegion), _region_rows())
        session.execute(
            insert(TransportRoute),
            [
                {
                    "route": r,
                    "name": n,
                    "kind": k,
                    "to_prefix": p,
                    "weekdays": d,
                    "departs_at": t,
                    "ready_minutes": m,
                }
                for r, n, k, p, d, t, m in ROUTES
            ],
        )
        for code, name, kind, price, stock, low in FORMS:
            session.add(
                FormItem(
                    code=code,
                    name=name,
                    kind=kind,
                    unit="item",
                    price_kop=price,
                    stock=stock,
                    low_stock=low,
                    active=True,
                )
            )
        session.flush()
        session.execute(
            insert(StockMovement),
            [
                {
                    "form_code": code,
                    "kind": StockMovementKind.RECEIVED,
                    "quantity": stock,
                    "user_login": "demo",
                    "note": "demo",
                }
                for code, _n, _k, _p, stock, _l in FORMS
            ],
        )
        for name, org_kind, phone, contact, address in ORGANISATIONS:
            session.add(
                Organisation(name=name, kind=org_kind, phone=phone, contact_person=contact, address=address)
            )
        content = _document_pdf()
        session.add(
            GuidingDocument(
                title="Памятка оператора по приёму партионной почты",
                effective_from=today.replace(month=1, day=1),
                filename="pamyatka-operatora.pdf",
                size=len(content),
                content=content,
                user_login="demo",
            )
        )
        audit.record(session, actor, "demo_reference_seed", "reference", "demo", after={"forms": len(FORMS)})
        tx.commit()
