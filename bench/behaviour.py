"""Behaviour windows: the cost per post of the database window store (detection/behaviour.py)
against recomputing a posting burst from the mirror, measured in the same run.

Why the store: the mirror can answer "posts by this author in the last T seconds" (through
`ix_posts_author`, then a filter on time), but not "new accounts that posted this link" (no link
index) nor "new accounts that joined this channel lately" cheaply. The baseline is the one
question the mirror can answer, so the ratio says what the general solution costs over the
cheapest special case. SQLite file, and PostgreSQL when reachable.

    .venv/bin/python bench/behaviour.py [--quick]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import postgres_available, temporary_postgres

from safeharbour.detection.behaviour import POSTING_BURST, WINDOWS, SqlWindowStore, record_post
from safeharbour.detection.rules.schema import BehaviourSpec
from safeharbour.intake.models import Post
from safeharbour.kit.db import make_engine
from safeharbour.models_registry import metadata

SEED = 6
START = datetime(2026, 5, 1, tzinfo=UTC)


def run(url: str, posts: int, probes: int) -> None:
    engine = make_engine(url)
    metadata.create_all(engine)
    rng = random.Random(SEED)
    authors = max(posts // 10, 1)
    with Session(engine) as session:
        rows = [
            {
                "id": f"p{n}",
                "author_id": f"a{rng.randrange(authors)}",
                "channel_id": f"c{rng.randrange(1000)}",
                "text": "hello",
                "posted_at": START + timedelta(seconds=n),
                "source_version": START,
                "first_seen_at": START,
                "demo": False,
            }
            for n in range(posts)
        ]
        for start in range(0, len(rows), 5000):
            session.execute(insert(Post), rows[start : start + 5000])
        session.commit()
    spec = BehaviourSpec()
    clock = time.perf_counter
    probe = [
        (f"q{n}", f"a{rng.randrange(authors)}", START + timedelta(seconds=posts + n))
        for n in range(probes)
    ]

    with Session(engine) as session:
        started = clock()
        for _, author, at in probe:
            session.scalar(
                select(func.count())
                .select_from(Post)
                .where(Post.author_id == author, Post.posted_at >= at - timedelta(seconds=60))
            )
        session.commit()
        baseline = (clock() - started) / probes

    def store_cost(wanted: frozenset[str], prefix: str) -> float:
        with Session(engine) as session:
            store = SqlWindowStore(session)
            started = clock()
            for number, (post_id, author, at) in enumerate(probe):
                record_post(
                    store,
                    spec,
                    post_id=prefix + post_id,
                    author_id=author,
                    author_created_at=START,
                    channel_id="c1",
                    text=f"see https://site{number % 50}.com/x",
                    at=at,
                    wanted=wanted,
                )
                if number % 100 == 99:
                    session.commit()
            session.commit()
            return (clock() - started) / probes

    burst = store_cost(frozenset({POSTING_BURST}), "b")
    every = store_cost(frozenset(WINDOWS), "w")
    engine.dispose()
    name = url.split(":", 1)[0]
    print(f"{name}: mirror recompute, posting burst      {baseline * 1e6:8.1f} µs per post")
    print(
        f"{name}: window store, posting burst          {burst * 1e6:8.1f} µs per post; "
        f"ratio store / recompute {burst / baseline:.2f}"
    )
    print(
        f"{name}: window store, all four windows       {every * 1e6:8.1f} µs per post; "
        f"ratio store / recompute {every / baseline:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    posts, probes = (10_000, 500) if args.quick else (200_000, 5_000)
    print(f"{posts:,} stored posts, {probes:,} new posts counted")
    with tempfile.TemporaryDirectory() as tmp:
        run(f"sqlite:///{Path(tmp) / 'bench.db'}", posts, probes)
    if postgres_available():
        with temporary_postgres() as url:
            run(url, posts, probes)
    else:
        print("postgresql: not reachable, skipped")


if __name__ == "__main__":
    main()
