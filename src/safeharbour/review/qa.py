"""Blind QA of automated decisions: the measured precision the daily report publishes.

Contracts:
- Each finished UTC day, `do_sample_qa` draws a seeded random sample of the fully automated
  decisions that became effective that day: `max(minimum, ceil(rate * n))` of them (all when
  fewer), with `random.Random` seeded by HMAC-SHA256(seed, day), so the same day and seed always
  give the same sample and nobody can predict it without the seed. A day is sampled once.
- A moderator re-decides a sampled item WITHOUT seeing the automated outcome, category, source
  or any signal that would give it away (`blind_view`): only the item as the mirror holds it.
- `do_record_qa_verdict` records the moderator's own outcome and category and whether they agree
  with the machine: the same outcome, and for an action the same category. Recorded once, by
  one audited action; the report counts it on the day of the verdict (a `qa_review` leaf).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import random
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import StatementCategory
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.review.models import Case, Decision, QaReview

if TYPE_CHECKING:
    from safeharbour.intake.queries import ContentAudience

AUTOMATED = "AUTOMATED_DECISION_FULLY"
OUTCOMES = ("action", "no_action")
NOTE_MAX = 2000


@dataclass(frozen=True)
class QaPolicy:
    rate: float = 0.02
    minimum: int = 5
    seed: bytes = b""

    def __post_init__(self) -> None:
        if not 0 <= self.rate <= 1:
            raise InvalidInput("the QA sample rate is a fraction between 0 and 1", field="rate")
        if self.minimum < 0:
            raise InvalidInput("the QA sample minimum cannot be negative", field="minimum")


def sample_size(population: int, policy: QaPolicy) -> int:
    return min(population, max(policy.minimum, math.ceil(policy.rate * population)))


def _rng(policy: QaPolicy, day: date) -> random.Random:
    digest = hmac.new(policy.seed, day.isoformat().encode("ascii"), hashlib.sha256).digest()
    return random.Random(int.from_bytes(digest, "big"))


def do_sample_qa(
    unit: UnitOfWork,
    day: date,
    *,
    policy: QaPolicy,
    sources: dict[uuid.UUID, str] | None = None,
    actor: Actor,
) -> list[QaReview]:
    """Draw the day's blind QA sample (once per day; a second call returns [])."""
    if day >= unit.clock.now().astimezone(UTC).date():
        raise InvalidInput("only a finished day (before today, UTC) can be sampled", field="day")
    key = day.isoformat()
    already = unit.session.scalar(
        select(func.count()).select_from(QaReview).where(QaReview.sample_day == key)
    )
    if already:
        return []
    start = datetime.combine(day, time(), tzinfo=UTC)
    population = unit.session.execute(
        select(Decision.id, Decision.case_id, Decision.outcome, Decision.category)
        .where(
            Decision.effective_at >= start,
            Decision.effective_at < start + timedelta(days=1),
            Decision.automated_decision == AUTOMATED,
        )
        .order_by(Decision.id)
    ).all()
    chosen = _rng(policy, day).sample(population, sample_size(len(population), policy))
    if not chosen:
        return []
    if sources is None:
        from safeharbour.transparency.report_queries import sources_of_cases

        sources = sources_of_cases(unit.session, [row.case_id for row in chosen])
    now = unit.clock.now()
    rows = []
    for row in sorted(chosen, key=lambda r: str(r.id)):
        review = QaReview(
            id=new_id(),
            decision_id=row.id,
            sample_day=key,
            sampled_at=now,
            automated_outcome=row.outcome,
            category=row.category,
            source=sources.get(row.case_id, "own_initiative_automated"),
            status="open",
        )
        unit.session.add(review)
        rows.append(review)
    unit.session.flush()
    unit.record(
        AuditTag.REVIEW_QA_SAMPLED,
        actor=actor,
        subjects={"day": key},
        snapshot={
            "population": len(population),
            "sampled": len(rows),
            "rate": policy.rate,
            "minimum": policy.minimum,
            "decisions": [str(r.decision_id) for r in rows],
        },
    )
    return rows


def do_record_qa_verdict(
    unit: UnitOfWork,
    review_id: uuid.UUID,
    *,
    outcome: str,
    category: str | None,
    note: str | None = None,
    actor: Actor,
) -> QaReview:
    """Record a moderator's blind re-decision and whether it agrees with the machine's."""
    review = unit.session.get(QaReview, review_id, with_for_update=True)
    if review is None:
        raise NotFound("no such QA review", field="review_id")
    if review.status != "open":
        raise Conflict("this QA review already has a verdict", field="review_id")
    if outcome not in OUTCOMES:
        raise InvalidInput("expected action or no_action", field="outcome")
    if outcome == "action":
        if not category:
            raise InvalidInput("say which category the item falls under", field="category")
        try:
            StatementCategory(category)
        except ValueError:
            raise InvalidInput("not a DSA statement category", field="category") from None
    else:
        category = None
    if note is not None:
        note = note.strip() or None
        if note and len(note) > NOTE_MAX:
            raise InvalidInput(f"at most {NOTE_MAX} characters", field="note")
    agreed = outcome == review.automated_outcome and (
        outcome == "no_action" or category == review.category
    )
    review.status = "done"
    review.reviewer_outcome = outcome
    review.reviewer_category = category
    review.agreed = agreed
    review.note = note
    review.reviewed_by = actor.ref
    review.reviewed_at = unit.clock.now()
    unit.record(
        AuditTag.REVIEW_QA_REVIEWED,
        actor=actor,
        subjects={"qa_review": review.id, "decision": review.decision_id},
        snapshot={
            "outcome": outcome,
            "category": category,
            "agreed": agreed,
            "note_sha256": hashlib.sha256(note.encode("utf-8")).hexdigest() if note else None,
        },
    )
    return review


# -- reads -------------------------------------------------------------------------------------
def _when(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def list_qa_reviews(
    session: Session, *, status: str = "open", limit: int = 200
) -> list[dict[str, Any]]:
    """The QA queue: what a reviewer may see before deciding (nothing of the machine's call)."""
    rows = session.execute(
        select(QaReview, Case.item_kind)
        .join(Decision, Decision.id == QaReview.decision_id)
        .join(Case, Case.id == Decision.case_id)
        .where(QaReview.status == status)
        .order_by(QaReview.sampled_at, QaReview.id)
        .limit(limit)
    ).tuples()
    out = []
    for review, item_kind in rows:
        entry: dict[str, Any] = {
            "id": str(review.id),
            "sample_day": review.sample_day,
            "item_kind": item_kind,
            "status": review.status,
        }
        if review.status == "done":
            entry.update(_verdict(review))
        out.append(entry)
    return out


def _verdict(review: QaReview) -> dict[str, Any]:
    return {
        "verdict": {
            "outcome": review.reviewer_outcome,
            "category": review.reviewer_category,
            "agreed": review.agreed,
            "automated_outcome": review.automated_outcome,
            "automated_category": review.category,
            "reviewed_by": review.reviewed_by,
            "reviewed_at": _when(review.reviewed_at),
        }
    }


def blind_view(session: Session, review_id: uuid.UUID, audience: ContentAudience) -> dict[str, Any]:
    """A sampled item as the reviewer sees it: the item only, until the verdict is recorded;
    afterwards the machine's call is shown beside theirs."""
    from safeharbour.intake.queries import account_view, channel_view, post_view

    row = session.execute(
        select(QaReview, Case.item_kind, Case.item_id)
        .join(Decision, Decision.id == QaReview.decision_id)
        .join(Case, Case.id == Decision.case_id)
        .where(QaReview.id == review_id)
    ).first()
    if row is None:
        raise NotFound("no such QA review", field="review_id")
    review, item_kind, item_id = row
    item: dict[str, Any] | None
    try:
        if item_kind == "post":
            item = post_view(session, item_id, audience)
        elif item_kind == "channel":
            item = channel_view(session, item_id)
        elif item_kind == "account":
            item = account_view(session, item_id)
        else:
            item = {"url": item_id}
    except NotFound:
        item = None
    view: dict[str, Any] = {
        "id": str(review.id),
        "sample_day": review.sample_day,
        "status": review.status,
        "item_kind": item_kind,
        "item": item,
    }
    if review.status == "done":
        view.update(_verdict(review))
    return view


__all__ = [
    "OUTCOMES",
    "QaPolicy",
    "blind_view",
    "do_record_qa_verdict",
    "do_sample_qa",
    "list_qa_reviews",
    "sample_size",
]
