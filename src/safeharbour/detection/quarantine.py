"""Quarantine of act-bank entries that suddenly match an unusual number of posts.

Every match of an `act` bank's entry on a post is remembered once per (entry, post) in
`detection_entry_hits`. When an entry has matched more than the bank's `quarantine_threshold`
distinct posts within its `quarantine_window_minutes` (hits before the entry's last release do
not count), the entry is quarantined: `quarantined_at` is set, one audit entry
(`detection:entry:quarantined`, digests only) and one outbox message
(`detection.entry.quarantined`, the alert) are written. A quarantined entry still matches, but
its matches go to review: the pipeline never acts on it automatically. A human releases it with
`do_release_entry` (`safeharbour bank release-entry NAME VALUE`), which restarts its count.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, BankEntry, EntryHit
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound

ALERT_TOPIC = "detection.entry.quarantined"


def _entries(session: Session, bank: Bank, matched: Iterable[tuple[str, str]]) -> list[BankEntry]:
    digests = {(signal, sha256_hex(value)) for signal, value in matched}
    if not digests:
        return []
    rows = session.scalars(
        select(BankEntry).where(
            BankEntry.bank_id == bank.id,
            BankEntry.value_sha256.in_(sorted({d for _, d in digests})),
        )
    ).all()
    return [row for row in rows if (row.signal, row.value_sha256) in digests]


def record_hits(
    unit: UnitOfWork,
    bank_name: str,
    matched: Iterable[tuple[str, str]],
    post_id: str,
    *,
    actor: Actor,
) -> list[str]:
    """Count this post for each matched (signal, value) of the bank; quarantine entries over
    the threshold. Returns the digests of the matched entries that are quarantined now."""
    session = unit.session
    bank = session.scalars(select(Bank).where(Bank.name == bank_name)).one_or_none()
    if bank is None:
        return []
    now = unit.clock.now()
    window_start = now - timedelta(minutes=bank.quarantine_window_minutes)
    quarantined = []
    for entry in _entries(session, bank, matched):
        session.execute(
            delete(EntryHit).where(EntryHit.entry_id == entry.id, EntryHit.hit_at < window_start)
        )
        if session.get(EntryHit, (entry.id, post_id)) is None:
            session.add(EntryHit(entry_id=entry.id, post_id=post_id, hit_at=now))
            session.flush()
        if entry.quarantined_at is None:
            since = window_start
            if entry.counted_since is not None and entry.counted_since > since:
                since = entry.counted_since
            hits = int(
                session.scalar(
                    select(func.count())
                    .select_from(EntryHit)
                    .where(EntryHit.entry_id == entry.id, EntryHit.hit_at >= since)
                )
                or 0
            )
            if hits > bank.quarantine_threshold:
                entry.quarantined_at = now
                details = {
                    "bank": bank.name,
                    "signal": entry.signal,
                    "value_sha256": entry.value_sha256,
                    "posts_in_window": hits,
                    "threshold": bank.quarantine_threshold,
                    "window_minutes": bank.quarantine_window_minutes,
                }
                unit.record(
                    AuditTag.DETECTION_ENTRY_QUARANTINED,
                    actor=actor,
                    subjects={"bank": bank.id, "entry": entry.id},
                    snapshot=details,
                )
                unit.publish(ALERT_TOPIC, details, key=str(bank.id))
        if entry.quarantined_at is not None:
            quarantined.append(entry.value_sha256)
    return sorted(quarantined)


def do_release_entry(
    unit: UnitOfWork, bank_name: str, value: str, *, signal: str | None = None, actor: Actor
) -> BankEntry:
    """A human lifts an entry's quarantine; its hit count starts again from now."""
    session = unit.session
    bank = session.scalars(select(Bank).where(Bank.name == bank_name)).one_or_none()
    if bank is None:
        raise NotFound("no such bank", field="name")
    query = select(BankEntry).where(
        BankEntry.bank_id == bank.id, BankEntry.value_sha256 == sha256_hex(value)
    )
    if signal is not None:
        query = query.where(BankEntry.signal == signal)
    entries = session.scalars(query).all()
    if not entries:
        raise NotFound("the bank has no such entry (give the value as stored)", field="value")
    if len(entries) > 1:
        raise InvalidInput(
            "the value is in several signals; name one with --signal", field="signal"
        )
    entry = entries[0]
    if entry.quarantined_at is None:
        raise Conflict("the entry is not quarantined", field="value")
    now = unit.clock.now()
    was = entry.quarantined_at
    entry.quarantined_at = None
    entry.counted_since = now
    unit.record(
        AuditTag.DETECTION_ENTRY_RELEASED,
        actor=actor,
        subjects={"bank": bank.id, "entry": entry.id},
        snapshot={
            "signal": entry.signal,
            "value_sha256": entry.value_sha256,
            "quarantined_at": was.isoformat(),
        },
    )
    return entry


def quarantined_entries(session: Session) -> list[tuple[str, str, str]]:
    """(bank, signal, value digest) of every quarantined entry."""
    rows = session.execute(
        select(Bank.name, BankEntry.signal, BankEntry.value_sha256)
        .join(Bank, Bank.id == BankEntry.bank_id)
        .where(BankEntry.quarantined_at.is_not(None))
        .order_by(Bank.name, BankEntry.signal, BankEntry.value_sha256)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def quarantined_count(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(BankEntry).where(BankEntry.quarantined_at.is_not(None))
        )
        or 0
    )
