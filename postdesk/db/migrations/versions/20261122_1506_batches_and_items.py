"""Batches handed in by clients and their items (draft to accepted).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 15:06:03.639957
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "received",
                "accepted",
                "rejected",
                "voided",
                name="batchstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("list_number", sa.String(length=50), nullable=False),
        sa.Column("list_date", sa.Date(), nullable=True),
        sa.Column("mail_type", sa.String(length=40), nullable=False),
        sa.Column("mail_category", sa.String(length=60), nullable=False),
        sa.Column("mail_rank", sa.String(length=30), nullable=False),
        sa.Column("payment_method", sa.String(length=30), nullable=False),
        sa.Column("source_file", sa.String(length=500), nullable=False),
        sa.Column("source_format", sa.String(length=20), nullable=False),
        sa.Column("source_sha256", sa.String(length=64), nullable=False),
        sa.Column("items_count", sa.Integer(), nullable=False),
        sa.Column("mass_g", sa.BigInteger(), nullable=False),
        sa.Column("declared_value_kop", sa.BigInteger(), nullable=False),
        sa.Column("cod_kop", sa.BigInteger(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_batches_client_id_clients")),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name=op.f("fk_batches_contract_id_contracts")
        ),
        sa.ForeignKeyConstraint(["created_by"], ["users.id"], name=op.f("fk_batches_created_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batches")),
    )
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.create_index("ix_batches_client_status", ["client_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_batches_source_sha256"), ["source_sha256"], unique=False)

    op.create_table(
        "batch_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("source_row", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "weighed",
                "returned",
                "accepted",
                "voided",
                name="itemstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("barcode", sa.String(length=20), nullable=True),
        sa.Column("client_ref", sa.String(length=100), nullable=False),
        sa.Column("recipient_name", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=600), nullable=False),
        sa.Column("address_parts", sa.JSON(), nullable=True),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("mail_type", sa.String(length=40), nullable=False),
        sa.Column("mail_category", sa.String(length=60), nullable=False),
        sa.Column("mail_rank", sa.String(length=30), nullable=False),
        sa.Column("declared_mass_g", sa.Integer(), nullable=False),
        sa.Column("declared_value_kop", sa.BigInteger(), nullable=False),
        sa.Column("cod_kop", sa.BigInteger(), nullable=False),
        sa.Column("listed_fee_kop", sa.BigInteger(), nullable=True),
        sa.Column("notice", sa.String(length=20), nullable=False),
        sa.Column("inventory", sa.Boolean(), nullable=False),
        sa.Column("fragile", sa.Boolean(), nullable=False),
        sa.Column("sms", sa.Boolean(), nullable=False),
        sa.Column("length_mm", sa.Integer(), nullable=True),
        sa.Column("width_mm", sa.Integer(), nullable=True),
        sa.Column("height_mm", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batches.id"], name=op.f("fk_batch_items_batch_id_batches"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_batch_items")),
        sa.UniqueConstraint("batch_id", "seq", name=op.f("uq_batch_items_batch_id_seq")),
    )
    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_batch_items_barcode"), ["barcode"], unique=False)
        batch_op.create_index(batch_op.f("ix_batch_items_batch_id"), ["batch_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batch_items_batch_id"))
        batch_op.drop_index(batch_op.f("ix_batch_items_barcode"))

    op.drop_table("batch_items")
    with op.batch_alter_table("batches", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batches_source_sha256"))
        batch_op.drop_index("ix_batches_client_status")

    op.drop_table("batches")
