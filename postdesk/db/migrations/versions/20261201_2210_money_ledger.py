"""Money under contracts: the ledger, payments, debt reminders and the credit payment term.

A balance typed before this revision becomes the contract's opening ledger entry, so the
balance stays what it was and is from now on the sum of the ledger.

Revision ID: 0006_money
Revises: 0005
Create Date: 2026-12-01 22:10:00
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0006_money"
down_revision = "0006_feedback"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payment_term_days", sa.Integer(), nullable=False, server_default="30"))
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "manual", "statement", "counter_cash", name="paymentsource", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("document", sa.String(length=60), nullable=False),
        sa.Column("payer_inn", sa.String(length=12), nullable=False),
        sa.Column("payer_name", sa.String(length=300), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("dedupe_key", sa.String(length=64), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["batches.id"], name=op.f("fk_payments_batch_id_batches")),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_payments_client_id_clients")),
        sa.ForeignKeyConstraint(
            ["contract_id"], ["contracts.id"], name=op.f("fk_payments_contract_id_contracts")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_payments_dedupe_key")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_client_id"), ["client_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payments_contract_id"), ["contract_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_payments_payer_inn"), ["payer_inn"], unique=False)
    op.create_table(
        "ledger_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "opening",
                "charge",
                "reversal",
                "correction",
                "payment",
                name="entrykind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("entry_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("document", sa.String(length=60), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"], ["batches.id"], name=op.f("fk_ledger_entries_batch_id_batches")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_ledger_entries_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_ledger_entries_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ledger_entries_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ledger_entries_payment_id"), ["payment_id"], unique=False)
        batch_op.create_index(
            "ix_ledger_entries_contract_due", ["contract_id", "due_on", "amount_kop"], unique=False
        )
        batch_op.create_index("ix_ledger_entries_contract_on", ["contract_id", "entry_on"], unique=False)
    op.create_table(
        "debt_reminders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("contract_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amount_kop", sa.BigInteger(), nullable=False),
        sa.Column("overdue_kop", sa.BigInteger(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("file", sa.String(length=500), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_debt_reminders_client_id_clients")
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_debt_reminders_contract_id_contracts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_debt_reminders")),
    )
    with op.batch_alter_table("debt_reminders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_debt_reminders_client_id"), ["client_id"], unique=False)
        batch_op.create_index("ix_debt_reminders_contract_at", ["contract_id", "at"], unique=False)
    _typed_balances_become_opening_entries()


def _typed_balances_become_opening_entries() -> None:
    contracts = sa.table(
        "contracts",
        sa.column("id", sa.Integer()),
        sa.column("balance_kop", sa.BigInteger()),
        sa.column("starts_on", sa.Date()),
    )
    entries = sa.table(
        "ledger_entries",
        sa.column("contract_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("amount_kop", sa.BigInteger()),
        sa.column("entry_on", sa.Date()),
        sa.column("due_on", sa.Date()),
        sa.column("document", sa.String()),
        sa.column("note", sa.Text()),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("user_login", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(contracts.c.id, contracts.c.balance_kop, contracts.c.starts_on).where(
            contracts.c.balance_kop != 0
        )
    ).all()
    now = dt.datetime.now(dt.UTC)
    if rows:
        op.bulk_insert(
            entries,
            [
                {
                    "contract_id": contract_id,
                    "kind": "opening",
                    "amount_kop": balance,
                    "entry_on": now.date(),
                    "due_on": now.date() if balance < 0 else None,
                    "document": "",
                    "note": "opening balance",
                    "at": now,
                    "user_login": "migration",
                }
                for contract_id, balance, _starts in rows
            ],
        )


def downgrade() -> None:
    op.drop_table("debt_reminders")
    op.drop_table("ledger_entries")
    op.drop_table("payments")
    with op.batch_alter_table("contracts", schema=None) as batch_op:
        batch_op.drop_column("payment_term_days")
