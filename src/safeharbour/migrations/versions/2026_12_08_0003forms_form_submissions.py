"""form_submissions: one-time form nonces, so a reloaded or re-sent form never files twice

Revision ID: 0003forms
Revises: 0002audit
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import safeharbour.kit.db

revision: str = "0003forms"
down_revision: str | None = "0002audit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "form_submissions",
        sa.Column("nonce_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "form", sa.String(length=80), nullable=False, comment="which form, e.g. public.notice"
        ),
        sa.Column(
            "result_encrypted",
            sa.Text(),
            nullable=False,
            comment="Fernet token of the address the first submission was sent on to",
        ),
        sa.Column("created_at", safeharbour.kit.db.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("nonce_sha256", name=op.f("pk_form_submissions")),
    )
    op.create_index(
        "ix_form_submissions_created_at", "form_submissions", ["created_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_form_submissions_created_at", table_name="form_submissions")
    op.drop_table("form_submissions")
