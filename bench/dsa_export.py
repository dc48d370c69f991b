"""DSA exports: the time to export one UTC day of statements of reasons (Transparency Database
batches of 100) and to validate the files, next to a baseline measured in the same run.

A day of N measures (decisions of every source, post/channel/account, illegal or terms ground,
some restricted to non-EEA countries) is bulk-inserted into a fresh, migrated database. Then:

- baseline: the bare joined `SELECT` of the same statement, decision, measure and case rows
  for the day, fetched into Python without building anything;
- export: `transparency.sor_export.export_day` (query, mapping, scrubbing, validation of every
  statement before writing, JSON files);
- validate: `transparency.sor_validate.validate_file` over every written file (JSON Schema via
  `jsonschema` plus the DSA checks), reported as statements per second.

    python bench/dsa_export.py            # 50,000 measures on SQLite (and PostgreSQL if up)
    python bench/dsa_export.py --n 10000  # another size
    python bench/dsa_export.py --quick    # 500 measures on SQLite: smoke run
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import postgres_available, temporary_postgres

from safeharbour.kit.db import make_engine, table_of
from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.review.models import Case, Decision, DecisionAction
from safeharbour.transparency.models import Statement
from safeharbour.transparency.sor_export import export_day
from safeharbour.transparency.sor_validate import validate_file

DAY = date(2026, 6, 1)
KINDS = [
    ("remove_post", "post"),
    ("restrict_post", "post"),
    ("label", "post"),
    ("ban_channel", "channel"),
    ("suspend_account", "account"),
]
SOURCES = ["SOURCE_ARTICLE_16", "SOURCE_TRUSTED_FLAGGER", "SOURCE_VOLUNTARY"]


def _rows(n: int) -> dict[Any, list[dict[str, Any]]]:
    rng = random.Random(2835)
    start = datetime(DAY.year, DAY.month, DAY.day, tzinfo=UTC)
    rows: dict[Any, list[dict[str, Any]]] = {
        Case: [],
        Decision: [],
        DecisionAction: [],
        Statement: [],
    }
    for i in range(n):
        when = start + timedelta(seconds=rng.randrange(86400))
        case_id, decision_id, action_id, statement_id = (uuid.uuid4() for _ in range(4))
        kind, target = KINDS[i % len(KINDS)]
        countries = rng.choice([["DE"], ["DE", "TR"], ["TR"]]) if kind == "restrict_post" else []
        illegal = i % 3 != 0
        rows[Case].append(
            {"id": case_id, "item_kind": target, "item_id": f"{target}-{i}",
             "item_key": hashlib.sha256(f"{target}-{i}".encode()).hexdigest(), "status": "decided",
             "opened_at": when, "updated_at": when, "decided_at": when, "decision_id": None,
             "tier": 0, "rank_key": 0.0, "due_at": when, "severity": 1,
             "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", "reach": 1.0,
             "priority": {}}
        )  # fmt: skip
        rows[Decision].append(
            {"id": decision_id, "case_id": case_id, "status": "effective", "outcome": "action",
             "category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
             "category_specification": ["KEYWORD_HATE_SPEECH"],
             "explanation": f"Moderator note {i}: posted by @someone, mail a{i}@example.org",
             "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED", "decided_by": "bench",
             "decided_at": when, "effective_at": when, "evidence": {}, "evidence_sha256": "0" * 64}
        )  # fmt: skip
        rows[DecisionAction].append(
            {"id": action_id, "decision_id": decision_id, "position": 0, "kind": kind,
             "target_kind": target, "target_id": f"{target}-{i}",
             "affected_account_id": f"account-{i}", "countries": countries,
             "until": when + timedelta(days=7) if kind == "suspend_account" else None,
             "ground_kind": "illegal_content" if illegal else "terms_of_service",
             "ground_reference": "§ 130 StGB" if illegal else "Terms 4.2",
             "ground_explanation": "Incitement to hatred.", "status": "active"}
        )  # fmt: skip
        rows[Statement].append(
            {"id": statement_id, "puid": f"sh-{statement_id}", "decision_id": decision_id,
             "decision_action_id": action_id, "account_id": f"account-{i}",
             "token_sha256": hashlib.sha256(statement_id.bytes).hexdigest(), "created_at": when,
             "elements": {},
             "dsa": {"source_type": SOURCES[i % 3], "automated_detection": "No",
                     "content_date": "2026-05-30",
                     "content_type": ["CONTENT_TYPE_TEXT"] if target == "post" else None,
                     "territorial_scope": list(EEA_TERRITORIAL_SCOPE)},
             "text": "statement"}
        )  # fmt: skip
    return rows


def _seed(url: str, n: int) -> None:
    engine = make_engine(url)
    upgrade_to_head(engine)
    rows = _rows(n)
    with engine.begin() as conn:
        for model in (Case, Decision, DecisionAction, Statement):
            for offset in range(0, n, 5000):
                conn.execute(insert(table_of(model)), rows[model][offset : offset + 5000])
    engine.dispose()


def _measure(label: str, url: str, n: int, workdir: Path) -> None:
    _seed(url, n)
    engine = make_engine(url)
    start = datetime(DAY.year, DAY.month, DAY.day, tzinfo=UTC)
    with engine.connect() as conn:
        t0 = time.perf_counter()
        baseline_rows = conn.execute(
            select(
                table_of(Statement), table_of(Decision), table_of(DecisionAction), table_of(Case)
            )
            .join(table_of(Decision), Decision.id == Statement.decision_id)
            .join(table_of(DecisionAction), DecisionAction.id == Statement.decision_action_id)
            .join(table_of(Case), Case.id == Decision.case_id)
            .where(
                Decision.effective_at >= start, Decision.effective_at < start + timedelta(days=1)
            )
            .order_by(Decision.effective_at, Statement.puid)
        ).all()
        baseline = time.perf_counter() - t0
    from sqlalchemy.orm import Session

    out = workdir / f"sor-{label}"
    with Session(engine) as session:
        t0 = time.perf_counter()
        count, files = export_day(session, DAY, out)
        export = time.perf_counter() - t0
    t0 = time.perf_counter()
    errors = 0
    for path in files:
        _, problems = validate_file(path)
        errors += sum(1 for p in problems if p.severity == "error")
    validate = time.perf_counter() - t0
    engine.dispose()
    print(f"[{label}] {n:,} measures in the day, {len(baseline_rows):,} rows read by the baseline")
    print(f"[{label}] exported statements: {count:,} in {len(files)} files (non-EEA skipped)")
    print(f"[{label}] baseline bare SELECT: {baseline:.3f} s")
    print(f"[{label}] export_day: {export:.3f} s  ({count / export:,.0f} statements/s)")
    print(f"[{label}] ratio export / baseline: {export / baseline:.1f}")
    print(f"[{label}] validate: {validate:.3f} s  ({count / validate:,.0f} statements/s)")
    print(f"[{label}] validation errors: {errors}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--n", type=int, default=50_000, help="measures in the day")
    args = parser.parse_args()
    n = 500 if args.quick else args.n
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        _measure("sqlite", f"sqlite:///{work / 'bench.db'}", n, work)
        if not args.quick and postgres_available():
            with temporary_postgres() as url:
                _measure("postgresql", url, n, work)


if __name__ == "__main__":
    main()
