"""Prospects with contacts, needs, stages and activities; offers and notices sent to them and to clients.

Revision ID: 0007_prospects
Revises: 0006_money
Create Date: 2026-12-02 02:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_prospects"
down_revision = "0006_money"
branch_labels = None
depends_on = None


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=20)


def upgrade() -> None:
    op.create_table(
        "prospects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("inn", sa.String(length=12), nullable=False),
        sa.Column("kpp", sa.String(length=9), nullable=False),
        sa.Column("sector", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("phones", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column(
            "source",
            _enum("prospectsource", "walk_in", "referral", "counter_refusal", "organisation_list"),
            nullable=False,
        ),
        sa.Column(
            "stage",
            _enum("stage", "new", "contacted", "offer_sent", "negotiating", "won", "lost"),
            nullable=False,
        ),
        sa.Column("lost_reason_code", sa.String(length=40), nullable=True),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("competitor_price_kop", sa.BigInteger(), nullable=True),
        sa.Column("competitor_service_code", sa.String(length=40), nullable=True),
        sa.Column("monthly_volume", sa.Integer(), nullable=False),
        sa.Column("proposed_discount_percent", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("next_action", sa.String(length=300), nullable=False),
        sa.Column("next_action_on", sa.Date(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("search_text", sa.String(length=800), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_prospects_client_id_clients"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitors.id"],
            name=op.f("fk_prospects_competitor_id_competitors"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["competitor_service_code"],
            ["services.code"],
            name=op.f("fk_prospects_competitor_service_code_services"),
        ),
        sa.ForeignKeyConstraint(
            ["lost_reason_code"],
            ["refusal_reasons.code"],
            name=op.f("fk_prospects_lost_reason_code_refusal_reasons"),
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=op.f("fk_prospects_owner_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospects")),
    )
    with op.batch_alter_table("prospects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prospects_inn"), ["inn"], unique=False)
        batch_op.create_index("ix_prospects_stage_due", ["stage", "next_action_on", "id"], unique=False)
        batch_op.create_index("ix_prospects_owner_due", ["owner_id", "next_action_on", "stage"], unique=False)

    op.create_table(
        "prospect_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prospect_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("phones", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("decides", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_prospect_contacts_prospect_id_prospects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect_contacts")),
    )
    with op.batch_alter_table("prospect_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prospect_contacts_prospect_id"), ["prospect_id"], unique=False)

    op.create_table(
        "prospect_services",
        sa.Column("prospect_id", sa.Integer(), nullable=False),
        sa.Column("service_code", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_prospect_services_prospect_id_prospects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["service_code"], ["services.code"], name=op.f("fk_prospect_services_service_code_services")
        ),
        sa.PrimaryKeyConstraint("prospect_id", "service_code", name=op.f("pk_prospect_services")),
    )

    op.create_table(
        "prospect_activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("prospect_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind", _enum("activitykind", "call", "visit", "letter", "email", "meeting"), nullable=False
        ),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_prospect_activities_prospect_id_prospects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prospect_activities")),
    )
    with op.batch_alter_table("prospect_activities", schema=None) as batch_op:
        batch_op.create_index("ix_prospect_activities_prospect_at", ["prospect_id", "at"], unique=False)

    op.create_table(
        "outreach_letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum("letterkind", "offer", "tariff_notice", "expiry_reminder"), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("prospect_id", sa.Integer(), nullable=True),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("contract_id", sa.Integer(), nullable=True),
        sa.Column("ref", sa.String(length=60), nullable=False),
        sa.Column("addressee", sa.String(length=300), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.String(length=500), nullable=False),
        sa.Column("saving_kop", sa.BigInteger(), nullable=True),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("printed", sa.Boolean(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_login", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_outreach_letters_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contract_id"],
            ["contracts.id"],
            name=op.f("fk_outreach_letters_contract_id_contracts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"],
            ["outgoing_mail.id"],
            name=op.f("fk_outreach_letters_mail_id_outgoing_mail"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["prospect_id"],
            ["prospects.id"],
            name=op.f("fk_outreach_letters_prospect_id_prospects"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach_letters")),
    )
    with op.batch_alter_table("outreach_letters", schema=None) as batch_op:
        batch_op.create_index("ix_outreach_letters_client_at", ["client_id", "at"], unique=False)
        batch_op.create_index("ix_outreach_letters_prospect_at", ["prospect_id", "at"], unique=False)
        batch_op.create_index("ix_outreach_letters_kind_ref", ["kind", "ref"], unique=False)


def downgrade() -> None:
    op.drop_table("outreach_letters")
    op.drop_table("prospect_activities")
    op.drop_table("prospect_services")
    op.drop_table("prospect_contacts")
    op.drop_table("prospects")
