"""The ingest hook: stored posts are scanned against the banks when they are created or edited.

`PostScanHandler` subscribes to the `platform.post.created` and `platform.post.edited` outbox
messages (published after the ingest transaction commits). For each message it calls
`do_scan_post_event`, which is idempotent per event id (the `detection_scans` row), reads the
stored post and its media from the mirror, scans it, and for every matching bank that is not in
shadow mode and whose policy is `act` or `review` raises one review signal on the post
(`review.do_raise_signal`, source `detection:bank`, the bank's category or "other violation of
terms", details holding the bank name, the signal types and SHA-256 digests of the matched
values, never content).

`act` banks decide automatically (`_act_on_post`): the signal's case is claimed by the
detection actor and decided with `review.do_decide_case` (removal of the post on the terms
ground, the bank's category, `AUTOMATED_DECISION_FULLY`, an explanation naming the bank and the
digests of the matched entries); the handler dispatches the decision after commit, so the
platform adapter removes the post and the author receives the statement of reasons. The
decision is an ordinary one, so the normal appeal reverses it. Guard rails send the match to
review instead (the signal stays, its details say why, `guard` in the details):
- the post's channel is verified or has more subscribers than the four-eyes threshold
  (`four_eyes_subscriber_threshold`), or its author is verified or official;
- the platform adapter declares `remove_post` irreversible (`enforcement.ports.is_reversible`)
  and the bank is not `irreversible_ok`;
- a matched entry of the bank is quarantined (`detection.quarantine`: more distinct posts
  than the bank's `quarantine_threshold` within its window; alert, audit, human release);
- the case is not open or a moderator holds it.
`tag` banks raise nothing.

The scanner is cached and rebuilt when any bank changes (the number of banks and the latest
`updated_at`, which entry additions and removals bump).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, DetectionScan
from safeharbour.detection.quarantine import record_hits
from safeharbour.detection.scanner import BankInfo, ScanInput, Scanner
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.bus import BusMessage
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, Database, UnitOfWork
from safeharbour.kit.dsa import AutomatedDecision, StatementCategory
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.review.cases import do_raise_signal
from safeharbour.review.decisions import do_decide_case
from safeharbour.review.leases import do_claim_case
from safeharbour.review.models import Case
from safeharbour.review.policy import ReviewPolicy, lease_is_live
from safeharbour.review.schemas import ActionKind, DecisionIn, GroundKind

TOPICS = ("platform.post.created", "platform.post.edited")
DETECTION_ACTOR = Actor("system", "detection")
SIGNAL_POLICIES = ("act", "review")
ACT_KIND = ActionKind.REMOVE_POST


def always_reversible(kind: str) -> bool:
    return True


def guard_reasons(
    unit: UnitOfWork,
    post: Post,
    bank: BankInfo,
    *,
    policy: ReviewPolicy,
    is_reversible: Callable[[str], bool],
) -> list[str]:
    """Why an `act` match on `post` must go to a human instead of being acted on automatically."""
    reasons = []
    if post.channel_id:
        channel = unit.session.get(Channel, post.channel_id)
        if channel is not None and channel.verified:
            reasons.append("verified channel")
        if channel is not None and channel.subscribers > policy.four_eyes_subscriber_threshold:
            reasons.append(
                f"channel with more than {policy.four_eyes_subscriber_threshold:,} subscribers"
            )
    if post.author_id:
        author = unit.session.get(Account, post.author_id)
        if author is not None and author.verified:
            reasons.append("verified author")
        if author is not None and author.official:
            reasons.append("official author")
    if not is_reversible(ACT_KIND.value) and not bank.irreversible_ok:
        reasons.append(
            f"{ACT_KIND.value} is irreversible on this platform and the bank is not irreversible_ok"
        )
    return reasons


def _act_on_post(
    unit: UnitOfWork,
    case_id: uuid.UUID,
    bank: BankInfo,
    digests: list[str],
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> uuid.UUID | None:
    """Claim and decide the case automatically; None when a human has it (it stays in review)."""
    case = unit.session.get(Case, case_id)
    now = unit.clock.now()
    if case is None or case.status != "open":
        return None
    if lease_is_live(case, now) and case.lease_holder != actor.ref:
        return None
    category = bank.category or StatementCategory.OTHER_VIOLATION_TC.value
    entries = ", ".join(d[:16] for d in digests)
    explanation = (
        f"Automatic match against the detection bank '{bank.name}' (entries sha256 {entries})."
    )
    decision_in = DecisionIn.model_validate(
        {
            "outcome": "action",
            "category": category,
            "explanation": explanation,
            "automated_decision": AutomatedDecision.FULLY.value,
            "actions": [
                {
                    "kind": ACT_KIND.value,
                    "ground": {
                        "kind": GroundKind.TERMS_OF_SERVICE.value,
                        "reference": f"Terms of service: content listed in detection bank "
                        f"{bank.name}"[:500],
                        "explanation": explanation[:2000],
                    },
                }
            ],
        }
    )
    audit, outbox = len(unit.audit), len(unit.outbox)
    savepoint = unit.session.begin_nested()
    try:
        do_claim_case(unit, case_id, policy=policy, actor=actor)
        decision = do_decide_case(unit, case_id, decision_in, policy=policy, actor=actor)
    except (Conflict, InvalidInput):
        savepoint.rollback()
        del unit.audit[audit:], unit.outbox[outbox:]
        return None
    savepoint.commit()
    if decision.status != "effective":
        return None
    return decision.id


def do_scan_post_event(
    unit: UnitOfWork,
    *,
    event_id: str,
    post_id: str,
    scanner: Scanner,
    policy: ReviewPolicy,
    actor: Actor,
    is_reversible: Callable[[str], bool] = always_reversible,
    decided: list[uuid.UUID] | None = None,
) -> DetectionScan | None:
    """Scan the stored post once per event; None when this event was scanned already.

    Automatic decisions taken for `act` banks are appended to `decided` (dispatch them after
    commit)."""
    if unit.session.get(DetectionScan, event_id) is not None:
        return None
    acted = False
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
            digests = sorted({sha256_hex(m.value) for m in matches})
            guard: list[str] = []
            if bank.policy == "act":
                held = record_hits(
                    unit, name, [(m.signal, m.value) for m in matches], post_id, actor=actor
                )
                guard = guard_reasons(unit, post, bank, policy=policy, is_reversible=is_reversible)
                if held:
                    guard.append(f"quarantined bank entry (sha256 {held[0][:16]})")
            signal = do_raise_signal(
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
                    **({"guard": guard} if guard else {}),
                },
                policy=policy,
                actor=actor,
            )
            raised += 1
            if bank.policy == "act" and not guard and not acted:
                decision_id = _act_on_post(
                    unit, signal.case_id, bank, digests, policy=policy, actor=actor
                )
                if decision_id is not None:
                    acted = True
                    if decided is not None:
                        decided.append(decision_id)
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
            snapshot={"verdict": verdict, "signals_raised": raised, "acted": acted},
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
        is_reversible: Callable[[str], bool] = always_reversible,
        dispatch: Callable[[list[uuid.UUID]], object] | None = None,
    ) -> None:
        self._database = database
        self._policy = policy
        self._is_reversible = is_reversible
        self._dispatch = dispatch
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
        decided: list[uuid.UUID] = []
        with self._database.uow() as unit:
            do_scan_post_event(
                unit,
                event_id=str(event_id),
                post_id=str(post_id),
                scanner=scanner,
                policy=self._policy,
                actor=DETECTION_ACTOR,
                is_reversible=self._is_reversible,
                decided=decided,
            )
            unit.commit()
        if decided and self._dispatch is not None:
            self._dispatch(decided)
