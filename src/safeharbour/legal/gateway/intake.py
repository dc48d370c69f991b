"""Receiving requests and supplements: the receipt is given only once everything is durable.

`do_submit_legal_request` stores, in the caller's one transaction: the request (the statement
encrypted), its attachments (encrypted, SHA-256 recorded), the anti-fraud verdict, the clock
(deadline from the legal policy for the type, the instrument that binds, the urgency), the
engine's proposal, the timeline (received → acknowledged, or received → held), one audit entry
and the `legal.request.received` message. Any failure before the commit stores nothing; the
transport answers 201 only after the commit.

Idempotency: a repeated `Idempotency-Key` from the same agency with the same body (by the
SHA-256 of its canonical JSON) returns the first receipt and changes nothing; with another body
it is a Conflict naming `Idempotency-Key`.

The status URL's token is derived, not drawn (`kit.tokens`, as for notices): only its SHA-256
is stored and the token is recomputed for the first receipt's replays.
"""

from __future__ import annotations

import base64
import hmac
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.tokens import TokenKeys
from safeharbour.legal.assessment import Policy, default_policy
from safeharbour.legal.assessment.schemas import GatewayAnswer
from safeharbour.legal.gateway.answers import do_answer_legal_request
from safeharbour.legal.gateway.antifraud import find_lookalikes
from safeharbour.legal.gateway.attachments import (
    AttachmentLimits,
    CheckedAttachment,
    check_attachments,
)
from safeharbour.legal.gateway.facts import resolve_targets
from safeharbour.legal.gateway.lifecycle import (
    add_event,
    fallback_deadline,
    run_assessment,
    set_status,
    start_clock,
)
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAttachment,
    LegalRequestSupplement,
)
from safeharbour.legal.gateway.repository import (
    answer_of,
    find_by_idempotency_key,
    request_for_agency,
)
from safeharbour.legal.gateway.schemas import (
    VERIFIED_METHODS,
    FlagCode,
    RequestStatus,
    Submission,
    Supplement,
    TimelineKind,
    Verification,
)
from safeharbour.legal.gateway.terms import NoticeFiling, do_file_terms_notices
from safeharbour.legal.models import Agency

TOPIC_RECEIVED = "legal.request.received"
_IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,200}")


@dataclass(frozen=True)
class Receipt:
    """What the sender gets at once. `status_token` goes into the status URL; it is never
    stored (only its digest is)."""

    request_id: uuid.UUID
    received_at: str
    deadline: str
    status: str
    status_token: str
    replayed: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.request_id),
            "received_at": self.received_at,
            "deadline": self.deadline,
            "status": self.status,
        }


STATUS_TOKEN_PURPOSE = "legal-request-status"  # noqa: S105 (a purpose, not a secret)


def status_token(secret: bytes, request_id: uuid.UUID) -> str:
    """The status URL's token (kit/tokens.py: HMAC of a purpose key derived from `secret`)."""
    return TokenKeys(secret).link_token(STATUS_TOKEN_PURPOSE, str(request_id))


def check_status_token(request: LegalRequest, token: str) -> bool:
    return hmac.compare_digest(sha256_hex(token or ""), request.status_token_sha256)


def _check_idempotency_key(key: str | None) -> None:
    if key is not None and not _IDEMPOTENCY_KEY.fullmatch(key):
        raise InvalidInput("1 to 200 visible ASCII characters, no spaces", field="Idempotency-Key")


def _store_attachments(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    attachments: list[CheckedAttachment],
    *,
    cipher: FieldCipher,
    supplement_id: uuid.UUID | None = None,
) -> list[dict[str, Any]]:
    now = unit.clock.now()
    for item in attachments:
        unit.session.add(
            LegalRequestAttachment(
                id=new_id(),
                request_id=request_id,
                supplement_id=supplement_id,
                position=item.position,
                filename=item.filename,
                content_type=item.content_type,
                size=item.size,
                sha256=item.sha256,
                content_encrypted=cipher.encrypt(base64.b64encode(item.content).decode("ascii")),
                received_at=now,
            )
        )
    return [
        {"sha256": a.sha256, "size": a.size, "content_type": a.content_type} for a in attachments
    ]


def _flags(
    agency: Agency | None,
    verification: Verification,
    texts: Iterable[str],
    agency_domains: list[str],
    platform_hosts: Iterable[str],
) -> list[dict[str, Any]]:
    flags: list[dict[str, Any]] = []
    if agency is None:
        flags.append(
            {
                "code": FlagCode.UNKNOWN_AGENCY.value,
                "detail": "the sender is no onboarded agency",
            }
        )
    if verification not in VERIFIED_METHODS:
        flags.append(
            {
                "code": FlagCode.UNVERIFIED_SENDER.value,
                "detail": f"sender verification: {verification}",
            }
        )
    for hit in find_lookalikes(texts, agency_domains, ignore=platform_hosts):
        flags.append(
            {
                "code": FlagCode.LOOKALIKE_DOMAIN.value,
                "detail": f"{hit.found} imitates {hit.agency_domain} ({hit.how})",
            }
        )
    return flags


def _all_agency_domains(unit: UnitOfWork) -> list[str]:
    domains: list[str] = []
    for row in unit.session.scalars(select(Agency.domains)):
        domains.extend(row or [])
    return domains


POLICY_ACTOR = Actor("system", "legal-policy")
"""Who answers an order the policy executes automatically at receipt."""


def _auto_execute(unit: UnitOfWork, request: LegalRequest, proposal: dict[str, Any] | None) -> None:
    """The policy's automatic path: a verified agency's order the engine marked
    `auto_executable` (never a held one) is answered as proposed and carried out at once; a
    legal officer reviews it after the fact (`approvals_required` stage `after`)."""
    if request.held or not proposal or not proposal.get("auto_executable"):
        return
    do_answer_legal_request(
        unit,
        request.id,
        answer=proposal["proposed_answer"],
        followed_proposal=True,
        actor=POLICY_ACTOR,
    )
    request.auto_executed = True
    unit.record(
        AuditTag.LEGAL_REQUEST_AUTO_EXECUTED,
        actor=POLICY_ACTOR,
        subjects={"request": request.id},
        snapshot={
            "approvals_required": proposal.get("approvals_required", []),
            "disposition": proposal.get("disposition"),
        },
    )


def do_submit_legal_request(
    unit: UnitOfWork,
    submission: Submission,
    *,
    agency_id: uuid.UUID | None,
    verification: Verification,
    body_sha256: str,
    idempotency_key: str | None,
    cipher: FieldCipher,
    status_secret: bytes,
    actor: Actor,
    policy: Policy | None = None,
    attachment_limits: AttachmentLimits | None = None,
    platform_hosts: Iterable[str] = (),
    url_patterns: Iterable[re.Pattern[str]] = (),
    notice_filing: NoticeFiling | None = None,
) -> Receipt:
    """Receive one authority request and return its receipt (see the module docstring).

    `agency_id` is the agency the sender acts for (the API key's owner, the console user's
    agency), never anything the body says; `verification` is how the transport verified the
    sender. A request from no onboarded agency, from an unverified sender, or naming a
    look-alike of an agency's domain is held and flagged: it is never acted on automatically.
    With `notice_filing`, targets the proposal files as a notice (terms first) become notices
    in the same transaction (`terms.do_file_terms_notices`); the transports always pass it.
    """
    policy = policy or default_policy()
    _check_idempotency_key(idempotency_key)
    if idempotency_key is not None:
        existing = find_by_idempotency_key(
            unit.session, agency_id=agency_id, submitted_by=actor.ref, key=idempotency_key
        )
        if existing is not None:
            if existing.body_sha256 != body_sha256:
                raise Conflict(
                    "this Idempotency-Key was used for a different request body",
                    field="Idempotency-Key",
                )
            return _receipt(existing, status_secret, replayed=True)
    attachments = check_attachments(submission.attachments, attachment_limits or AttachmentLimits())
    agency = unit.session.get(Agency, agency_id) if agency_id is not None else None
    flags = _flags(
        agency,
        verification,
        [submission.statement, submission.reference or ""],
        _all_agency_domains(unit),
        platform_hosts,
    )
    now = unit.clock.now()
    request = LegalRequest(
        id=new_id(),
        agency_id=agency.id if agency else None,
        submitted_by=actor.ref,
        idempotency_key=idempotency_key,
        body_sha256=body_sha256,
        type=submission.type.value,
        reference=submission.reference,
        legal_instrument=submission.legal_instrument.value,
        legal_process=submission.process.value,
        legal_basis=submission.legal_basis,
        offence_category=submission.offence_category.value if submission.offence_category else None,
        offence_keywords=[k.value for k in submission.offence_keywords],
        judicial_authorisation=submission.judicial_authorisation,
        urgency=submission.urgency.value,
        threat_to_life=submission.threat_to_life,
        gag_order=submission.gag_order,
        gag_order_until=submission.gag_order_until,
        statement_encrypted=cipher.encrypt(submission.statement),
        statement_sha256=sha256_hex(submission.statement),
        targets=resolve_targets(
            unit.session, [t.as_json() for t in submission.targets], url_patterns
        ),
        data_requested=[d.value for d in submission.data_requested],
        verification=verification.value,
        sender_verified=verification in VERIFIED_METHODS and agency is not None,
        held=bool(flags),
        flags=flags,
        received_at=now,
        clock_started_at=now,
        deadline_duration="PT0S",
        deadline_basis="",
        deadline_at=now,
        escalation_level=0,
        auto_executed=False,
        last_event_seq=0,
        status=RequestStatus.RECEIVED.value,
        status_token_sha256="",
        receipt={},
    )
    unit.session.add(request)
    unit.session.flush()
    add_event(unit, request, TimelineKind.RECEIVED, actor=actor, details={"via": verification})
    assessment = run_assessment(
        unit, request, agency, trigger="receipt", policy=policy, cipher=cipher, actor=actor
    )
    if assessment.proposal is not None:
        duration = assessment.proposal["deadline"]
        basis = assessment.proposal["deadline_basis"]
    else:
        duration, basis = fallback_deadline(
            policy, request.type, request.legal_instrument, request.urgency
        )
    request.deadline_duration = duration
    request.deadline_basis = basis
    start_clock(request, now)
    token = status_token(status_secret, request.id)
    request.status_token_sha256 = sha256_hex(token)
    if request.held:
        set_status(
            unit,
            request,
            RequestStatus.HELD,
            actor=actor,
            details={"flags": [f["code"] for f in flags]},
        )
    else:
        set_status(unit, request, RequestStatus.ACKNOWLEDGED, actor=actor)
        _auto_execute(unit, request, assessment.proposal)
    request.receipt = {
        "id": str(request.id),
        "received_at": rfc3339(request.received_at),
        "deadline": rfc3339(request.deadline_at),
        "status": request.status,
    }
    attachment_digests = _store_attachments(unit, request.id, attachments, cipher=cipher)
    if notice_filing is not None:
        do_file_terms_notices(unit, request, assessment.proposal, notice_filing)
    unit.session.flush()
    unit.record(
        AuditTag.LEGAL_REQUEST_RECEIVED,
        actor=actor,
        subjects={"request": request.id, **({"agency": agency.id} if agency else {})},
        snapshot={
            "type": request.type,
            "instrument": request.legal_instrument,
            "urgency": request.urgency,
            "body_sha256": body_sha256,
            "statement_sha256": request.statement_sha256,
            "verification": request.verification,
            "held": request.held,
            "flags": [f["code"] for f in flags],
            "deadline": request.receipt["deadline"],
            "deadline_duration": duration,
            "proposal_digest": assessment.proposal_digest,
            "policy_version": assessment.policy_version,
            "attachments": attachment_digests,
        },
    )
    unit.publish(
        TOPIC_RECEIVED,
        {
            "request_id": str(request.id),
            "agency_id": str(agency.id) if agency else None,
            "type": request.type,
            "urgency": request.urgency,
            "status": request.status,
            "held": request.held,
            "received_at": request.receipt["received_at"],
            "deadline": request.receipt["deadline"],
        },
        key=str(request.id),
    )
    return _receipt(request, status_secret, replayed=False)


def _receipt(request: LegalRequest, secret: bytes, *, replayed: bool) -> Receipt:
    first = request.receipt
    return Receipt(
        request_id=request.id,
        received_at=first["received_at"],
        deadline=first["deadline"],
        status=first["status"],
        status_token=status_token(secret, request.id),
        replayed=replayed,
    )


@dataclass(frozen=True)
class SupplementResult:
    supplement_id: uuid.UUID
    request_id: uuid.UUID
    received_at: str
    status: str
    deadline: str
    restarted_clock: bool
    replayed: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "id": str(self.supplement_id),
            "request_id": str(self.request_id),
            "received_at": self.received_at,
            "status": self.status,
            "deadline": self.deadline,
            "restarted_clock": self.restarted_clock,
        }


_AMEND_COLUMNS = {
    "legal_process",
    "legal_basis",
    "offence_category",
    "offence_keywords",
    "judicial_authorisation",
    "threat_to_life",
    "gag_order",
    "gag_order_until",
    "data_requested",
}


def do_add_supplement(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    supplement: Supplement,
    *,
    agency_id: uuid.UUID | None,
    verification: Verification,
    body_sha256: str,
    idempotency_key: str | None,
    cipher: FieldCipher,
    actor: Actor,
    policy: Policy | None = None,
    attachment_limits: AttachmentLimits | None = None,
    url_patterns: Iterable[re.Pattern[str]] = (),
    notice_filing: NoticeFiling | None = None,
) -> SupplementResult:
    """Add information to an agency's own request; the engine judges the amended request.

    A supplement to a request answered `need_more_info` reopens it and restarts the clock (the
    deadline runs again from the supplement's receipt). A supplement to an open request is
    recorded and re-assessed; its deadline keeps running. A request answered otherwise is
    closed: a Conflict says to send a new request.
    """
    policy = policy or default_policy()
    _check_idempotency_key(idempotency_key)
    request = request_for_agency(unit.session, request_id, agency_id, for_update=True)
    if idempotency_key is not None:
        existing = unit.session.scalars(
            select(LegalRequestSupplement).where(
                LegalRequestSupplement.request_id == request.id,
                LegalRequestSupplement.idempotency_key == idempotency_key,
            )
        ).first()
        if existing is not None:
            if existing.body_sha256 != body_sha256:
                raise Conflict(
                    "this Idempotency-Key was used for a different supplement",
                    field="Idempotency-Key",
                )
            return SupplementResult(
                supplement_id=existing.id,
                request_id=request.id,
                received_at=rfc3339(existing.received_at),
                status=request.status,
                deadline=rfc3339(request.deadline_at),
                restarted_clock=existing.restarted_clock,
                replayed=True,
            )
    answer = answer_of(unit.session, request)
    reopen = request.status == RequestStatus.ANSWERED
    if reopen and (answer is None or answer.answer != GatewayAnswer.NEED_MORE_INFO):
        raise Conflict(
            f"the request was answered {answer.answer if answer else ''}; send a new request",
            field="request_id",
        )
    amended = supplement.amendments()
    gag_order = amended.get("gag_order", request.gag_order)
    gag_until = (
        supplement.gag_order_until if "gag_order_until" in amended else request.gag_order_until
    )
    if gag_until is not None and not gag_order:
        raise InvalidInput(
            "a gag order end date is given but gag_order is false", field="gag_order_until"
        )
    if (
        "targets" in amended
        and not amended["targets"]
        and request.type
        not in (
            "encryption_key",
            "other",
        )
    ):
        raise InvalidInput(f"a {request.type} request needs at least one target", field="targets")
    attachments = check_attachments(supplement.attachments, attachment_limits or AttachmentLimits())
    now = unit.clock.now()
    for name in _AMEND_COLUMNS & set(amended):
        value: Any = amended[name]
        if name == "gag_order_until":
            value = supplement.gag_order_until
        setattr(request, name, value)
    if "targets" in amended:
        request.targets = resolve_targets(unit.session, amended["targets"], url_patterns)
    record = LegalRequestSupplement(
        id=new_id(),
        request_id=request.id,
        idempotency_key=idempotency_key,
        body_sha256=body_sha256,
        statement_encrypted=cipher.encrypt(supplement.statement),
        amended=amended,
        received_at=now,
        submitted_by=actor.ref,
        verification=verification.value,
        restarted_clock=reopen,
    )
    unit.session.add(record)
    unit.session.flush()
    digests = _store_attachments(
        unit, request.id, attachments, cipher=cipher, supplement_id=record.id
    )
    add_event(
        unit,
        request,
        TimelineKind.SUPPLEMENT_RECEIVED,
        actor=actor,
        details={"supplement": str(record.id), "amended": sorted(amended)},
    )
    if reopen:
        # `answer_id` keeps pointing at the need_more_info answer: it stays in the history.
        start_clock(request, now)
        set_status(
            unit,
            request,
            RequestStatus.ACKNOWLEDGED,
            actor=actor,
            event=TimelineKind.REOPENED,
            details={"deadline": rfc3339(request.deadline_at)},
        )
    agency = unit.session.get(Agency, request.agency_id) if request.agency_id else None
    assessment = run_assessment(
        unit, request, agency, trigger="supplement", policy=policy, cipher=cipher, actor=actor
    )
    if notice_filing is not None:
        do_file_terms_notices(unit, request, assessment.proposal, notice_filing)
    unit.record(
        AuditTag.LEGAL_REQUEST_SUPPLEMENTED,
        actor=actor,
        subjects={"request": request.id, "supplement": record.id},
        snapshot={
            "body_sha256": body_sha256,
            "statement_sha256": sha256_hex(supplement.statement),
            "amended": sorted(amended),
            "restarted_clock": reopen,
            "deadline": rfc3339(request.deadline_at),
            "proposal_digest": assessment.proposal_digest,
            "attachments": digests,
        },
    )
    return SupplementResult(
        supplement_id=record.id,
        request_id=request.id,
        received_at=rfc3339(now),
        status=request.status,
        deadline=rfc3339(request.deadline_at),
        restarted_clock=reopen,
        replayed=False,
    )


__all__ = [
    "TOPIC_RECEIVED",
    "Receipt",
    "SupplementResult",
    "check_status_token",
    "do_add_supplement",
    "do_submit_legal_request",
    "status_token",
]
