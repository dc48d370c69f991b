"""Reading the audit log page by page, with filters: the auditor's browser.

Entries are returned exactly as the chain holds them (ids and SHA-256 digests, never content).
Pages run newest first by `seq` (keyset pagination, `kit/keyset.py`, never OFFSET), so the
first page and the hundredth cost the same; action and actor filters are served by an index
of the filter column and `seq` (a filtered page is one index range,
`tests/consoles/test_audit_plans.py`), days by `occurred_at`; the object filter matches the
id inside the entry's subjects.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, String, cast, select
from sqlalchemy.orm import Session

from safeharbour.audit.models import AuditEntry
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keyset import Cursor, KeysetPage, SortKey, keyset_page

MAX_PAGE = 200


@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    """An exact tag (`intake:notice:received`) or a prefix ending in `:` (`legal:`)."""
    actor: str | None = None
    """The actor as held: `user:<id>`, `api_key:<id>`, `system:<name>`."""
    subject: str | None = None
    """An id named among the entry's subjects (a notice, case, user, ...)."""
    day_from: date | None = None
    day_to: date | None = None
    """Inclusive UTC days."""

    @property
    def active(self) -> bool:
        return any((self.action, self.actor, self.subject, self.day_from, self.day_to))


def parse_filter(
    *,
    action: str = "",
    actor: str = "",
    subject: str = "",
    day_from: str = "",
    day_to: str = "",
) -> AuditFilter:
    """Filters from query parameters; InvalidInput names the field that cannot be read."""

    def text(value: str, field: str, limit: int) -> str | None:
        clean = (value or "").strip()
        if len(clean) > limit or not clean.isprintable():
            raise InvalidInput(f"at most {limit} printable characters", field=field)
        return clean or None

    def day(value: str, field: str) -> date | None:
        clean = (value or "").strip()
        if not clean:
            return None
        try:
            return date.fromisoformat(clean)
        except ValueError:
            raise InvalidInput("a date such as 2026-12-08", field=field) from None

    found = AuditFilter(
        action=text(action, "action", 80),
        actor=text(actor, "actor", 120),
        subject=text(subject, "subject", 200),
        day_from=day(day_from, "from"),
        day_to=day(day_to, "to"),
    )
    if found.day_from and found.day_to and found.day_to < found.day_from:
        raise InvalidInput("the last day comes before the first", field="to")
    return found


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


AUDIT_KEYS = (SortKey(AuditEntry.seq, "int", descending=True),)
"""The browser's order: newest first by position in the chain (the primary key)."""


def audit_page_query(found: AuditFilter) -> Select[tuple[AuditEntry]]:
    """The entries matching `found`, not yet ordered or limited (`kit/keyset.py` pages it)."""
    query = select(AuditEntry)
    if found.action:
        if found.action.endswith(":"):
            query = query.where(AuditEntry.action.startswith(found.action, autoescape=True))
        else:
            query = query.where(AuditEntry.action == found.action)
    if found.actor:
        query = query.where(AuditEntry.actor == found.actor)
    if found.day_from:
        query = query.where(AuditEntry.occurred_at >= _start_of(found.day_from))
    if found.day_to:
        query = query.where(AuditEntry.occurred_at < _start_of(found.day_to + timedelta(days=1)))
    if found.subject:
        # Subjects are {role: id}; ids are UUIDs or platform ids, quoted in the JSON text.
        needle = '"' + found.subject.replace("\\", "\\\\").replace('"', '\\"') + '"'
        query = query.where(cast(AuditEntry.subjects, String).contains(needle, autoescape=True))
    return query


def browse_entries(
    session: Session, found: AuditFilter, *, limit: int = 50, cursor: Cursor | None = None
) -> KeysetPage:
    """One page of entries matching `found`, newest first; rows are dicts of the entry's
    fields as held."""
    limit = max(1, min(limit, MAX_PAGE))
    query = audit_page_query(found)
    page = keyset_page(session, query, AUDIT_KEYS, limit=limit, cursor=cursor, scalars=True)
    page.rows = [
        {
            "seq": r.seq,
            "occurred_at": r.occurred_at,
            "actor": r.actor,
            "action": r.action,
            "subjects": dict(r.subjects or {}),
            "snapshot": dict(r.snapshot or {}),
            "prev_hash": r.prev_hash,
            "entry_hash": r.entry_hash,
        }
        for r in page.rows
    ]
    return page
