"""Out-of-court dispute settlement (DSA Art. 21): disputes, bodies, outcomes, implementation.

The platform records what a certified body was asked, what it decided and whether the platform
implemented it (Art. 24(1)(a) reports the share implemented). Outcomes are not binding; a
decision to implement a reversal undoes the measures through the same path as an appeal.
"""

from __future__ import annotations

import uuid

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.review.decisions import reverse_decision
from safeharbour.review.models import Appeal, Decision, Dispute
from safeharbour.review.schemas import DisputeImplementationIn, DisputeIn, DisputeOutcomeIn


def do_record_dispute(unit: UnitOfWork, dispute_in: DisputeIn, *, actor: Actor) -> Dispute:
    decision = unit.session.get(Decision, dispute_in.decision_id)
    if decision is None:
        raise NotFound("no decision with this id", field="decision_id")
    if decision.status in ("pending_approval", "rejected"):
        raise Conflict("only a decision that took effect can be disputed", field="decision_id")
    if dispute_in.appeal_id is not None:
        appeal = unit.session.get(Appeal, dispute_in.appeal_id)
        if appeal is None or appeal.decision_id != decision.id:
            raise InvalidInput("not an appeal against this decision", field="appeal_id")
    now = unit.clock.now()
    if dispute_in.submitted_at.tzinfo is None or dispute_in.submitted_at > now:
        raise InvalidInput("a past time with a time zone is needed", field="submitted_at")
    dispute = Dispute(
        id=new_id(),
        decision_id=decision.id,
        appeal_id=dispute_in.appeal_id,
        body_name=dispute_in.body_name,
        body_reference=dispute_in.body_reference,
        submitted_at=dispute_in.submitted_at,
        recorded_by=actor.ref,
        recorded_at=now,
        status="open",
        notes=dispute_in.notes,
    )
    unit.session.add(dispute)
    unit.session.flush()
    unit.record(
        AuditTag.REVIEW_DISPUTE_RECORDED,
        actor=actor,
        subjects={"dispute": dispute.id, "decision": decision.id},
        snapshot={"body_sha256": sha256_hex(dispute.body_name)},
    )
    return dispute


def _load(unit: UnitOfWork, dispute_id: uuid.UUID) -> Dispute:
    dispute = unit.session.get(Dispute, dispute_id, with_for_update=True)
    if dispute is None:
        raise NotFound("no dispute with this id", field="dispute_id")
    return dispute


def do_record_dispute_outcome(
    unit: UnitOfWork, dispute_id: uuid.UUID, outcome_in: DisputeOutcomeIn, *, actor: Actor
) -> Dispute:
    dispute = _load(unit, dispute_id)
    if dispute.status != "open":
        raise Conflict(f"the dispute is already {dispute.status}", field="dispute_id")
    now = unit.clock.now()
    when = outcome_in.decided_at or now
    if when.tzinfo is None or when > now:
        raise InvalidInput("a past time with a time zone is needed", field="decided_at")
    if outcome_in.outcome == "withdrawn":
        dispute.status = "withdrawn"
    else:
        dispute.status = "decided"
        dispute.outcome = outcome_in.outcome
        if outcome_in.outcome in ("upheld", "omitted"):
            dispute.implemented = None  # nothing to implement
    dispute.outcome_at = when
    if outcome_in.notes:
        dispute.notes = ((dispute.notes or "") + "\n" + outcome_in.notes).strip()
    unit.record(
        AuditTag.REVIEW_DISPUTE_DECIDED,
        actor=actor,
        subjects={"dispute": dispute.id, "decision": dispute.decision_id},
        snapshot={"status": dispute.status, "outcome": dispute.outcome},
    )
    return dispute


def do_record_dispute_implementation(
    unit: UnitOfWork,
    dispute_id: uuid.UUID,
    implementation: DisputeImplementationIn,
    *,
    actor: Actor,
) -> Dispute:
    """Whether the platform implemented a body's reversal; implementing undoes the measures."""
    dispute = _load(unit, dispute_id)
    if dispute.status != "decided" or dispute.outcome not in ("reversed", "partially_reversed"):
        raise Conflict("only a reversal by the body is implemented", field="dispute_id")
    if dispute.implemented is not None:
        raise Conflict("the implementation was already recorded", field="dispute_id")
    reversed_ids: list[str] = []
    if implementation.implemented:
        decision = unit.session.get(Decision, dispute.decision_id, with_for_update=True)
        assert decision is not None
        if decision.status in ("effective", "partially_reversed"):
            reversed_ids = [
                str(a.id)
                for a in reverse_decision(
                    unit,
                    decision,
                    action_ids=implementation.reverse_actions,
                    reason=f"An out-of-court dispute settlement body ({dispute.body_name}) "
                    "found for you.",
                    actor=actor,
                )
            ]
    dispute.implemented = implementation.implemented
    dispute.implemented_at = unit.clock.now()
    if implementation.notes:
        dispute.notes = ((dispute.notes or "") + "\n" + implementation.notes).strip()
    unit.record(
        AuditTag.REVIEW_DISPUTE_IMPLEMENTED,
        actor=actor,
        subjects={"dispute": dispute.id, "decision": dispute.decision_id},
        snapshot={"implemented": implementation.implemented, "reversed_actions": reversed_ids},
    )
    return dispute
