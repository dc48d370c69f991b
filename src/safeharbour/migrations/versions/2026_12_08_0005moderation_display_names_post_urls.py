"""display names for accounts and staff users; posts' addresses; indexes for paged lists

Revision ID: 0005moderation
Revises: 0004roles
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005moderation"
down_revision: str | None = "0004roles"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(
            sa.Column(
                "display_name",
                sa.String(length=200),
                nullable=True,
                comment="shown to staff; without it, a stable pseudonym",
            )
        )
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column(
                "display_name",
                sa.String(length=200),
                nullable=True,
                comment="shown to colleagues; without it, a stable pseudonym",
            )
        )
    with op.batch_alter_table("posts") as batch:
        batch.add_column(
            sa.Column(
                "url",
                sa.String(length=2048),
                nullable=True,
                comment="the post's address on the platform, if the event gave it",
            )
        )
    op.create_index("ix_posts_url", "posts", ["url"], unique=False)
    op.create_index("ix_notices_received", "notices", ["received_at", "id"], unique=False)
    op.create_index(
        "ix_notices_flagger_keyset",
        "notices",
        ["flagger_id", "received_at", "id"],
        unique=False,
    )
    op.create_index("ix_appeals_queue", "appeals", ["status", "submitted_at", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_appeals_queue", table_name="appeals")
    op.drop_index("ix_notices_flagger_keyset", table_name="notices")
    op.drop_index("ix_notices_received", table_name="notices")
    op.drop_index("ix_posts_url", table_name="posts")
    with op.batch_alter_table("posts") as batch:
        batch.drop_column("url")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("display_name")
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("display_name")
