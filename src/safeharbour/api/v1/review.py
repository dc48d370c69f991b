"""Cases and queues, leases, decisions and four-eyes approval, labels, appeals, disputes, and the
public statement of reasons. Thin: parse, resolve the caller, call one action or query, answer.

After a decision (or an approval, or an appeal decision) commits, its platform calls are made
at once (`nta.dispatch_enforcement`) so the reply shows their outcome; the scheduler retries
whatever failed.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import Container
from safeharbour.intake.notices import PUBLIC_NOTIFIER
from safeharbour.intake.queries import ContentAudience
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.labels import Label
from safeharbour.legal.gateway import OutboundKind
from safeharbour.review import (
    AppealDecisionIn,
    DecisionIn,
    DisputeImplementationIn,
    DisputeIn,
    DisputeOutcomeIn,
    case_detail,
    do_approve_decision,
    do_claim_case,
    do_decide_appeal,
    do_record_dispute,
    do_record_dispute_implementation,
    do_record_dispute_outcome,
    do_reject_decision,
    do_release_case,
    do_submit_appeal,
    do_tag_item,
    do_untag_item,
    effective_labels,
    get_appeal,
    get_decision,
    list_appeals,
    list_disputes,
    list_queue,
    pending_approvals,
    queue_counts,
)
from safeharbour.review.queries import case_row, dispute_view
from safeharbour.transparency import statement_view
from safeharbour.web.deps import PUBLIC, ContainerDep, require
from safeharbour.web.serialize import to_json

router = APIRouter(tags=["review"])


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


async def _decision_view(container: Container, decision_id: uuid.UUID) -> Any:
    return to_json(await container.tx.aread(lambda session: get_decision(session, decision_id)))


class DecideBody(DecisionIn):
    """A decision, and optionally the reports the platform must make itself (DSA Art. 18,
    TCO Art. 14(5), 18 U.S.C. 2258A); each becomes an outbound report in the same transaction."""

    report_to_authorities: list[OutboundKind] = Field(default_factory=list, max_length=3)


# -- cases ----------------------------------------------------------------------------------
@router.get("/cases")
async def cases_list(
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_READ)],
    queue: str = "all",
    status: str = "open",
    available: bool = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    after: str | None = None,
) -> Any:
    """A queue page, highest priority first. `available=true` leaves out cases another
    moderator holds; `after` is the `next` cursor of the previous page."""

    return to_json(
        await container.tx.aread(
            lambda session: list_queue(
                session,
                now=container.clock.now(),
                queue=queue,
                status=status,
                available_to=principal.actor.ref if available else None,
                limit=limit,
                after=after,
            )
        )
    )


@router.get("/cases/counts")
async def cases_counts(
    container: ContainerDep, _: Annotated[Principal, require(Permission.CASES_READ)]
) -> Any:
    return to_json(
        await container.tx.aread(lambda session: queue_counts(session, now=container.clock.now()))
    )


@router.get("/cases/{case_id}")
async def case_get(
    case_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_READ)],
) -> Any:
    """The case page: item and context, notices, signals, the priority explained, decisions."""

    return to_json(
        await container.tx.aread(
            lambda session: case_detail(
                session,
                case_id,
                now=container.clock.now(),
                policy=container.nta.review,
                audience=ContentAudience.of(principal),
            )
        )
    )


@router.post("/cases/{case_id}/claim")
async def case_claim(
    case_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_CLAIM)],
) -> Any:
    """Take (or extend) the lease on a case; 409 while another moderator holds it."""

    case = await container.tx.awrite(
        lambda unit: do_claim_case(
            unit, case_id, policy=container.nta.review, actor=principal.actor
        )
    )
    return to_json(case_row(case, container.clock.now()))


@router.post("/cases/{case_id}/release")
async def case_release(
    case_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_CLAIM)],
) -> Any:
    case = await container.tx.awrite(
        lambda unit: do_release_case(unit, case_id, actor=principal.actor)
    )
    return to_json(case_row(case, container.clock.now()))


@router.post(
    "/cases/{case_id}/decision",
    status_code=201,
)
async def case_decide(
    case_id: uuid.UUID,
    body: DecideBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_DECIDE)],
) -> Any:
    """Decide a case you hold. Heavy decisions answer `status: pending_approval`.
    `report_to_authorities` (`art18_threat`, `tco_art14_5`, `ncmec_csam`) also creates and sends
    the outbound reports; their ids are answered in `outbound_reports`."""

    decision, reports = await container.tx.awrite(
        lambda unit: container.decisions.decide(
            unit, case_id, body, reports=body.report_to_authorities, actor=principal.actor
        )
    )
    reply = await _decision_view(container, decision.id)
    if reports:
        reply = {**reply, "outbound_reports": [str(r) for r in reports]}
    return reply


# -- decisions ------------------------------------------------------------------------------
@router.get("/decisions/pending")
async def decisions_pending(
    container: ContainerDep, _: Annotated[Principal, require(Permission.CASES_READ)]
) -> Any:
    """Decisions waiting for a second approver (four-eyes), oldest first."""

    return to_json(
        await container.tx.aread(lambda session: {"decisions": pending_approvals(session)})
    )


@router.get("/decisions/{decision_id}")
async def decision_get(
    decision_id: uuid.UUID,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.CASES_READ)],
    evidence: bool = False,
) -> Any:
    return to_json(
        await container.tx.aread(
            lambda session: get_decision(session, decision_id, evidence=evidence)
        )
    )


@router.post(
    "/decisions/{decision_id}/approve",
)
async def decision_approve(
    decision_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.DECISIONS_APPROVE)],
) -> Any:
    """Four-eyes: approve someone else's heavy decision; it takes effect at once."""

    def approve(unit: UnitOfWork) -> None:
        do_approve_decision(unit, decision_id, policy=container.nta.review, actor=principal.actor)
        container.decisions.enforce_after_commit(unit, decision_id)

    await container.tx.awrite(approve)
    return await _decision_view(container, decision_id)


class RejectIn(_In):
    reason: Annotated[str, Field(min_length=1, max_length=5000)]


@router.post(
    "/decisions/{decision_id}/reject",
)
async def decision_reject(
    decision_id: uuid.UUID,
    body: RejectIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.DECISIONS_APPROVE)],
) -> Any:
    """Four-eyes: refuse someone else's heavy decision; the case returns to the queue."""

    await container.tx.awrite(
        lambda unit: do_reject_decision(
            unit, decision_id, reason=body.reason, actor=principal.actor
        )
    )
    return await _decision_view(container, decision_id)


# -- labels ---------------------------------------------------------------------------------
class ItemIn(_In):
    kind: Literal["post", "channel", "group", "account"]
    id: Annotated[str, Field(min_length=1, max_length=200)]


class TagIn(_In):
    item: ItemIn
    label: Label
    note: Annotated[str, Field(max_length=2000)] | None = None


class UntagIn(_In):
    item: ItemIn
    label: Label


@router.get("/labels", tags=["labels"])
async def labels_get(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.CASES_READ)],
    kind: Literal["post", "channel", "group", "account"],
    id: Annotated[str, Query(min_length=1, max_length=200)],
) -> Any:
    """An item's labels, with those a post inherits from its channel and author."""

    return to_json(
        await container.tx.aread(lambda session: {"labels": effective_labels(session, kind, id)})
    )


@router.post(
    "/labels",
    status_code=201,
    tags=["labels"],
)
async def labels_tag(
    body: TagIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LABELS_WRITE)],
) -> Any:
    tagged = await container.tx.awrite(
        lambda unit: do_tag_item(
            unit,
            item_kind=body.item.kind,
            item_id=body.item.id,
            label=body.label,
            note=body.note,
            actor=principal.actor,
        )
    )
    return {
        "id": str(tagged.label.id),
        "item": {"kind": tagged.label.item_kind, "id": tagged.label.item_id},
        "label": tagged.label.label,
        "changed": tagged.changed,
    }


@router.post("/labels/remove", tags=["labels"])
async def labels_untag(
    body: UntagIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LABELS_WRITE)],
) -> Any:
    await container.tx.awrite(
        lambda unit: do_untag_item(
            unit,
            item_kind=body.item.kind,
            item_id=body.item.id,
            label=body.label,
            actor=principal.actor,
        )
    )
    return {"removed": True}


# -- appeals --------------------------------------------------------------------------------
class AppealIn(_In):
    token: Annotated[str, Field(min_length=1, max_length=200)]
    explanation: Annotated[str, Field(min_length=1, max_length=10_000)]
    email: Annotated[str, Field(max_length=320)] | None = None


@router.post("/appeals", status_code=201, tags=["appeals"], openapi_extra=PUBLIC)
async def appeal_submit(body: AppealIn, container: ContainerDep) -> Any:
    """Contest a decision (DSA Art. 20) with the token of a statement of reasons (the affected
    user) or of a notice's status link (the notifier, against a decision not to act)."""

    receipt = await container.tx.awrite(
        lambda unit: do_submit_appeal(
            unit,
            token=body.token,
            explanation=body.explanation,
            contact_email=body.email,
            policy=container.nta.review,
            actor=PUBLIC_NOTIFIER,
        )
    )
    return to_json(
        {
            "id": str(receipt.id),
            "submitted_at": receipt.submitted_at,
            "status": receipt.status,
            "appellant": receipt.appellant,
            "decision_id": str(receipt.decision_id),
            "deadline": receipt.deadline,
        }
    )


@router.get("/appeals", tags=["appeals"])
async def appeals_list(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.APPEALS_READ)],
    status: str = "open",
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Any:
    return to_json(
        await container.tx.aread(
            lambda session: {"appeals": list_appeals(session, status=status, limit=limit)}
        )
    )


@router.get("/appeals/{appeal_id}", tags=["appeals"])
async def appeal_get(
    appeal_id: uuid.UUID,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.APPEALS_READ)],
) -> Any:
    return to_json(await container.tx.aread(lambda session: get_appeal(session, appeal_id)))


@router.post(
    "/appeals/{appeal_id}/decision",
    tags=["appeals"],
)
async def appeal_decide(
    appeal_id: uuid.UUID,
    body: AppealDecisionIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.APPEALS_DECIDE)],
) -> Any:
    """Decide an appeal; only someone who neither took nor approved the decision may."""

    def decide(unit: UnitOfWork) -> None:
        appeal = do_decide_appeal(
            unit, appeal_id, body, policy=container.nta.review, actor=principal.actor
        )
        container.decisions.enforce_after_commit(unit, appeal.decision_id)

    await container.tx.awrite(decide)
    return to_json(await container.tx.aread(lambda session: get_appeal(session, appeal_id)))


# -- out-of-court disputes --------------------------------------------------------------------
@router.get("/disputes", tags=["disputes"])
async def disputes_list(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.DISPUTES_READ)],
    status: Literal["open", "decided", "withdrawn"] | None = None,
) -> Any:
    return to_json(
        await container.tx.aread(
            lambda session: {"disputes": list_disputes(session, status=status)}
        )
    )


@router.post(
    "/disputes",
    status_code=201,
    tags=["disputes"],
)
async def dispute_record(
    body: DisputeIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.DISPUTES_WRITE)],
) -> Any:
    dispute = await container.tx.awrite(
        lambda unit: do_record_dispute(unit, body, actor=principal.actor)
    )
    return to_json(dispute_view(dispute))


@router.post(
    "/disputes/{dispute_id}/outcome",
    tags=["disputes"],
)
async def dispute_outcome(
    dispute_id: uuid.UUID,
    body: DisputeOutcomeIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.DISPUTES_WRITE)],
) -> Any:
    dispute = await container.tx.awrite(
        lambda unit: do_record_dispute_outcome(unit, dispute_id, body, actor=principal.actor)
    )
    return to_json(dispute_view(dispute))


@router.post(
    "/disputes/{dispute_id}/implementation",
    tags=["disputes"],
)
async def dispute_implementation(
    dispute_id: uuid.UUID,
    body: DisputeImplementationIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.DISPUTES_WRITE)],
) -> Any:
    """Record whether a body's reversal was implemented; implementing it undoes the measures."""

    def record(unit: UnitOfWork) -> Any:
        dispute = do_record_dispute_implementation(unit, dispute_id, body, actor=principal.actor)
        container.decisions.enforce_after_commit(unit, dispute.decision_id)
        return dispute_view(dispute)

    return to_json(await container.tx.awrite(record))


# -- statements of reasons (public, with the token) -------------------------------------------
@router.get("/statements/{statement_id}", tags=["transparency"], openapi_extra=PUBLIC)
async def statement_get(
    statement_id: uuid.UUID,
    container: ContainerDep,
    token: Annotated[str, Query(min_length=1, max_length=200)],
) -> Any:
    """A statement of reasons (DSA Art. 17), for whoever holds its link."""

    return to_json(
        await container.tx.aread(
            lambda session: statement_view(
                session,
                statement_id,
                token,
                links=container.nta.review.links,
                now=container.clock.now(),
            )
        )
    )


@router.get("/transparency/proofs/{decision_id}", tags=["transparency"], openapi_extra=PUBLIC)
async def transparency_proof_get(
    decision_id: uuid.UUID,
    container: ContainerDep,
    token: Annotated[str, Query(min_length=1, max_length=200)],
) -> Any:
    """The inclusion proof (RFC 9162) that a decision is counted in its published daily report,
    for whoever holds a statement of reasons of that decision (docs/transparency.md)."""
    from safeharbour.transparency.reports import statement_proof

    return to_json(
        await container.tx.aread(lambda session: statement_proof(session, decision_id, token))
    )
