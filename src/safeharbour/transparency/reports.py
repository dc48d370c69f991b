"""Verifiable daily transparency reports (issue 8, item 4): leaves, Merkle root, signed root.

Contracts (docs/transparency.md):
- One public, pseudonymous leaf per decision that became effective on the UTC day (acted or
  not), ordered by (effective time, id): id, time, category, source, outcome, actions with their
  territorial scope, automated or not, item kind, seconds from the first notice to the decision.
  Nothing personal: no account, item id, notifier or text.
- Every number in `report.json` is computed from the leaves only, so `verify_dir` recomputes it.
- `root.json` is signed (Ed25519) over the RFC 8785 form of the object without `signature`.
- A published day is stored byte for byte in `published_reports` and re-emitted unchanged; the
  previous published day's root is chained into the next one.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import html
import io
import json
import math
import uuid
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Notice
from safeharbour.kit.canonical import canonical_json
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.dsa import SourceType
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keys import PlatformSigner
from safeharbour.kit.merkle import inclusion_proof, merkle_root
from safeharbour.kit.tokens import token_sha256
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction
from safeharbour.transparency.models import PublishedReport, Statement

FILES = ("report.json", "report.csv", "index.html", "leaves.jsonl", "root.json")
SOURCES = (
    "user_notice",
    "trusted_flagger",
    "authority_order",
    "own_initiative_automated",
    "own_initiative_human",
)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _source(notice_kinds: set[str], automated_signal: bool) -> str:
    if SourceType.OTHER_NOTIFICATION.value in notice_kinds:
        return "authority_order"
    if SourceType.TRUSTED_FLAGGER.value in notice_kinds:
        return "trusted_flagger"
    if notice_kinds:
        return "user_notice"
    return "own_initiative_automated" if automated_signal else "own_initiative_human"


def day_leaves(session: Session, day: date) -> list[dict[str, Any]]:
    """The day's leaf records, in leaf order."""
    start = datetime.combine(day, time(), tzinfo=UTC)
    end = start + timedelta(days=1)
    rows = session.execute(
        select(Decision, Case.item_kind)
        .join(Case, Case.id == Decision.case_id)
        .where(Decision.effective_at >= start, Decision.effective_at < end)
        .order_by(Decision.effective_at, Decision.id)
    ).all()
    leaves = []
    for decision, item_kind in rows:
        notices = session.execute(
            select(Notice.source_type, func.min(Notice.received_at))
            .where(Notice.case_id == decision.case_id)
            .group_by(Notice.source_type)
        ).all()
        kinds = {kind for kind, _ in notices}
        first = min((at for _, at in notices if at is not None), default=None)
        automated_signal = bool(
            session.scalar(
                select(func.count())
                .select_from(CaseSignal)
                .where(CaseSignal.case_id == decision.case_id, CaseSignal.automated.is_(True))
            )
        )
        actions = session.scalars(
            select(DecisionAction)
            .where(DecisionAction.decision_id == decision.id)
            .order_by(DecisionAction.position)
        ).all()
        effective = decision.effective_at
        assert effective is not None
        leaves.append(
            {
                "id": str(decision.id),
                "time": _iso(effective),
                "category": decision.category,
                "source": _source(kinds, automated_signal),
                "outcome": decision.outcome,
                "item_kind": item_kind,
                "actions": [
                    {
                        "kind": a.kind,
                        "scope": sorted(a.countries)
                        if a.kind == "restrict_post" and a.countries
                        else "worldwide",
                    }
                    for a in actions
                ],
                "automated": decision.automated_decision == "AUTOMATED_DECISION_FULLY",
                "automated_detection": automated_signal,
                "seconds_to_action": None
                if first is None
                else max(0, int((effective - first).total_seconds())),
            }
        )
    return leaves


def _percentile(values: list[int], q: float) -> int | None:
    """Nearest-rank percentile (the smallest value with at least q of the values at or below)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return {key: counter[key] for key in sorted(counter)}


def compute_numbers(day: str, leaves: list[dict[str, Any]]) -> dict[str, Any]:
    """Every published number, from the leaves alone."""
    acted = [leaf for leaf in leaves if leaf["outcome"] == "action"]
    times = [leaf["seconds_to_action"] for leaf in acted if leaf["seconds_to_action"] is not None]
    scope: Counter[str] = Counter()
    for leaf in acted:
        for action in leaf["actions"]:
            scope["worldwide" if action["scope"] == "worldwide" else "restricted"] += 1
    return {
        "date": day,
        "decisions": len(leaves),
        "acted_on": len(acted),
        "no_action": len(leaves) - len(acted),
        "acted_on_by_item_kind": _sorted_counts(Counter(leaf["item_kind"] for leaf in acted)),
        "acted_on_by_category": _sorted_counts(Counter(leaf["category"] for leaf in acted)),
        "acted_on_by_source": _sorted_counts(Counter(leaf["source"] for leaf in acted)),
        "decisions_by_source": _sorted_counts(Counter(leaf["source"] for leaf in leaves)),
        "actions_by_kind": _sorted_counts(
            Counter(action["kind"] for leaf in acted for action in leaf["actions"])
        ),
        "actions_by_scope": _sorted_counts(scope),
        "restricted_by_country": _sorted_counts(
            Counter(
                country
                for leaf in acted
                for action in leaf["actions"]
                if action["scope"] != "worldwide"
                for country in action["scope"]
            )
        ),
        "automated_decisions": sum(1 for leaf in leaves if leaf["automated"]),
        "automated_detection": sum(1 for leaf in leaves if leaf["automated_detection"]),
        "time_to_action_seconds": {
            "count": len(times),
            "median": _percentile(times, 0.5),
            "p90": _percentile(times, 0.9),
        },
    }


def _csv(numbers: dict[str, Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["date", "metric", "key", "value"])
    for metric, value in numbers.items():
        if metric == "date":
            continue
        if isinstance(value, dict):
            for key, count in value.items():
                writer.writerow([numbers["date"], metric, key, "" if count is None else count])
        else:
            writer.writerow([numbers["date"], metric, "", value])
    return buffer.getvalue()


def _html(numbers: dict[str, Any], root: dict[str, Any]) -> str:
    rows = []
    for metric, value in numbers.items():
        if isinstance(value, dict):
            for key, count in value.items():
                rows.append((metric, key, count))
        elif metric != "date":
            rows.append((metric, "", value))
    body = "\n".join(
        f"<tr><td>{html.escape(m)}</td><td>{html.escape(str(k))}</td>"
        f"<td>{html.escape('' if v is None else str(v))}</td></tr>"
        for m, k, v in rows
    )
    day = html.escape(numbers["date"])
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Transparency report {day}</title></head><body>\n"
        f"<h1>Transparency report for {day} (UTC)</h1>\n"
        f"<p>{numbers['decisions']} decisions, {numbers['acted_on']} acted on. "
        f"Merkle root <code>{html.escape(root['root'])}</code> over {root['tree_size']} "
        'leaves (<a href="leaves.jsonl">leaves.jsonl</a>, <a href="root.json">root.json</a>,'
        ' <a href="report.json">report.json</a>, <a href="report.csv">report.csv</a>).'
        "</p>\n<table><thead><tr><th>metric</th><th>key</th><th>value</th></tr></thead>"
        f"<tbody>\n{body}\n</tbody></table>\n</body></html>\n"
    )


def leaf_lines(leaves: list[dict[str, Any]]) -> list[bytes]:
    return [canonical_json(leaf) for leaf in leaves]


def build_files(
    day: str, leaves: list[dict[str, Any]], previous_root: str | None, signer: PlatformSigner
) -> dict[str, str]:
    lines = leaf_lines(leaves)
    numbers = compute_numbers(day, leaves)
    report_json = json.dumps(numbers, indent=2, ensure_ascii=False) + "\n"
    unsigned: dict[str, Any] = {
        "date": day,
        "tree_size": len(lines),
        "root": merkle_root(lines).hex(),
        "previous_root": previous_root,
        "report_sha256": hashlib.sha256(report_json.encode("utf-8")).hexdigest(),
        "public_key": signer.public_key_b64,
    }
    signature = base64.b64encode(signer.sign(canonical_json(unsigned))).decode("ascii")
    root = {**unsigned, "signature": signature}
    return {
        "report.json": report_json,
        "report.csv": _csv(numbers),
        "index.html": _html(numbers, root),
        "leaves.jsonl": "".join(line.decode("utf-8") + "\n" for line in lines),
        "root.json": json.dumps(root, indent=2) + "\n",
    }


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("expected a date YYYY-MM-DD", field="date") from None


def do_publish_day(unit: UnitOfWork, day: date, *, signer: PlatformSigner) -> PublishedReport:
    """Publish a finished UTC day (or return it unchanged if it already was)."""
    if day >= unit.clock.now().astimezone(UTC).date():
        raise InvalidInput("only a day before today (UTC) can be published", field="date")
    key = day.isoformat()
    existing = unit.session.get(PublishedReport, key)
    if existing is not None:
        return existing
    previous = unit.session.scalars(
        select(PublishedReport)
        .where(PublishedReport.date < key)
        .order_by(PublishedReport.date.desc())
        .limit(1)
    ).first()
    leaves = day_leaves(unit.session, day)
    files = build_files(key, leaves, previous.root if previous else None, signer)
    root = json.loads(files["root.json"])
    report = PublishedReport(
        date=key,
        tree_size=root["tree_size"],
        root=root["root"],
        previous_root=root["previous_root"],
        published_at=unit.clock.now(),
        files=files,
    )
    unit.session.add(report)
    unit.session.flush()
    return report


def write_files(report: PublishedReport, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        (out / name).write_bytes(report.files[name].encode("utf-8"))


def verify_dir(directory: Path) -> str | None:
    """None if the report in `directory` checks out, else the first mismatch."""
    try:
        texts = {name: (directory / name).read_bytes() for name in FILES if name != "index.html"}
    except OSError as exc:
        return f"missing file: {exc.filename}"
    try:
        root = json.loads(texts["root.json"])
        report = json.loads(texts["report.json"])
        raw_lines = texts["leaves.jsonl"].split(b"\n")
        if raw_lines and raw_lines[-1] == b"":
            raw_lines.pop()
        leaves = [json.loads(line) for line in raw_lines]
    except ValueError as exc:
        return f"unreadable JSON: {exc}"
    if not isinstance(root, dict) or not isinstance(report, dict):
        return "root.json or report.json is not an object"
    for index, (line, leaf) in enumerate(zip(raw_lines, leaves, strict=True)):
        try:
            canonical = canonical_json(leaf)
        except Exception:
            canonical = b""
        if canonical != line:
            return f"leaves.jsonl line {index + 1}: not canonical JSON (RFC 8785)"
    try:
        expected = compute_numbers(str(root.get("date")), leaves)
    except (KeyError, TypeError, AttributeError):
        return "leaves.jsonl: a leaf lacks a field the numbers are computed from"
    for key in sorted(set(expected) | set(report)):
        if report.get(key) != expected.get(key):
            return f"report.json: {key} does not match the leaves"
    if root.get("tree_size") != len(raw_lines):
        return "root.json: tree_size does not match leaves.jsonl"
    if root.get("root") != merkle_root(raw_lines).hex():
        return "root.json: root does not match leaves.jsonl"
    if root.get("report_sha256") != hashlib.sha256(texts["report.json"]).hexdigest():
        return "root.json: report_sha256 does not match report.json"
    unsigned = {k: v for k, v in root.items() if k != "signature"}
    if set(unsigned) != {
        "date",
        "tree_size",
        "root",
        "previous_root",
        "report_sha256",
        "public_key",
    }:
        return "root.json: unexpected or missing fields"
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(root["public_key"]))
        key.verify(base64.b64decode(root.get("signature", "")), canonical_json(unsigned))
    except (InvalidSignature, ValueError, TypeError):
        return "root.json: signature does not verify"
    return None


def proof_for(session: Session, decision_id: uuid.UUID) -> dict[str, Any] | None:
    """The inclusion proof of a decision in its published day, or None."""
    decision = session.get(Decision, decision_id)
    if decision is None or decision.effective_at is None:
        return None
    day = decision.effective_at.astimezone(UTC).date().isoformat()
    report = session.get(PublishedReport, day)
    if report is None:
        return None
    lines = [line.encode("utf-8") for line in report.files["leaves.jsonl"].splitlines()]
    needle = f'"id":"{decision_id}"'.encode()
    for index, line in enumerate(lines):
        if needle in line:
            return {
                "date": day,
                "leaf_index": index,
                "tree_size": len(lines),
                "leaf": line.decode("utf-8"),
                "audit_path": [h.hex() for h in inclusion_proof(lines, index)],
                "root": report.root,
            }
    return None


def statement_proof(session: Session, decision_id: uuid.UUID, token: str) -> dict[str, Any]:
    """`proof_for`, for the holder of a statement-of-reasons token of that decision (the same
    check as the statement page); NotFound otherwise, and for a day not yet published."""
    if not token or len(token) > 200:
        raise InvalidInput("expected the token from the statement link", field="token")
    statement = session.scalars(
        select(Statement.id).where(
            Statement.decision_id == decision_id, Statement.token_sha256 == token_sha256(token)
        )
    ).first()
    if statement is None:
        raise NotFound("no statement of this decision with this link", field="token")
    proof = proof_for(session, decision_id)
    if proof is None:
        raise NotFound("the day of this decision is not published yet", field="decision_id")
    return proof


def publish_due_days(unit: UnitOfWork, *, signer: PlatformSigner, reports_dir: Path) -> list[str]:
    """The scheduler's job: publish yesterday (UTC) if not yet published, into
    `<reports_dir>/<date>/`; the files are (re)written when missing. Returns the dates written."""
    yesterday = unit.clock.now().astimezone(UTC).date() - timedelta(days=1)
    target = reports_dir / yesterday.isoformat()
    if unit.session.get(PublishedReport, yesterday.isoformat()) is not None and all(
        (target / name).exists() for name in FILES
    ):
        return []
    report = do_publish_day(unit, yesterday, signer=signer)
    write_files(report, target)
    return [report.date]
