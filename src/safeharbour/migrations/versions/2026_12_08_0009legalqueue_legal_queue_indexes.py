"""the legal officer's paged queue: deadline-ordered indexes, whole and per status, type, agency

Revision ID: 0009legalqueue
Revises: 0008exchanges
Create Date: 2026-12-08
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009legalqueue"
down_revision: str | None = "0008exchanges"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = {
    "ix_legal_requests_deadline": ["deadline_at", "id"],
    "ix_legal_requests_status_deadline": ["status", "deadline_at", "id"],
    "ix_legal_requests_type_deadline": ["type", "deadline_at", "id"],
    "ix_legal_requests_agency_deadline": ["agency_id", "deadline_at", "id"],
}


def upgrade() -> None:
    for name, columns in _INDEXES.items():
        op.create_index(name, "legal_requests", columns, unique=False)


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, table_name="legal_requests")
