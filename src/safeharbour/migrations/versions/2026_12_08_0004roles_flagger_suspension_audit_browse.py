"""trusted flaggers can be suspended; the audit log is browsable by actor and date

Revision ID: 0004roles
Revises: 0003forms
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import safeharbour.kit.db

revision: str = "0004roles"
down_revision: str | None = "0003forms"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("trusted_flaggers") as batch:
        batch.add_column(
            sa.Column(
                "suspended_at",
                safeharbour.kit.db.UTCDateTime(timezone=True),
                nullable=True,
                comment="status suspended (Art. 22(6)); its notices are refused until reinstated",
            )
        )
    # Filter columns followed by the order (seq): a filtered page is one index range, no sort.
    op.create_index("ix_audit_log_action_seq", "audit_log", ["action", "seq"], unique=False)
    op.create_index("ix_audit_log_actor_seq", "audit_log", ["actor", "seq"], unique=False)
    op.create_index("ix_audit_log_occurred_at", "audit_log", ["occurred_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_occurred_at", table_name="audit_log")
    op.drop_index("ix_audit_log_actor_seq", table_name="audit_log")
    op.drop_index("ix_audit_log_action_seq", table_name="audit_log")
    with op.batch_alter_table("trusted_flaggers") as batch:
        batch.drop_column("suspended_at")
