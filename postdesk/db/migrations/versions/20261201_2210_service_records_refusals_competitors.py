"""Service records for every counter service: outcome, refusal reasons, competitors and their prices.

Revision ID: 0006_records
Revises: 0005
Create Date: 2026-12-01 22:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_records"
down_revision = "0006_accounts"
branch_labels = None
depends_on = None

# Reference data shown as is, so names are in Russian; codes are stable English words.
REASONS = [
    ("price", "Цена", "declined", 10),
    ("terms", "Сроки или скорость доставки", "declined", 20),
    ("competitor", "У конкурента дешевле", "declined", 30),
    ("competitor_convenient", "У конкурента удобнее", "declined", 40),
    ("no_need", "Сейчас не нужно", "declined", 50),
    ("quality", "Жалоба на качество", "declined", 60),
    ("documents_missing", "Нет нужных документов", "any", 70),
    ("not_offered", "Услуга здесь не оказывается", "not_possible", 80),
    ("limit_debt", "Лимит исчерпан или есть задолженность", "not_possible", 90),
    ("out_of_stock", "Нет бланков или товара в наличии", "not_possible", 100),
    ("equipment", "Неисправно оборудование", "not_possible", 110),
    ("other", "Другое", "any", 120),
]

NEW_SERVICES = [
    ("packaging", "Продажа упаковки", 65),
    ("consultation", "Консультация", 110),
]

# Sample prices of our own (kopecks per unit), replaced by the office with its current ones.
OUR_PRICES = {
    "batch_mail": (3400, "item"),
    "parcels": (35000, "item"),
    "ems": (90000, "item"),
    "money_transfers": (15000, "item"),
    "cod_remittance": (9000, "item"),
    "forms_and_stamps": (3500, "item"),
    "packaging": (12000, "item"),
    "subscriptions": (45000, "month"),
    "courier_pickup": (60000, "item"),
    "po_box": (150000, "month"),
    "direct_mail": (1500, "item"),
}

# Every column the reports filter, group or sum, so they read the index alone.
REPORT_INDEX_COLUMNS = [
    "outcome",
    "at",
    "client_id",
    "items_count",
    "amount_kop",
    "kind",
    "user_login",
    "reason_code",
    "competitor_id",
    "competitor_price_kop",
]


def upgrade() -> None:
    op.create_table(
        "refusal_reasons",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("scope", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_refusal_reasons")),
    )
    op.create_table(
        "competitors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitors")),
        sa.UniqueConstraint("name", name=op.f("uq_competitors_name")),
    )
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(sa.Column("our_price_kop", sa.BigInteger(), nullable=True))
        batch_op.add_column(
            sa.Column("price_unit", sa.String(length=20), nullable=False, server_default="item")
        )

    with op.batch_alter_table("service_records", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("outcome", sa.String(length=20), nullable=False, server_default="given")
        )
        batch_op.add_column(sa.Column("contact_person_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reason_code", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("competitor_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("competitor_price_kop", sa.BigInteger(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_service_records_contact_person_id_contact_persons"),
            "contact_persons",
            ["contact_person_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_service_records_reason_code_refusal_reasons"),
            "refusal_reasons",
            ["reason_code"],
            ["code"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_service_records_competitor_id_competitors"),
            "competitors",
            ["competitor_id"],
            ["id"],
        )
        batch_op.drop_index(batch_op.f("ix_service_records_client_id"))
        batch_op.create_index("ix_service_records_client_at", ["client_id", "at"], unique=False)
        batch_op.create_index("ix_service_records_reports", REPORT_INDEX_COLUMNS, unique=False)

    op.create_table(
        "price_observations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("price_kop", sa.BigInteger(), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("observed_on", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("service_record_id", sa.Integer(), nullable=True),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitors.id"],
            name=op.f("fk_price_observations_competitor_id_competitors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_code"], ["services.code"], name=op.f("fk_price_observations_service_code_services")
        ),
        sa.ForeignKeyConstraint(
            ["service_record_id"],
            ["service_records.id"],
            name=op.f("fk_price_observations_service_record_id_service_records"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_observations")),
    )
    with op.batch_alter_table("price_observations", schema=None) as batch_op:
        batch_op.create_index("ix_price_observations_service", ["service_code", "observed_on"], unique=False)
        batch_op.create_index(
            "ix_price_observations_competitor", ["competitor_id", "service_code", "observed_on"], unique=False
        )

    reasons = sa.table(
        "refusal_reasons",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("scope", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        reasons,
        [{"code": c, "name": n, "scope": s, "sort_order": o, "active": True} for c, n, s, o in REASONS],
    )
    services = sa.table(
        "services",
        sa.column("code", sa.String),
        sa.column("name", sa.String),
        sa.column("sort_order", sa.Integer),
        sa.column("our_price_kop", sa.BigInteger),
        sa.column("price_unit", sa.String),
    )
    op.bulk_insert(
        services,
        [{"code": c, "name": n, "sort_order": o, "price_unit": "item"} for c, n, o in NEW_SERVICES],
    )
    for code, (price, unit) in OUR_PRICES.items():
        op.execute(
            services.update().where(services.c.code == code).values(our_price_kop=price, price_unit=unit)
        )


def downgrade() -> None:
    with op.batch_alter_table("price_observations", schema=None) as batch_op:
        batch_op.drop_index("ix_price_observations_competitor")
        batch_op.drop_index("ix_price_observations_service")
    op.drop_table("price_observations")
    with op.batch_alter_table("service_records", schema=None) as batch_op:
        batch_op.drop_index("ix_service_records_reports")
        batch_op.drop_index("ix_service_records_client_at")
        batch_op.create_index(batch_op.f("ix_service_records_client_id"), ["client_id"], unique=False)
        batch_op.drop_constraint(
            batch_op.f("fk_service_records_competitor_id_competitors"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_service_records_reason_code_refusal_reasons"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_service_records_contact_person_id_contact_persons"), type_="foreignkey"
        )
        batch_op.drop_column("competitor_price_kop")
        batch_op.drop_column("competitor_id")
        batch_op.drop_column("reason_code")
        batch_op.drop_column("contact_person_id")
        batch_op.drop_column("outcome")
    op.execute(sa.text("DELETE FROM services WHERE code IN ('packaging', 'consultation')"))
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.drop_column("price_unit")
        batch_op.drop_column("our_price_kop")
    op.drop_table("competitors")
    op.drop_table("refusal_reasons")
