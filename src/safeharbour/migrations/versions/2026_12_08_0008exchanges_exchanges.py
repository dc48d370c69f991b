"""hash-sharing exchanges: configured sources of banks, and the provider entries they hold

Revision ID: 0008exchanges
Revises: 0007anchor
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from safeharbour.kit.db import UTCDateTime

revision: str = "0008exchanges"
down_revision: str | None = "0007anchor"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")


def upgrade() -> None:
    op.create_table(
        "exchanges",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column(
            "kind",
            sa.String(length=30),
            nullable=False,
            comment="hashlist | stopncii | ncmec | tat | threatexchange",
        ),
        sa.Column("bank_id", sa.Uuid(), nullable=False),
        sa.Column("settings", _JSON, nullable=False, comment="non-secret settings: url, page size"),
        sa.Column(
            "credentials_encrypted",
            sa.Text(),
            nullable=True,
            comment="Fernet token (field cipher) of the credentials JSON",
        ),
        sa.Column("fetch_every_minutes", sa.Integer(), nullable=False),
        sa.Column("checkpoint", _JSON, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False, comment="new | ok | error"),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_fetch_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column(
            "last_complete_at",
            UTCDateTime(timezone=True),
            nullable=True,
            comment="last time the provider said nothing more is left",
        ),
        sa.Column(
            "unsupported",
            _JSON,
            nullable=False,
            comment="provider signal type -> entries seen that we cannot match (PhotoDNA)",
        ),
        sa.Column(
            "rejected",
            sa.Integer(),
            nullable=False,
            comment="entries whose value failed validation",
        ),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["bank_id"], ["detection_banks.id"], ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("bank_id"),
    )
    op.create_table(
        "exchange_entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("exchange_id", sa.Uuid(), nullable=False),
        sa.Column(
            "provider_key", sa.String(length=300), nullable=False, comment="the provider's entry id"
        ),
        sa.Column("signal", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("value_sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "label", sa.String(length=200), nullable=True, comment="the provider's category or tag"
        ),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["exchange_id"], ["exchanges.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("exchange_id", "provider_key", name="uq_exchange_entry_key"),
    )
    op.create_index(
        "ix_exchange_entries_value",
        "exchange_entries",
        ["exchange_id", "signal", "value_sha256"],
    )


def downgrade() -> None:
    op.drop_index("ix_exchange_entries_value", table_name="exchange_entries")
    op.drop_table("exchange_entries")
    op.drop_table("exchanges")
