"""Making the planned platform calls, outside any transaction, and recording each outcome.

Called right after a decision commits (so the moderator sees the outcome at once) and by the
scheduler (`enforcement-dispatch`) or the enforcement workers, which retry failures with
backoff and finish whatever a crash interrupted. Calls are idempotent by the row id, so running a
row twice is harmless; and each pass claims its rows with a lease (kit/claims.py), so that API
nodes and workers racing on the same rows do not both make the call.

A call that waits for another (`after_id`: a statement of reasons is delivered once its measure
is in place) runs only once that one is done, and is cancelled if that one can never be done.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import or_, select

from safeharbour.enforcement.actions import DONE, do_cancel_enforcement, do_record_outcome
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind, PlatformAdapter
from safeharbour.kit import claims
from safeharbour.kit.db import SYSTEM, Database
from safeharbour.kit.links import PublicLinks
from safeharbour.kit.tokens import TokenKeys
from safeharbour.transparency.models import Statement
from safeharbour.transparency.statements import delivery_text

log = logging.getLogger(__name__)
DEFAULT_LEASE = timedelta(minutes=2)


@dataclass
class DispatchReport:
    outcomes: dict[str, str] = field(default_factory=dict)
    """enforcement id -> status after this pass"""


@dataclass(frozen=True)
class Messages:
    """Builds what `notify_user` sends: the statement (or a message about it) and its link.

    The link carries the statement's secret token, so it is made here, at delivery, and never
    stored with the planned call."""

    links: PublicLinks
    tokens: TokenKeys

    def build(self, statement: Statement | None, message: str | None) -> tuple[str, str]:
        if statement is None:
            return message or "", ""
        text, url = delivery_text(statement, self.links, self.tokens)
        if message:
            text = message + f"\n\nThe statement of reasons concerned: {url}\n"
        return text, url


def _call(
    platform: PlatformAdapter,
    row: EnforcementAction,
    messages: Messages,
    statement: Statement | None,
) -> ActResult:
    key = str(row.id)
    params = row.params or {}
    try:
        if row.kind == "remove_post":
            return platform.remove_post(row.target_id, idempotency_key=key)
        if row.kind == "restrict_post":
            return platform.restrict_post(
                row.target_id, list(params.get("countries", [])), idempotency_key=key
            )
        if row.kind == "suspend_account":
            until = datetime.fromisoformat(params["until"])
            return platform.suspend_account(row.target_id, until, idempotency_key=key)
        if row.kind == "terminate_account":
            return platform.terminate_account(row.target_id, idempotency_key=key)
        if row.kind == "ban_channel":
            return platform.ban_channel(row.target_id, idempotency_key=key)
        if row.kind == "label":
            return platform.label(
                row.target_kind, row.target_id, str(params.get("text", "")), idempotency_key=key
            )
        if row.kind == "quarantine_media":
            return platform.quarantine_media(row.target_id, idempotency_key=key)
        if row.kind == "notify_user":
            text, url = messages.build(statement, params.get("message"))
            return platform.notify_user(
                row.target_id, NotifyKind(params["notify"]), text, url, idempotency_key=key
            )
        if row.kind == "reverse":
            return platform.reverse(str(row.reverses_id), idempotency_key=key)
    except Exception as exc:  # an adapter bug must not stop the other calls
        log.exception("platform adapter %s raised on %s", platform.name, row.id)
        return ActResult(ActOutcome.FAILED, f"adapter raised {type(exc).__name__}")
    return ActResult(ActOutcome.NOT_SUPPORTED, f"unknown kind {row.kind}")


def dispatch_pending(
    database: Database,
    platform: PlatformAdapter,
    messages: Messages,
    *,
    decision_ids: Iterable[uuid.UUID] | None = None,
    legal_request_ids: Iterable[uuid.UUID] | None = None,
    limit: int = 500,
    lease: timedelta = DEFAULT_LEASE,
) -> DispatchReport:
    """Run due calls (of the given decisions or legal requests, or all); returns their
    statuses afterwards. Rows another process holds are left to it."""
    decisions = list(decision_ids) if decision_ids is not None else None
    requests = list(legal_request_ids) if legal_request_ids is not None else None
    report = DispatchReport()
    # Several passes: a call that waited for another becomes due when that one is done.
    for _ in range(4):
        now = database.clock.now()
        query = (
            select(EnforcementAction.id)
            .where(
                EnforcementAction.status == "pending",
                or_(
                    EnforcementAction.next_attempt_at.is_(None),
                    EnforcementAction.next_attempt_at <= now,
                ),
            )
            .order_by(EnforcementAction.created_at, EnforcementAction.id)
            .limit(limit)
        )
        if decisions is not None or requests is not None:
            if not decisions and not requests:
                return report
            query = query.where(
                or_(
                    EnforcementAction.decision_id.in_(decisions or []),
                    EnforcementAction.legal_request_id.in_(requests or []),
                )
            )
        token, claimed = claims.claim(database, EnforcementAction, query, lease=lease)
        if not claimed:
            break
        try:
            progressed = _run_claimed(database, platform, messages, claimed, report)
        finally:
            claims.release(database, EnforcementAction, token, claimed)
        if not progressed:
            break
    return report


def _run_claimed(
    database: Database,
    platform: PlatformAdapter,
    messages: Messages,
    claimed: list[uuid.UUID],
    report: DispatchReport,
) -> bool:
    """Make the claimed calls; True when any of them reached a final status."""
    with database.reader() as session:
        rows = list(
            session.scalars(
                select(EnforcementAction)
                .where(EnforcementAction.id.in_(claimed), EnforcementAction.status == "pending")
                .order_by(EnforcementAction.created_at, EnforcementAction.id)
            )
        )
        waits = {r.after_id for r in rows if r.after_id is not None}
        status_of: dict[uuid.UUID, str] = {}
        if waits:
            found = session.execute(
                select(EnforcementAction.id, EnforcementAction.status).where(
                    EnforcementAction.id.in_(waits)
                )
            ).all()
            status_of = {ident: status for ident, status in found}
        statement_ids = {
            uuid.UUID(r.params["statement_id"])
            for r in rows
            if r.kind == "notify_user" and (r.params or {}).get("statement_id")
        }
        statements = (
            {
                s.id: s
                for s in session.scalars(select(Statement).where(Statement.id.in_(statement_ids)))
            }
            if statement_ids
            else {}
        )
    progressed = False
    for row in rows:
        if row.after_id is not None:
            before = status_of.get(row.after_id)
            if before == "pending":
                continue
            if before not in DONE:
                with database.uow() as unit:
                    fresh = unit.session.get(EnforcementAction, row.id, with_for_update=True)
                    if fresh is not None:
                        do_cancel_enforcement(
                            unit,
                            fresh,
                            reason=f"the action it waited for ended {before}",
                            actor=SYSTEM,
                        )
                        report.outcomes[str(row.id)] = fresh.status
                    unit.commit()
                progressed = True
                continue
        statement_id = (row.params or {}).get("statement_id")
        statement = statements.get(uuid.UUID(statement_id)) if statement_id else None
        result = _call(platform, row, messages, statement)
        with database.uow() as unit:
            recorded = do_record_outcome(unit, row.id, result, adapter=platform.name)
            if (
                recorded.kind == "notify_user"
                and recorded.status in DONE
                and (recorded.params or {}).get("notify") == NotifyKind.STATEMENT_OF_REASONS
                and statement is not None
            ):
                delivered = unit.session.get(Statement, statement.id)
                if delivered is not None and delivered.delivered_at is None:
                    delivered.delivered_at = unit.clock.now()
            unit.commit()
        report.outcomes[str(row.id)] = recorded.status
        progressed = progressed or recorded.status != "pending"
    return progressed
