"""Decide, then enforce: the orchestration every transport (API, moderator console) shares.

A decision is one action (`do_decide_case`) plus, when the moderator asks for them, the
reports the platform must make itself (DSA Art. 18, TCO Art. 14(5), 18 U.S.C. 2258A), all in
the caller's unit of work. Its platform calls are made after the commit, registered on the
unit with `after_commit`, so a rollback never reaches the platform.

The two collaborators from other contexts come in as callables the composition root wires
(`Container.decisions`): the outbound report action of the legal gateway and the enforcement
dispatcher. Review therefore imports neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.review.decisions import do_decide_case
from safeharbour.review.models import Decision
from safeharbour.review.policy import ReviewPolicy
from safeharbour.review.schemas import DecisionIn

ReportOutbound = Callable[[UnitOfWork, uuid.UUID, str, Actor], uuid.UUID]
"""Create one outbound report of a decision (kind, e.g. `art18_threat`) in the unit."""
DispatchDecisions = Callable[[list[uuid.UUID]], object]
"""Make the due platform calls of these decisions now (outside any transaction)."""


@dataclass(frozen=True)
class DecisionService:
    policy: ReviewPolicy
    report_outbound: ReportOutbound
    dispatch: DispatchDecisions

    def decide(
        self,
        unit: UnitOfWork,
        case_id: uuid.UUID,
        body: DecisionIn,
        *,
        reports: Iterable[str] = (),
        actor: Actor,
    ) -> tuple[Decision, list[uuid.UUID]]:
        """Decide a held case, create the outbound reports asked for (each kind once), and
        dispatch the decision's platform calls once the unit has committed."""
        decision = do_decide_case(unit, case_id, body, policy=self.policy, actor=actor)
        report_ids = [
            self.report_outbound(unit, decision.id, str(kind), actor)
            for kind in dict.fromkeys(reports)
        ]
        self.enforce_after_commit(unit, decision.id)
        return decision, report_ids

    def enforce_after_commit(self, unit: UnitOfWork, decision_id: uuid.UUID) -> None:
        """Platform calls of a decision made (or approved, or changed on appeal) in `unit`."""
        unit.after_commit(lambda: self.dispatch([decision_id]))
