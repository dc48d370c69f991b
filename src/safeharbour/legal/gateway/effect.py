"""Effect: a complied content order becomes platform calls, and its time is reported back.

`plan_effect` runs inside the answer's transaction (`do_answer_legal_request`, and the automatic
path at receipt): for a `complied` or `partially_complied` answer on a `removal_order`,
`block_channel` or `account_suspension` it plans enforcement actions through the existing
enforcement rows (`enforcement.do_plan_enforcement` with `legal_request_id`), which the
dispatcher carries out through the `PlatformAdapter` port after commit:

* a post is removed (`global`) or restricted in the agency's country (`requesting_country`);
  a channel or group is banned (global only: the port has no per-country channel block, so a
  country-scoped order on a channel is recorded as `unsupported` in the plan's details); an
  account is suspended for `ACCOUNT_SUSPENSION` (a year, reviewable) ;
* the uploader (a post's author, a channel's owner, the account) is told of the order and its
  effect with `notify_user` once the measure is in place, unless the authority imposed
  confidentiality (`gag_order`; DSA Art. 9(5), TCO Art. 11(3));
* content removed on a TCO order is preserved for six months (TCO Art. 6) by a legal hold.

`record_effects` (after dispatch, and the `legal-effects` job) stamps `effect_given_at` when
every measure of the order is done, appends the agency-visible `effect_given` event, audits it
and publishes `legal.request.effect_given`: the time of effect reported to the authority
(DSA Art. 9(1)).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.enforcement import DONE, EnforcementAction, NotifyKind, do_plan_enforcement
from safeharbour.intake.models import Channel, Post
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.legal.assessment.schemas import GatewayAnswer, RequestType, Scope, TargetAction
from safeharbour.legal.gateway.lifecycle import add_event
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestAnswer
from safeharbour.legal.gateway.schemas import TimelineKind
from safeharbour.legal.holds import HOLD_SUBJECT_KINDS, do_place_legal_hold
from safeharbour.legal.models import Agency

TOPIC_EFFECT_GIVEN = "legal.request.effect_given"
CONTENT_TYPES = frozenset(
    {RequestType.REMOVAL_ORDER, RequestType.BLOCK_CHANNEL, RequestType.ACCOUNT_SUSPENSION}
)
TCO_PRESERVATION = dt.timedelta(days=183)
"""Six months (TCO Art. 6(2)); a court or authority may ask for longer through a hold."""
ACCOUNT_SUSPENSION = dt.timedelta(days=365)
MEASURES = ("remove_post", "restrict_post", "suspend_account", "ban_channel")


@dataclass
class PlannedEffect:
    measures: list[EnforcementAction] = field(default_factory=list)
    notifications: list[EnforcementAction] = field(default_factory=list)
    holds: list[uuid.UUID] = field(default_factory=list)
    unsupported: list[dict[str, str]] = field(default_factory=list)


def gives_effect(request: LegalRequest, answer: str) -> bool:
    return request.type in CONTENT_TYPES and answer in (
        GatewayAnswer.COMPLIED,
        GatewayAnswer.PARTIALLY_COMPLIED,
    )


def targets_of(request: LegalRequest) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for target in request.targets or []:
        found = target.get("resolved") if "url" in target else target
        if found and found.get("kind") and found.get("id"):
            pair = (str(found["kind"]), str(found["id"]))
            if pair not in out:
                out.append(pair)
    return out


def _acted_targets(
    request: LegalRequest, answer: LegalRequestAnswer, proposal: dict[str, Any] | None
) -> list[tuple[str, str]]:
    targets = targets_of(request)
    if answer.answer != GatewayAnswer.PARTIALLY_COMPLIED or not proposal:
        return targets
    acted = {
        (t["kind"], t["id"])
        for t in proposal.get("targets", [])
        if t.get("action") != TargetAction.NONE
    }
    return [t for t in targets if t in acted]


def _owner(unit: UnitOfWork, kind: str, target_id: str) -> str | None:
    if kind == "post":
        post = unit.session.get(Post, target_id)
        return post.author_id if post is not None else None
    if kind in ("channel", "group"):
        channel = unit.session.get(Channel, target_id)
        return channel.owner_id if channel is not None else None
    if kind == "account":
        return target_id
    return None


owner_of = _owner


def _message(request: LegalRequest, agency: Agency | None, kind: str, what: str) -> str:
    who = f"{agency.name} ({agency.country})" if agency else "an authority"
    lines = [
        f"Your {kind} was {what} on a legal order from {who}.",
        f"Order: {request.type.replace('_', ' ')} under {request.legal_instrument}"
        + (f", reference {request.reference}" if request.reference else "")
        + ".",
    ]
    if request.legal_basis:
        lines.append(f"Legal basis given by the authority: {request.legal_basis}")
    lines.append(
        "You may challenge the order before the courts of the issuing country; you may also "
        "contact the platform's legal team about its effect."
    )
    return "\n".join(lines)


def plan_effect(
    unit: UnitOfWork,
    request: LegalRequest,
    answer: LegalRequestAnswer,
    *,
    proposal: dict[str, Any] | None,
    actor: Actor,
) -> PlannedEffect | None:
    """Plan the platform calls that carry out a complied content order (module docstring)."""
    if not gives_effect(request, answer.answer) or request.effect_planned_at is not None:
        return None
    agency = unit.session.get(Agency, request.agency_id) if request.agency_id else None
    countries = [agency.country] if agency else []
    local = answer.scope == Scope.REQUESTING_COUNTRY
    now = unit.clock.now()
    planned = PlannedEffect()
    kind_of_request = RequestType(request.type)
    for target_kind, target_id in _acted_targets(request, answer, proposal):
        params: dict[str, Any] = {}
        what = ""
        measure: str | None = None
        if target_kind == "post" and kind_of_request is RequestType.REMOVAL_ORDER:
            if local and countries:
                measure, params = "restrict_post", {"countries": countries}
                what = f"made unavailable in {', '.join(countries)}"
            else:
                measure, what = "remove_post", "removed"
        elif target_kind in ("channel", "group") and kind_of_request is not (
            RequestType.ACCOUNT_SUSPENSION
        ):
            if local:
                planned.unsupported.append(
                    {"kind": target_kind, "id": target_id, "why": "no per-country channel block"}
                )
                continue
            measure, what = "ban_channel", "blocked"
        elif target_kind == "account" and kind_of_request is not RequestType.BLOCK_CHANNEL:
            until = now + ACCOUNT_SUSPENSION
            measure, params = "suspend_account", {"until": until.isoformat()}
            what = f"suspended until {until.date().isoformat()}"
        if measure is None:
            planned.unsupported.append(
                {"kind": target_kind, "id": target_id, "why": f"not a target of {request.type}"}
            )
            continue
        row = do_plan_enforcement(
            unit,
            decision_id=None,
            legal_request_id=request.id,
            kind=measure,
            target_kind=target_kind,
            target_id=target_id,
            params={**params, "scope": answer.scope},
            actor=actor,
        )
        unit.session.flush()
        planned.measures.append(row)
        owner = _owner(unit, target_kind, target_id)
        if owner and not request.gag_order:
            notice = do_plan_enforcement(
                unit,
                decision_id=None,
                legal_request_id=request.id,
                kind="notify_user",
                target_kind="account",
                target_id=owner,
                params={
                    "notify": NotifyKind.AUTHORITY_ORDER.value,
                    "message": _message(request, agency, target_kind, what),
                },
                after_id=row.id,
                actor=actor,
            )
            planned.notifications.append(notice)
        hold_kind = "channel" if target_kind == "group" else target_kind
        if request.legal_instrument == "tco" and hold_kind in HOLD_SUBJECT_KINDS:
            hold = do_place_legal_hold(
                unit,
                subject_kind=hold_kind,
                subject_id=target_id,
                reason="TCO Art. 6: content removed or disabled on a removal order is preserved "
                "for six months",
                held_until=now + TCO_PRESERVATION,
                reference=f"legal_request:{request.id}",
                actor=actor,
            )
            planned.holds.append(hold.id)
    request.effect_planned_at = now
    details = {
        "measures": [m.kind for m in planned.measures],
        "user_notified": bool(planned.notifications),
        "confidential": request.gag_order,
        "holds": len(planned.holds),
        "unsupported": planned.unsupported,
    }
    add_event(unit, request, TimelineKind.EFFECT_PLANNED, actor=actor, details=details)
    unit.record(
        AuditTag.LEGAL_REQUEST_EFFECT_PLANNED,
        actor=actor,
        subjects={"request": request.id, "answer": answer.id},
        snapshot={**details, "enforcement": [str(m.id) for m in planned.measures]},
    )
    # With no measure at all (every target unsupported) the answer stands and the plan says
    # why; no time of effect is reported.
    return planned


def record_effects(
    unit: UnitOfWork, *, request_ids: Iterable[uuid.UUID] | None = None, actor: Actor
) -> list[uuid.UUID]:
    """Stamp the time of effect on requests whose measures are all done; returns their ids."""
    query = select(LegalRequest).where(
        LegalRequest.effect_planned_at.is_not(None), LegalRequest.effect_given_at.is_(None)
    )
    if request_ids is not None:
        ids = list(request_ids)
        if not ids:
            return []
        query = query.where(LegalRequest.id.in_(ids))
    done: list[uuid.UUID] = []
    for request in unit.session.scalars(query.with_for_update()).all():
        rows = list(
            unit.session.scalars(
                select(EnforcementAction).where(
                    EnforcementAction.legal_request_id == request.id,
                    EnforcementAction.kind.in_(MEASURES),
                )
            )
        )
        if not rows or any(r.status not in DONE for r in rows):
            continue
        at = max(r.done_at for r in rows if r.done_at is not None)
        request.effect_given_at = at
        details = {"effect_given_at": rfc3339(at), "measures": sorted({r.kind for r in rows})}
        add_event(unit, request, TimelineKind.EFFECT_GIVEN, actor=actor, details=details)
        unit.record(
            AuditTag.LEGAL_REQUEST_EFFECT_GIVEN,
            actor=actor,
            subjects={"request": request.id},
            snapshot=details,
        )
        unit.publish(
            TOPIC_EFFECT_GIVEN,
            {
                "request_id": str(request.id),
                "agency_id": str(request.agency_id) if request.agency_id else None,
                "effect_given_at": rfc3339(at),
                "received_at": rfc3339(request.received_at),
            },
            key=str(request.id),
        )
        done.append(request.id)
    return done


__all__ = [
    "CONTENT_TYPES",
    "TCO_PRESERVATION",
    "TOPIC_EFFECT_GIVEN",
    "PlannedEffect",
    "gives_effect",
    "plan_effect",
    "record_effects",
]
