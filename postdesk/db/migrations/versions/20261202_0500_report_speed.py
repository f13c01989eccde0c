"""The refusal register of a period read from an index of the refusals alone.

Revision ID: 0008_report_speed
Revises: 0007_surveys
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_report_speed"
down_revision = "0008_reference_regions"
branch_labels = None
depends_on = None

_REFUSED = "outcome <> 'given'"
_NOTED = "outcome <> 'given' AND note <> ''"
# Every column the register shows but the note (unbounded text, read for the noted few).
_REGISTER = [
    "at",
    "id",
    "client_id",
    "service_code",
    "outcome",
    "reason_code",
    "competitor_id",
    "competitor_price_kop",
    "items_count",
    "amount_kop",
    "contact_person_id",
    "user_login",
]


def upgrade() -> None:
    op.create_index(
        "ix_service_records_refusals",
        "service_records",
        _REGISTER,
        sqlite_where=sa.text(_REFUSED),
        postgresql_where=sa.text(_REFUSED),
    )
    op.create_index(
        "ix_service_records_noted_refusals",
        "service_records",
        ["at"],
        sqlite_where=sa.text(_NOTED),
        postgresql_where=sa.text(_NOTED),
    )


def downgrade() -> None:
    op.drop_index("ix_service_records_noted_refusals", table_name="service_records")
    op.drop_index("ix_service_records_refusals", table_name="service_records")
