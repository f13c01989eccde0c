"""Batch items keep one index by batch: the unique (batch_id, seq) index already serves it.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 16:17:16.747861
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index(op.f("ix_batch_items_batch_id"), table_name="batch_items")


def downgrade() -> None:
    op.create_index(op.f("ix_batch_items_batch_id"), "batch_items", ["batch_id"], unique=False)
