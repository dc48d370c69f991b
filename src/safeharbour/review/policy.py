"""Review settings and the guards every review action applies.

Guards raise domain errors (`Conflict`, `Forbidden`, `InvalidInput`) and never write; they are
the one place that says who may do what to a case, a decision or an appeal:

- a case is decided only by the holder of its live lease;
- a heavy decision (four-eyes) is approved or rejected only by someone other than its author;
- an appeal is decided only by someone who neither took nor approved the decision appealed;
- an appeal is accepted only inside the window (at least six months, DSA Art. 20(1)).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from safeharbour.config import Settings
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import Conflict, Forbidden, InvalidInput
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.links import PublicLinks
from safeharbour.kit.tokens import TokenKeys
from safeharbour.review.models import Appeal, Case, Decision

MIN_APPEAL_WINDOW = timedelta(days=184)
"""Six months whatever the months: 184 days covers the longest six-month stretch."""


@dataclass(frozen=True)
class ReviewPolicy:
    lease: timedelta
    four_eyes_subscriber_threshold: int
    appeal_window: timedelta
    signal_sla: timedelta
    renotice_cooldown: timedelta
    links: PublicLinks
    tokens: TokenKeys
    cipher: FieldCipher

    @classmethod
    def from_settings(
        cls, settings: Settings, *, secret_key: bytes, cipher: FieldCipher
    ) -> ReviewPolicy:
        window = timedelta(days=settings.appeal_window_days)
        if window < MIN_APPEAL_WINDOW:
            raise InvalidInput("must be at least 184 days", field="appeal_window_days")
        return cls(
            lease=timedelta(minutes=settings.lease_minutes),
            four_eyes_subscriber_threshold=settings.four_eyes_subscriber_threshold,
            appeal_window=window,
            signal_sla=timedelta(hours=settings.signal_sla_hours),
            renotice_cooldown=timedelta(days=settings.renotice_cooldown_days),
            links=PublicLinks(settings.public_base_url),
            tokens=TokenKeys(secret_key),
            cipher=cipher,
        )


def lease_is_live(case: Case, now: datetime) -> bool:
    return (
        case.lease_holder is not None
        and case.lease_expires_at is not None
        and case.lease_expires_at > now
    )


def require_lease(case: Case, actor: Actor, now: datetime) -> None:
    """Deciding needs the caller's own live lease: nobody decides a case someone else holds."""
    if lease_is_live(case, now) and case.lease_holder == actor.ref:
        return
    if lease_is_live(case, now):
        raise Conflict("another moderator holds this case", field="case_id")
    raise Conflict("claim the case first (its lease is missing or expired)", field="case_id")


def require_undecided(case: Case) -> None:
    if case.status != "open":
        raise Conflict(f"the case is {case.status.replace('_', ' ')}", field="case_id")


def require_second_person(decision: Decision, actor: Actor) -> None:
    if decision.status != "pending_approval":
        raise Conflict(
            f"the decision is {decision.status.replace('_', ' ')}, not awaiting approval",
            field="decision_id",
        )
    if decision.decided_by == actor.ref:
        raise Forbidden(
            "four-eyes: the author of a decision cannot approve or reject it",
            field="decision_id",
        )


def require_other_reviewer(appeal: Appeal, decision: Decision, actor: Actor) -> None:
    if appeal.status != "open":
        raise Conflict("the appeal is already decided", field="appeal_id")
    if actor.ref in (decision.decided_by, decision.approved_by):
        raise Forbidden(
            "an appeal is decided by someone who neither took nor approved the decision",
            field="appeal_id",
        )


def appeal_deadline(informed_at: datetime, policy: ReviewPolicy) -> datetime:
    return informed_at + policy.appeal_window


def require_in_window(informed_at: datetime, now: datetime, policy: ReviewPolicy) -> None:
    if now > appeal_deadline(informed_at, policy):
        raise Conflict(
            "the period for an internal complaint about this decision has ended; "
            "out-of-court dispute settlement and the courts remain open",
            field="token",
        )
