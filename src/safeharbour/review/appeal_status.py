"""What the holder of a status or statement link may read about their internal complaints.

The public status page (a notifier's notice link) and the statement page (the affected user's
statement link) show each complaint made with that link: when it was received, whether it is
still open and, once decided, the outcome and its reasons. Nothing about who decided.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Notice
from safeharbour.kit.tokens import token_sha256
from safeharbour.review.models import Appeal
from safeharbour.transparency.models import Statement


def appeals_by_link(session: Session, token: str) -> list[dict[str, Any]]:
    """The complaints made with this status or statement link, oldest first."""
    if not token or len(token) > 200:
        return []
    digest = token_sha256(token)
    statement_ids = select(Statement.id).where(Statement.token_sha256 == digest)
    notice_ids = select(Notice.id).where(Notice.status_token_sha256 == digest)
    rows = session.scalars(
        select(Appeal)
        .where(or_(Appeal.statement_id.in_(statement_ids), Appeal.notice_id.in_(notice_ids)))
        .order_by(Appeal.submitted_at)
    ).all()
    return [
        {
            "id": str(appeal.id),
            "decision_id": str(appeal.decision_id),
            "appellant": appeal.appellant,
            "statement_id": str(appeal.statement_id) if appeal.statement_id else None,
            "submitted_at": appeal.submitted_at,
            "status": appeal.status,
            "outcome": appeal.outcome,
            "reasoning": appeal.reasoning,
            "decided_at": appeal.decided_at,
        }
        for appeal in rows
    ]
