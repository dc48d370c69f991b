"""Answering a request: the only way a request is closed.

`do_answer_legal_request` writes the answer row first, points the request at it and only then
moves it to `answered` (the state machine refuses the move otherwise, and so does the
database). The answer records the proposal it followed or overrode (`proposal_digest`,
`policy_version`), and an override needs its reason.

Safeguards enforced here, whatever the console or API sends:
* a held request (unverified sender, unknown agency, look-alike domain) can only be refused or
  sent back for more information until a legal officer has verified and released it;
* an emergency disclosure is never answered with data (complied or partially complied) before
  a legal officer recorded a confirmed call-back to the number on the agency record;
* `complied` on a content request says where: `global` or `requesting_country`;
* `partially_complied` says what was done and why; `refused` gives its grounds as rule ids
  and sentences; `need_more_info` says exactly what is missing.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.assessment import RuleId
from safeharbour.legal.assessment.schemas import (
    Disposition,
    GatewayAnswer,
    RequestType,
    Scope,
    TargetAction,
)
from safeharbour.legal.gateway.effect import CONTENT_TYPES, plan_effect, targets_of
from safeharbour.legal.gateway.gag import schedule_deferred_notices
from safeharbour.legal.gateway.lifecycle import add_event, set_status
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestAnswer
from safeharbour.legal.gateway.preservation import do_take_preservation_snapshot
from safeharbour.legal.gateway.repository import assessment_of, get_request
from safeharbour.legal.gateway.schemas import OPEN_STATUSES, RequestStatus, TimelineKind

TOPIC_ANSWERED = "legal.request.answered"
MAX_TEXT = 4000


@dataclass(frozen=True)
class ReasonIn:
    rule: str
    text: str


@dataclass(frozen=True)
class MissingIn:
    field: str
    need: str


def _enum(value: Any, enum: type[Any], field: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        expected = ", ".join(v.value for v in enum)
        raise InvalidInput(f"{value!r} is not one of {expected}", field=field) from None


def _text(value: str | None, field: str, *, required: bool) -> str | None:
    clean = (value or "").strip()
    if not clean:
        if required:
            raise InvalidInput("is required", field=field)
        return None
    if len(clean) > MAX_TEXT:
        raise InvalidInput(f"at most {MAX_TEXT} characters", field=field)
    return clean


def _reasons(reasons: Sequence[ReasonIn | dict[str, Any]]) -> list[dict[str, str | None]]:
    """Grounds: a policy rule id with its sentence, or (rule None) a free sentence of the
    officer's own."""
    rules = {r.value for r in RuleId}
    out: list[dict[str, str | None]] = []
    for index, reason in enumerate(reasons):
        rule = reason.get("rule") if isinstance(reason, dict) else reason.rule
        text = reason["text"] if isinstance(reason, dict) else reason.text
        if rule is not None and rule not in rules:
            raise InvalidInput(
                f"{rule!r} is not a rule of the legal policy", field=f"reasons.{index}.rule"
            )
        clean = _text(text, f"reasons.{index}.text", required=True)
        out.append({"rule": rule, "text": clean or ""})
    return out


def _own_grounds(
    reasons: list[dict[str, str | None]], proposal: dict[str, Any] | None
) -> list[dict[str, str | None]]:
    """The grounds the proposal did not give: free sentences and rules it did not cite."""
    proposed = {r["rule"] for r in (proposal or {}).get("reasons", [])}
    return [r for r in reasons if r["rule"] is None or r["rule"] not in proposed]


def _missing(missing: Sequence[MissingIn | dict[str, Any]]) -> list[dict[str, str]]:
    out = []
    for index, item in enumerate(missing):
        field = item["field"] if isinstance(item, dict) else item.field
        need = item["need"] if isinstance(item, dict) else item.need
        out.append(
            {
                "field": _text(field, f"missing.{index}.field", required=True) or "",
                "need": _text(need, f"missing.{index}.need", required=True) or "",
            }
        )
    return out


def do_start_assessment(unit: UnitOfWork, request_id: uuid.UUID, *, actor: Actor) -> LegalRequest:
    """A legal officer takes the request: acknowledged → under_assessment (idempotent)."""
    request = get_request(unit.session, request_id, for_update=True)
    status = RequestStatus(request.status)
    if status is RequestStatus.UNDER_ASSESSMENT:
        return request
    if status is RequestStatus.HELD:
        raise Conflict(
            "the request is held: verify and release it, or answer it", field="request_id"
        )
    if status is RequestStatus.ANSWERED:
        raise Conflict("the request is answered", field="request_id")
    set_status(unit, request, RequestStatus.UNDER_ASSESSMENT, actor=actor)
    unit.record(
        AuditTag.LEGAL_REQUEST_ASSESSMENT_STARTED,
        actor=actor,
        subjects={"request": request.id},
    )
    return request


def _target_answers(
    kind: GatewayAnswer, proposal: dict[str, Any] | None, *, followed: bool
) -> list[dict[str, Any]] | None:
    """One answer per target, from the proposal's per-target dispositions.

    A partial answer complies for the targets the proposal acts on (the same ones effect is
    given to) and, when the proposal is followed, keeps each other target's own answer (one
    waits for information while another is refused); any other answer, or an override, applies
    to every target. None for proposals from before per-target dispositions existed."""
    targets = (proposal or {}).get("targets") or []
    if not targets or "disposition" not in targets[0]:
        return None
    review = (proposal or {}).get("disposition") == Disposition.HUMAN_RIGHTS_REVIEW
    out: list[dict[str, Any]] = []
    for t in targets:
        acted = t.get("action") != TargetAction.NONE or bool(t.get("disclose"))
        own = t.get("proposed_answer")
        if kind is GatewayAnswer.PARTIALLY_COMPLIED:
            if acted:
                answer = GatewayAnswer.COMPLIED.value
            elif followed and not review and own and own != GatewayAnswer.COMPLIED:
                answer = own
            else:
                answer = GatewayAnswer.REFUSED.value
        else:
            answer = kind.value
        out.append(
            {
                "kind": t["kind"],
                "id": t["id"],
                "answer": answer,
                "scope": t.get("scope", Scope.NONE.value) if acted else Scope.NONE.value,
                "missing": [{"field": m["field"], "need": m["need"]} for m in t.get("missing", [])]
                if answer == GatewayAnswer.NEED_MORE_INFO
                else [],
                "acted_under_terms": t.get("acted_under_terms", TargetAction.NONE.value),
            }
        )
    return out


def do_answer_legal_request(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    *,
    answer: GatewayAnswer | str,
    scope: Scope | str | None = None,
    reasons: Sequence[ReasonIn | dict[str, Any]] | None = None,
    what_and_why: str | None = None,
    missing: Sequence[MissingIn | dict[str, Any]] | None = None,
    followed_proposal: bool,
    override_reason: str | None = None,
    actor: Actor,
    cipher: FieldCipher | None = None,
) -> LegalRequestAnswer:
    """Give the request its final answer (or send it back with `need_more_info`).

    With `followed_proposal`, the answer must be the one the engine proposed (any answer ends a
    human-rights review) and omitted reasons, scope and missing items are taken from the
    proposal; without it, `override_reason` says why the people with the legal role decided
    otherwise. See the module docstring for the safeguards.
    """
    request = get_request(unit.session, request_id, for_update=True)
    if RequestStatus(request.status) not in OPEN_STATUSES:
        raise Conflict("the request is already answered", field="request_id")
    kind = _enum(answer, GatewayAnswer, "answer")
    acts = kind in (GatewayAnswer.COMPLIED, GatewayAnswer.PARTIALLY_COMPLIED)
    if request.held and acts:
        raise Conflict(
            "the request is held (its sender is not verified): verify and release it before "
            "acting on it; it may be refused or sent back for more information",
            field="answer",
        )
    if (
        acts
        and request.type == RequestType.EMERGENCY_DISCLOSURE
        and request.oob_verified_at is None
    ):
        raise Conflict(
            "an emergency disclosure needs a confirmed call-back to the number on the agency "
            "record before anything is released",
            field="callback",
        )
    assessment = assessment_of(unit.session, request)
    proposal = assessment.proposal if assessment is not None else None
    if followed_proposal:
        if proposal is None:
            raise InvalidInput("there is no proposal to follow", field="followed_proposal")
        proposed = proposal.get("proposed_answer")
        if proposal["disposition"] != Disposition.HUMAN_RIGHTS_REVIEW and proposed != kind:
            raise InvalidInput(
                f"the proposal is {proposed}; answering {kind} overrides it",
                field="followed_proposal",
            )
        override = None
    else:
        override = _text(override_reason, "override_reason", required=True)

    if scope is None and followed_proposal and proposal is not None:
        scope = proposal["scope"]
    scope_value = _enum(scope, Scope, "scope") if scope is not None else Scope.NONE
    if (
        kind is GatewayAnswer.COMPLIED
        and request.type in CONTENT_TYPES
        and scope_value
        not in (
            Scope.GLOBAL,
            Scope.REQUESTING_COUNTRY,
        )
    ):
        raise InvalidInput(
            "say where the order was complied with: global or requesting_country", field="scope"
        )
    if reasons is None and followed_proposal and proposal is not None:
        reasons = [{"rule": r["rule"], "text": r["text"]} for r in proposal["reasons"]]
    reason_list = _reasons(reasons or [])
    if kind in (GatewayAnswer.REFUSED, GatewayAnswer.PARTIALLY_COMPLIED) and not reason_list:
        raise InvalidInput(
            "give the grounds: policy rules with their sentences, or sentences of your own",
            field="reasons",
        )
    if (
        followed_proposal
        and proposal is not None
        and proposal["disposition"] != Disposition.HUMAN_RIGHTS_REVIEW
        and _own_grounds(reason_list, proposal)
    ):
        # Grounds the proposal did not give are the officer's own decision: an override, so
        # that the record says who decided otherwise and why.
        raise InvalidInput(
            "these grounds are not the proposal's: answer as an override and say why",
            field="reasons",
        )
    what = _text(what_and_why, "what_and_why", required=kind is GatewayAnswer.PARTIALLY_COMPLIED)
    if missing is None and followed_proposal and proposal is not None:
        missing = [{"field": m["field"], "need": m["need"]} for m in proposal.get("missing", [])]
    missing_list = _missing(missing or [])
    if kind is GatewayAnswer.NEED_MORE_INFO and not missing_list:
        raise InvalidInput("say exactly what is missing", field="missing")

    now = unit.clock.now()
    late = now > request.deadline_at
    row = LegalRequestAnswer(
        targets=_target_answers(kind, proposal, followed=followed_proposal),
        id=new_id(),
        request_id=request.id,
        answer=kind.value,
        scope=scope_value.value,
        reasons=reason_list,
        what_and_why=what,
        missing=missing_list if kind is GatewayAnswer.NEED_MORE_INFO else [],
        followed_proposal=followed_proposal,
        override_reason=override,
        assessment_id=assessment.id if assessment else None,
        proposal_digest=assessment.proposal_digest if assessment else None,
        policy_version=assessment.policy_version if assessment else None,
        answered_at=now,
        answered_by=actor.ref,
        late=late,
    )
    unit.session.add(row)
    unit.session.flush()
    if request.status == RequestStatus.ACKNOWLEDGED:
        set_status(unit, request, RequestStatus.UNDER_ASSESSMENT, actor=actor)
    request.answer_id = row.id
    request.answered_at = now
    request.next_escalation_at = None
    set_status(
        unit,
        request,
        RequestStatus.ANSWERED,
        actor=actor,
        details={"answer": kind.value, "scope": scope_value.value, "late": late},
    )
    unit.record(
        AuditTag.LEGAL_REQUEST_ANSWERED,
        actor=actor,
        subjects={"request": request.id, "answer": row.id},
        snapshot={
            "answer": kind.value,
            "scope": scope_value.value,
            "rules": [r["rule"] for r in reason_list if r["rule"] is not None],
            "own_sentences_sha256": [
                sha256_hex(r["text"] or "") for r in reason_list if r["rule"] is None
            ],
            "followed_proposal": followed_proposal,
            "override_reason_sha256": sha256_hex(override) if override else None,
            "what_and_why_sha256": sha256_hex(what) if what else None,
            "proposal_digest": row.proposal_digest,
            "policy_version": row.policy_version,
            "late": late,
        },
    )
    plan_effect(unit, request, row, proposal=proposal, actor=actor)
    if acts and request.gag_order:
        schedule_deferred_notices(unit, request, actor=actor)
    if (
        cipher is not None
        and request.type == RequestType.PRESERVATION
        and kind in (GatewayAnswer.COMPLIED, GatewayAnswer.PARTIALLY_COMPLIED)
        and targets_of(request)
    ):
        do_take_preservation_snapshot(unit, request.id, cipher=cipher, actor=actor)
    unit.publish(
        TOPIC_ANSWERED,
        {
            "request_id": str(request.id),
            "agency_id": str(request.agency_id) if request.agency_id else None,
            "answer_id": str(row.id),
            "answer": kind.value,
            "scope": scope_value.value,
            "answered_at": rfc3339(now),
            "late": late,
        },
        key=str(request.id),
    )
    return row


def _released_before_review(unit: UnitOfWork, request: LegalRequest) -> bool:
    assessment = assessment_of(unit.session, request)
    return bool(assessment and assessment.proposal and assessment.proposal.get("review_after"))


def do_record_after_review(
    unit: UnitOfWork, request_id: uuid.UUID, *, note: str, actor: Actor
) -> LegalRequest:
    """A legal officer's review after the fact (the policy's `approvals_required` stage
    `after`) of an order executed automatically at receipt, or of an emergency disclosure
    released before the human-rights review (its proposal said `review_after`). Recorded once;
    the note is audited by digest only."""
    request = get_request(unit.session, request_id, for_update=True)
    if not request.auto_executed and not _released_before_review(unit, request):
        raise Conflict(
            "the request was neither executed automatically nor released before review",
            field="request_id",
        )
    if request.after_review_at is not None:
        raise Conflict("the review after the fact is already recorded", field="request_id")
    clean = _text(note, "note", required=True) or ""
    request.after_review_at = unit.clock.now()
    request.after_review_by = actor.ref
    add_event(unit, request, TimelineKind.AFTER_REVIEW, actor=actor, details={})
    unit.record(
        AuditTag.LEGAL_REQUEST_AFTER_REVIEW,
        actor=actor,
        subjects={"request": request.id},
        snapshot={"note_sha256": sha256_hex(clean)},
    )
    return request


__all__ = [
    "TOPIC_ANSWERED",
    "MissingIn",
    "ReasonIn",
    "do_answer_legal_request",
    "do_record_after_review",
    "do_start_assessment",
]
