"""Monthly summaries of the service records for the supervisor's reports, backfilled from the records;
contact notes for the client's timeline.

Revision ID: 0007_record_summaries
Revises: 0006_money
Create Date: 2026-12-02 02:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_record_summaries"
down_revision = "0007_reference"
branch_labels = None
depends_on = None

_OUTCOME = sa.String(length=20)  # the Outcome enum, stored by value


def _month(dialect: str) -> str:
    return "substr(at, 1, 7)" if dialect == "sqlite" else "to_char(timezone('UTC', at), 'YYYY-MM')"


def _backfill(dialect: str) -> list[str]:
    """The same sums the recording service keeps (services/records/summaries.py: backfill_statements)."""
    month = _month(dialect)
    return [
        "INSERT INTO record_client_months (month, client_id, outcome, kind, records, quantity, "
        "amount_kop, first_at, last_at) "
        f"SELECT {month}, client_id, outcome, kind, count(*), sum(items_count), sum(amount_kop), "
        f"min(at), max(at) FROM service_records GROUP BY {month}, client_id, outcome, kind",
        "INSERT INTO record_refusal_months (month, outcome, reason_code, competitor_id, records) "
        f"SELECT {month}, outcome, coalesce(reason_code, ''), coalesce(competitor_id, 0), count(*) "
        "FROM service_records WHERE outcome <> 'given' "
        f"GROUP BY {month}, outcome, coalesce(reason_code, ''), coalesce(competitor_id, 0)",
        "INSERT INTO record_operator_months (month, user_login, kind, outcome, records, quantity, "
        "amount_kop) "
        f"SELECT {month}, user_login, kind, outcome, count(*), sum(items_count), sum(amount_kop) "
        f"FROM service_records GROUP BY {month}, user_login, kind, outcome",
    ]


def upgrade() -> None:
    op.create_table(
        "record_client_months",
        sa.Column("outcome", _OUTCOME, nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(
            "outcome", "month", "client_id", "kind", name=op.f("pk_record_client_months")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "record_refusal_months",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("outcome", _OUTCOME, nullable=False),
        sa.Column("reason_code", sa.String(length=40), nullable=False),
        sa.Column("competitor_id", sa.Integer(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "outcome", "reason_code", "competitor_id", name=op.f("pk_record_refusal_months")
        ),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "record_operator_months",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("outcome", _OUTCOME, nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "month", "user_login", "kind", "outcome", name=op.f("pk_record_operator_months")
        ),
        sqlite_with_rowid=False,
    )
    for statement in _backfill(op.get_bind().dialect.name):
        op.execute(statement)
    op.create_table(
        "contact_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contact_person_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.Column("workstation", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_contact_notes_client_id_clients"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["contact_person_id"],
            ["contact_persons.id"],
            name=op.f("fk_contact_notes_contact_person_id_contact_persons"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_notes")),
    )
    op.create_index("ix_contact_notes_client_at", "contact_notes", ["client_id", "at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_contact_notes_client_at", table_name="contact_notes")
    op.drop_table("contact_notes")
    op.drop_table("record_operator_months")
    op.drop_table("record_refusal_months")
    op.drop_table("record_client_months")
