"""Retro-scan: when a bank changes, the stored posts are scanned again for that bank's matches.

A bank's version is its `updated_at` (bumped by entry additions and removals and by settings
changes). `start_due_rescans` opens one `detection_rescans` row per (bank, version) not scanned
yet (enabled banks with entries, allow-lists aside; the unique key makes two workers open it
once). `do_rescan_batch` then takes the next posts after the row's `cursor` (post id order),
under the row's lock, and for each live post:

- skips it when the ingest hook scanned it at or after the bank's version (it saw the change
  already) or when it was fed for this bank version before (`detection_rescanned_posts`);
- scans the batch's stored text and media at once (`Scanner.scan_many`) with the pipeline's
  scanner: every enabled bank and the allow-lists, and the classifiers when a rule reads
  scores, so rules combining the changed bank with another bank or a score hold. Only the
  changed bank's matches are new: in `entries` mode (the bank's matching settings are those of
  its last finished rescan, or it has none) a match counts only if its entry was added since
  that rescan and after the post's last scan (ingest or rescan): what older entries match was
  handled then. In `full` mode (policy, category, shadow, threshold or `irreversible_ok`
  changed) every entry of the bank counts again;
- evaluates the rules in force and keeps only the outcomes whose cause holds a new match of
  the bank (a rule that needs no bank match, or only other banks, fired on ingest already);
- feeds those through the pipeline's own path (`pipeline.OutcomeApplier`: signals, automatic
  decisions with the guard rails, labels, rule outcomes recorded), under the event id
  `rescan:<bank>:<version>:<post>`.

The cursor, counters and everything the batch caused commit together, so a crash loses at most
the batch in flight, which runs again. Behaviour windows are not counted (the posts are old):
a rescan's rules see each post alone in its windows.

It runs as the scheduler job `detection-rescan` (a bounded number of batches per run) and in
the foreground with `safeharbour bank rescan NAME` (progress bar). Status: `rescan_status`
(in /readyz as `detection.rescans`).
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, BankEntry, DetectionScan
from safeharbour.detection.behaviour import MemoryWindowStore
from safeharbour.detection.models import Rescan, RescannedPost
from safeharbour.detection.pipeline import (
    DETECTION_ACTOR,
    OutcomeApplier,
    always_reversible,
    evaluate_scanned,
)
from safeharbour.detection.rules.engine import Evaluation, RuleSet, builtin_ruleset
from safeharbour.detection.rules.facts import stored_post_input
from safeharbour.detection.scanner import Match, Scanner
from safeharbour.intake.models import Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.clock import as_utc
from safeharbour.kit.db import Actor, Database, UnitOfWork
from safeharbour.kit.errors import NotFound
from safeharbour.kit.ids import new_id
from safeharbour.review.policy import ReviewPolicy

BATCH = 200
FINISHED_TOPIC = "detection.rescan.finished"


def bank_version(bank: Bank) -> str:
    return as_utc(bank.updated_at).isoformat()


def settings_digest(bank: Bank) -> str:
    return sha256_hex(
        "|".join(
            str(v)
            for v in (
                bank.policy,
                bank.category,
                bank.shadow,
                bank.irreversible_ok,
                bank.pdq_threshold,
            )
        )
    )


def entries_added(
    session: Session, bank: Bank, *, since: datetime | None = None
) -> dict[tuple[str, str], datetime]:
    """When each of the bank's entries (added after `since`, or all) was added, by (signal,
    value)."""
    query = select(BankEntry.signal, BankEntry.value, BankEntry.added_at).where(
        BankEntry.bank_id == bank.id
    )
    if since is not None:
        query = query.where(BankEntry.added_at > since)
    return {(row[0], row[1]): as_utc(row[2]) for row in session.execute(query)}


def _has_entries(session: Session, bank: Bank) -> bool:
    return (
        session.scalar(select(BankEntry.id).where(BankEntry.bank_id == bank.id).limit(1))
        is not None
    )


def do_start_rescan(unit: UnitOfWork, bank: Bank, *, actor: Actor) -> Rescan:
    """The rescan of the bank's current version, opened if there is none yet."""
    version = bank_version(bank)
    session = unit.session
    existing = session.scalars(
        select(Rescan).where(Rescan.bank_id == bank.id, Rescan.bank_version == version)
    ).one_or_none()
    if existing is not None:
        return existing
    now = unit.clock.now()
    settings = settings_digest(bank)
    previous = session.scalars(
        select(Rescan)
        .where(Rescan.bank_id == bank.id, Rescan.status == "done")
        .order_by(Rescan.started_at.desc())
        .limit(1)
    ).first()
    since = None
    mode = "entries"
    if previous is not None and previous.settings_sha256 != settings:
        mode = "full"
    elif previous is not None:
        # Only entries changed since the last finished rescan: what the earlier entries
        # match was handled then (a superseded rescan did not finish, so it does not count).
        since = datetime.fromisoformat(previous.bank_version)
    total = int(
        session.scalar(
            select(func.count())
            .select_from(Post)
            .where(Post.deleted_at.is_(None), Post.purged_at.is_(None))
        )
        or 0
    )
    rescan = Rescan(
        id=new_id(),
        bank_id=bank.id,
        bank_name=bank.name,
        bank_version=version,
        settings_sha256=settings,
        mode=mode,
        entries_since=since,
        status="running",
        cursor=None,
        total=total,
        scanned=0,
        matched=0,
        started_at=now,
        updated_at=now,
    )
    savepoint = session.begin_nested()
    try:
        session.add(rescan)
        session.flush()
    except IntegrityError:  # another worker opened it first
        savepoint.rollback()
        return session.scalars(
            select(Rescan).where(Rescan.bank_id == bank.id, Rescan.bank_version == version)
        ).one()
    savepoint.commit()
    unit.record(
        AuditTag.DETECTION_RESCAN_STARTED,
        actor=actor,
        subjects={"bank": bank.id, "rescan": rescan.id},
        snapshot={
            "bank_version": version,
            "posts": total,
            "mode": mode,
            "entries_since": since.isoformat() if since else None,
        },
    )
    return rescan


def due_banks(session: Session) -> list[Bank]:
    """Enabled banks (not allow-lists) with entries whose current version has no rescan."""
    banks = session.scalars(
        select(Bank).where(Bank.enabled.is_(True), Bank.allow_list.is_(False)).order_by(Bank.name)
    ).all()
    done = {
        (row[0], row[1]) for row in session.execute(select(Rescan.bank_id, Rescan.bank_version))
    }
    return [b for b in banks if (b.id, bank_version(b)) not in done and _has_entries(session, b)]


@dataclass
class BatchResult:
    scanned: int
    matched: int
    finished: bool
    decided: list[uuid.UUID]


def do_rescan_batch(
    unit: UnitOfWork,
    rescan_id: uuid.UUID,
    *,
    rules: RuleSet | None = None,
    policy: ReviewPolicy,
    actor: Actor = DETECTION_ACTOR,
    is_reversible: Callable[[str], bool] = always_reversible,
    batch: int = BATCH,
    scanner: Scanner | None = None,
) -> BatchResult:
    """Scan the next batch of posts; `scanner` holds every enabled bank (the pipeline's, with
    its classifiers; default: built from the session without classifiers)."""
    session = unit.session
    rescan = session.get(Rescan, rescan_id, with_for_update=True)
    if rescan is None:
        raise NotFound("no such rescan", field="rescan_id")
    if rescan.status != "running":
        return BatchResult(0, 0, True, [])
    bank = session.get(Bank, rescan.bank_id)
    if bank is None or bank_version(bank) != rescan.bank_version or not bank.enabled:
        # The bank changed again (a newer rescan takes over) or went away: stop here.
        return _finish(unit, rescan, actor, superseded=True)
    query = (
        select(Post)
        .where(Post.deleted_at.is_(None), Post.purged_at.is_(None))
        .order_by(Post.id)
        .limit(batch)
    )
    if rescan.cursor is not None:
        query = query.where(Post.id > rescan.cursor)
    posts = session.scalars(query).all()
    if not posts:
        return _finish(unit, rescan, actor)
    ids = [p.id for p in posts]
    version_at = bank.updated_at
    already = set(
        session.scalars(
            select(RescannedPost.post_id).where(
                RescannedPost.bank_id == bank.id,
                RescannedPost.bank_version == rescan.bank_version,
                RescannedPost.post_id.in_(ids),
            )
        )
    )
    last_scan: dict[str, datetime] = {
        row[0]: as_utc(row[1])
        for row in session.execute(
            select(DetectionScan.post_id, func.max(DetectionScan.scanned_at))
            .where(DetectionScan.post_id.in_(ids))
            .group_by(DetectionScan.post_id)
        )
    }
    fed: dict[str, datetime] = {
        row[0]: as_utc(row[1])
        for row in session.execute(
            select(RescannedPost.post_id, func.max(RescannedPost.scanned_at))
            .where(RescannedPost.bank_id == bank.id, RescannedPost.post_id.in_(ids))
            .group_by(RescannedPost.post_id)
        )
    }
    added = entries_added(session, bank, since=rescan.entries_since)
    if not added:
        return _finish(unit, rescan, actor)  # entries only removed: nothing new can match
    rules = rules or builtin_ruleset()
    scanner = scanner or Scanner.from_session(session)
    version_time = as_utc(version_at)
    full = rescan.mode == "full"
    todo = []
    for post in posts:
        scanned_at = last_scan.get(post.id)
        if post.id in already or (scanned_at is not None and scanned_at >= version_time):
            continue  # fed for this version already, or scanned on ingest with it
        # The post's last scan (on ingest, or an earlier rescan that fed it) saw every entry
        # added before it: in `entries` mode only newer ones count.
        seen_at = max((t for t in (scanned_at, fed.get(post.id)) if t is not None), default=None)
        todo.append((post, seen_at, f"rescan:{bank.name}:{rescan.bank_version}:{post.id}"[:200]))
    media = media_of(session, [post.id for post, _, _ in todo])
    results = scanner.scan_many(
        [stored_post_input(post, media.get(post.id, []), event_id) for post, _, event_id in todo],
        score="scores" in rules.needs,
    )
    decided: list[uuid.UUID] = []
    matched = 0
    for (post, seen_at, event_id), result in zip(todo, results, strict=True):

        def is_new(match: Match, seen_at: datetime | None = seen_at) -> bool:
            when = added.get((match.signal, match.value))
            if when is None:
                return False  # older than the last finished rescan, which handled it
            return full or seen_at is None or when > seen_at

        # Every other bank's matches stay, so rules combining this bank with another bank or
        # a score hold; this bank's matches count only when new to the post.
        kept = tuple(m for m in result.matches if m.bank != bank.name or is_new(m))
        if not any(m.bank == bank.name for m in kept):
            continue
        evaluation = evaluate_scanned(
            unit,
            post,
            media.get(post.id, []),
            dataclasses.replace(result, matches=kept),
            rules,
            windows=MemoryWindowStore(),
        )
        # Only what this bank's new matches caused: the rest fired on ingest already.
        caused = tuple(
            o for o in evaluation.outcomes if any(m.bank == bank.name for m in o.matches)
        )
        if not caused:
            continue
        matched += 1
        session.add(
            RescannedPost(
                bank_id=bank.id,
                bank_version=rescan.bank_version,
                post_id=post.id,
                scanned_at=unit.clock.now(),
            )
        )
        OutcomeApplier(
            unit,
            post,
            Evaluation(caused, evaluation.verdict, evaluation.version),
            {b.name: b for b in scanner.banks},
            event_id=event_id,
            policy=policy,
            actor=actor,
            is_reversible=is_reversible,
            decided=decided,
        ).run()
    rescan.cursor = ids[-1]
    rescan.scanned += len(posts)
    rescan.matched += matched
    rescan.updated_at = unit.clock.now()
    return BatchResult(len(posts), matched, False, decided)


def _finish(
    unit: UnitOfWork, rescan: Rescan, actor: Actor, *, superseded: bool = False
) -> BatchResult:
    now = unit.clock.now()
    rescan.status = "superseded" if superseded else "done"
    rescan.finished_at = now
    rescan.updated_at = now
    details = {
        "bank": rescan.bank_name,
        "bank_version": rescan.bank_version,
        "status": rescan.status,
        "scanned": rescan.scanned,
        "matched": rescan.matched,
    }
    unit.record(
        AuditTag.DETECTION_RESCAN_FINISHED,
        actor=actor,
        subjects={"bank": rescan.bank_id, "rescan": rescan.id},
        snapshot=details,
    )
    unit.publish(FINISHED_TOPIC, details, key=str(rescan.bank_id))
    return BatchResult(0, 0, True, [])


def run_rescans(
    database: Database,
    *,
    policy: ReviewPolicy,
    rules: Callable[[], RuleSet] = builtin_ruleset,
    is_reversible: Callable[[str], bool] = always_reversible,
    dispatch: Callable[[list[uuid.UUID]], object] | None = None,
    max_batches: int = 50,
    batch: int = BATCH,
    scanner: Callable[[], Scanner] | None = None,
) -> int:
    """The scheduler job: open due rescans, then work through running ones, at most
    `max_batches` batches (one transaction each). Returns the posts scanned."""
    with database.uow() as unit:
        for bank in due_banks(unit.session):
            do_start_rescan(unit, bank, actor=DETECTION_ACTOR)
        unit.commit()
    with database.reader() as session:
        running = list(
            session.scalars(
                select(Rescan.id).where(Rescan.status == "running").order_by(Rescan.started_at)
            )
        )
    scanned = 0
    budget = max_batches
    for rescan_id in running:
        while budget > 0:
            budget -= 1
            with database.uow() as unit:
                result = do_rescan_batch(
                    unit,
                    rescan_id,
                    rules=rules(),
                    policy=policy,
                    is_reversible=is_reversible,
                    batch=batch,
                    scanner=scanner() if scanner is not None else None,
                )
                unit.commit()
            scanned += result.scanned
            if result.decided and dispatch is not None:
                dispatch(result.decided)
            if result.finished:
                break
    return scanned


def rescan_status(session: Session, *, limit: int = 20) -> list[dict[str, Any]]:
    """Running rescans first, then the latest finished ones."""
    rows = session.scalars(
        select(Rescan).order_by(Rescan.status != "running", Rescan.updated_at.desc()).limit(limit)
    ).all()
    return [rescan_json(r) for r in rows]


def rescan_json(rescan: Rescan) -> dict[str, Any]:
    def iso(value: datetime | None) -> str | None:
        return as_utc(value).isoformat() if value else None

    return {
        "bank": rescan.bank_name,
        "bank_version": rescan.bank_version,
        "status": rescan.status,
        "scanned": rescan.scanned,
        "total": rescan.total,
        "matched": rescan.matched,
        "started_at": iso(rescan.started_at),
        "finished_at": iso(rescan.finished_at),
    }
