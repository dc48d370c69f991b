"""Behaviour signals: sliding windows per account, channel and link.

- `posting_burst`: posts by the post's author within `posting_burst.window_seconds`
  (this one included);
- `mass_joins`: new accounts (younger than `new_account_days`) that joined the post's channel
  within `mass_joins.window_seconds` (recorded from `platform.member.joined`);
- `shared_link`: new accounts that posted the same normalised URL within the window, the
  largest count over the post's links (this post's author counted when new);
- `shared_domain`: the same, by registrable domain.

Each window counts distinct members (post ids or account ids) per key in
`detection_behaviour_hits`, one row per (window, key, member), so a replayed event counts once,
several worker processes share the windows and a restart loses nothing. Why rows rather than
recomputing from the mirror: the mirror has no index by (author, time), none by (channel, join
time) and no index of links at all. A hit is two statements (insert-if-absent, indexed count),
and only the windows some rule in force reads are counted (`bench/behaviour.py` measures the
cost against the one question the mirror can answer, a posting burst). Rows older than the
longest possible window (7 days) are pruned hourly by a scheduler job, off the hot path. Time
is what the caller says it is (the injected clock on ingest, the stored post's time in a
backtest), so windows are deterministic under a manual clock.

`WindowStore` has two implementations passing the same contract tests: `SqlWindowStore` (the
pipeline) and `MemoryWindowStore` (backtests and rule fixtures, which must store nothing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from typing import Any, ClassVar, Protocol, cast

from sqlalchemy import Table, bindparam, delete, func, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from safeharbour.detection.matching.urls import extract_urls, host_of, registrable_domain
from safeharbour.detection.models import BehaviourHit
from safeharbour.detection.rules.schema import BehaviourSpec
from safeharbour.kit.canonical import sha256_hex

POSTING_BURST = "posting_burst"
MASS_JOINS = "mass_joins"
SHARED_LINK = "shared_link"
SHARED_DOMAIN = "shared_domain"
WINDOWS = (POSTING_BURST, MASS_JOINS, SHARED_LINK, SHARED_DOMAIN)
MAX_LINKS = 20
"""Links counted per post: a post stuffed with links does not cost more than this."""


class WindowStore(Protocol):
    def hit(self, window: str, key: str, member: str, at: datetime, span: timedelta) -> int:
        """Count `member` under `key` at `at` (once); the distinct members within `span`."""
        ...

    def count(self, window: str, key: str, at: datetime, span: timedelta) -> int: ...


class MemoryWindowStore:
    def __init__(self) -> None:
        self._hits: dict[tuple[str, str], dict[str, datetime]] = defaultdict(dict)

    def hit(self, window: str, key: str, member: str, at: datetime, span: timedelta) -> int:
        members = self._hits[(window, key)]
        start = at - span
        for old in [m for m, when in members.items() if when < start]:
            del members[old]
        members.setdefault(member, at)
        return self.count(window, key, at, span)

    def count(self, window: str, key: str, at: datetime, span: timedelta) -> int:
        start = at - span
        members = self._hits.get((window, key), {})
        return sum(1 for when in members.values() if start <= when <= at)


class SqlWindowStore:
    """Two statements per hit (upsert, indexed count), built once per dialect; old rows are
    removed by `prune_behaviour_hits` (the scheduler's `detection-behaviour-prune`), not on the
    hot path."""

    _statements: ClassVar[dict[str, tuple[Any, Any]]] = {}

    def __init__(self, session: Session) -> None:
        self.session = session
        dialect = session.get_bind().dialect.name
        if dialect not in self._statements:
            table = cast(Table, BehaviourHit.__table__)
            insert = pg_insert if dialect == "postgresql" else sqlite_insert
            statement = insert(table)
            # A member already in the window counts once; one whose hit left the window
            # (not pruned yet) is counted again from now.
            add = statement.on_conflict_do_update(
                index_elements=[table.c.window, table.c.key, table.c.member],
                set_={"hit_at": statement.excluded.hit_at},
                where=table.c.hit_at < bindparam("start"),
            )
            count = (
                select(func.count())
                .select_from(table)
                .where(
                    table.c.window == bindparam("window"),
                    table.c.key == bindparam("key"),
                    table.c.hit_at >= bindparam("start"),
                    table.c.hit_at <= bindparam("at"),
                )
            )
            self._statements[dialect] = (add, count)
        self._add, self._count = self._statements[dialect]

    def hit(self, window: str, key: str, member: str, at: datetime, span: timedelta) -> int:
        self.session.execute(
            self._add,
            {"window": window, "key": key, "member": member, "hit_at": at, "start": at - span},
        )
        return self.count(window, key, at, span)

    def count(self, window: str, key: str, at: datetime, span: timedelta) -> int:
        found = self.session.execute(
            self._count, {"window": window, "key": key, "start": at - span, "at": at}
        ).scalar()
        return int(found or 0)


def prune_behaviour_hits(session: Session, before: datetime) -> int:
    """Delete window rows older than `before` (the longest window a rule may set ago)."""
    result = session.execute(delete(BehaviourHit).where(BehaviourHit.hit_at < before))
    return int(getattr(result, "rowcount", 0) or 0)


MAX_WINDOW = timedelta(days=7)
"""The longest window a rules file may set (`WindowSpec.window_seconds`)."""


def is_new(created_at: datetime | None, at: datetime, days: float) -> bool:
    return created_at is not None and (at - created_at) <= timedelta(days=days)


def _span(spec: BehaviourSpec, window: str) -> timedelta:
    return timedelta(seconds=getattr(spec, window).window_seconds)


def link_keys(text: str, media_urls: Iterable[str] = ()) -> tuple[list[str], list[str]]:
    """(digests of the normalised URLs, registrable domains) of a post, at most MAX_LINKS."""
    urls = extract_urls(text) if text else []
    for url in media_urls:
        urls.extend(extract_urls(url))
    urls = list(dict.fromkeys(urls))[:MAX_LINKS]
    domains = [d for d in dict.fromkeys(registrable_domain(host_of(u)) for u in urls) if d]
    return [sha256_hex(u) for u in urls], domains


def record_post(
    store: WindowStore,
    spec: BehaviourSpec,
    *,
    post_id: str,
    author_id: str | None,
    author_created_at: datetime | None,
    channel_id: str | None,
    text: str,
    media_urls: Iterable[str] = (),
    at: datetime,
    wanted: Collection[str] = WINDOWS,
) -> dict[str, int]:
    """Count one post in the `wanted` windows (those some rule reads); returns the behaviour
    signals the rules read."""
    signals = {name: 0 for name in WINDOWS}
    if author_id and POSTING_BURST in wanted:
        signals[POSTING_BURST] = store.hit(
            POSTING_BURST, author_id, post_id, at, _span(spec, POSTING_BURST)
        )
    if channel_id and MASS_JOINS in wanted:
        signals[MASS_JOINS] = store.count(MASS_JOINS, channel_id, at, _span(spec, MASS_JOINS))
    if SHARED_LINK not in wanted and SHARED_DOMAIN not in wanted:
        return signals
    urls, domains = link_keys(text, media_urls)
    for window, keys in ((SHARED_LINK, urls), (SHARED_DOMAIN, domains)):
        if not keys or window not in wanted:
            continue
        settings = spec.shared_link
        new = author_id is not None and is_new(author_created_at, at, settings.new_account_days)
        span = timedelta(seconds=settings.window_seconds)
        best = 0
        for key in keys:
            if new:
                assert author_id is not None
                found = store.hit(window, key, author_id, at, span)
            else:
                found = store.count(window, key, at, span)
            best = max(best, found)
        signals[window] = best
    return signals


def record_join(
    store: WindowStore,
    spec: BehaviourSpec,
    *,
    channel_id: str,
    account_id: str,
    account_created_at: datetime | None,
    at: datetime,
) -> int:
    """Count a new account's join; returns the new accounts joined within the window."""
    settings = spec.mass_joins
    span = timedelta(seconds=settings.window_seconds)
    if not is_new(account_created_at, at, settings.new_account_days):
        return store.count(MASS_JOINS, channel_id, at, span)
    return store.hit(MASS_JOINS, channel_id, account_id, at, span)
