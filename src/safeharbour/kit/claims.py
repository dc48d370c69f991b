"""Row claims with a lease, so that several processes can work one table of due jobs.

A pass claims due rows in one short transaction (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so
racing processes take disjoint rows without waiting; SQLite's `BEGIN IMMEDIATE` serialises the
claim on a single node), does the slow work outside any transaction, then releases what is
left. A process killed mid-batch never releases: its rows become claimable again when the lease
runs out, and the retry uses the same idempotency key, so the effect happens once.

A claim is scheduling bookkeeping, not a state change of the domain: it is not audited (the
outcome of the work is). The table needs `id`, `claimed_by` and `claimed_until` columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Select, or_, update

from safeharbour.kit.db import Database


def claim(
    database: Database, model: Any, due: Select[Any], *, lease: timedelta
) -> tuple[str, list[Any]]:
    """Claim the ids selected by `due` (a `select(model.id)...` with its order and limit) that
    nobody holds; returns (claim token, ids)."""
    token = str(uuid.uuid4())
    with database.uow() as unit:
        now = unit.clock.now()
        query = due.where(or_(model.claimed_until.is_(None), model.claimed_until <= now))
        ids = list(unit.session.scalars(query.with_for_update(skip_locked=True)))
        if ids:
            unit.session.execute(
                update(model)
                .where(model.id.in_(ids))
                .values(claimed_by=token, claimed_until=now + lease)
                .execution_options(synchronize_session=False)
            )
        unit.commit()
    return token, ids


def release(database: Database, model: Any, token: str, ids: Sequence[Any]) -> None:
    """Give back the rows of this claim that are still held by it (done or not)."""
    if not ids:
        return
    with database.uow() as unit:
        unit.session.execute(
            update(model)
            .where(model.id.in_(list(ids)), model.claimed_by == token)
            .values(claimed_by=None, claimed_until=None)
            .execution_options(synchronize_session=False)
        )
        unit.commit()
