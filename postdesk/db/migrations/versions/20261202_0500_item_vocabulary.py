"""The item's priced mass is named so: ``mass_g`` -> ``priced_mass_g`` on items and their charge rows.

Beside ``declared_mass_g`` (the list's) and ``weighed_mass_g`` (the scale's), a bare ``mass_g``
did not say which mass it was. ``RENAME COLUMN`` keeps the tables (no rebuild on SQLite, where
the charge rows point at the items) and their indexes.

Revision ID: 0008_item_vocabulary
Revises: 0007_surveys
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0008_item_vocabulary"
down_revision = "0008_report_speed"
branch_labels = None
depends_on = None

_TABLES = ("batch_items", "item_charges")


def upgrade() -> None:
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN mass_g TO priced_mass_g")


def downgrade() -> None:
    for table in _TABLES:
        op.execute(f"ALTER TABLE {table} RENAME COLUMN priced_mass_g TO mass_g")
