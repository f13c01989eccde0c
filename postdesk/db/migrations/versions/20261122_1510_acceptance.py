"""Acceptance: weighing, charges, identifier ranges, service records, queue and totals.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 15:10:28.942287
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "identifier_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=4), nullable=False),
        sa.Column("prefix", sa.String(length=8), nullable=False),
        sa.Column("suffix", sa.String(length=2), nullable=False),
        sa.Column("period", sa.String(length=7), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("first_serial", sa.Integer(), nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.Column("next_serial", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_identifier_ranges_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identifier_ranges")),
        sa.UniqueConstraint(
            "kind",
            "prefix",
            "suffix",
            "period",
            "first_serial",
            name=op.f("uq_identifier_ranges_kind_prefix_suffix_period_first_serial"),
        ),
    )
    with op.batch_alter_table("identifier_ranges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_identifier_ranges_contract_id"), ["contract_id"], unique=False)

    op.create_table(
        "service_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("items_count", sa.Integer(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batches.id"], name=op.f("fk_service_records_batch_id_batches")
        ),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_service_records_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name=op.f("fk_service_records_contract_id_contracts")
        ),
        sa.ForeignKeyConstraint(
            ["service_code"], ["services.code"], name=op.f("fk_service_records_service_code_services")
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_service_records_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_records")),
    )
    with op.batch_alter_table("service_records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_service_records_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_records_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_service_records_client_id"), ["client_id"], unique=False)

    op.create_table(
        "item_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("tariff_version", sa.String(length=60), nullable=False),
        sa.Column("mass_g", sa.Integer(), nullable=False),
        sa.Column("postage_kop", sa.BigInteger(), nullable=False),
        sa.Column("discount_kop", sa.BigInteger(), nullable=False),
        sa.Column("declared_value_fee_kop", sa.BigInteger(), nullable=False),
        sa.Column("notice_kop", sa.BigInteger(), nullable=False),
        sa.Column("inventory_kop", sa.BigInteger(), nullable=False),
        sa.Column("sms_kop", sa.BigInteger(), nullable=False),
        sa.Column("net_kop", sa.BigInteger(), nullable=False),
        sa.Column("vat_kop", sa.BigInteger(), nullable=False),
        sa.Column("total_kop", sa.BigInteger(), nullable=False),
        sa.Column("vat_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batches.id"], name=op.f("fk_item_charges_batch_id_batches"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["batch_items.id"],
            name=op.f("fk_item_charges_item_id_batch_items"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_charges")),
        sa.UniqueConstraint("item_id", name=op.f("uq_item_charges_item_id")),
    )
    with op.batch_alter_table("item_charges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_charges_batch_id"), ["batch_id"], unique=False)

    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weighed_mass_g", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("weight_source", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("weight_decision", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("weighed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("weighed_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("mass_g", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("barcode_allocated", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("status_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_foreign_key(
            batch_op.f("fk_batch_items_weighed_by_users"), "users", ["weighed_by"], ["id"]
        )

    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("without_client", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("received_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("received_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("received_workstation", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("documents_handed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("documents_handed_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("documents_recipient", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("accepted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("accepted_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("accepted_workstation", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("office_postcode", sa.String(length=6), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("tariff_version", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("tariff_sample", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column(
                "discount_percent", sa.Numeric(precision=5, scale=2), nullable=False, server_default="0"
            )
        )
        batch_op.add_column(sa.Column("postage_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("discount_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("declared_value_fee_kop", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("notice_fee_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(
            sa.Column("inventory_fee_kop", sa.BigInteger(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("sms_fee_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("net_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("vat_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("total_kop", sa.BigInteger(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("status_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_batches_accepted_at"), ["accepted_at"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_batches_documents_handed_by_users"), "users", ["documents_handed_by"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_batches_accepted_by_users"), "users", ["accepted_by"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_batches_received_by_users"), "users", ["received_by"], ["id"]
        )

    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "weight_tolerance_percent",
                sa.Numeric(precision=5, scale=2),
                nullable=False,
                server_default="2",
            )
        )
        batch_op.add_column(sa.Column("weight_tolerance_g", sa.Integer(), nullable=False, server_default="5"))


def downgrade() -> None:
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_column("weight_tolerance_g")
        batch_op.drop_column("weight_tolerance_percent")

    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_batches_received_by_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_batches_accepted_by_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_batches_documents_handed_by_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_batches_accepted_at"))
        batch_op.drop_column("status_reason")
        batch_op.drop_column("total_kop")
        batch_op.drop_column("vat_kop")
        batch_op.drop_column("net_kop")
        batch_op.drop_column("sms_fee_kop")
        batch_op.drop_column("inventory_fee_kop")
        batch_op.drop_column("notice_fee_kop")
        batch_op.drop_column("declared_value_fee_kop")
        batch_op.drop_column("discount_kop")
        batch_op.drop_column("postage_kop")
        batch_op.drop_column("discount_percent")
        batch_op.drop_column("tariff_sample")
        batch_op.drop_column("tariff_version")
        batch_op.drop_column("office_postcode")
        batch_op.drop_column("accepted_workstation")
        batch_op.drop_column("accepted_by")
        batch_op.drop_column("accepted_at")
        batch_op.drop_column("documents_recipient")
        batch_op.drop_column("documents_handed_by")
        batch_op.drop_column("documents_handed_at")
        batch_op.drop_column("received_workstation")
        batch_op.drop_column("received_by")
        batch_op.drop_column("received_at")
        batch_op.drop_column("without_client")

    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_batch_items_weighed_by_users"), type_="foreignkey")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("barcode_allocated")
        batch_op.drop_column("mass_g")
        batch_op.drop_column("weighed_by")
        batch_op.drop_column("weighed_at")
        batch_op.drop_column("weight_decision")
        batch_op.drop_column("weight_source")
        batch_op.drop_column("weighed_mass_g")

    with op.batch_alter_table("item_charges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_charges_batch_id"))

    op.drop_table("item_charges")
    with op.batch_alter_table("service_records", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_service_records_client_id"))
        batch_op.drop_index(batch_op.f("ix_service_records_batch_id"))
        batch_op.drop_index(batch_op.f("ix_service_records_at"))

    op.drop_table("service_records")
    with op.batch_alter_table("identifier_ranges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identifier_ranges_contract_id"))

    op.drop_table("identifier_ranges")
