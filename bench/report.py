"""Daily report: time and peak memory to build a day of 1,000,000 decisions and its Merkle tree,
next to a baseline of reading the same rows without aggregation, in the same run.

Setup: a fresh database (SQLite file; `--postgres` adds a temporary PostgreSQL database) gets
one UTC day of N decisions bulk-inserted with Core statements: every decision has its case,
three in four a measure (one in ten of those restricted to two countries), three in ten one or
two notices (user, trusted flagger or authority), three in ten an automated signal.

Each phase then runs in a process of its own, so its peak RSS (`ru_maxrss`) is its own:

- baseline: stream the day's decision rows (`report_queries.raw_decision_rows`: the same
  `WHERE effective_at in the day ORDER BY effective_at, id` with a server-side cursor on
  PostgreSQL), touching every row, aggregating nothing;
- build (stream): the report as the library builds it: decisions in batches with their notices,
  signals and measures (`iter_day_leaves`), every leaf canonicalised, tallied into every number
  and hashed into the Merkle tree (O(log n) peaks), lines written to a file; report.json and the
  signed root.json written; what `report daily` does minus keeping the text in memory;
- build (in memory): `build_files` exactly as `do_publish_day` calls it, the whole leaves.jsonl
  held as one string (it is stored in `published_reports`), index.html and report.csv rendered;
- verify: `verify_dir` on the streamed output (reads leaves.jsonl as a stream).

    python bench/report.py                 # 1,000,000 decisions on SQLite (a few minutes)
    python bench/report.py --postgres      # and on PostgreSQL
    python bench/report.py --quick         # 5,000 decisions: the smoke run the tests use
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_PG, postgres_available, temporary_postgres
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert
from sqlalchemy.orm import sessionmaker

from safeharbour.intake.models import Notice
from safeharbour.kit.db import make_engine, table_of
from safeharbour.kit.keys import PlatformSigner
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction

DAY = date(2026, 5, 31)
BATCH = 20_000
CATEGORIES = [
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    "STATEMENT_CATEGORY_VIOLENCE",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
    "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT",
]
MEASURES = ["remove_post", "remove_post", "ban_channel", "suspend_account", "label"]
NOTICES = ["SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_TYPE_OTHER_NOTIFICATION"]


def seed(url: str, n: int) -> float:
    """Bulk-insert one day of `n` decisions; returns seconds."""
    engine = make_engine(url)
    upgrade_to_head(engine)
    rnd = random.Random(2026)
    start = datetime(DAY.year, DAY.month, DAY.day, tzinfo=UTC)
    began = time.perf_counter()
    for offset in range(0, n, BATCH):
        cases: list[dict[str, Any]] = []
        decisions: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
        notices: list[dict[str, Any]] = []
        signals: list[dict[str, Any]] = []
        for i in range(offset, min(n, offset + BATCH)):
            when = start + timedelta(microseconds=rnd.randrange(86_400_000_000))
            case_id, decision_id = uuid.UUID(int=rnd.getrandbits(128)), uuid.uuid4()
            category = rnd.choice(CATEGORIES)
            cases.append(
                {
                    "id": case_id,
                    "item_kind": "post",
                    "item_id": f"post-{i}",
                    "item_key": f"{i:064x}",
                    "status": "decided",
                    "opened_at": when - timedelta(hours=3),
                    "updated_at": when,
                    "decided_at": when,
                    "decision_id": decision_id,
                    "tier": 0,
                    "rank_key": 0.0,
                    "due_at": when,
                    "severity": 1,
                    "category": category,
                    "reach": 1.0,
                    "trusted": False,
                    "distinct_sources": 0,
                    "notice_count": 0,
                    "signal_count": 0,
                    "priority": {},
                    "demo": False,
                }
            )
            acted = rnd.random() < 0.75
            automated = rnd.random() < 0.3
            decisions.append(
                {
                    "id": decision_id,
                    "case_id": case_id,
                    "status": "effective",
                    "outcome": "action" if acted else "no_action",
                    "category": category,
                    "category_specification": [],
                    "explanation": "bench",
                    "automated_decision": "AUTOMATED_DECISION_FULLY"
                    if automated
                    else "AUTOMATED_DECISION_NOT_AUTOMATED",
                    "decided_by": "bench",
                    "decided_at": when,
                    "requires_approval": False,
                    "approval_reasons": [],
                    "effective_at": when,
                    "evidence": {},
                    "evidence_sha256": "0" * 64,
                }
            )
            if acted:
                restricted = rnd.random() < 0.1
                actions.append(
                    {
                        "id": uuid.uuid4(),
                        "decision_id": decision_id,
                        "position": 0,
                        "kind": "restrict_post" if restricted else rnd.choice(MEASURES),
                        "target_kind": "post",
                        "target_id": f"post-{i}",
                        "countries": rnd.sample(["DE", "FR", "AT", "PL", "TR"], 2)
                        if restricted
                        else [],
                        "ground_kind": "terms_of_service",
                        "ground_reference": "§ 4",
                        "ground_explanation": "bench",
                        "status": "active",
                    }
                )
            if rnd.random() < 0.3:
                for _ in range(rnd.randint(1, 2)):
                    notices.append(
                        {
                            "id": uuid.uuid4(),
                            "received_at": when - timedelta(seconds=rnd.randrange(60, 86_400)),
                            "source_type": rnd.choice(NOTICES),
                            "source_key": "client:bench",
                            "location_kind": "post",
                            "location_id": f"post-{i}",
                            "item_kind": "post",
                            "item_id": f"post-{i}",
                            "category": category,
                            "category_specification": [],
                            "explanation": "bench",
                            "good_faith": True,
                            "handling": "normal",
                            "sla_due_at": when,
                            "case_id": case_id,
                            "status_token_sha256": uuid.uuid4().hex + uuid.uuid4().hex,
                            "body_sha256": "0" * 64,
                            "manifestly_unfounded": False,
                            "demo": False,
                        }
                    )
            elif rnd.random() < 0.43:
                signals.append(
                    {
                        "id": uuid.uuid4(),
                        "case_id": case_id,
                        "raised_at": when,
                        "source": "detection:pdq",
                        "category": category,
                        "category_specification": [],
                        "score": None,
                        "automated": True,
                        "details": {},
                    }
                )
        with engine.begin() as conn:
            conn.execute(insert(table_of(Case)), cases)
            conn.execute(insert(table_of(Decision)), decisions)
            if actions:
                conn.execute(insert(table_of(DecisionAction)), actions)
            if notices:
                conn.execute(insert(table_of(Notice)), notices)
            if signals:
                conn.execute(insert(table_of(CaseSignal)), signals)
    elapsed = time.perf_counter() - began
    engine.dispose()
    return elapsed


# -- phases (each in its own process) ----------------------------------------------------------
def _session(url: str) -> Any:
    return sessionmaker(make_engine(url, immediate=False))()


def phase_baseline(url: str, _out: Path) -> dict[str, Any]:
    from safeharbour.transparency.report_queries import raw_decision_rows

    start = datetime(DAY.year, DAY.month, DAY.day, tzinfo=UTC)
    rows = 0
    touched = 0
    with _session(url) as session:
        for row in raw_decision_rows(session, start, start + timedelta(days=1)):
            rows += 1
            touched += len(row)
    return {"rows": rows}


def _signer() -> PlatformSigner:
    return PlatformSigner(Ed25519PrivateKey.from_private_bytes(b"\x07" * 32))


def phase_stream(url: str, out: Path) -> dict[str, Any]:
    from safeharbour.transparency.reports import (
        iter_day_leaves,
        report_json_text,
        sign_root,
        stream_leaves,
    )

    out.mkdir(parents=True, exist_ok=True)
    with _session(url) as session, (out / "leaves.jsonl").open("w", encoding="utf-8") as sink:
        tally, tree = stream_leaves(iter_day_leaves(session, DAY), sink)
    numbers = tally.numbers(DAY.isoformat())
    report_json = report_json_text(numbers)
    root = sign_root(DAY.isoformat(), tree, report_json, None, _signer())
    (out / "report.json").write_text(report_json, encoding="utf-8")
    (out / "root.json").write_text(json.dumps(root, indent=2) + "\n", encoding="utf-8")
    return {"rows": tree.size, "root": root["root"]}


def phase_memory(url: str, out: Path) -> dict[str, Any]:
    from safeharbour.transparency.reports import build_files, iter_day_leaves

    with _session(url) as session:
        files = build_files(DAY.isoformat(), iter_day_leaves(session, DAY), None, _signer())
    root = json.loads(files["root.json"])
    return {"rows": root["tree_size"], "root": root["root"]}


def phase_verify(_url: str, out: Path) -> dict[str, Any]:
    from safeharbour.transparency.reports import verify_dir

    problem = verify_dir(out)
    if problem is not None:
        raise SystemExit(f"verify failed: {problem}")
    return {"rows": json.loads((out / "root.json").read_text())["tree_size"]}


PHASES = {
    "baseline": phase_baseline,
    "stream": phase_stream,
    "memory": phase_memory,
    "verify": phase_verify,
}


def run_phase(name: str, url: str, out: Path) -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, __file__, "--phase", name, "--url", url, "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"phase {name} failed: {completed.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def child(name: str, url: str, out: Path) -> None:
    # Imports before the clock starts: every phase pays the same interpreter and import floor
    # in its peak RSS, and none pays import time.
    import safeharbour.transparency.charts
    import safeharbour.transparency.reports  # noqa: F401

    began = time.perf_counter()
    result = PHASES[name](url, out)
    result["seconds"] = time.perf_counter() - began
    result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result))


def bench(label: str, url: str, n: int, work: Path) -> None:
    print(f"\n== {label}: one day of {n:,} decisions ==")
    print(f"seed (bulk insert, not measured against anything): {seed(url, n):.1f} s")
    out = work / f"out-{label}"
    results = {
        name: run_phase(name, url, out) for name in ("baseline", "stream", "memory", "verify")
    }
    base = results["baseline"]
    assert base["rows"] == n, base
    assert results["stream"]["rows"] == results["memory"]["rows"] == n
    assert results["stream"]["root"] == results["memory"]["root"]
    print(f"{'phase':<34}{'time':>10}{'rows/s':>12}{'peak RSS':>12}{'x time':>9}{'x mem':>8}")
    names = {
        "baseline": "baseline: read rows, no aggregation",
        "stream": "build report + tree (streamed)",
        "memory": "build_files (as do_publish_day)",
        "verify": "report verify (streamed)",
    }
    for name, result in results.items():
        print(
            f"{names[name]:<34}{result['seconds']:>9.2f}s{n / result['seconds']:>12,.0f}"
            f"{result['peak_mb']:>9.0f} MB{result['seconds'] / base['seconds']:>9.2f}"
            f"{result['peak_mb'] / base['peak_mb']:>8.2f}"
        )
    leaves_mb = (out / "leaves.jsonl").stat().st_size / 1e6
    print(f"leaves.jsonl: {leaves_mb:,.1f} MB; root {results['stream']['root']}")
    stream = results["stream"]
    print(
        f"ratio build (streamed) / baseline: time {stream['seconds'] / base['seconds']:.2f}"
        f", peak memory {stream['peak_mb'] / base['peak_mb']:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5,000 decisions (smoke run)")
    parser.add_argument("--decisions", type=int, default=None)
    parser.add_argument("--postgres", action="store_true", help="also on PostgreSQL")
    parser.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args.phase, args.url, args.out)
        return
    n = args.decisions or (5_000 if args.quick else 1_000_000)
    with tempfile.TemporaryDirectory(prefix="sh-bench-report-") as tmp:
        work = Path(tmp)
        bench("SQLite", f"sqlite:///{work / 'bench.db'}", n, work)
        if args.postgres:
            if not postgres_available(DEFAULT_PG):
                raise SystemExit("PostgreSQL is not reachable at " + DEFAULT_PG)
            with temporary_postgres() as url:
                bench("PostgreSQL", url, n, work)


if __name__ == "__main__":
    main()
