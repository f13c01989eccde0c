"""Delivery-time norms between regions, the postcode-prefix → region table, routes' holiday rule.

Revision ID: 0008_reference_regions
Revises: 0007_surveys
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_reference_regions"
down_revision = "0008_surveys_gui"
branch_labels = None
depends_on = None

_OLD_INDEX = ("ix_delivery_norms_lookup", ["to_prefix", "mail_class", "from_prefix"])
_NEW_INDEX = (
    "ix_delivery_norms_lookup_regions",
    ["to_prefix", "to_region", "mail_class", "from_prefix", "from_region"],
)


def upgrade() -> None:
    with op.batch_alter_table("delivery_norms", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("from_region", sa.String(length=100), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("to_region", sa.String(length=100), server_default="", nullable=False))
        batch_op.drop_index(_OLD_INDEX[0])
        batch_op.create_index(_NEW_INDEX[0], _NEW_INDEX[1], unique=False)
    op.create_table(
        "postcode_regions",
        sa.Column("prefix", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("prefix", name=op.f("pk_postcode_regions")),
    )
    with op.batch_alter_table("transport_routes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "holidays",
                sa.Enum(
                    "skip", "runs", name="holidayrule", native_enum=False, length=20, create_constraint=False
                ),
                server_default="skip",
                nullable=False,
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("transport_routes", schema=None) as batch_op:
        batch_op.drop_column("holidays")
    op.drop_table("postcode_regions")
    with op.batch_alter_table("delivery_norms", schema=None) as batch_op:
        batch_op.drop_index(_NEW_INDEX[0])
        batch_op.create_index(_OLD_INDEX[0], _OLD_INDEX[1], unique=False)
        batch_op.drop_column("to_region")
        batch_op.drop_column("from_region")
