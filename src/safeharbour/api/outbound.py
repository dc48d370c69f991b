"""Outbound reports from a decision, shared by the API and the moderator console: the decision
and the reports it calls for (DSA Art. 18, TCO Art. 14(5), 18 U.S.C. 2258A) in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from safeharbour.bootstrap import Container
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.legal.gateway import (
    OutboundKind,
    Recipient,
    build_registry,
    do_create_outbound_report,
)
from safeharbour.review import DecisionIn, do_decide_case
from safeharbour.review.models import Decision


def outbound_registry(container: Container) -> dict[str, Recipient]:
    registry = container.extras.get("outbound_registry")
    if registry is None:
        registry = build_registry(container.settings.outbound_authorities)
        container.extras["outbound_registry"] = registry
    return registry


def create_outbound_report(
    unit: UnitOfWork,
    container: Container,
    decision_id: uuid.UUID,
    kind: OutboundKind | str,
    actor: Actor,
) -> uuid.UUID:
    return do_create_outbound_report(
        unit,
        decision_id,
        kind=kind,
        registry=outbound_registry(container),
        cipher=container.keys.cipher,
        platform_name=container.settings.platform_name,
        actor=actor,
    ).id


def decide_and_report(
    unit: UnitOfWork,
    container: Container,
    case_id: uuid.UUID,
    body: DecisionIn,
    reports: Iterable[OutboundKind | str],
    actor: Actor,
) -> tuple[Decision, list[uuid.UUID]]:
    decision = do_decide_case(unit, case_id, body, policy=container.nta.review, actor=actor)
    ids = [
        create_outbound_report(unit, container, decision.id, kind, actor)
        for kind in dict.fromkeys(reports)
    ]
    return decision, ids
