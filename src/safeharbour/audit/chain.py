"""Appending to and verifying the audit chain.

`entry_hash = SHA-256(RFC 8785 JSON of {seq, occurred_at, actor, action, subjects, snapshot,
prev_hash})`. The first entry's `prev_hash` is 64 zeros.

The chain has one serialised order even with many writers: on SQLite the writer already holds
the database lock (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock is taken
just before appending, as late as possible, so it is held only for the end of a transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import insert, select, text, update
from sqlalchemy.orm import Session

from safeharbour.audit.models import AuditEntry, AuditHead
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import AuditRecord, UnitOfWork, table_of

GENESIS_HASH = "0" * 64
# pg_advisory_xact_lock key: "SHAUDIT" as an integer, stable across releases.
AUDIT_LOCK_KEY = 0x5348415544495400 & 0x7FFFFFFFFFFFFFFF


def entry_body(
    *,
    seq: int,
    occurred_at: str,
    actor: str,
    action: str,
    subjects: dict[str, Any],
    snapshot: dict[str, Any],
    prev_hash: str,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "occurred_at": occurred_at,
        "actor": actor,
        "action": action,
        "subjects": subjects,
        "snapshot": snapshot,
        "prev_hash": prev_hash,
    }


_ENTRIES = table_of(AuditEntry)
_HEAD_OF_CHAIN = (
    select(_ENTRIES.c.seq, _ENTRIES.c.entry_hash).order_by(_ENTRIES.c.seq.desc()).limit(1)
)
"""Built once, in Core: this runs in every audited commit (the ORM path cost more than the
query on single-event ingest)."""


def _head(session: Session) -> tuple[int, str]:
    row = session.execute(_HEAD_OF_CHAIN).first()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def build_links(
    records: Iterable[AuditRecord], *, after_seq: int, after_hash: str
) -> list[dict[str, Any]]:
    """Turn pending records into chain rows that follow (after_seq, after_hash)."""
    seq, prev = after_seq, after_hash
    rows = []
    for record in records:
        seq += 1
        body = entry_body(
            seq=seq,
            occurred_at=rfc3339(record.occurred_at),
            actor=record.actor.ref,
            action=record.action,
            subjects=record.subjects,
            snapshot=record.snapshot,
            prev_hash=prev,
        )
        entry_hash = digest_of(body)
        rows.append(
            {
                "seq": seq,
                "occurred_at": record.occurred_at,
                "actor": record.actor.ref,
                "action": record.action,
                "subjects": record.subjects,
                "snapshot": record.snapshot,
                "prev_hash": prev,
                "entry_hash": entry_hash,
            }
        )
        prev = entry_hash
    return rows


def append_pending(unit: UnitOfWork) -> None:
    """Before-commit hook: write the unit's audit records as the next links of the chain."""
    if not unit.audit:
        return
    session = unit.session
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": AUDIT_LOCK_KEY})
    seq, prev = _head(session)
    rows = build_links(unit.audit, after_seq=seq, after_hash=prev)
    session.execute(insert(table_of(AuditEntry)), rows)
    last_seq, last_hash = rows[-1]["seq"], rows[-1]["entry_hash"]
    head = table_of(AuditHead)
    result = session.execute(
        update(head).where(head.c.id == 1).values(seq=last_seq, entry_hash=last_hash)
    )
    moved = getattr(result, "rowcount", 0)
    if not moved:
        session.execute(insert(AuditHead).values(id=1, seq=last_seq, entry_hash=last_hash))


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_broken_seq: int | None = None
    position: int | None = None
    reason: str | None = None
    anchors: int = 0
    """Signed checkpoints and published audit heads the chain was checked against."""


class _Anchor(Protocol):
    """A signed statement of what entry `seq` hashes to (audit/anchor.py `Anchor`)."""

    @property
    def seq(self) -> int: ...
    @property
    def entry_hash(self) -> str: ...
    @property
    def source(self) -> str: ...


def iter_entries(session: Session, batch: int = 5000) -> Iterator[AuditEntry]:
    last = None
    while True:
        query = select(AuditEntry).order_by(AuditEntry.seq).limit(batch)
        if last is not None:
            query = query.where(AuditEntry.seq > last)
        rows = session.scalars(query).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq
        session.expunge_all()


def verify_entries(
    entries: Iterable[Any],
    *,
    head: tuple[int, str] | None = None,
    anchors: Iterable[_Anchor] = (),
    progress: Any = None,
) -> ChainReport:
    """Walk the chain in `seq` order; the first entry that does not link or hash is named.

    Deletion shows as a gap in `seq` or a `prev_hash` mismatch, reordering as a
    `prev_hash` mismatch, an edit as a hash mismatch; `head`, the recorded last link,
    shows entries cut off the end. `anchors` (signed checkpoints, published audit heads,
    audit/anchor.py) catch what an attacker who recomputes the hashes and moves the head
    would otherwise hide: a chain that differs from one, or ends before one.
    """
    by_seq: dict[int, list[_Anchor]] = {}
    for anchor in anchors:
        by_seq.setdefault(anchor.seq, []).append(anchor)
    expected_seq = 1
    prev = GENESIS_HASH
    count = 0
    for position, entry in enumerate(entries, start=1):
        count = position
        if entry.seq != expected_seq:
            return ChainReport(
                False,
                count,
                expected_seq,
                position,
                f"expected seq {expected_seq}, found {entry.seq} (an entry is missing or moved)",
            )
        if entry.prev_hash != prev:
            return ChainReport(
                False,
                count,
                entry.seq,
                position,
                "prev_hash does not match the previous entry (reordered or altered chain)",
            )
        body = entry_body(
            seq=entry.seq,
            occurred_at=rfc3339(entry.occurred_at),
            actor=entry.actor,
            action=entry.action,
            subjects=entry.subjects,
            snapshot=entry.snapshot,
            prev_hash=entry.prev_hash,
        )
        if digest_of(body) != entry.entry_hash:
            return ChainReport(
                False,
                count,
                entry.seq,
                position,
                "entry_hash does not match the entry's content (altered entry)",
            )
        for anchor in by_seq.get(entry.seq, ()):
            if anchor.entry_hash != entry.entry_hash:
                return ChainReport(
                    False,
                    count,
                    entry.seq,
                    position,
                    f"differs from {anchor.source}: the chain was rewritten at or before "
                    f"this entry",
                )
        prev = entry.entry_hash
        expected_seq += 1
        if progress is not None:
            progress(1)
    beyond = [a for seq, found in by_seq.items() if seq >= expected_seq for a in found]
    if beyond:
        furthest = max(beyond, key=lambda a: a.seq)
        return ChainReport(
            False,
            count,
            expected_seq,
            None,
            f"the chain ends at seq {expected_seq - 1} but {furthest.source} attests seq "
            f"{furthest.seq} (entries cut off the end)",
        )
    if head is not None and (head[0] != expected_seq - 1 or head[1] != prev):
        return ChainReport(
            False,
            count,
            expected_seq,
            None,
            f"the chain ends at seq {expected_seq - 1} but its recorded head is seq {head[0]} "
            "(entries cut off the end, or the head altered)",
        )
    return ChainReport(True, count, anchors=sum(len(found) for found in by_seq.values()))


def verify_chain(session: Session, progress: Any = None) -> ChainReport:
    row = session.get(AuditHead, 1)
    head = (0, GENESIS_HASH) if row is None else (int(row.seq), str(row.entry_hash))
    return verify_entries(iter_entries(session), head=head, progress=progress)


def count_entries(session: Session) -> int:
    from sqlalchemy import func

    return int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)


def entries_after(session: Session, after_seq: int, limit: int) -> list[dict[str, Any]]:
    """A page of the chain as published fields, for auditors and external verifiers."""
    rows = session.scalars(
        select(AuditEntry).where(AuditEntry.seq > after_seq).order_by(AuditEntry.seq).limit(limit)
    ).all()
    return [
        {
            "seq": r.seq,
            "occurred_at": rfc3339(r.occurred_at),
            "actor": r.actor,
            "action": r.action,
            "subjects": r.subjects,
            "snapshot": r.snapshot,
            "prev_hash": r.prev_hash,
            "entry_hash": r.entry_hash,
        }
        for r in rows
    ]
