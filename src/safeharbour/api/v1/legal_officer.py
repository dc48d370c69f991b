"""Legal officers' API: the queue by deadline, the engine's proposal, answers and verification.

Until the legal console lands this is how a legal officer works a request; the console calls
the same actions and queries.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlalchemy.orm import Session

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.intake.queries import ContentAudience
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import NotFound
from safeharbour.legal.gateway import (
    GatewayStats,
    LegalRequest,
    LegalRequestAnswer,
    OfficerRequestView,
    OutboundKind,
    OutboundReport,
    PreservationSnapshot,
    QueueItem,
    attachment_content,
    do_answer_legal_request,
    do_create_outbound_report,
    do_extend_preservation,
    do_mark_outbound_acknowledged,
    do_mark_outbound_failed,
    do_record_callback,
    do_release_legal_request,
    do_release_user_notice,
    do_review_user_notice,
    do_start_assessment,
    do_take_preservation_snapshot,
    gateway_stats,
    list_outbound_reports,
    list_snapshots,
    officer_queue,
    officer_request_view,
    outbound_view,
    snapshot_content,
    user_notice_view,
    waiting_user_notices,
)
from safeharbour.web.deps import ContainerDep, require
from safeharbour.web.downloads import download_response

router = APIRouter(prefix="/legal/officer", tags=["legal requests (legal officers)"])


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReasonBody(_Body):
    rule: str | None = Field(
        default=None,
        description="A rule id of the legal policy with its sentence in `text`; omitted or "
        "null for a sentence of the officer's own (recorded as an override of the proposal).",
    )
    text: str


class MissingBody(_Body):
    field: str
    need: str


class AnswerBody(_Body):
    answer: Literal["complied", "partially_complied", "refused", "need_more_info"]
    scope: Literal["global", "requesting_country", "none"] | None = None
    reasons: list[ReasonBody] | None = None
    what_and_why: str | None = Field(default=None, max_length=4000)
    missing: list[MissingBody] | None = None
    followed_proposal: StrictBool
    override_reason: str | None = Field(default=None, max_length=4000)


class CallbackBody(_Body):
    outcome: Literal["confirmed", "not_confirmed"]
    note: str | None = Field(default=None, max_length=2000)


class ReleaseBody(_Body):
    method: Literal["official_register", "qualified_signature", "written_confirmation"]
    note: str = Field(max_length=2000)


class StateReply(BaseModel):
    id: str
    status: str
    held: bool
    deadline: str


class AnswerReply(BaseModel):
    id: str
    request_id: str
    answer: str
    scope: str
    answered_at: str
    late: bool


@router.get(
    "/requests",
    response_model=list[QueueItem],
    summary="Requests ordered by deadline, soonest first (open ones unless all=true)",
)
async def queue(
    container: ContainerDep,
    _principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
    all: Annotated[bool, Query(description="include answered requests")] = False,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[QueueItem]:
    return await container.tx.aread(
        lambda session: officer_queue(
            session, now=container.clock.now(), include_answered=all, limit=limit
        )
    )


@router.get(
    "/stats",
    response_model=GatewayStats,
    summary="Counts by type, status and answer; missed deadlines",
)
async def stats(
    container: ContainerDep,
    _principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
) -> GatewayStats:
    return await container.tx.aread(lambda session: gateway_stats(session))


@router.get(
    "/requests/{request_id}",
    response_model=OfficerRequestView,
    summary="One request with the engine's proposal, verification and history",
)
async def get_request(
    request_id: uuid.UUID,
    container: ContainerDep,
    _principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
) -> OfficerRequestView:
    return await container.tx.aread(
        lambda session: officer_request_view(
            session, request_id, cipher=container.keys.cipher, now=container.clock.now()
        )
    )


@router.get(
    "/requests/{request_id}/attachments/{attachment_id}",
    summary="Download an attachment (decrypted)",
    response_class=Response,
)
async def get_attachment(
    request_id: uuid.UUID,
    attachment_id: uuid.UUID,
    container: ContainerDep,
    _principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
) -> Response:
    row, content = await container.tx.aread(
        lambda session: attachment_content(
            session, request_id, attachment_id, cipher=container.keys.cipher, officer=True
        )
    )
    return download_response(
        content,
        filename=row.filename,
        media_type=row.content_type,
        headers={"X-Content-SHA256": row.sha256},
    )


def _state(request: LegalRequest) -> StateReply:
    return StateReply(
        id=str(request.id),
        status=request.status,
        held=request.held,
        deadline=rfc3339(request.deadline_at),
    )


@router.post(
    "/requests/{request_id}/start",
    response_model=StateReply,
    summary="Take the request: acknowledged -> under_assessment",
)
async def start(
    request_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> StateReply:
    request = await container.tx.awrite(
        lambda unit: do_start_assessment(unit, request_id, actor=principal.actor)
    )
    return _state(request)


@router.post(
    "/requests/{request_id}/answer",
    response_model=AnswerReply,
    status_code=201,
    summary="Answer the request (complied, partially_complied, refused, need_more_info)",
)
async def answer(
    request_id: uuid.UUID,
    body: AnswerBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> AnswerReply:
    def work(unit: UnitOfWork) -> LegalRequestAnswer:
        row = do_answer_legal_request(
            unit,
            request_id,
            answer=body.answer,
            scope=body.scope,
            reasons=[r.model_dump() for r in body.reasons] if body.reasons is not None else None,
            what_and_why=body.what_and_why,
            missing=[m.model_dump() for m in body.missing] if body.missing is not None else None,
            followed_proposal=body.followed_proposal,
            override_reason=body.override_reason,
            actor=principal.actor,
            cipher=container.keys.cipher,
        )
        # A complied content order is carried out once committed (the scheduler retries failures).
        unit.after_commit(lambda: container.nta.give_legal_effect([row.request_id]))
        return row

    row = await container.tx.awrite(work)
    return AnswerReply(
        id=str(row.id),
        request_id=str(row.request_id),
        answer=row.answer,
        scope=row.scope,
        answered_at=rfc3339(row.answered_at),
        late=row.late,
    )


@router.post(
    "/requests/{request_id}/callback",
    response_model=StateReply,
    summary="Record a call-back to the number on the agency record (out-of-band check)",
)
async def callback(
    request_id: uuid.UUID,
    body: CallbackBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_VERIFY)],
) -> StateReply:
    def act(unit: UnitOfWork) -> StateReply:
        do_record_callback(
            unit,
            request_id,
            outcome=body.outcome,
            note=body.note,
            cipher=container.keys.cipher,
            actor=principal.actor,
        )
        row = unit.session.get(LegalRequest, request_id)
        assert row is not None  # the action has just found it
        return _state(row)

    return await container.tx.awrite(act)


@router.post(
    "/requests/{request_id}/release",
    response_model=StateReply,
    summary="Release a held request after verifying its sender through an official channel",
)
async def release(
    request_id: uuid.UUID,
    body: ReleaseBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_VERIFY)],
) -> StateReply:
    request = await container.tx.awrite(
        lambda unit: do_release_legal_request(
            unit,
            request_id,
            method=body.method,
            note=body.note,
            cipher=container.keys.cipher,
            actor=principal.actor,
        )
    )
    return _state(request)


# -- outbound reports (DSA Art. 18, TCO Art. 14(5), 18 U.S.C. 2258A) --------------------------
class OutboundBody(_Body):
    decision_id: uuid.UUID
    kind: OutboundKind


class AcknowledgedBody(_Body):
    reference: str | None = Field(default=None, max_length=200)


class FailedBody(_Body):
    note: str = Field(min_length=1, max_length=500)


@router.get(
    "/outbound",
    summary="Outbound reports, newest first, with their timelines",
)
async def outbound_list(
    container: ContainerDep, _: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)]
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: {"reports": [outbound_view(r) for r in list_outbound_reports(session)]}
    )


@router.get(
    "/outbound/{report_id}",
    summary="One outbound report: recipient and why, the minimum data sent, holds, timeline",
)
async def outbound_get(
    report_id: uuid.UUID,
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
) -> dict[str, Any]:
    def read(session: Session) -> dict[str, Any]:
        report = session.get(OutboundReport, report_id)
        if report is None:
            raise NotFound("no such outbound report", field="report_id")
        return outbound_view(report, container.keys.cipher)

    return await container.tx.aread(read)


@router.post(
    "/outbound",
    status_code=201,
    summary="Report a decided case to the competent authority (created and sent at once)",
)
async def outbound_create(
    body: OutboundBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: outbound_view(
            do_create_outbound_report(
                unit,
                body.decision_id,
                kind=body.kind,
                registry=container.outbound_recipients,
                cipher=container.keys.cipher,
                platform_name=container.settings.platform_name,
                actor=principal.actor,
            )
        )
    )


@router.post(
    "/outbound/{report_id}/acknowledged",
    summary="Record that the authority acknowledged the report (with its reference)",
)
async def outbound_acknowledged(
    report_id: uuid.UUID,
    body: AcknowledgedBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: outbound_view(
            do_mark_outbound_acknowledged(
                unit, report_id, reference=body.reference, actor=principal.actor
            )
        )
    )


@router.post(
    "/outbound/{report_id}/failed",
    summary="Record that the report could not be delivered",
)
async def outbound_failed(
    report_id: uuid.UUID,
    body: FailedBody,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: outbound_view(
            do_mark_outbound_failed(unit, report_id, note=body.note, actor=principal.actor)
        )
    )


# -- preservation snapshots ---------------------------------------------------------------------
def _snapshot_view(
    snapshot: PreservationSnapshot, cipher: Any = None, audience: ContentAudience | None = None
) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": str(snapshot.id),
        "request_id": str(snapshot.request_id),
        "basis": snapshot.basis,
        "targets": list(snapshot.targets),
        "content_sha256": snapshot.content_sha256,
        "holds": list(snapshot.hold_ids),
        "held_until": rfc3339(snapshot.held_until),
        "extensions": snapshot.extensions,
        "created_at": rfc3339(snapshot.created_at),
        "created_by": snapshot.created_by,
        "purged_at": rfc3339(snapshot.purged_at) if snapshot.purged_at else None,
    }
    if cipher is not None and audience is not None:
        view["content"] = snapshot_content(snapshot, cipher, audience)
    return view


@router.get(
    "/requests/{request_id}/preservation",
    summary="The request's preservation snapshots (content until purged, seal, holds)",
)
async def snapshots_list(
    request_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)],
) -> dict[str, Any]:
    audience = ContentAudience.of(principal)

    return await container.tx.aread(
        lambda session: {
            "snapshots": [
                _snapshot_view(s, container.keys.cipher, audience)
                for s in list_snapshots(session, request_id)
            ]
        }
    )


@router.post(
    "/requests/{request_id}/preservation",
    status_code=201,
    summary="Freeze the targets' stored data now, sealed and held for the legal period",
)
async def snapshot_take(
    request_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: _snapshot_view(
            do_take_preservation_snapshot(
                unit, request_id, cipher=container.keys.cipher, actor=principal.actor
            )
        )
    )


@router.post(
    "/preservation/{snapshot_id}/extend",
    summary="Extend a preservation once (EPOC-PR +30 days, 2703(f) +90 days)",
)
async def snapshot_extend(
    snapshot_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: _snapshot_view(
            do_extend_preservation(unit, snapshot_id, actor=principal.actor)
        )
    )


# -- user notification after a gag order -------------------------------------------------------
@router.get(
    "/user-notices",
    summary="User notifications waiting for a gag order to end (dated first, then for review)",
)
async def user_notices(
    container: ContainerDep, _: Annotated[Principal, require(Permission.LEGAL_REQUESTS_READ)]
) -> dict[str, Any]:
    return await container.tx.aread(
        lambda session: {"notices": [user_notice_view(n) for n in waiting_user_notices(session)]}
    )


@router.post(
    "/user-notices/{notice_id}/release",
    summary="Confidentiality has ended: notify the user now (through the platform)",
)
async def user_notice_release(
    notice_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    def work(unit: UnitOfWork) -> dict[str, Any]:
        view = user_notice_view(do_release_user_notice(unit, notice_id, actor=principal.actor))
        request = uuid.UUID(view["request_id"])
        unit.after_commit(lambda: container.nta.give_legal_effect([request]))
        return view

    return await container.tx.awrite(work)


@router.post(
    "/user-notices/{notice_id}/reviewed",
    summary="Periodic review: confidentiality still applies",
)
async def user_notice_reviewed(
    notice_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.LEGAL_REQUESTS_ANSWER)],
) -> dict[str, Any]:
    return await container.tx.awrite(
        lambda unit: user_notice_view(do_review_user_notice(unit, notice_id, actor=principal.actor))
    )
