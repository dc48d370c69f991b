"""agencies carry their designation under TCO Art. 12 (the Commission register entry);
answers keep one answer per target

Revision ID: 0006competence
Revises: 0005moderation
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0006competence"
down_revision: str | None = "0005moderation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agencies") as batch:
        batch.add_column(
            sa.Column(
                "tco_designation",
                sa.String(length=300),
                nullable=True,
                comment="designated under TCO Art. 12: the Commission register entry it is "
                "listed in",
            )
        )

    with op.batch_alter_table("legal_request_answers") as batch:
        batch.add_column(
            sa.Column(
                "targets",
                sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
                nullable=True,
                comment="per-target answers [{kind, id, answer, scope, missing, "
                "acted_under_terms}]",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("legal_request_answers") as batch:
        batch.drop_column("targets")
    with op.batch_alter_table("agencies") as batch:
        batch.drop_column("tco_designation")
