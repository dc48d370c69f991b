"""Retrying a dead-lettered platform call, shared by the API and the moderator console.

The requeue is one action in its own transaction; the call itself is made after the commit
(registered with `after_commit`), with the same idempotency key, so a platform that did act
after all answers `already_applied` and the call is applied once. The dispatcher comes from
the composition root (`Container.nta.dispatch_enforcement`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from safeharbour.enforcement.actions import do_requeue_enforcement
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.transactions import Transactions

Dispatch = Callable[[Iterable[uuid.UUID], Iterable[uuid.UUID] | None], object]
"""`(decision_ids, legal_request_ids)`: make those due platform calls now."""


def retry_enforcement(
    tx: Transactions, dispatch: Dispatch, action_id: uuid.UUID, *, actor: Actor
) -> EnforcementAction:
    """Re-queue a dead-lettered call and make it now; the row as it stands afterwards."""

    def requeue(unit: UnitOfWork) -> EnforcementAction:
        row = do_requeue_enforcement(unit, action_id, actor=actor)
        if row.decision_id is not None:
            decisions = [row.decision_id]
            unit.after_commit(lambda: dispatch(decisions, None))
        else:
            requests = [row.legal_request_id] if row.legal_request_id is not None else []
            unit.after_commit(lambda: dispatch([], requests))
        return row

    tx.write(requeue)
    fresh = tx.read(lambda session: session.get(EnforcementAction, action_id))
    assert fresh is not None  # the requeue found it; calls are never deleted
    return fresh
