"""Backtest: replay stored posts through today's banks and candidate rules, storing nothing, and
compare with what was decided when they arrived.

Posts are replayed in the order they were posted (`posted_at`, else when the mirror first saw
them) from a reader session; behaviour windows are rebuilt in memory from the same replay (joins
from `memberships.joined_at` interleaved by time), so the figures are deterministic. What was
decided: the post's latest ingest scan verdict (`detection_scans`) and the rules recorded for it
(`detection_rule_outcomes`, shadow outcomes apart; a retro-scan's outcomes raise the verdict).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import DetectionScan
from safeharbour.detection.behaviour import MemoryWindowStore, record_join
from safeharbour.detection.models import RuleOutcome
from safeharbour.detection.rules.engine import OUTCOME_STRENGTH, RuleSet
from safeharbour.detection.rules.facts import (
    rule_input,
    stored_post_behaviour,
    stored_post_input,
)
from safeharbour.detection.scanner import VERDICT_NONE, Scanner
from safeharbour.intake.models import Account, Membership, Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.clock import as_utc

EXAMPLES = 5
CHUNK = 500


@dataclass
class BacktestReport:
    since: str
    rules_version: str
    posts: int = 0
    verdicts: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(decided, candidate) -> posts."""
    rules: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    """rule id -> {"candidate", "decided", "new", "gone", "shadow"} post counts."""
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def example(self, key: str, post_id: str) -> None:
        found = self.examples[key]
        if len(found) < EXAMPLES:
            found.append(post_id)

    @property
    def changed(self) -> int:
        return sum(n for (was, now), n in self.verdicts.items() if was != now)

    def as_json(self) -> dict[str, Any]:
        return {
            "since": self.since,
            "rules_version": self.rules_version,
            "posts": self.posts,
            "changed": self.changed,
            "verdicts": [
                {"decided": was, "candidate": now, "posts": n}
                for (was, now), n in sorted(self.verdicts.items())
            ],
            "rules": {rule: dict(sorted(c.items())) for rule, c in sorted(self.rules.items())},
            "examples": {k: v for k, v in sorted(self.examples.items())},
        }


def _time(post: Post) -> datetime:
    return as_utc(post.posted_at or post.first_seen_at)


def count_posts(session: Session, since: datetime) -> int:
    when = func.coalesce(Post.posted_at, Post.first_seen_at)
    return int(
        session.scalar(
            select(func.count()).select_from(Post).where(when >= since, Post.purged_at.is_(None))
        )
        or 0
    )


def _posts(session: Session, since: datetime) -> Iterator[list[Post]]:
    """Chunks of posts in replay order (ids first, so no cursor stays open across chunks)."""
    when = func.coalesce(Post.posted_at, Post.first_seen_at)
    ids = list(
        session.scalars(
            select(Post.id).where(when >= since, Post.purged_at.is_(None)).order_by(when, Post.id)
        )
    )
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        loaded = {p.id: p for p in session.scalars(select(Post).where(Post.id.in_(part)))}
        yield [loaded[i] for i in part if i in loaded]


def _joins(session: Session, since: datetime) -> list[tuple[datetime, str, str, datetime | None]]:
    rows = session.execute(
        select(
            Membership.joined_at, Membership.channel_id, Membership.account_id, Account.created_at
        )
        .outerjoin(Account, Account.id == Membership.account_id)
        .where(Membership.joined_at.is_not(None), Membership.joined_at >= since)
        .order_by(Membership.joined_at)
    ).all()
    return [(as_utc(r[0]), r[1], r[2], r[3]) for r in rows]


def _decided(session: Session, post_ids: list[str]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Per post: the verdict decided (its latest ingest scan's, raised by what a retro-scan
    decided later), and the rules that fired on it (shadow ones apart)."""
    latest: dict[str, tuple[datetime, str]] = {}
    for post_id, verdict, at in session.execute(
        select(DetectionScan.post_id, DetectionScan.verdict, DetectionScan.scanned_at).where(
            DetectionScan.post_id.in_(post_ids)
        )
    ):
        if post_id not in latest or at > latest[post_id][0]:
            latest[post_id] = (at, verdict)
    verdicts = {post_id: verdict for post_id, (_, verdict) in latest.items()}
    fired: dict[str, set[str]] = defaultdict(set)
    for post_id, rule_id, outcome, event_id in session.execute(
        select(
            RuleOutcome.post_id, RuleOutcome.rule_id, RuleOutcome.outcome, RuleOutcome.event_id
        ).where(RuleOutcome.post_id.in_(post_ids), RuleOutcome.shadow.is_(False))
    ):
        fired[post_id].add(rule_id)
        was = verdicts.get(post_id, VERDICT_NONE)
        if event_id.startswith("rescan:") and OUTCOME_STRENGTH[outcome] > _strength(was):
            verdicts[post_id] = outcome
    return verdicts, fired


def _strength(verdict: str) -> int:
    return OUTCOME_STRENGTH.get(verdict, 0)


def backtest(
    session: Session,
    scanner: Scanner,
    rules: RuleSet,
    since: datetime,
    *,
    advance: Callable[[int], object] | None = None,
) -> BacktestReport:
    report = BacktestReport(since=since.date().isoformat(), rules_version=rules.version)
    windows = MemoryWindowStore()
    joins = _joins(session, since) if "mass_joins" in rules.windows else []
    next_join = 0

    def replay(chunk: list[Post]) -> None:
        nonlocal next_join
        ids = [p.id for p in chunk]
        media = media_of(session, ids)
        decided_verdicts, decided_rules = _decided(session, ids)
        # The scan of a post does not depend on the behaviour windows: the chunk at once.
        results = scanner.scan_many(
            [stored_post_input(p, media.get(p.id, []), f"backtest:{p.id}") for p in chunk],
            score="scores" in rules.needs,
        )
        for post, result in zip(chunk, results, strict=True):
            at = _time(post)
            behaviour = None
            if "behaviour" in rules.needs:
                while next_join < len(joins) and joins[next_join][0] <= at:
                    when, channel_id, account_id, created = joins[next_join]
                    record_join(
                        windows,
                        rules.behaviour,
                        channel_id=channel_id,
                        account_id=account_id,
                        account_created_at=created,
                        at=when,
                    )
                    next_join += 1
                behaviour = stored_post_behaviour(
                    session, windows, rules, post, media.get(post.id, []), at=at
                )
            evaluation = rules.evaluate(
                rule_input(session, rules, result, post, at=at, behaviour=behaviour)
            )
            was = decided_verdicts.get(post.id, VERDICT_NONE)
            report.posts += 1
            report.verdicts[(was, evaluation.verdict)] += 1
            if was != evaluation.verdict:
                report.example(f"{was}->{evaluation.verdict}", post.id)
            candidate = {o.rule.id for o in evaluation.outcomes if not o.shadow}
            for outcome in evaluation.outcomes:
                if outcome.shadow:
                    report.rules[outcome.rule.id]["shadow"] += 1
            before = decided_rules.get(post.id, set())
            for rule in candidate:
                report.rules[rule]["candidate"] += 1
                if rule not in before:
                    report.rules[rule]["new"] += 1
                    report.example(f"new:{rule}", post.id)
            for rule in before:
                report.rules[rule]["decided"] += 1
                if rule not in candidate:
                    report.rules[rule]["gone"] += 1
                    report.example(f"gone:{rule}", post.id)
        if advance is not None:
            advance(len(chunk))

    for chunk in _posts(session, since):
        replay(chunk)
        session.expunge_all()  # a long replay keeps only the chunk in memory
    return report
