"""Read models of the rules' work: recorded rule outcomes (shadow ones included)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.detection.models import RuleOutcome
from safeharbour.kit.clock import rfc3339


def rule_outcomes(
    session: Session,
    *,
    shadow: bool | None = None,
    rule: str | None = None,
    post: str | None = None,
    limit: int = 50,
) -> list[dict[str, Any]]:
    """Newest first: rule, version, outcome, shadow, post, event and the recorded details
    (banks, entry digests, signals, decision, labels; never content)."""
    query = select(RuleOutcome).order_by(RuleOutcome.decided_at.desc()).limit(limit)
    if shadow is not None:
        query = query.where(RuleOutcome.shadow.is_(shadow))
    if rule is not None:
        query = query.where(RuleOutcome.rule_id == rule)
    if post is not None:
        query = query.where(RuleOutcome.post_id == post)
    return [
        {
            **r.details,
            "rule": r.rule_id,
            "rules_version": r.rules_version,
            "outcome": r.outcome,
            "shadow": r.shadow,
            "post": r.post_id,
            "event_id": r.event_id,
            "at": rfc3339(r.decided_at),
        }
        for r in session.scalars(query)
    ]
