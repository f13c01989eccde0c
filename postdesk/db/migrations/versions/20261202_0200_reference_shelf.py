"""The reference shelf: imported price lists, delivery-time norms, the transport schedule,
forms and packaging with stock, organisations and guiding documents.

Revision ID: 0007_reference
Revises: 0006_money
Create Date: 2026-12-02 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_reference"
down_revision = "0007_prospects"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20, create_constraint=False)


def upgrade() -> None:
    op.create_table(
        "price_list_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=80), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("sample", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list_versions")),
        sa.UniqueConstraint("version", name=op.f("uq_price_list_versions_version")),
    )
    with op.batch_alter_table("price_list_versions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_price_list_versions_effective_from"), ["effective_from"], unique=False
        )
    op.create_table(
        "price_list_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("price_kop", sa.BigInteger(), nullable=False),
        sa.Column("vat_percent", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["price_list_versions.id"],
            name=op.f("fk_price_list_entries_version_id_price_list_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_price_list_entries")),
        sa.UniqueConstraint("version_id", "code", name=op.f("uq_price_list_entries_version_id_code")),
    )
    op.create_table(
        "delivery_norms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_prefix", sa.String(length=6), nullable=False),
        sa.Column("to_prefix", sa.String(length=6), nullable=False),
        sa.Column("mail_class", sa.String(length=30), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("days >= 0", name=op.f("ck_delivery_norms_days_not_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_norms")),
    )
    with op.batch_alter_table("delivery_norms", schema=None) as batch_op:
        batch_op.create_index(
            "ix_delivery_norms_lookup", ["to_prefix", "mail_class", "from_prefix"], unique=False
        )
    op.create_table(
        "transport_routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind", _enum("routekind", "inter_regional", "inter_district", "intra_district"), nullable=False
        ),
        sa.Column("to_prefix", sa.String(length=6), nullable=False),
        sa.Column("weekdays", sa.String(length=7), nullable=False),
        sa.Column("departs_at", sa.Time(), nullable=False),
        sa.Column("ready_minutes", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_routes")),
    )
    with op.batch_alter_table("transport_routes", schema=None) as batch_op:
        batch_op.create_index("ix_transport_routes_to_prefix", ["to_prefix"], unique=False)
    op.create_table(
        "form_items",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", _enum("formkind", "form", "packaging"), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("price_kop", sa.BigInteger(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("low_stock", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_form_items_stock_not_negative")),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_form_items")),
    )
    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_code", sa.String(length=40), nullable=False),
        sa.Column("kind", _enum("stockmovementkind", "received", "sold", "written_off"), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("service_record_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["form_code"],
            ["form_items.code"],
            name=op.f("fk_stock_movements_form_code_form_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_record_id"],
            ["service_records.id"],
            name=op.f("fk_stock_movements_service_record_id_service_records"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_movements_form_code"), ["form_code"], unique=False)
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "kind",
            _enum("organisationkind", "partner", "higher", "competitor_office", "other"),
            nullable=False,
        ),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=400), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)
    op.create_table(
        "guiding_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guiding_documents")),
    )


def downgrade() -> None:
    op.drop_table("guiding_documents")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_name"))
    op.drop_table("organisations")
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_movements_form_code"))
    op.drop_table("stock_movements")
    op.drop_table("form_items")
    with op.batch_alter_table("transport_routes", schema=None) as batch_op:
        batch_op.drop_index("ix_transport_routes_to_prefix")
    op.drop_table("transport_routes")
    with op.batch_alter_table("delivery_norms", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_norms_lookup")
    op.drop_table("delivery_norms")
    op.drop_table("price_list_entries")
    with op.batch_alter_table("price_list_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_price_list_versions_effective_from"))
    op.drop_table("price_list_versions")
