"""Terms first: an authority's request filed as an ordinary notice, once per target.

When the engine's proposal says `file_as_notice`, the platform acts on its own terms whoever
asked: a target that breaks the global terms (its `acted_under_terms` is not `none`), and every
target of a content request from a sender that is not verified, is filed as a notice through
the notices action (`intake.notices.do_submit_notice`) and so reaches moderators as a case. The
order itself is answered on its own merits (an unverified order is never complied with).

The notice's source is the authority: `source_type` `SOURCE_TYPE_OTHER_NOTIFICATION`,
`source_key` `authority:<agency id>` (hourly limits and Art. 23 measures count per authority,
as for any notifier), the explanation names the request. Exactly once per target: the notice's
idempotency scope is the request and its key the target's position, so a retry, a supplement's
new assessment or the scheduler finds the first notice. A notifier's hourly hard limit never
fails the legal intake: `RateLimited` is caught, the timeline records that the notice waits
(`notice_waiting`), and the scheduler's `legal-terms-notices` job files it later.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.notice_schemas import Location, NoticeSubmission
from safeharbour.intake.notices import NoticePolicy, NoticeSource, do_submit_notice
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import Keyword, SourceType, StatementCategory
from safeharbour.kit.errors import RateLimited
from safeharbour.legal.assessment.policy import RuleId
from safeharbour.legal.gateway.lifecycle import add_event
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestEvent
from safeharbour.legal.gateway.schemas import TimelineKind
from safeharbour.review.policy import ReviewPolicy

TERMS_ACTOR = Actor("system", "legal-policy")
"""Filing on the terms is the platform's own decision, not the sender's."""


@dataclass(frozen=True)
class NoticeFiling:
    """What filing a notice needs: the notices policy and the review policy (`container.nta`)."""

    notices: NoticePolicy
    review: ReviewPolicy


def targets_to_file(proposal: dict[str, Any] | None) -> list[int]:
    """The positions of the targets the proposal files as a notice."""
    if not proposal or not proposal.get("file_as_notice"):
        return []
    unverified = RuleId.UNVERIFIED_AS_NOTICE.value
    return [
        index
        for index, target in enumerate(proposal.get("targets", []))
        if target.get("acted_under_terms", "none") != "none"
        or unverified in target.get("rules", [])
    ]


def _location(target: dict[str, Any]) -> Location:
    if "url" in target:
        resolved = target.get("resolved")
        if resolved:
            return Location(kind=resolved["kind"], id=resolved["id"])
        return Location(kind="url", url=target["url"])
    return Location(kind=target["kind"], id=target["id"])


def _category(request: LegalRequest) -> StatementCategory:
    """The order's category where the notice schema has it; otherwise a terms violation."""
    try:
        return StatementCategory(request.offence_category or "")
    except ValueError:
        return StatementCategory.OTHER_VIOLATION_TC


def _explanation(request: LegalRequest, target: dict[str, Any]) -> str:
    ground = (
        f"breaks the platform's terms ({target['acted_under_terms']} under the terms)"
        if target.get("acted_under_terms", "none") != "none"
        else "was named by a sender whose authority is not verified"
    )
    return (
        f"Filed from authority request {request.id} ({request.type}, "
        f"{request.legal_instrument}): the target {ground}. The request itself is answered "
        "on its own merits."
    )


def _source(request: LegalRequest) -> NoticeSource:
    owner = request.agency_id or request.id
    return NoticeSource(
        caller=f"legal-request:{request.id}",
        source_key=f"authority:{owner}",
        source_type=SourceType.OTHER_NOTIFICATION,
    )


def do_file_terms_notices(
    unit: UnitOfWork,
    request: LegalRequest,
    proposal: dict[str, Any] | None,
    filing: NoticeFiling,
    *,
    only: Iterable[int] | None = None,
) -> dict[str, list[int]]:
    """File the proposal's terms targets as notices (see the module docstring).

    Returns {"filed": [...], "waiting": [...]} by target position; a target filed before is in
    neither. `only` limits the filing to the given positions (the scheduler's retry).
    """
    positions = targets_to_file(proposal)
    if only is not None:
        wanted = set(only)
        positions = [p for p in positions if p in wanted]
    assert proposal is not None or not positions
    filed: list[int] = []
    waiting: list[int] = []
    source = _source(request)
    for index in positions:
        if index >= len(request.targets):
            continue
        outcome = proposal["targets"][index] if proposal else {}
        submission = NoticeSubmission(
            location=_location(request.targets[index]),
            category=_category(request),
            category_specification=tuple(Keyword(k) for k in request.offence_keywords or []),
            explanation=_explanation(request, outcome),
            notifier=None,
            good_faith=True,
        )
        try:
            receipt = do_submit_notice(
                unit,
                submission,
                source=source,
                policy=filing.notices,
                review=filing.review,
                idempotency_key=f"target-{index}",
                actor=TERMS_ACTOR,
            )
        except RateLimited:
            waiting.append(index)
            add_event(
                unit,
                request,
                TimelineKind.NOTICE_WAITING,
                actor=TERMS_ACTOR,
                details={"target": index},
            )
            unit.record(
                AuditTag.LEGAL_REQUEST_NOTICE_WAITING,
                actor=TERMS_ACTOR,
                subjects={"request": request.id},
                snapshot={"target": index, "source_key": source.source_key},
            )
            continue
        if receipt.repeated and only is None:
            continue  # filed before: once per target
        filed.append(index)
        add_event(
            unit,
            request,
            TimelineKind.FILED_AS_NOTICE,
            actor=TERMS_ACTOR,
            details={"target": index, "notice": receipt.id},
        )
        unit.record(
            AuditTag.LEGAL_REQUEST_FILED_AS_NOTICE,
            actor=TERMS_ACTOR,
            subjects={"request": request.id, "notice": receipt.id},
            snapshot={
                "target": index,
                "acted_under_terms": outcome.get("acted_under_terms", "none"),
                "rules": [
                    r
                    for r in outcome.get("rules", [])
                    if r in (RuleId.TERMS_FIRST.value, RuleId.UNVERIFIED_AS_NOTICE.value)
                ],
            },
        )
    return {"filed": filed, "waiting": waiting}


def waiting_notices(unit: UnitOfWork) -> dict[Any, set[int]]:
    """Requests with targets whose notice still waits: {request id: positions}."""
    rows = unit.session.execute(
        select(LegalRequestEvent.request_id, LegalRequestEvent.kind, LegalRequestEvent.details)
        .where(
            LegalRequestEvent.kind.in_(
                (TimelineKind.NOTICE_WAITING.value, TimelineKind.FILED_AS_NOTICE.value)
            )
        )
        .order_by(LegalRequestEvent.request_id, LegalRequestEvent.seq)
    )
    pending: dict[Any, set[int]] = {}
    for request_id, kind, details in rows:
        target = int(details.get("target", -1))
        if kind == TimelineKind.NOTICE_WAITING.value:
            pending.setdefault(request_id, set()).add(target)
        else:
            pending.get(request_id, set()).discard(target)
    return {rid: targets for rid, targets in pending.items() if targets}


def do_retry_waiting_notices(unit: UnitOfWork, filing: NoticeFiling) -> int:
    """The scheduler's job: file the notices that waited for a rate limit; how many were filed.

    A target still over the limit records another `notice_waiting` and is tried again on the
    next run."""
    from safeharbour.legal.gateway.repository import assessment_of

    filed = 0
    for request_id, positions in waiting_notices(unit).items():
        request = unit.session.get(LegalRequest, request_id)
        if request is None:
            continue
        assessment = assessment_of(unit.session, request)
        proposal = assessment.proposal if assessment is not None else None
        outcome = do_file_terms_notices(unit, request, proposal, filing, only=positions)
        filed += len(outcome["filed"])
    return filed


__all__ = [
    "NoticeFiling",
    "do_file_terms_notices",
    "do_retry_waiting_notices",
    "targets_to_file",
    "waiting_notices",
]
