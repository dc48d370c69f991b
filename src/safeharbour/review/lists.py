"""Paged lists of the review context for the consoles (keyset pages, `kit/keyset.py`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keyset import Cursor, KeysetPage, SortKey, keyset_page
from safeharbour.review.models import Appeal
from safeharbour.review.queries import appeal_view

APPEAL_KEYS = (SortKey(Appeal.submitted_at, "datetime"), SortKey(Appeal.id, "uuid"))
"""Oldest first, the order appeals should be decided in (index `ix_appeals_queue`)."""
APPEAL_STATUSES = ("open", "decided")
APPEAL_OUTCOMES = ("upheld", "reversed")


def appeals_page_query(*, status: str = "open", outcome: str = "") -> Any:
    """The appeal list's filtered query, before its order and limit (`APPEAL_KEYS`)."""
    if status not in APPEAL_STATUSES:
        raise InvalidInput(f"expected one of {', '.join(APPEAL_STATUSES)}", field="status")
    query: Any = select(Appeal).where(Appeal.status == status)
    if outcome:
        if outcome not in APPEAL_OUTCOMES:
            raise InvalidInput(f"expected one of {', '.join(APPEAL_OUTCOMES)}", field="outcome")
        query = query.where(Appeal.outcome == outcome)
    return query


def list_appeals_page(
    session: Session,
    *,
    status: str = "open",
    outcome: str = "",
    limit: int = 50,
    cursor: Cursor | None = None,
) -> KeysetPage:
    """One page of appeals in a status (decided ones narrowed to an outcome), oldest first."""
    query = appeals_page_query(status=status, outcome=outcome)
    page = keyset_page(session, query, APPEAL_KEYS, limit=limit, cursor=cursor, scalars=True)
    page.rows = [appeal_view(appeal) for appeal in page.rows]
    return page


__all__ = ["APPEAL_KEYS", "appeals_page_query", "list_appeals_page"]
