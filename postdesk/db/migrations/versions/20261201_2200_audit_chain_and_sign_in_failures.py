"""Audit log hash chain, server-side time and no TRUNCATE; sign-in failure counters.

Revision ID: 0006_accounts
Revises: 0005
Create Date: 2026-12-01 22:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from postdesk.db.audit_digest import HASHED_FIELDS, entry_digest

revision = "0006_accounts"
down_revision = "0006_integrity"
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]

POSTGRESQL_GUARDS = [
    # TRUNCATE skips row triggers; a statement trigger refuses it.
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
       FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
    # The time of an entry is the server's: the transaction's now(), never the workstation's.
    """CREATE FUNCTION audit_log_server_time() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.at IS DISTINCT FROM now() THEN
           RAISE EXCEPTION 'audit_log time must be the database server''s now()';
         END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER audit_log_server_time BEFORE INSERT ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_server_time()""",
]


def _audit_table() -> sa.Table:
    return sa.table(
        "audit_log",
        sa.column("id", sa.Integer()),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("user_id", sa.Integer()),
        sa.column("user_login", sa.String()),
        sa.column("workstation", sa.String()),
        sa.column("action", sa.String()),
        sa.column("object_type", sa.String()),
        sa.column("object_id", sa.String()),
        sa.column("before", sa.JSON()),
        sa.column("after", sa.JSON()),
        sa.column("prev_hash", sa.String()),
        sa.column("entry_hash", sa.String()),
    )


def _link_existing_entries() -> None:
    """Entries written before this revision become the first links of the chain."""
    bind = op.get_bind()
    table = _audit_table()
    prev_hash = ""
    for row in bind.execute(sa.select(table).order_by(table.c.id)).mappings():
        digest = entry_digest(prev_hash, row["at"], {name: row[name] for name in HASHED_FIELDS})
        bind.execute(
            table.update().where(table.c.id == row["id"]).values(prev_hash=prev_hash, entry_hash=digest)
        )
        prev_hash = digest


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column(
        "audit_log", sa.Column("prev_hash", sa.String(length=64), server_default="", nullable=False)
    )
    op.add_column(
        "audit_log", sa.Column("entry_hash", sa.String(length=64), server_default="", nullable=False)
    )
    if postgresql:
        op.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        _link_existing_entries()
        op.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only")
        for statement in POSTGRESQL_GUARDS:
            op.execute(statement)
    else:
        op.execute("DROP TRIGGER audit_log_no_update")
        _link_existing_entries()
        op.execute(SQLITE_TRIGGERS[0])

    op.create_table(
        "sign_in_failures",
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("kind", "key", name=op.f("pk_sign_in_failures")),
    )


def downgrade() -> None:
    op.drop_table("sign_in_failures")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_log_server_time ON audit_log")
        op.execute("DROP FUNCTION audit_log_server_time()")
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.drop_column("audit_log", "entry_hash")
        op.drop_column("audit_log", "prev_hash")
    else:
        for name in ("audit_log_no_update", "audit_log_no_delete"):
            op.execute(f"DROP TRIGGER {name}")
        with op.batch_alter_table("audit_log") as batch_op:
            batch_op.drop_column("entry_hash")
            batch_op.drop_column("prev_hash")
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
