"""Integrity enforced by the database: one live accepted item per identifier, ranges that never overlap.

The unique partial index holds on both databases. The range exclusion constraint is
PostgreSQL's (it needs the btree_gist extension, trusted since PostgreSQL 13); SQLite makes
the same check inside the allocating transaction, under its write lock.

Revision ID: 0006_integrity
Revises: 0005
Create Date: 2026-11-23 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_integrity"
down_revision = "0005"
branch_labels = None
depends_on = None

LIVE_ACCEPTED_BARCODE = "status = 'accepted' AND barcode IS NOT NULL"
RANGE_SERIALS_SQL = "int4range(first_serial, last_serial, '[]')"
RANGE_MONTHS_SQL = (
    "CASE WHEN period = '' THEN int4range(NULL, NULL) "
    "ELSE int4range(substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int, "
    "substr(period, 1, 4)::int * 12 + substr(period, 6, 2)::int + 1) END"
)


def upgrade() -> None:
    op.create_index(
        "uq_batch_items_accepted_barcode",
        "batch_items",
        ["barcode"],
        unique=True,
        sqlite_where=sa.text(LIVE_ACCEPTED_BARCODE),
        postgresql_where=sa.text(LIVE_ACCEPTED_BARCODE),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute(
            "ALTER TABLE identifier_ranges ADD CONSTRAINT ex_identifier_ranges_overlap "
            "EXCLUDE USING gist (kind WITH =, prefix WITH =, suffix WITH =, "
            f"({RANGE_SERIALS_SQL}) WITH &&, ({RANGE_MONTHS_SQL}) WITH &&)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE identifier_ranges DROP CONSTRAINT ex_identifier_ranges_overlap")
    op.drop_index("uq_batch_items_accepted_barcode", table_name="batch_items")
