"""Out-of-band verification by a legal officer: call-backs and the release of held requests.

Why call-backs use the agency record only: forged emergency requests come with a phone number
the forger answers. The number dialled is therefore read from the agency record an admin
onboarded (`Agency.callback_phone_encrypted`), never from the request, and the record of the
call stores that number (encrypted) so the evidence shows which channel was used.

A confirmed call-back is the out-of-band verification an emergency disclosure needs (R-EMERGENCY)
and also verifies a held request's sender, so it releases the hold. A call-back that does not
confirm the request holds it (and flags it): nothing is done on its word.

`do_release_legal_request` releases a held request whose sender a legal officer verified through
another official channel (the official register of competent authorities, a qualified
electronic signature or seal, a written confirmation from the agency's official domain).
Requests from no onboarded agency cannot be released: onboard the agency first.
"""

from __future__ import annotations

import uuid

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.assessment import Policy, default_policy
from safeharbour.legal.gateway.lifecycle import add_event, run_assessment, set_status
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestCallback
from safeharbour.legal.gateway.repository import get_request
from safeharbour.legal.gateway.schemas import (
    CallbackOutcome,
    FlagCode,
    ReleaseMethod,
    RequestStatus,
    TimelineKind,
)
from safeharbour.legal.models import Agency

MAX_NOTE = 2000


def _note(note: str | None, *, required: bool) -> str | None:
    clean = (note or "").strip()
    if required and not clean:
        raise InvalidInput("say how the sender was verified", field="note")
    if len(clean) > MAX_NOTE:
        raise InvalidInput(f"at most {MAX_NOTE} characters", field="note")
    return clean or None


def _open(request: LegalRequest) -> None:
    if request.status == RequestStatus.ANSWERED:
        raise Conflict("the request is already answered", field="request_id")


def do_record_callback(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    *,
    outcome: CallbackOutcome | str,
    note: str | None = None,
    cipher: FieldCipher,
    actor: Actor,
    policy: Policy | None = None,
) -> LegalRequestCallback:
    """Record a call-back a legal officer made to the number on the agency record."""
    policy = policy or default_policy()
    try:
        result = CallbackOutcome(outcome)
    except ValueError:
        raise InvalidInput("expected confirmed or not_confirmed", field="outcome") from None
    request = get_request(unit.session, request_id, for_update=True)
    _open(request)
    agency = unit.session.get(Agency, request.agency_id) if request.agency_id else None
    if agency is None:
        raise Conflict(
            "the sender is no onboarded agency: there is no pre-verified number to call",
            field="request_id",
        )
    if not agency.callback_phone_encrypted:
        raise Conflict(
            "the agency record has no call-back number; an admin adds it with "
            "`safeharbour agencies set-callback`",
            field="callback_phone",
        )
    phone = cipher.decrypt(agency.callback_phone_encrypted)
    clean_note = _note(note, required=False)
    now = unit.clock.now()
    callback = LegalRequestCallback(
        id=new_id(),
        request_id=request.id,
        agency_id=agency.id,
        phone_encrypted=cipher.encrypt(phone),
        phone_sha256=sha256_hex(phone),
        outcome=result.value,
        note_encrypted=cipher.encrypt(clean_note) if clean_note else None,
        at=now,
        by=actor.ref,
    )
    unit.session.add(callback)
    unit.session.flush()
    add_event(
        unit,
        request,
        TimelineKind.CALLBACK_RECORDED,
        actor=actor,
        details={"callback": str(callback.id), "outcome": result.value},
    )
    if result is CallbackOutcome.CONFIRMED:
        request.oob_verified_at = now
        if request.held:
            request.held = False
            request.sender_verified = True
            set_status(
                unit,
                request,
                RequestStatus.ACKNOWLEDGED,
                actor=actor,
                event=TimelineKind.RELEASED,
                details={"method": "callback"},
            )
    else:
        request.oob_verified_at = None
        request.flags = [
            *request.flags,
            {
                "code": FlagCode.CALLBACK_NOT_CONFIRMED.value,
                "detail": "the agency did not confirm the request on the number of its record",
            },
        ]
        if not request.held:
            request.held = True
            set_status(
                unit,
                request,
                RequestStatus.HELD,
                actor=actor,
                details={"flags": [FlagCode.CALLBACK_NOT_CONFIRMED.value]},
            )
    assessment = run_assessment(
        unit, request, agency, trigger="callback", policy=policy, cipher=cipher, actor=actor
    )
    unit.record(
        AuditTag.LEGAL_REQUEST_CALLBACK_RECORDED,
        actor=actor,
        subjects={"request": request.id, "agency": agency.id, "callback": callback.id},
        snapshot={
            "outcome": result.value,
            "phone_sha256": callback.phone_sha256,
            "held": request.held,
            "proposal_digest": assessment.proposal_digest,
        },
    )
    return callback


def do_release_legal_request(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    *,
    method: ReleaseMethod | str,
    note: str,
    cipher: FieldCipher,
    actor: Actor,
    policy: Policy | None = None,
) -> LegalRequest:
    """Release a held request after verifying its sender through an official channel."""
    policy = policy or default_policy()
    try:
        how = ReleaseMethod(method)
    except ValueError:
        expected = ", ".join(m.value for m in ReleaseMethod)
        raise InvalidInput(f"expected one of {expected}", field="method") from None
    clean_note = _note(note, required=True)
    request = get_request(unit.session, request_id, for_update=True)
    _open(request)
    if not request.held:
        raise Conflict("the request is not held", field="request_id")
    agency = unit.session.get(Agency, request.agency_id) if request.agency_id else None
    if agency is None:
        raise Conflict(
            "the sender is no onboarded agency: onboard it, then ask it to send the request again",
            field="request_id",
        )
    request.held = False
    request.sender_verified = True
    set_status(
        unit,
        request,
        RequestStatus.ACKNOWLEDGED,
        actor=actor,
        event=TimelineKind.RELEASED,
        details={"method": how.value},
    )
    assessment = run_assessment(
        unit, request, agency, trigger="release", policy=policy, cipher=cipher, actor=actor
    )
    unit.record(
        AuditTag.LEGAL_REQUEST_RELEASED,
        actor=actor,
        subjects={"request": request.id, "agency": agency.id},
        snapshot={
            "method": how.value,
            "note_sha256": sha256_hex(clean_note or ""),
            "flags": [f["code"] for f in request.flags],
            "proposal_digest": assessment.proposal_digest,
        },
    )
    return request


__all__ = ["do_record_callback", "do_release_legal_request"]
