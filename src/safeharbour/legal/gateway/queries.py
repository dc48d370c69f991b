"""Reads of the gateway: what an agency sees of its own requests, what legal officers see.

Agency views go through `repository.request_for_agency` (another agency's request is NotFound)
and show only `AGENCY_VISIBLE_EVENTS` of the timeline: no anti-fraud flags, no engine
proposals, no internal alerts. A missed deadline is always shown.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from safeharbour.kit.clock import rfc3339
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.keyset import Cursor, KeysetPage, SortKey, keyset_page
from safeharbour.legal.gateway.intake import check_status_token
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAnswer,
    LegalRequestAssessment,
    LegalRequestAttachment,
    LegalRequestCallback,
    LegalRequestEscalation,
    LegalRequestSupplement,
)
from safeharbour.legal.gateway.repository import (
    NOT_FOUND,
    events_of,
    get_request,
    request_for_agency,
)
from safeharbour.legal.gateway.schemas import AGENCY_VISIBLE_EVENTS, OPEN_STATUSES, TimelineKind
from safeharbour.legal.models import Agency

if TYPE_CHECKING:
    from safeharbour.intake.queries import ContentAudience


class TimelineEntry(BaseModel):
    seq: int
    event: str
    status: str
    at: str
    details: dict[str, Any] = {}


class AnswerView(BaseModel):
    id: str
    answer: str
    scope: str
    reasons: list[dict[str, str | None]]  # rule None: a sentence of the officer's own
    what_and_why: str | None
    missing: list[dict[str, str]]
    answered_at: str
    late: bool
    # one answer per target (absent for answers given before per-target dispositions)
    targets: list[dict[str, Any]] | None = None


class SupplementView(BaseModel):
    id: str
    received_at: str
    amended: list[str]
    restarted_clock: bool


class AttachmentView(BaseModel):
    id: str
    filename: str
    content_type: str
    size: int
    sha256: str
    supplement_id: str | None


class AgencyRequestView(BaseModel):
    """What the submitting agency sees."""

    id: str
    reference: str | None
    type: str
    status: str
    received_at: str
    deadline: str
    deadline_basis: str
    deadline_missed: bool
    verification: str
    effect_given_at: str | None = None
    """When the platform carried out a complied order (DSA Art. 9(1)); null before."""
    timeline: list[TimelineEntry]
    answer: AnswerView | None
    answers: list[AnswerView]
    supplements: list[SupplementView]
    attachments: list[AttachmentView]


class StatusView(BaseModel):
    """What the status URL shows to whoever holds its token: states and times only."""

    id: str
    status: str
    received_at: str
    deadline: str
    deadline_missed: bool
    answered_at: str | None
    timeline: list[TimelineEntry]


class QueueItem(BaseModel):
    id: str
    agency_id: str | None
    agency_name: str | None
    country: str | None
    type: str
    urgency: str
    status: str
    held: bool
    flags: list[str]
    received_at: str
    deadline: str
    seconds_left: int
    escalation_level: int
    deadline_missed: bool
    disposition: str | None
    answer: str | None


class OfficerRequestView(BaseModel):
    """Everything a legal officer needs to decide: the request, the sender's verification and
    anti-fraud findings, the engine's proposal and its history, answers, supplements."""

    id: str
    agency: dict[str, Any] | None
    reference: str | None
    type: str
    legal_instrument: str
    legal_process: str
    legal_basis: str | None
    offence_category: str | None
    offence_keywords: list[str]
    judicial_authorisation: bool
    urgency: str
    threat_to_life: bool
    gag_order: bool
    gag_order_until: str | None
    statement: str
    targets: list[dict[str, Any]]
    data_requested: list[str]
    verification: str
    sender_verified: bool
    held: bool
    flags: list[dict[str, Any]]
    oob_verified_at: str | None
    status: str
    received_at: str
    clock_started_at: str
    deadline: str
    deadline_duration: str
    deadline_basis: str
    seconds_left: int
    escalation_level: int
    deadline_missed_at: str | None
    effect_planned_at: str | None = None
    effect_given_at: str | None = None
    auto_executed: bool = False
    after_review_at: str | None = None
    proposal: dict[str, Any] | None
    assessment: dict[str, Any] | None
    assessments: list[dict[str, Any]]
    timeline: list[TimelineEntry]
    answer: AnswerView | None
    answers: list[AnswerView]
    supplements: list[dict[str, Any]]
    attachments: list[AttachmentView]
    callbacks: list[dict[str, Any]]
    escalations: list[dict[str, Any]]


class GatewayStats(BaseModel):
    total: int
    open: int
    held: int
    by_type: dict[str, int]
    by_status: dict[str, int]
    by_answer: dict[str, int]
    deadline_breaches: int
    answered_late: int


def _ts(value: dt.datetime | None) -> str | None:
    return rfc3339(value) if value is not None else None


def _timeline(session: Session, request_id: uuid.UUID, *, agency: bool) -> list[TimelineEntry]:
    entries = []
    for event in events_of(session, request_id):
        if agency and TimelineKind(event.kind) not in AGENCY_VISIBLE_EVENTS:
            continue
        details = event.details or {}
        if agency:
            # Only what the agency may know: the level and deadline of a miss, an answer's kind.
            details = {
                k: v for k, v in details.items() if k in ("deadline", "answer", "scope", "late")
            }
        entries.append(
            TimelineEntry(
                seq=event.seq,
                event=event.kind,
                status=event.status,
                at=rfc3339(event.at),
                details=details,
            )
        )
    return entries


def _answer_view(row: LegalRequestAnswer) -> AnswerView:
    return AnswerView(
        id=str(row.id),
        answer=row.answer,
        scope=row.scope,
        reasons=list(row.reasons),
        what_and_why=row.what_and_why,
        missing=list(row.missing),
        answered_at=rfc3339(row.answered_at),
        late=row.late,
        targets=list(row.targets) if row.targets is not None else None,
    )


def _answers(session: Session, request_id: uuid.UUID) -> list[LegalRequestAnswer]:
    return list(
        session.scalars(
            select(LegalRequestAnswer)
            .where(LegalRequestAnswer.request_id == request_id)
            .order_by(LegalRequestAnswer.answered_at, LegalRequestAnswer.id)
        )
    )


def _attachments(session: Session, request_id: uuid.UUID) -> list[AttachmentView]:
    rows = session.scalars(
        select(LegalRequestAttachment)
        .where(LegalRequestAttachment.request_id == request_id)
        .order_by(LegalRequestAttachment.received_at, LegalRequestAttachment.position)
    )
    return [
        AttachmentView(
            id=str(a.id),
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            sha256=a.sha256,
            supplement_id=str(a.supplement_id) if a.supplement_id else None,
        )
        for a in rows
    ]


def _supplements(session: Session, request_id: uuid.UUID) -> list[LegalRequestSupplement]:
    return list(
        session.scalars(
            select(LegalRequestSupplement)
            .where(LegalRequestSupplement.request_id == request_id)
            .order_by(LegalRequestSupplement.received_at)
        )
    )


def _current_answer(
    request: LegalRequest, answers: list[LegalRequestAnswer]
) -> LegalRequestAnswer | None:
    return next((a for a in answers if a.id == request.answer_id), None)


def agency_request_view(
    session: Session, request_id: uuid.UUID, agency_id: uuid.UUID | None
) -> AgencyRequestView:
    """The submitting agency's view of its own request; NotFound for anyone else's."""
    request = request_for_agency(session, request_id, agency_id)
    answers = _answers(session, request.id)
    current = _current_answer(request, answers)
    return AgencyRequestView(
        id=str(request.id),
        reference=request.reference,
        type=request.type,
        status=request.status,
        received_at=rfc3339(request.received_at),
        deadline=rfc3339(request.deadline_at),
        deadline_basis=request.deadline_basis,
        deadline_missed=request.deadline_missed_at is not None,
        verification=request.verification,
        effect_given_at=_ts(request.effect_given_at),
        timeline=_timeline(session, request.id, agency=True),
        answer=_answer_view(current) if current else None,
        answers=[_answer_view(a) for a in answers],
        supplements=[
            SupplementView(
                id=str(s.id),
                received_at=rfc3339(s.received_at),
                amended=sorted(s.amended),
                restarted_clock=s.restarted_clock,
            )
            for s in _supplements(session, request.id)
        ],
        attachments=_attachments(session, request.id),
    )


def status_view(session: Session, request_id: uuid.UUID, token: str) -> StatusView:
    """The status URL: NotFound unless `token` is the request's status token."""
    request = session.get(LegalRequest, request_id)
    if request is None or not check_status_token(request, token):
        raise NotFound(NOT_FOUND, field="request_id")
    return StatusView(
        id=str(request.id),
        status=request.status,
        received_at=rfc3339(request.received_at),
        deadline=rfc3339(request.deadline_at),
        deadline_missed=request.deadline_missed_at is not None,
        answered_at=_ts(request.answered_at),
        timeline=[
            e.model_copy(update={"details": {}})
            for e in _timeline(session, request.id, agency=True)
        ],
    )


def list_agency_requests(
    session: Session, agency_id: uuid.UUID, *, limit: int = 200
) -> list[LegalRequest]:
    """An agency's own requests, newest first (for the authority console)."""
    return list(
        session.scalars(
            select(LegalRequest)
            .where(LegalRequest.agency_id == agency_id)
            .order_by(LegalRequest.received_at.desc())
            .limit(limit)
        )
    )


def _seconds_left(request: LegalRequest, now: dt.datetime) -> int:
    return int((request.deadline_at - now).total_seconds())


def officer_queue(
    session: Session,
    *,
    now: dt.datetime,
    include_answered: bool = False,
    limit: int = 200,
    only: list[uuid.UUID] | None = None,
) -> list[QueueItem]:
    """Requests ordered by deadline, soonest first; open ones only unless asked; `only`: these
    requests."""
    query = select(LegalRequest, Agency.name, Agency.country).outerjoin(
        Agency, Agency.id == LegalRequest.agency_id
    )
    if only is not None:
        query = query.where(LegalRequest.id.in_(only))
    if not include_answered:
        query = query.where(LegalRequest.status.in_([s.value for s in OPEN_STATUSES]))
    rows = session.execute(query.order_by(LegalRequest.deadline_at).limit(limit)).all()
    return _queue_items(session, rows, now=now)


OFFICER_QUEUE_KEYS = (
    SortKey(LegalRequest.deadline_at, "datetime"),
    SortKey(LegalRequest.id, "uuid"),
)
"""The order of the paged legal queue: soonest deadline first (index
`ix_legal_requests_deadline`, or the status / type / agency index when one is chosen)."""


def officer_queue_query(
    *, open_only: bool = True, status: str = "", type: str = "", agency: str = "", country: str = ""
) -> Select[Any]:
    """The legal queue's filtered query, before its order and limit (`OFFICER_QUEUE_KEYS`).

    `open_only` (the default view) keeps what is not answered; a `status` names one status
    instead. `agency` is an agency id, `country` an agency's country code."""
    query = select(LegalRequest, Agency.name, Agency.country).outerjoin(
        Agency, Agency.id == LegalRequest.agency_id
    )
    if status:
        query = query.where(LegalRequest.status == status)
    elif open_only:
        query = query.where(LegalRequest.status != "answered")
    if type:
        query = query.where(LegalRequest.type == type)
    if agency:
        try:
            agency_id = uuid.UUID(agency)
        except ValueError as exc:
            raise InvalidInput("not an agency of this platform", field="agency") from exc
        query = query.where(LegalRequest.agency_id == agency_id)
    if country:
        query = query.where(
            LegalRequest.agency_id.in_(select(Agency.id).where(Agency.country == country.upper()))
        )
    return query


def officer_queue_page(
    session: Session,
    *,
    now: dt.datetime,
    limit: int = 50,
    cursor: Cursor | None = None,
    open_only: bool = True,
    status: str = "",
    type: str = "",
    agency: str = "",
    country: str = "",
) -> KeysetPage:
    """One page of the legal queue, soonest deadline first; rows are `QueueItem`s."""
    page = keyset_page(
        session,
        officer_queue_query(
            open_only=open_only, status=status, type=type, agency=agency, country=country
        ),
        OFFICER_QUEUE_KEYS,
        limit=limit,
        cursor=cursor,
        key_of=lambda row: (row[0].deadline_at, row[0].id),
    )
    page.rows = _queue_items(session, page.rows, now=now)
    return page


def _queue_items(session: Session, rows: Any, *, now: dt.datetime) -> list[QueueItem]:
    assessment_ids = [r[0].assessment_id for r in rows if r[0].assessment_id]
    dispositions: dict[uuid.UUID, str | None] = {}
    if assessment_ids:
        for assessment in session.scalars(
            select(LegalRequestAssessment).where(LegalRequestAssessment.id.in_(assessment_ids))
        ):
            dispositions[assessment.id] = (
                assessment.proposal["disposition"] if assessment.proposal else None
            )
    answer_ids = [r[0].answer_id for r in rows if r[0].answer_id]
    answers: dict[uuid.UUID, str] = {}
    if answer_ids:
        for answer_id, kind in session.execute(
            select(LegalRequestAnswer.id, LegalRequestAnswer.answer).where(
                LegalRequestAnswer.id.in_(answer_ids)
            )
        ):
            answers[answer_id] = kind
    return [
        QueueItem(
            id=str(request.id),
            agency_id=str(request.agency_id) if request.agency_id else None,
            agency_name=name,
            country=country,
            type=request.type,
            urgency=request.urgency,
            status=request.status,
            held=request.held,
            flags=[f["code"] for f in request.flags],
            received_at=rfc3339(request.received_at),
            deadline=rfc3339(request.deadline_at),
            seconds_left=_seconds_left(request, now),
            escalation_level=request.escalation_level,
            deadline_missed=request.deadline_missed_at is not None,
            disposition=dispositions.get(request.assessment_id) if request.assessment_id else None,
            answer=answers.get(request.answer_id) if request.answer_id else None,
        )
        for request, name, country in rows
    ]


def after_review_due(session: Session, *, now: dt.datetime, limit: int = 200) -> list[QueueItem]:
    """Emergency disclosures released before the human-rights review whose review after the
    fact is not recorded yet: answered (complied, in whole or in part) on a proposal that said
    `review_after`, without `after_review_at`. Oldest first."""
    candidates = session.execute(
        select(LegalRequest.id, LegalRequestAssessment.proposal)
        .join(LegalRequestAnswer, LegalRequestAnswer.id == LegalRequest.answer_id)
        .join(LegalRequestAssessment, LegalRequestAssessment.id == LegalRequestAnswer.assessment_id)
        .where(
            LegalRequest.type == "emergency_disclosure",  # the only kind released before review
            LegalRequest.after_review_at.is_(None),
            LegalRequest.status == "answered",
            LegalRequestAnswer.answer.in_(("complied", "partially_complied")),
        )
        .order_by(LegalRequest.received_at)
    ).all()
    due = [rid for rid, proposal in candidates if proposal and proposal.get("review_after")]
    if not due:
        return []
    items = {
        item.id: item
        for item in officer_queue(session, now=now, include_answered=True, only=due[:limit])
    }
    return [items[str(rid)] for rid in due[:limit] if str(rid) in items]


def officer_request_view(
    session: Session, request_id: uuid.UUID, *, cipher: FieldCipher, now: dt.datetime
) -> OfficerRequestView:
    request = get_request(session, request_id)
    agency = session.get(Agency, request.agency_id) if request.agency_id else None
    assessments = list(
        session.scalars(
            select(LegalRequestAssessment)
            .where(LegalRequestAssessment.request_id == request.id)
            .order_by(LegalRequestAssessment.at)
        )
    )
    current = next((a for a in assessments if a.id == request.assessment_id), None)
    answers = _answers(session, request.id)
    current_answer = _current_answer(request, answers)
    callbacks = session.scalars(
        select(LegalRequestCallback)
        .where(LegalRequestCallback.request_id == request.id)
        .order_by(LegalRequestCallback.at)
    )
    escalations = session.scalars(
        select(LegalRequestEscalation)
        .where(LegalRequestEscalation.request_id == request.id)
        .order_by(LegalRequestEscalation.at)
    )
    return OfficerRequestView(
        id=str(request.id),
        agency=(
            {
                "id": str(agency.id),
                "name": agency.name,
                "country": agency.country,
                "kind": agency.kind,
                "domains": list(agency.domains),
                "signing_key": agency.signing_key_b64 is not None,
                "callback_phone_on_record": agency.callback_phone_encrypted is not None,
            }
            if agency
            else None
        ),
        reference=request.reference,
        type=request.type,
        legal_instrument=request.legal_instrument,
        legal_process=request.legal_process,
        legal_basis=request.legal_basis,
        offence_category=request.offence_category,
        offence_keywords=list(request.offence_keywords),
        judicial_authorisation=request.judicial_authorisation,
        urgency=request.urgency,
        threat_to_life=request.threat_to_life,
        gag_order=request.gag_order,
        gag_order_until=request.gag_order_until.isoformat() if request.gag_order_until else None,
        statement=cipher.decrypt(request.statement_encrypted),
        targets=list(request.targets),
        data_requested=list(request.data_requested),
        verification=request.verification,
        sender_verified=request.sender_verified,
        held=request.held,
        flags=list(request.flags),
        oob_verified_at=_ts(request.oob_verified_at),
        status=request.status,
        received_at=rfc3339(request.received_at),
        clock_started_at=rfc3339(request.clock_started_at),
        deadline=rfc3339(request.deadline_at),
        deadline_duration=request.deadline_duration,
        deadline_basis=request.deadline_basis,
        seconds_left=_seconds_left(request, now),
        escalation_level=request.escalation_level,
        deadline_missed_at=_ts(request.deadline_missed_at),
        effect_planned_at=_ts(request.effect_planned_at),
        effect_given_at=_ts(request.effect_given_at),
        auto_executed=bool(request.auto_executed),
        after_review_at=_ts(request.after_review_at),
        proposal=current.proposal if current else None,
        assessment=_assessment_json(current) if current else None,
        assessments=[_assessment_json(a) for a in assessments],
        timeline=_timeline(session, request.id, agency=False),
        answer=_answer_view(current_answer) if current_answer else None,
        answers=[_answer_view(a) for a in answers],
        supplements=[
            {
                "id": str(s.id),
                "received_at": rfc3339(s.received_at),
                "statement": cipher.decrypt(s.statement_encrypted)
                if s.statement_encrypted
                else None,
                "amended": s.amended,
                "restarted_clock": s.restarted_clock,
                "verification": s.verification,
            }
            for s in _supplements(session, request.id)
        ],
        attachments=_attachments(session, request.id),
        callbacks=[
            {
                "id": str(c.id),
                "outcome": c.outcome,
                "at": rfc3339(c.at),
                "by": c.by,
                "phone_sha256": c.phone_sha256,
            }
            for c in callbacks
        ],
        escalations=[
            {"level": e.level, "at": rfc3339(e.at), "deadline": rfc3339(e.deadline_at)}
            for e in escalations
        ],
    )


def _assessment_json(assessment: LegalRequestAssessment) -> dict[str, Any]:
    return {
        "id": str(assessment.id),
        "at": rfc3339(assessment.at),
        "trigger": assessment.trigger,
        "disposition": assessment.proposal["disposition"] if assessment.proposal else None,
        "proposal_digest": assessment.proposal_digest,
        "policy_version": assessment.policy_version,
        "policy_digest": assessment.policy_digest,
        "note": assessment.note,
    }


def attachment_content(
    session: Session,
    request_id: uuid.UUID,
    attachment_id: uuid.UUID,
    *,
    cipher: FieldCipher,
    agency_id: uuid.UUID | None = None,
    officer: bool = False,
) -> tuple[LegalRequestAttachment, bytes]:
    """An attachment's bytes, for a legal officer (`officer=True`) or the sending agency."""
    if officer:
        get_request(session, request_id)
    else:
        request_for_agency(session, request_id, agency_id)
    row = session.get(LegalRequestAttachment, attachment_id)
    if row is None or row.request_id != request_id:
        raise NotFound("no such attachment", field="attachment_id")
    return row, base64.b64decode(cipher.decrypt(row.content_encrypted))


def count_deadline_breaches(session: Session, *, since: dt.datetime | None = None) -> int:
    """Missed deadlines, every clock counted (a reopened request can miss twice)."""
    query = (
        select(func.count())
        .select_from(LegalRequestEscalation)
        .where(LegalRequestEscalation.level == "missed")
    )
    if since is not None:
        query = query.where(LegalRequestEscalation.at >= since)
    return int(session.scalar(query) or 0)


def _counts(session: Session, query: Select[tuple[str, int]]) -> dict[str, int]:
    return {str(key): int(value) for key, value in session.execute(query).tuples()}


def gateway_stats(session: Session) -> GatewayStats:
    """Counts for transparency and oversight: every request type is counted like the rest."""
    by_type = _counts(session, select(LegalRequest.type, func.count()).group_by(LegalRequest.type))
    by_status = _counts(
        session, select(LegalRequest.status, func.count()).group_by(LegalRequest.status)
    )
    by_answer = _counts(
        session,
        select(LegalRequestAnswer.answer, func.count())
        .join(LegalRequest, LegalRequest.answer_id == LegalRequestAnswer.id)
        .where(LegalRequest.status == "answered")
        .group_by(LegalRequestAnswer.answer),
    )
    held = session.scalar(
        select(func.count()).select_from(LegalRequest).where(LegalRequest.held.is_(True))
    )
    late = session.scalar(
        select(func.count())
        .select_from(LegalRequestAnswer)
        .where(LegalRequestAnswer.late.is_(True))
    )
    total = sum(by_type.values())
    return GatewayStats(
        total=total,
        open=total - by_status.get("answered", 0),
        held=int(held or 0),
        by_type=by_type,
        by_status=by_status,
        by_answer=by_answer,
        deadline_breaches=count_deadline_breaches(session),
        answered_late=int(late or 0),
    )


__all__ = [
    "OFFICER_QUEUE_KEYS",
    "AgencyRequestView",
    "AnswerView",
    "AttachmentView",
    "GatewayStats",
    "OfficerRequestView",
    "QueueItem",
    "StatusView",
    "TimelineEntry",
    "after_review_due",
    "agency_request_view",
    "attachment_content",
    "count_deadline_breaches",
    "gateway_stats",
    "list_agency_requests",
    "officer_queue",
    "officer_queue_page",
    "officer_queue_query",
    "officer_request_view",
    "status_view",
]


def targets_context(
    session: Session, targets: list[dict[str, Any]], audience: ContentAudience
) -> list[dict[str, Any]]:
    """What the platform holds on each target: its content as the mirror has it, its labels,
    and the moderation decisions already taken on it — what a legal officer weighs."""
    from safeharbour.intake.queries import account_view, channel_view, post_view
    from safeharbour.review.labels import effective_labels
    from safeharbour.review.queries import item_history

    kinds = {"post", "account", "channel", "group"}
    context = []
    for target in targets:
        found = target.get("resolved") if "url" in target else target
        if not found or found.get("kind") not in kinds:
            context.append({"target": target, "known": False})
            continue
        kind, item_id = str(found["kind"]), str(found["id"])
        label_kind = "channel" if kind == "group" else kind
        try:
            if kind == "post":
                stored = post_view(session, item_id, audience)
            elif kind == "account":
                stored = account_view(session, item_id)
            else:
                stored = channel_view(session, item_id)
        except NotFound:
            stored = None
        context.append(
            {
                "target": target,
                "known": stored is not None,
                "kind": kind,
                "id": item_id,
                "stored": stored,
                "labels": effective_labels(session, label_kind, item_id),
                "history": item_history(session, label_kind, item_id),
            }
        )
    return context
