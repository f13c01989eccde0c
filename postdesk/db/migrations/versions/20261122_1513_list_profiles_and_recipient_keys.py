"""List profiles (remembered mappings and sheets) and recipient keys of batch items.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 15:13:09.870171
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "list_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("shape_key", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_list_profiles_client_id_clients"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"], name=op.f("fk_list_profiles_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_profiles")),
        sa.UniqueConstraint(
            "client_id", "kind", "shape_key", name=op.f("uq_list_profiles_client_id_kind_shape_key")
        ),
    )
    with op.batch_alter_table("list_profiles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_list_profiles_client_id"), ["client_id"], unique=False)

    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("recipient_key", sa.String(length=24), server_default="", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_batch_items_recipient_key"), ["recipient_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("batch_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_batch_items_recipient_key"))
        batch_op.drop_column("recipient_key")

    with op.batch_alter_table("list_profiles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_list_profiles_client_id"))

    op.drop_table("list_profiles")
