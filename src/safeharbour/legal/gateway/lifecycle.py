"""The request's state machine, its timeline and its assessments: used by every gateway action.

`set_status` is the only code that changes `LegalRequest.status` (a test walks the source tree
to keep it so). Its guard is the rule the whole gateway exists for: `answered` needs an answer
row already pointed at, and the database's CHECK constraint says the same a second time.

Transitions (anything else is a bug and raises):

    received ──▶ acknowledged ──▶ under_assessment ──▶ answered
        └──────▶ held ──(release / confirmed call-back)──▶ acknowledged
                   └──(refused / need_more_info)──▶ answered
    acknowledged, under_assessment ──(call-back not confirmed)──▶ held
    answered (need_more_info) ──(supplement)──▶ acknowledged    (the clock restarts)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from safeharbour.kit.canonical import digest_of
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.assessment import Policy, assess, parse_request
from safeharbour.legal.assessment.schemas import LegalInstrument, RequestType, Urgency
from safeharbour.legal.gateway.facts import AuthorityFacts, engine_input, engine_targets
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAssessment,
    LegalRequestEvent,
)
from safeharbour.legal.gateway.schemas import RequestStatus, TimelineKind
from safeharbour.legal.models import Agency

S = RequestStatus
TRANSITIONS: dict[RequestStatus, frozenset[RequestStatus]] = {
    S.RECEIVED: frozenset({S.ACKNOWLEDGED, S.HELD}),
    S.HELD: frozenset({S.ACKNOWLEDGED, S.ANSWERED}),
    S.ACKNOWLEDGED: frozenset({S.UNDER_ASSESSMENT, S.ANSWERED, S.HELD}),
    S.UNDER_ASSESSMENT: frozenset({S.ANSWERED, S.HELD}),
    S.ANSWERED: frozenset({S.ACKNOWLEDGED}),
}


class IllegalTransition(RuntimeError):
    """A code path tried a transition the state machine forbids: always a bug."""


def add_event(
    unit: UnitOfWork,
    request: LegalRequest,
    kind: TimelineKind,
    *,
    actor: Actor,
    details: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> LegalRequestEvent:
    request.last_event_seq = (request.last_event_seq or 0) + 1
    event = LegalRequestEvent(
        id=new_id(),
        request_id=request.id,
        seq=request.last_event_seq,
        kind=kind.value,
        status=request.status,
        at=at or unit.clock.now(),
        actor=actor.ref,
        details=dict(details or {}),
    )
    unit.session.add(event)
    return event


def set_status(
    unit: UnitOfWork,
    request: LegalRequest,
    to: RequestStatus,
    *,
    actor: Actor,
    event: TimelineKind | None = None,
    details: dict[str, Any] | None = None,
) -> LegalRequestEvent:
    """Move the request to `to` and append the timeline event (named after the status unless
    `event` says otherwise)."""
    current = RequestStatus(request.status)
    if to not in TRANSITIONS[current]:
        raise IllegalTransition(f"legal request {request.id}: {current} -> {to} is not allowed")
    if to is RequestStatus.ANSWERED and (request.answer_id is None or request.answered_at is None):
        raise IllegalTransition(f"legal request {request.id}: answered without an answer")
    request.status = to.value
    return add_event(unit, request, event or TimelineKind(to.value), actor=actor, details=details)


_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def parse_duration(text: str) -> dt.timedelta:
    """The ISO 8601 durations the policy uses (days, hours, minutes, seconds)."""
    match = _DURATION.fullmatch(text)
    if not match or text in ("P", "PT"):
        raise ValueError(f"{text!r} is not an ISO 8601 duration such as PT1H or P10D")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)


ESCALATION_FRACTIONS: tuple[float, float] = (0.5, 0.9)
"""The on-call is alerted when these fractions of receipt→deadline have elapsed unanswered."""


def escalation_times(start: dt.datetime, deadline: dt.datetime) -> list[dt.datetime]:
    """When levels 1 (50%), 2 (90%) and 3 (missed: the deadline itself) are due."""
    span = deadline - start
    return [start + span * f for f in ESCALATION_FRACTIONS] + [deadline]


def next_escalation(request: LegalRequest) -> dt.datetime | None:
    if request.escalation_level >= 3 or request.status == RequestStatus.ANSWERED:
        return None
    return escalation_times(request.clock_started_at, request.deadline_at)[request.escalation_level]


def start_clock(request: LegalRequest, start: dt.datetime) -> None:
    """(Re)start the clock at `start`, with the request's deadline duration."""
    request.clock_started_at = start
    request.deadline_at = start + parse_duration(request.deadline_duration)
    request.escalation_level = 0
    request.next_escalation_at = escalation_times(start, request.deadline_at)[0]


def engine_verified(request: LegalRequest) -> bool:
    """What the engine is told about verification: a verified sender, not held, and for an
    emergency disclosure a confirmed call-back to the agency record's number."""
    if not request.sender_verified or request.held:
        return False
    if request.type == RequestType.EMERGENCY_DISCLOSURE:
        return request.oob_verified_at is not None
    return True


def request_fields(request: LegalRequest, cipher: FieldCipher) -> dict[str, Any]:
    return {
        "type": request.type,
        "legal_instrument": request.legal_instrument,
        "legal_process": request.legal_process,
        "legal_basis": request.legal_basis,
        "offence_category": request.offence_category,
        "offence_keywords": list(request.offence_keywords or []),
        "judicial_authorisation": request.judicial_authorisation,
        "urgency": request.urgency,
        "threat_to_life": request.threat_to_life,
        "gag_order": request.gag_order,
        "gag_order_until": request.gag_order_until.isoformat() if request.gag_order_until else None,
        "statement": cipher.decrypt(request.statement_encrypted),
        "data_requested": list(request.data_requested or []),
    }


def fallback_deadline(
    policy: Policy, request_type: str, instrument: str, urgency: str
) -> tuple[str, str]:
    """The deadline when the engine cannot run (no agency record to know the country): the
    claimed instrument is taken as binding, which gives the shorter of the possible clocks."""
    return policy.deadline_for(
        RequestType(request_type), LegalInstrument(instrument), Urgency(urgency)
    )


def run_assessment(
    unit: UnitOfWork,
    request: LegalRequest,
    agency: Agency | None,
    *,
    trigger: str,
    policy: Policy,
    cipher: FieldCipher,
    actor: Actor,
) -> LegalRequestAssessment:
    """Run the engine on the request as it stands; store and point at the new assessment.

    The engine proposes; nothing here acts on the proposal. Without an agency record the
    engine cannot run (it needs the authority's country and kind): the assessment is stored
    without a proposal and says why.
    """
    proposal: dict[str, Any] | None = None
    input_digest = proposal_digest = note = None
    if agency is None:
        note = "the sender is no onboarded agency: the engine cannot judge the request"
    else:
        facts = AuthorityFacts(
            name=agency.name,
            country=agency.country,
            kind=agency.kind,
            verified=engine_verified(request),
            tco_designation=agency.tco_designation,
        )
        data = engine_input(
            authority=facts,
            fields=request_fields(request, cipher),
            targets=engine_targets(unit.session, request.targets),
        )
        try:
            parsed = parse_request(data)
        except InvalidInput as exc:  # pragma: no cover - the gateway validated the body already
            raise InvalidInput(
                f"the request cannot be assessed: {exc.message}", errors=exc.errors
            ) from None
        result = assess(parsed, policy)
        proposal = result.model_dump(mode="json")
        input_digest = digest_of(data)
        proposal_digest = result.proposal_digest
    assessment = LegalRequestAssessment(
        id=new_id(),
        request_id=request.id,
        at=unit.clock.now(),
        trigger=trigger,
        proposal=proposal,
        engine_input_sha256=input_digest,
        proposal_digest=proposal_digest,
        policy_version=policy.version,
        policy_digest=policy.digest,
        note=note,
    )
    unit.session.add(assessment)
    request.assessment_id = assessment.id
    add_event(
        unit,
        request,
        TimelineKind.ASSESSED,
        actor=actor,
        details={
            "assessment": str(assessment.id),
            "trigger": trigger,
            "disposition": proposal["disposition"] if proposal else None,
            "proposal_digest": proposal_digest,
            "policy_version": policy.version,
        },
    )
    return assessment


__all__ = [
    "ESCALATION_FRACTIONS",
    "TRANSITIONS",
    "IllegalTransition",
    "add_event",
    "engine_verified",
    "escalation_times",
    "fallback_deadline",
    "next_escalation",
    "parse_duration",
    "request_fields",
    "run_assessment",
    "set_status",
    "start_clock",
]
