"""staff users' own time zone, in which the consoles show dates and times

Revision ID: 0010readertz
Revises: 0009legalqueue
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010readertz"
down_revision: str | None = "0009legalqueue"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column(
                "time_zone",
                sa.String(length=64),
                nullable=True,
                comment="IANA name (Europe/Berlin) the consoles show times in; without it, UTC",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("time_zone")
