"""The mapping of a web form's columns to questions, kept per questionnaire for the next import.

Revision ID: 0008_surveys_gui
Revises: 0007_surveys
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_surveys_gui"
down_revision = "0007_surveys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "survey_import_columns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("header", sa.String(length=300), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_import_columns_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_import_columns")),
        sa.UniqueConstraint("survey_id", "header", name=op.f("uq_survey_import_columns_survey_id_header")),
    )


def downgrade() -> None:
    op.drop_table("survey_import_columns")
