"""The ingest hook: stored posts are scanned against the banks when they are created or edited.

`PostScanHandler` subscribes to the `platform.post.created` and `platform.post.edited` outbox
messages (published after the ingest transaction commits). For each message it calls
`do_scan_post_event`, which is idempotent per event id (the `detection_scans` row), reads the
stored post and its media from the mirror, scans it, and for every matching bank that is not in
shadow mode and whose policy is `act` or `review` raises one review signal on the post
(`review.do_raise_signal`, source `detection:bank`, the bank's category or "other violation of
terms", details holding the bank name, the signal types and SHA-256 digests of the matched
values, never content).

Safe default for now: `act` banks are routed to review with the signal too; automatic
decisions (removal on the terms ground with a statement of reasons, with the guard rails:
verified/official/very large channels to review, irreversible actions only for
`irreversible_ok` banks) are the next step of issue 6. `tag` banks raise nothing.

The scanner is cached and rebuilt when any bank changes (the number of banks and the latest
`updated_at`, which entry additions and removals bump).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, DetectionScan
from safeharbour.detection.scanner import ScanInput, Scanner
from safeharbour.intake.models import Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.bus import BusMessage
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, Database, UnitOfWork
from safeharbour.kit.dsa import StatementCategory
from safeharbour.review.cases import do_raise_signal
from safeharbour.review.policy import ReviewPolicy

TOPICS = ("platform.post.created", "platform.post.edited")
DETECTION_ACTOR = Actor("system", "detection")
SIGNAL_POLICIES = ("act", "review")


def do_scan_post_event(
    unit: UnitOfWork,
    *,
    event_id: str,
    post_id: str,
    scanner: Scanner,
    policy: ReviewPolicy,
    actor: Actor,
) -> DetectionScan | None:
    """Scan the stored post once per event; None when this event was scanned already."""
    if unit.session.get(DetectionScan, event_id) is not None:
        return None
    post = unit.session.get(Post, post_id)
    verdict, raised = "none", 0
    if post is not None and post.deleted_at is None and post.purged_at is None:
        media = media_of(unit.session, [post_id]).get(post_id, [])
        result = scanner.scan(ScanInput(event_id, post.text or "", media))
        verdict = result.verdict
        banks = {b.name: b for b in scanner.banks}
        by_bank: dict[str, list[Any]] = {}
        for match in result.matches:
            bank = banks[match.bank]
            if not bank.shadow and bank.policy in SIGNAL_POLICIES:
                by_bank.setdefault(match.bank, []).append(match)
        for name, matches in sorted(by_bank.items()):
            bank = banks[name]
            do_raise_signal(
                unit,
                item_kind="post",
                item_id=post_id,
                source="detection:bank",
                category=bank.category or StatementCategory.OTHER_VIOLATION_TC.value,
                score=1.0,
                details={
                    "bank": name,
                    "bank_policy": bank.policy,
                    "event_id": event_id,
                    "matches": [
                        {
                            "signal": m.signal,
                            "value_sha256": sha256_hex(m.value),
                            "distance": m.distance,
                        }
                        for m in matches
                    ],
                },
                policy=policy,
                actor=actor,
            )
            raised += 1
    scan = DetectionScan(
        event_id=event_id,
        post_id=post_id,
        verdict=verdict,
        signals_raised=raised,
        scanned_at=unit.clock.now(),
    )
    unit.session.add(scan)
    if verdict != "none":
        unit.record(
            AuditTag.DETECTION_POST_SCANNED,
            actor=actor,
            subjects={"post": post_id, "event": event_id},
            snapshot={"verdict": verdict, "signals_raised": raised},
        )
    return scan


class PostScanHandler:
    """Bus handler for `TOPICS`; holds the cached scanner."""

    def __init__(
        self,
        database: Database,
        *,
        policy: ReviewPolicy,
        scanner_factory: Callable[..., Scanner] = Scanner.from_session,
    ) -> None:
        self._database = database
        self._policy = policy
        self._factory = scanner_factory
        self._lock = threading.Lock()
        self._scanner: Scanner | None = None
        self._version: tuple[int, datetime | None] | None = None

    def scanner(self) -> Scanner:
        with self._lock, self._database.reader() as session:
            version = session.execute(select(func.count(Bank.id), func.max(Bank.updated_at))).one()
            key = (int(version[0]), version[1])
            if self._scanner is None or key != self._version:
                self._scanner = self._factory(session)
                self._version = key
            return self._scanner

    def __call__(self, message: BusMessage) -> None:
        post_id = message.payload.get("post")
        event_id = message.payload.get("event_id")
        if not post_id or not event_id:
            return
        scanner = self.scanner()
        if not scanner.banks:
            return
        with self._database.uow() as unit:
            do_scan_post_event(
                unit,
                event_id=str(event_id),
                post_id=str(post_id),
                scanner=scanner,
                policy=self._policy,
                actor=DETECTION_ACTOR,
            )
            unit.commit()
