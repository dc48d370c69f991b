"""Opening and joining cases: every notice and detection signal about an item lands in one case.

Contracts:
- At most one undecided case per item (`open_item_key` is unique): a notice about an item that
  has one joins it, without queueing anything new. Two first notices racing on a new item make
  one insert fail on that index; the request is retried and joins the winner's case.
- A public notice about an item decided within the cool-down (default 30 days) joins that
  decided case and is answered with its decision, unless it alleges something more severe or
  critical; a trusted flagger's notice always gets a fresh review.
- Only counted reports move priority: notices over their source's hourly budget and notices
  from sources suspended under Art. 23 are kept and answered, but add no severity, no
  deadline, no trusted-flagger boost and no source (review/priority.py).
- Reach is read from the mirror (channel size, public or private, verified or official) when a
  counted report arrives, so a case on an id the mirror did not know yet gains its reach once
  the platform sends the item.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, or_, select

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Account, Channel, Notice, Post
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import StatementCategory
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.review.models import Case, CaseSignal
from safeharbour.review.policy import ReviewPolicy
from safeharbour.review.priority import StaticPriority, is_critical, reach_factor, severity_of

ITEM_KINDS = ("post", "channel", "account", "url")


def item_key(kind: str, ident: str) -> str:
    return sha256_hex(f"{kind}:{ident}")


def normalise_kind(kind: str) -> str:
    """Groups and channels are both channels in the mirror."""
    return "channel" if kind == "group" else kind


@dataclass(frozen=True)
class Report:
    """What one notice or signal contributes to its case."""

    category: str
    keywords: tuple[str, ...]
    due_at: datetime
    trusted: bool
    counted: bool
    source_key: str | None
    """Distinct sources are counted by this key; None for detection signals."""


def reach_of(session: Any, kind: str, ident: str) -> tuple[float, str]:
    """The reach component of an item, from the mirror (1.0 when the item is unknown).

    One query per call: it runs for every counted notice, so it stays a single indexed read.
    """
    if kind == "post":
        row = session.execute(
            select(Channel.subscribers, Channel.public, Account.verified, Account.official)
            .select_from(Post)
            .outerjoin(Channel, Channel.id == Post.channel_id)
            .outerjoin(Account, Account.id == Post.author_id)
            .where(Post.id == ident)
        ).first()
        if row is None:
            return reach_factor(subscribers=None, public=None)
        return reach_factor(
            subscribers=row.subscribers,
            public=row.public,
            prominent=bool(row.verified or row.official),
        )
    if kind == "channel":
        channel = session.execute(
            select(Channel.subscribers, Channel.public, Channel.verified).where(Channel.id == ident)
        ).first()
        if channel is None:
            return reach_factor(subscribers=None, public=None)
        return reach_factor(
            subscribers=channel.subscribers, public=channel.public, prominent=channel.verified
        )
    if kind == "account":
        audience = (
            select(func.max(Channel.subscribers)).where(Channel.owner_id == ident).scalar_subquery()
        )
        row = session.execute(
            select(Account.verified, Account.official, audience).where(Account.id == ident)
        ).first()
        if row is None:
            return reach_factor(subscribers=None, public=None)
        subscribers = row[2]
        return reach_factor(
            subscribers=subscribers,
            public=True if subscribers is not None else None,
            prominent=bool(row.verified or row.official),
        )
    return reach_factor(subscribers=None, public=None)


def _static(case: Case) -> StaticPriority:
    return StaticPriority(**case.priority)


def _apply_priority(case: Case, static: StaticPriority, due: datetime) -> None:
    case.priority = static.as_json()
    case.severity = static.severity
    case.reach = static.reach
    case.trusted = static.trusted
    case.distinct_sources = static.distinct_sources
    case.due_at = due
    case.tier = static.tier
    case.rank_key = static.rank_key(due)


def _new_case(
    unit: UnitOfWork,
    kind: str,
    ident: str,
    report: Report,
    reach: tuple[float, str],
    demo: bool,
) -> Case:
    now = unit.clock.now()
    reach_value, reach_basis = reach
    severity, basis = severity_of(report.category, report.keywords)
    static = StaticPriority(
        severity=severity,
        severity_basis=basis,
        reach=reach_value,
        reach_basis=reach_basis,
        distinct_sources=0,
        trusted=False,
        critical=False,
        counted=False,
    )
    key = item_key(kind, ident)
    case = Case(
        id=new_id(),
        item_kind=kind,
        item_id=ident,
        item_key=key,
        open_item_key=key,
        status="open",
        opened_at=now,
        updated_at=now,
        category=report.category,
        notice_count=0,
        signal_count=0,
        demo=demo,
    )
    _apply_priority(case, static, report.due_at)
    unit.session.add(case)
    return case


def _contribute(case: Case, report: Report, reach: tuple[float, str], *, new_source: bool) -> None:
    """Fold one counted report into the case's priority."""
    static = _static(case)
    severity, basis = severity_of(report.category, report.keywords)
    if not static.counted:
        # The first counted report replaces whatever throttled reports had set.
        severity_now, basis_now = severity, basis
        due = report.due_at
        category = report.category
    else:
        severity_now, basis_now = (
            (severity, basis)
            if severity > static.severity
            else (static.severity, static.severity_basis)
        )
        due = min(case.due_at, report.due_at)
        category = report.category if severity > static.severity else case.category
    updated = StaticPriority(
        severity=severity_now,
        severity_basis=basis_now,
        reach=reach[0],
        reach_basis=reach[1],
        distinct_sources=static.distinct_sources + (1 if new_source else 0),
        trusted=static.trusted or report.trusted,
        critical=static.critical or is_critical(report.keywords),
        counted=True,
    )
    case.category = category
    _apply_priority(case, updated, due)


def _source_seen(unit: UnitOfWork, case_id: uuid.UUID, source_key: str) -> bool:
    return bool(
        unit.session.scalar(
            select(
                exists().where(
                    Notice.case_id == case_id,
                    Notice.source_key == source_key,
                    Notice.handling != "throttled",
                )
            )
        )
    )


def _candidates(
    unit: UnitOfWork, key: str, report: Report, policy: ReviewPolicy
) -> tuple[Case | None, Case | None]:
    """The item's undecided case, and the case decided within the cool-down that a public
    notice would join instead (one indexed query for both)."""
    since = unit.clock.now() - policy.renotice_cooldown
    rows = unit.session.scalars(
        select(Case)
        .where(
            Case.item_key == key,
            or_(Case.status != "decided", Case.decided_at > since),
        )
        .with_for_update()
    ).all()
    undecided = next((c for c in rows if c.open_item_key == key), None)
    if undecided is not None or report.source_key is None:
        return undecided, None
    if report.trusted or is_critical(report.keywords):
        return None, None
    decided = sorted(
        (c for c in rows if c.status == "decided" and c.decided_at is not None),
        key=lambda c: c.decided_at,  # type: ignore[arg-type,return-value]
    )
    if not decided:
        return None, None
    latest = decided[-1]
    severity, _ = severity_of(report.category, report.keywords)
    return None, (latest if severity <= latest.severity else None)


@dataclass(frozen=True)
class Routed:
    case: Case
    opened: bool


def route_report(
    unit: UnitOfWork,
    *,
    kind: str,
    ident: str,
    report: Report,
    policy: ReviewPolicy,
    demo: bool = False,
) -> Routed:
    """The case a report belongs to, opened or joined, with its priority updated.

    Not an action of its own: the notice or signal action that calls it owns the unit, and its
    one audit entry names the case and says whether it was opened.
    """
    kind = normalise_kind(kind)
    if kind not in ITEM_KINDS:
        raise InvalidInput(f"expected one of {', '.join(ITEM_KINDS)}", field="kind")
    key = item_key(kind, ident)
    case, decided = _candidates(unit, key, report, policy)
    if decided is not None:
        decided.notice_count += 1
        decided.updated_at = unit.clock.now()
        return Routed(decided, opened=False)
    opened = case is None
    reach = reach_of(unit.session, kind, ident) if opened or report.counted else (1.0, "")
    if case is None:
        case = _new_case(unit, kind, ident, report, reach, demo)
    if report.counted:
        new_source = report.source_key is not None and (
            opened or not _source_seen(unit, case.id, report.source_key)
        )
        _contribute(case, report, reach, new_source=new_source)
    if report.source_key is not None:
        case.notice_count += 1
    else:
        case.signal_count += 1
    case.updated_at = unit.clock.now()
    if opened:
        # Without ORM relationships the flush order is not derived from foreign keys: insert
        # the case now, before the notice or signal that refers to it.
        unit.session.flush()
        unit.publish(
            "review.case.opened",
            {"case_id": str(case.id), "item_kind": kind, "tier": case.tier},
            key=str(case.id),
        )
    return Routed(case, opened)


def do_raise_signal(
    unit: UnitOfWork,
    *,
    item_kind: str,
    item_id: str,
    source: str,
    category: str,
    keywords: list[str] | None = None,
    score: float | None = None,
    details: dict[str, Any] | None = None,
    policy: ReviewPolicy,
    actor: Actor,
) -> CaseSignal:
    """A detection signal (own initiative) about an item: opens or joins its case.

    For the detection pipeline: `source` names the detector (`detection:pdq`), `details` holds
    ids and digests only (a matched hash, a rule id), never content.
    """
    try:
        category = StatementCategory(category)
    except ValueError:
        raise InvalidInput("expected a STATEMENT_CATEGORY_* value", field="category") from None
    keywords = list(keywords or [])
    if not item_id or len(item_id) > 2048:
        raise InvalidInput("an item id of 1 to 2048 characters is needed", field="item_id")
    now = unit.clock.now()
    report = Report(
        category=category,
        keywords=tuple(keywords),
        due_at=now + policy.signal_sla,
        trusted=False,
        counted=True,
        source_key=None,
    )
    routed = route_report(unit, kind=item_kind, ident=item_id, report=report, policy=policy)
    case = routed.case
    signal = CaseSignal(
        id=new_id(),
        case_id=case.id,
        raised_at=now,
        source=source[:120],
        category=category,
        category_specification=keywords,
        score=score,
        automated=True,
        details=dict(details or {}),
    )
    unit.session.add(signal)
    unit.record(
        AuditTag.REVIEW_SIGNAL_RAISED,
        actor=actor,
        subjects={"case": case.id, "signal": signal.id},
        snapshot={
            "source": signal.source,
            "category": category,
            "case_opened": routed.opened,
            "tier": case.tier,
        },
    )
    return signal
