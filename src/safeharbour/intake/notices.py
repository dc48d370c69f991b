"""Receiving notices (DSA Art. 16) from anyone and from trusted flaggers (Art. 22).

`do_submit_notice` is the only writer of notices. Contracts:

- Every notice that passes validation is stored and answered with a receipt at once (id, time,
  status, a status link with a secret token, what happens next). A notice is never dropped
  silently: a notice from a source suspended under Art. 23 is stored, answered with the reason,
  and not processed (except child sexual abuse and terrorist content, which are always looked
  at); a source far over its hourly budget (`notice_hard_limit_per_hour`, public sources only)
  gets 429 and nothing is stored.
- Idempotency (`Idempotency-Key`, optional): for an authenticated caller (a trusted flagger's
  key or console user) the key is scoped to that caller, and the same key with another body is a
  Conflict; for an anonymous caller the scope is the key plus the SHA-256 of the body, so another
  body is simply another notice. A repeat answers the first receipt, with the same status link.
- Flood absorption: notices about one item join one case (review/cases.py); a source's notices
  beyond `notice_soft_limit_per_hour` (trusted flaggers: `flagger_soft_limit_per_hour`) in the
  last hour are kept and answered but marked `throttled` and add nothing to priority.
- Personal data: the notifier's name and e-mail are encrypted at rest; the source key is a
  keyed digest of the e-mail (or of the client address when there is none); the audit entry
  holds ids, the category and digests only. Receipt e-mails (Art. 16(4)) are queued in the same
  transaction and sent after commit.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.config import Settings
from safeharbour.intake.locate import compile_url_patterns, match_platform_url, post_by_url
from safeharbour.intake.models import Notice, SourceSanction, TrustedFlagger
from safeharbour.intake.notice_schemas import Location, NoticeReceipt, NoticeSubmission
from safeharbour.kit.canonical import digest_of, sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import CATEGORY_LABELS, SourceType
from safeharbour.kit.errors import Conflict, Forbidden, InvalidInput, NotFound, RateLimited
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.links import PublicLinks
from safeharbour.kit.tokens import TokenKeys, token_sha256
from safeharbour.notifications.actions import do_queue_email
from safeharbour.review.cases import Report, normalise_kind, route_report
from safeharbour.review.policy import ReviewPolicy, lease_is_live
from safeharbour.review.priority import is_critical

TOKEN_PURPOSE = "notice-status"  # noqa: S105 (a key-derivation label, not a secret)
ANONYMOUS_SCOPE = "anonymous"
PUBLIC_NOTIFIER = Actor("anonymous", "notifier")
"""The actor of a notice or an appeal sent without an account."""


def notice_token(tokens: TokenKeys, notice_id: uuid.UUID) -> str:
    """The secret of a notice's status link (and of the notifier's appeal)."""
    return tokens.link_token(TOKEN_PURPOSE, str(notice_id))


@dataclass(frozen=True)
class NoticePolicy:
    """What receiving a notice needs besides the notice: one instance per process."""

    cipher: FieldCipher
    tokens: TokenKeys
    links: PublicLinks
    url_patterns: tuple[re.Pattern[str], ...]
    public_sla_critical: timedelta
    public_sla_default: timedelta
    flagger_sla_critical: timedelta
    flagger_sla_default: timedelta
    soft_limit_per_hour: int
    hard_limit_per_hour: int
    flagger_soft_limit_per_hour: int

    @classmethod
    def from_settings(
        cls, settings: Settings, *, secret_key: bytes, cipher: FieldCipher
    ) -> NoticePolicy:
        patterns = compile_url_patterns(settings.platform_url_patterns)
        return cls(
            cipher=cipher,
            tokens=TokenKeys(secret_key),
            links=PublicLinks(settings.public_base_url),
            url_patterns=patterns,
            public_sla_critical=timedelta(hours=settings.notice_sla_critical_hours),
            public_sla_default=timedelta(hours=settings.notice_sla_default_hours),
            flagger_sla_critical=timedelta(minutes=settings.flagger_sla_critical_minutes),
            flagger_sla_default=timedelta(minutes=settings.flagger_sla_default_minutes),
            soft_limit_per_hour=settings.notice_soft_limit_per_hour,
            hard_limit_per_hour=settings.notice_hard_limit_per_hour,
            flagger_soft_limit_per_hour=settings.flagger_soft_limit_per_hour,
        )

    def status_token(self, notice_id: uuid.UUID) -> str:
        return notice_token(self.tokens, notice_id)

    def email_source_key(self, email: str) -> str:
        return "email:" + self.tokens.digest("notifier-email", email.strip().lower())


@dataclass(frozen=True)
class NoticeSource:
    """Who sends the notice, as the transport established it."""

    flagger_id: uuid.UUID | None = None
    api_key_id: uuid.UUID | None = None
    caller: str | None = None
    """The authenticated caller's actor ref (idempotency scope); None when anonymous."""
    client_address: str | None = None
    source_key: str | None = None
    """A source the calling context names itself (an authority whose request is filed as a
    notice: `authority:<agency id>`); rate limits and Art. 23 measures count per source."""
    source_type: SourceType | None = None
    """The statement-of-reasons source type when it is neither Art. 16 nor a trusted flagger
    (`SOURCE_TYPE_OTHER_NOTIFICATION` for an authority's request filed as a notice)."""


def resolve_location(location: Location, policy: NoticePolicy) -> tuple[str, str]:
    """The item a location names: (post | channel | account | url, id)."""
    if location.kind != "url":
        assert location.id is not None
        return normalise_kind(location.kind), location.id
    assert location.url is not None
    matched = match_platform_url(policy.url_patterns, location.url)
    return matched if matched is not None else ("url", location.url)


def _source_key(submission: NoticeSubmission, source: NoticeSource, policy: NoticePolicy) -> str:
    if source.flagger_id is not None:
        return f"flagger:{source.flagger_id}"
    if source.source_key is not None:
        return source.source_key
    if submission.notifier is not None:
        return policy.email_source_key(submission.notifier.email)
    return "client:" + policy.tokens.digest("client-address", source.client_address or "unknown")


def _idempotency(
    key: str | None, source: NoticeSource, body_sha256: str
) -> tuple[str | None, str | None]:
    if key is None:
        return None, None
    if not key or len(key) > 200 or not key.isprintable():
        raise InvalidInput("expected 1 to 200 printable characters", field="Idempotency-Key")
    if source.caller is not None:
        return source.caller[:80], sha256_hex(key)
    return ANONYMOUS_SCOPE, sha256_hex(f"{key}\x00{body_sha256}")


def _suspension_query(source_key: str, now: datetime) -> Select[tuple[SourceSanction]]:
    return (
        select(SourceSanction)
        .where(
            SourceSanction.source_key == source_key,
            SourceSanction.kind == "suspension",
            SourceSanction.lifted_at.is_(None),
            SourceSanction.starts_at <= now,
            (SourceSanction.ends_at.is_(None)) | (SourceSanction.ends_at > now),
        )
        .order_by(SourceSanction.starts_at.desc())
        .limit(1)
    )


def active_suspension(session: Session, source_key: str, now: datetime) -> SourceSanction | None:
    """The suspension (Art. 23) in force for a source, if any."""
    return session.scalars(_suspension_query(source_key, now)).first()


def _sla(critical: bool, flagger: TrustedFlagger | None, policy: NoticePolicy) -> timedelta:
    if flagger is not None:
        if critical:
            minutes = flagger.sla_critical_minutes
            return timedelta(minutes=minutes) if minutes else policy.flagger_sla_critical
        minutes = flagger.sla_default_minutes
        return timedelta(minutes=minutes) if minutes else policy.flagger_sla_default
    return policy.public_sla_critical if critical else policy.public_sla_default


def _hours(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes} minutes" if minutes < 120 else f"{minutes // 60} hours"


def receipt_for(
    notice: Notice, status: str, policy: NoticePolicy, *, repeated: bool
) -> NoticeReceipt:
    token = policy.status_token(notice.id)
    return NoticeReceipt(
        id=str(notice.id),
        received_at=notice.received_at,
        status=status,
        status_url=policy.links.notice_status_api(token),
        status_page_url=policy.links.notice_status_page(token),
        next_steps=_next_steps(notice, status),
        repeated=repeated,
    )


def _next_steps(notice: Notice, status: str) -> str:
    if notice.handling == "suspended_source" and notice.case_id is None:
        return (
            "Your notice was received and recorded. Notices from this source are not processed "
            "at present: their processing was suspended because of repeated manifestly "
            "unfounded notices (DSA Art. 23). The status link explains until when and how to "
            "contest it."
        )
    if status == "decided":
        return (
            "Your notice was received. The reported item was already decided recently; your "
            "notice was added to that case. The status link shows the decision and how to "
            "contest it."
        )
    when = notice.sla_due_at.strftime("%Y-%m-%d %H:%M UTC")
    kind = "trusted flagger notice" if notice.flagger_id else "notice"
    return (
        f"Your {kind} was received and added to the review queue. A moderator will examine it "
        f"and decide, at the latest by {when}. You will be told the decision and how to "
        "contest it"
        + (" by e-mail and" if notice.notifier_email_encrypted else "")
        + " at the status link."
    )


def _existing(
    unit: UnitOfWork, scope: str, digest: str, body_sha256: str, strict: bool
) -> Notice | None:
    notice = unit.session.scalars(
        select(Notice).where(Notice.idempotency_scope == scope, Notice.idempotency_digest == digest)
    ).first()
    if notice is not None and strict and notice.body_sha256 != body_sha256:
        raise Conflict(
            "this Idempotency-Key was already used with a different notice",
            field="Idempotency-Key",
        )
    return notice


def do_submit_notice(
    unit: UnitOfWork,
    submission: NoticeSubmission,
    *,
    source: NoticeSource,
    policy: NoticePolicy,
    review: ReviewPolicy,
    idempotency_key: str | None = None,
    actor: Actor,
    demo: bool = False,
) -> NoticeReceipt:
    """Store a notice, route it to its case and answer the receipt (see the module contract)."""
    from safeharbour.intake.notice_queries import notice_status

    now = unit.clock.now()
    body_sha256 = digest_of(_canonical_body(submission))
    scope, digest = _idempotency(idempotency_key, source, body_sha256)
    if scope is not None and digest is not None:
        first = _existing(unit, scope, digest, body_sha256, strict=source.caller is not None)
        if first is not None:
            status = notice_status(unit.session, first, now=now, policy=review)
            return receipt_for(first, status.status, policy, repeated=True)

    flagger: TrustedFlagger | None = None
    if source.flagger_id is not None:
        flagger = unit.session.get(TrustedFlagger, source.flagger_id)
        if flagger is None:
            raise NotFound("no trusted flagger with this id", field="flagger_id")
        if flagger.suspended_at is not None:
            raise Forbidden(
                "this trusted flagger's status is suspended: it cannot file notices through "
                "the priority channel until an administrator reinstates it",
                field="flagger_id",
            )
    source_key = _source_key(submission, source, policy)
    critical = is_critical(submission.category_specification)

    # One round trip for the source's hourly count and whether it is suspended (Art. 23).
    recent_count = (
        select(func.count())
        .select_from(Notice)
        .where(Notice.source_key == source_key, Notice.received_at > now - timedelta(hours=1))
        .scalar_subquery()
    )
    suspended_id = (
        _suspension_query(source_key, now).with_only_columns(SourceSanction.id).scalar_subquery()
    )
    recent, suspension_id = unit.session.execute(select(recent_count, suspended_id)).one()
    recent = int(recent or 0)
    if flagger is None and policy.hard_limit_per_hour and recent >= policy.hard_limit_per_hour:
        raise RateLimited(
            "too many notices from this source in the last hour; try again later",
            field="notice",
        )
    soft = policy.flagger_soft_limit_per_hour if flagger else policy.soft_limit_per_hour
    if suspension_id is not None:
        handling = "suspended_source"
    elif soft and recent >= soft:
        handling = "throttled"
    else:
        handling = "normal"

    kind, ident = resolve_location(submission.location, policy)
    if kind == "url" and (post_id := post_by_url(unit.session, ident)) is not None:
        kind, ident = "post", post_id  # a post ingested with this address
    due = now + _sla(critical, flagger if handling == "normal" else None, policy)
    processed = handling != "suspended_source" or critical
    case = None
    opened = False
    if processed:
        report = Report(
            category=submission.category,
            keywords=tuple(submission.category_specification),
            due_at=due,
            trusted=flagger is not None and handling == "normal",
            counted=handling == "normal" or critical,
            source_key=source_key,
        )
        routed = route_report(unit, kind=kind, ident=ident, report=report, policy=review, demo=demo)
        case, opened = routed.case, routed.opened

    notifier = submission.notifier
    notice = Notice(
        id=new_id(),
        received_at=now,
        source_type=(
            SourceType.TRUSTED_FLAGGER if flagger else source.source_type or SourceType.ARTICLE_16
        ).value,
        flagger_id=flagger.id if flagger else None,
        api_key_id=source.api_key_id,
        source_key=source_key,
        location_kind=submission.location.kind,
        location_id=submission.location.id,
        location_url=submission.location.url,
        item_kind=kind,
        item_id=ident,
        category=submission.category.value,
        category_specification=[k.value for k in submission.category_specification],
        explanation=submission.explanation,
        notifier_name_encrypted=policy.cipher.encrypt(notifier.name) if notifier else None,
        notifier_email_encrypted=policy.cipher.encrypt(notifier.email) if notifier else None,
        good_faith=submission.good_faith,
        handling=handling,
        sla_due_at=due,
        case_id=case.id if case else None,
        status_token_sha256="",
        idempotency_scope=scope,
        idempotency_digest=digest,
        body_sha256=body_sha256,
        manifestly_unfounded=False,
        demo=demo,
    )
    notice.status_token_sha256 = token_sha256(policy.status_token(notice.id))
    unit.session.add(notice)
    unit.record(
        AuditTag.INTAKE_NOTICE_RECEIVED,
        actor=actor,
        subjects={
            "notice": notice.id,
            **({"case": case.id} if case else {}),
            **({"flagger": flagger.id} if flagger else {}),
        },
        snapshot={
            "category": notice.category,
            "keywords": notice.category_specification,
            "handling": handling,
            "item_sha256": sha256_hex(f"{kind}:{ident}"),
            "body_sha256": body_sha256,
            "notifier_given": notifier is not None,
            "case_opened": opened,
            "tier": case.tier if case else None,
        },
    )
    unit.publish(
        "intake.notice.received",
        {"notice_id": str(notice.id), "case_id": str(case.id) if case else None},
        key=str(case.id) if case else str(notice.id),
    )
    if case is None:
        current = "closed"
    elif case.status == "decided":
        current = "decided"
    elif case.status == "pending_approval" or lease_is_live(case, now):
        current = "in_review"
    else:
        current = "received"
    receipt = receipt_for(notice, current, policy, repeated=False)
    if notifier is not None:
        do_queue_email(
            unit,
            to=notifier.email,
            subject=f"Notice received: {notice.id}",
            body=_receipt_email(notice, receipt),
            purpose="notice_receipt",
            related={"notice": notice.id},
            cipher=policy.cipher,
            actor=actor,
        )
    return receipt


def _canonical_body(submission: NoticeSubmission) -> dict[str, object]:
    location: dict[str, object] = (
        {"url": submission.location.url}
        if submission.location.kind == "url"
        else {"kind": submission.location.kind, "id": submission.location.id}
    )
    return {
        "location": location,
        "category": submission.category.value,
        "category_specification": [k.value for k in submission.category_specification],
        "explanation": submission.explanation,
        "notifier": (
            {"name": submission.notifier.name, "email": submission.notifier.email}
            if submission.notifier
            else None
        ),
        "good_faith": submission.good_faith,
    }


def _receipt_email(notice: Notice, receipt: NoticeReceipt) -> str:
    category = CATEGORY_LABELS.get(notice.category, notice.category)  # type: ignore[call-overload]
    return "\n".join(
        [
            "Thank you. We received your notice (DSA Art. 16).",
            "",
            f"Notice: {notice.id}",
            f"Received: {notice.received_at.strftime('%Y-%m-%d %H:%M:%S UTC')}",
            f"Category: {category}",
            "",
            receipt.next_steps,
            "",
            f"Status: {receipt.status_page_url}",
            "",
            "Keep this link private: anyone who has it can see the status of your notice.",
        ]
    )
