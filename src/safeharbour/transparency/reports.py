"""Verifiable daily transparency reports (issue 8): leaves, numbers, Merkle root, signed root.

Contracts (docs/transparency.md):
- One public, pseudonymous leaf per fact counted that UTC day, each with a `kind`:
  `decision` (every decision that became effective, acted or not, and every complied authority
  order given effect), `authority_request` (received that day, with its outcome as the day
  ended), `authority_answer` (answers given that day), `appeal` (received or decided that day)
  and `qa_review` (blind QA verdicts given that day). Leaves are ordered by (time, id, kind).
  Nothing personal: no account, item id, notifier, agency name or text.
- Every number in `report.json` is computed from the leaves only (`Tally`), so `verify_dir`
  recomputes each one.
- `root.json` is signed (Ed25519) over the RFC 8785 form of the object without `signature`.
- A published day is stored byte for byte in `published_reports` and re-emitted unchanged; the
  previous published day's root is chained into the next one.
- Building streams: leaves come from the database in batches, the Merkle root is accumulated
  in O(log n) and the leaf lines go to a text sink, so a day of 1,000,000 decisions does not
  hold 1,000,000 records at once (bench/report.py).
"""

from __future__ import annotations

import base64
import csv
import hashlib
import heapq
import io
import json
import math
import uuid
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.anchor import head_at_end_of_day
from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import canonical_json
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.keys import PlatformSigner
from safeharbour.kit.merkle import MerkleAccumulator, inclusion_proof
from safeharbour.kit.tokens import token_sha256
from safeharbour.review.models import Decision, QaReview
from safeharbour.transparency import report_queries as rq
from safeharbour.transparency.models import PublishedReport, Statement

FILES = ("report.json", "report.csv", "index.html", "leaves.jsonl", "root.json")
SOURCES = (
    "user_notice",
    "trusted_flagger",
    "authority_order",
    "own_initiative_automated",
    "own_initiative_human",
)
LEAF_KINDS = ("decision", "authority_request", "authority_answer", "appeal", "qa_review")
AUTHORITY_OUTCOMES = ("complied", "partially_complied", "refused", "need_more_info", "pending")
ORDER_CATEGORY = "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER"
"""The report row for an authority order that named no category (Regulation 2024/2835)."""


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _seconds(later: datetime, earlier: datetime | None) -> int | None:
    if earlier is None:
        return None
    return max(0, int((later - earlier).total_seconds()))


# -- leaves ------------------------------------------------------------------------------------
def _decision_leaf(row: rq.DecisionRow) -> dict[str, Any]:
    return {
        "kind": "decision",
        "id": str(row.id),
        "time": _iso(row.effective_at),
        "category": row.category,
        "source": row.source,
        "outcome": row.outcome,
        "item_kind": row.item_kind,
        "actions": [
            {
                "kind": kind,
                "scope": sorted(countries)
                if kind == "restrict_post" and countries
                else "worldwide",
            }
            for kind, countries in row.actions
        ],
        "automated": row.automated_decision == "AUTOMATED_DECISION_FULLY",
        "automated_detection": row.automated_signal,
        "seconds_to_action": _seconds(row.effective_at, row.first_notice_at),
    }


def _authority_effect_leaf(row: rq.AuthorityEffectRow) -> dict[str, Any]:
    kinds = [target for _, target, _ in row.actions]
    item_kind = kinds[0] if kinds else "post"
    return {
        "kind": "decision",
        "id": str(row.answer_id),
        "time": _iso(row.planned_at),
        "category": row.category or ORDER_CATEGORY,
        "source": "authority_order",
        "outcome": "action",
        "item_kind": "channel" if item_kind == "group" else item_kind,
        "actions": [
            {
                "kind": kind,
                "scope": sorted(countries)
                if kind == "restrict_post" and countries
                else "worldwide",
            }
            for kind, _, countries in row.actions
        ],
        "automated": row.automated,
        "automated_detection": False,
        "seconds_to_action": _seconds(row.planned_at, row.received_at),
    }


def _request_leaf(row: rq.AuthorityRequestRow) -> dict[str, Any]:
    return {
        "kind": "authority_request",
        "id": str(row.id),
        "time": _iso(row.received_at),
        "country": row.country,
        "type": row.type,
        "outcome": row.outcome,
        "grounds": row.grounds,
    }


def _answer_leaf(row: rq.AuthorityAnswerRow) -> dict[str, Any]:
    return {
        "kind": "authority_answer",
        "id": str(row.id),
        "time": _iso(row.answered_at),
        "country": row.country,
        "type": row.type,
        "outcome": row.outcome,
        "grounds": row.grounds,
        "late": row.late,
        "seconds_to_answer": _seconds(row.answered_at, row.received_at),
        "before_review": row.before_review,
    }


def _appeal_leaf(row: rq.AppealRow) -> dict[str, Any]:
    return {
        "kind": "appeal",
        "id": str(row.id),
        "time": _iso(row.at),
        "event": row.event,
        "appellant": row.appellant,
        "outcome": row.outcome,
        "category": row.category,
        "decision_automated": row.decision_automated,
    }


def _qa_leaves(session: Session, start: datetime, end: datetime) -> list[dict[str, Any]]:
    reviews = session.scalars(
        select(QaReview).where(QaReview.reviewed_at >= start, QaReview.reviewed_at < end)
    ).all()
    leaves = []
    for review in reviews:
        assert review.reviewed_at is not None
        leaves.append(
            {
                "kind": "qa_review",
                "id": str(review.id),
                "time": _iso(review.reviewed_at),
                "category": review.category,
                "source": review.source,
                "agreed": bool(review.agreed),
            }
        )
    return leaves


def _order_key(leaf: dict[str, Any]) -> tuple[str, str, str]:
    return (leaf["time"], leaf["id"], leaf["kind"])


def iter_day_leaves(session: Session, day: date) -> Iterator[dict[str, Any]]:
    """The day's leaf records, in leaf order, streamed (module docstring)."""
    start = datetime.combine(day, time(), tzinfo=UTC)
    end = start + timedelta(days=1)
    # Everything but the decisions is small: loaded, sorted and merged into their stream.
    others = [_authority_effect_leaf(r) for r in rq.authority_effect_rows(session, start, end)]
    others += [_request_leaf(r) for r in rq.authority_request_rows(session, start, end)]
    others += [_answer_leaf(r) for r in rq.authority_answer_rows(session, start, end)]
    others += [_appeal_leaf(r) for r in rq.appeal_rows(session, start, end)]
    others += _qa_leaves(session, start, end)
    others.sort(key=_order_key)
    decisions = (_decision_leaf(row) for row in rq.decision_rows(session, start, end))
    yield from heapq.merge(decisions, others, key=_order_key)


def day_leaves(session: Session, day: date) -> list[dict[str, Any]]:
    """The day's leaf records, in leaf order."""
    return list(iter_day_leaves(session, day))


# -- numbers -----------------------------------------------------------------------------------
def _percentile(values: Iterable[int], q: float) -> int | None:
    """Nearest-rank percentile (the smallest value with at least q of the values at or below)."""
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)]


def _sorted_counts(counter: Counter[str]) -> dict[str, int]:
    return {key: counter[key] for key in sorted(counter)}


def _precision(agreed: int, reviewed: int) -> float | None:
    return round(agreed / reviewed, 4) if reviewed else None


class Tally:
    """Every published number, accumulated leaf by leaf (memory: counters and one integer per
    timed leaf). `numbers()` is the content of report.json."""

    def __init__(self) -> None:
        self.kinds: Counter[str] = Counter()
        self.decisions = 0
        self.acted = 0
        self.by_item_kind: Counter[str] = Counter()
        self.by_category: Counter[str] = Counter()
        self.acted_by_source: Counter[str] = Counter()
        self.decisions_by_source: Counter[str] = Counter()
        self.actions_by_kind: Counter[str] = Counter()
        self.scope: Counter[str] = Counter()
        self.restricted_by_country: Counter[str] = Counter()
        self.automated = 0
        self.automated_detection = 0
        self.times = array("q")
        self.times_by_source: dict[str, array[int]] = defaultdict(lambda: array("q"))
        self.requests = 0
        self.requests_by_country: Counter[str] = Counter()
        self.requests_by_type: Counter[str] = Counter()
        self.requests_by_outcome: Counter[str] = Counter()
        self.answers_by_outcome: Counter[str] = Counter()
        self.refusals_by_ground: Counter[str] = Counter()
        self.answers_late = 0
        self.answer_times = array("q")
        self.before_review: int | None = None
        """Emergency disclosures released before the human-rights review; None while no leaf
        carries the field (reports published before it existed still verify)."""
        self.appeals_received = 0
        self.appeals_decided = 0
        self.appeals_by_outcome: Counter[str] = Counter()
        self.appeals_automated_decided = 0
        self.appeals_automated_reversed = 0
        self.qa_reviewed: Counter[str] = Counter()
        self.qa_agreed: Counter[str] = Counter()
        self.qa_by_category: Counter[str] = Counter()
        self.qa_agreed_by_category: Counter[str] = Counter()

    def add(self, leaf: dict[str, Any]) -> None:
        kind = leaf["kind"]
        if kind == "decision":
            self._decision(leaf)
        elif kind == "authority_request":
            self.requests += 1
            self.requests_by_country[leaf["country"] or "unknown"] += 1
            self.requests_by_type[leaf["type"]] += 1
            self.requests_by_outcome[leaf["outcome"]] += 1
        elif kind == "authority_answer":
            self.answers_by_outcome[leaf["outcome"]] += 1
            if leaf["outcome"] == "refused":
                for ground in leaf["grounds"]:
                    self.refusals_by_ground[str(ground)] += 1
            self.answers_late += bool(leaf["late"])
            if "before_review" in leaf:
                self.before_review = (self.before_review or 0) + bool(leaf["before_review"])
            if leaf["seconds_to_answer"] is not None:
                self.answer_times.append(int(leaf["seconds_to_answer"]))
        elif kind == "appeal":
            if leaf["event"] == "received":
                self.appeals_received += 1
            elif leaf["event"] == "decided":
                self.appeals_decided += 1
                self.appeals_by_outcome[str(leaf["outcome"])] += 1
                if leaf["decision_automated"]:
                    self.appeals_automated_decided += 1
                    self.appeals_automated_reversed += leaf["outcome"] != "upheld"
            else:
                raise ValueError("unknown appeal event")
        elif kind == "qa_review":
            agreed = bool(leaf["agreed"])
            self.qa_reviewed[leaf["source"]] += 1
            self.qa_agreed[leaf["source"]] += agreed
            self.qa_by_category[leaf["category"]] += 1
            self.qa_agreed_by_category[leaf["category"]] += agreed
        else:
            raise ValueError(f"unknown leaf kind {kind!r}")
        self.kinds[kind] += 1

    def _decision(self, leaf: dict[str, Any]) -> None:
        self.decisions += 1
        source = leaf["source"]
        self.decisions_by_source[source] += 1
        self.automated += bool(leaf["automated"])
        self.automated_detection += bool(leaf["automated_detection"])
        if leaf["outcome"] != "action":
            return
        self.acted += 1
        self.by_item_kind[leaf["item_kind"]] += 1
        self.by_category[leaf["category"]] += 1
        self.acted_by_source[source] += 1
        for action in leaf["actions"]:
            self.actions_by_kind[action["kind"]] += 1
            if action["scope"] == "worldwide":
                self.scope["worldwide"] += 1
            else:
                self.scope["restricted"] += 1
                for country in action["scope"]:
                    self.restricted_by_country[country] += 1
        seconds = leaf["seconds_to_action"]
        if seconds is not None:
            self.times.append(int(seconds))
            self.times_by_source[source].append(int(seconds))

    def numbers(self, day: str) -> dict[str, Any]:
        reviewed = sum(self.qa_reviewed.values())
        agreed = sum(self.qa_agreed.values())
        reversals = (
            self.appeals_by_outcome["reversed"] + self.appeals_by_outcome["partially_reversed"]
        )
        return {
            "date": day,
            "leaves_by_kind": _sorted_counts(self.kinds),
            "decisions": self.decisions,
            "acted_on": self.acted,
            "no_action": self.decisions - self.acted,
            "acted_on_by_item_kind": _sorted_counts(self.by_item_kind),
            "acted_on_by_category": _sorted_counts(self.by_category),
            "acted_on_by_source": _sorted_counts(self.acted_by_source),
            "decisions_by_source": _sorted_counts(self.decisions_by_source),
            "actions_by_kind": _sorted_counts(self.actions_by_kind),
            "actions_by_scope": _sorted_counts(self.scope),
            "restricted_by_country": _sorted_counts(self.restricted_by_country),
            "automated_decisions": self.automated,
            "automated_detection": self.automated_detection,
            "time_to_action_seconds": {
                "count": len(self.times),
                "median": _percentile(self.times, 0.5),
                "p90": _percentile(self.times, 0.9),
            },
            "time_to_action_median_by_source": {
                s: _percentile(self.times_by_source[s], 0.5) for s in sorted(self.times_by_source)
            },
            "time_to_action_p90_by_source": {
                s: _percentile(self.times_by_source[s], 0.9) for s in sorted(self.times_by_source)
            },
            "authority_requests_received": self.requests,
            "authority_requests_by_country": _sorted_counts(self.requests_by_country),
            "authority_requests_by_type": _sorted_counts(self.requests_by_type),
            "authority_requests_by_outcome": {
                o: self.requests_by_outcome[o] for o in AUTHORITY_OUTCOMES
            },
            "authority_answers_by_outcome": {
                o: self.answers_by_outcome[o] for o in AUTHORITY_OUTCOMES if o != "pending"
            },
            "authority_refusals_by_ground": _sorted_counts(self.refusals_by_ground),
            **(
                {"authority_emergency_disclosures_before_review": self.before_review}
                if self.before_review is not None
                else {}
            ),
            "authority_answer_seconds": {
                "count": len(self.answer_times),
                "median": _percentile(self.answer_times, 0.5),
                "p90": _percentile(self.answer_times, 0.9),
                "late": self.answers_late,
            },
            "appeals": {
                "received": self.appeals_received,
                "decided": self.appeals_decided,
                "upheld": self.appeals_by_outcome["upheld"],
                "reversed": self.appeals_by_outcome["reversed"],
                "partially_reversed": self.appeals_by_outcome["partially_reversed"],
                "reversals": reversals,
            },
            "automated_precision": {
                "qa_reviewed": reviewed,
                "qa_agreed": agreed,
                "qa_precision": _precision(agreed, reviewed),
                "appeals_decided": self.appeals_automated_decided,
                "appeals_reversed": self.appeals_automated_reversed,
            },
            "qa_reviewed_by_source": _sorted_counts(self.qa_reviewed),
            "qa_precision_by_source": {
                s: _precision(self.qa_agreed[s], n) for s, n in sorted(self.qa_reviewed.items())
            },
            "qa_reviewed_by_category": _sorted_counts(self.qa_by_category),
            "qa_precision_by_category": {
                c: _precision(self.qa_agreed_by_category[c], n)
                for c, n in sorted(self.qa_by_category.items())
            },
        }


def compute_numbers(day: str, leaves: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Every published number, from the leaves alone."""
    tally = Tally()
    for leaf in leaves:
        tally.add(leaf)
    return tally.numbers(day)


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


# -- building ----------------------------------------------------------------------------------
def stream_leaves(
    leaves: Iterable[dict[str, Any]], sink: TextIO
) -> tuple[Tally, MerkleAccumulator]:
    """Write each leaf's canonical line to `sink`, tallying numbers and the root as it goes."""
    tally = Tally()
    tree = MerkleAccumulator()
    for leaf in leaves:
        line = canonical_json(leaf)
        tally.add(leaf)
        tree.add(line)
        sink.write(line.decode("utf-8"))
        sink.write("\n")
    return tally, tree


def sign_root(
    day: str,
    tree: MerkleAccumulator,
    report_json: str,
    previous_root: str | None,
    signer: PlatformSigner,
    audit_head: dict[str, Any] | None = None,
) -> dict[str, Any]:
    unsigned: dict[str, Any] = {
        "date": day,
        "tree_size": tree.size,
        "root": tree.root().hex(),
        "previous_root": previous_root,
        "report_sha256": hashlib.sha256(report_json.encode("utf-8")).hexdigest(),
        "public_key": signer.public_key_b64,
    }
    if audit_head is not None:
        # The day's last audit entry: whoever keeps this report can later show that the audit
        # chain up to it was not rewritten (audit/anchor.py).
        unsigned["audit_head"] = audit_head
    signature = base64.b64encode(signer.sign(canonical_json(unsigned))).decode("ascii")
    return {**unsigned, "signature": signature}


def report_json_text(numbers: dict[str, Any]) -> str:
    return json.dumps(numbers, indent=2, ensure_ascii=False) + "\n"


def build_files(
    day: str,
    leaves: Iterable[dict[str, Any]],
    previous_root: str | None,
    signer: PlatformSigner,
    audit_head: dict[str, Any] | None = None,
) -> dict[str, str]:
    from safeharbour.transparency.charts import render_day_page

    sink = io.StringIO()
    tally, tree = stream_leaves(leaves, sink)
    numbers = tally.numbers(day)
    report_json = report_json_text(numbers)
    root = sign_root(day, tree, report_json, previous_root, signer, audit_head)
    return {
        "report.json": report_json,
        "report.csv": _csv(numbers),
        "index.html": render_day_page(numbers, root),
        "leaves.jsonl": sink.getvalue(),
        "root.json": json.dumps(root, indent=2) + "\n",
    }


def leaf_lines(leaves: Iterable[dict[str, Any]]) -> list[bytes]:
    return [canonical_json(leaf) for leaf in leaves]


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput("expected a date YYYY-MM-DD", field="date") from None


def do_publish_day(
    unit: UnitOfWork, day: date, *, signer: PlatformSigner, actor: Actor = SYSTEM
) -> PublishedReport:
    """Publish a finished UTC day (or return it unchanged if it already was); audited."""
    if day >= unit.clock.now().astimezone(UTC).date():
        raise InvalidInput("only a day before today (UTC) can be published", field="date")
    key = day.isoformat()
    existing = unit.session.get(PublishedReport, key)
    if existing is not None:
        return existing
    previous = unit.session.scalars(
        select(PublishedReport.root)
        .where(PublishedReport.date < key)
        .order_by(PublishedReport.date.desc())
        .limit(1)
    ).first()
    leaves = iter_day_leaves(unit.session, day)
    files = build_files(key, leaves, previous, signer, head_at_end_of_day(unit.session, day))
    root = json.loads(files["root.json"])
    report = PublishedReport(
        date=key,
        tree_size=root["tree_size"],
        root=root["root"],
        previous_root=root["previous_root"],
        published_at=unit.clock.now(),
        numbers=json.loads(files["report.json"]),
        files=files,
    )
    unit.session.add(report)
    unit.session.flush()
    unit.record(
        AuditTag.TRANSPARENCY_REPORT_PUBLISHED,
        actor=actor,
        subjects={"date": key},
        snapshot={
            "tree_size": report.tree_size,
            "root": report.root,
            "previous_root": report.previous_root,
            "report_sha256": root["report_sha256"],
        },
    )
    return report


def stored_roots(session: Session) -> Iterator[tuple[str, str]]:
    """(where, root.json text) of every stored published report, for `audit verify`."""
    query = select(PublishedReport.date, PublishedReport.files["root.json"].as_string())
    for day, text in session.execute(query.order_by(PublishedReport.date)):
        yield f"stored report {day}", str(text)


def write_files(report: PublishedReport, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        (out / name).write_bytes(report.files[name].encode("utf-8"))


def _check_leaves(path: Path) -> tuple[str | None, Tally, MerkleAccumulator]:
    """Stream leaves.jsonl once: each line canonical, tallied and hashed into the tree."""
    tally = Tally()
    tree = MerkleAccumulator()
    with path.open("rb") as lines:
        for index, raw in enumerate(lines):
            line = raw[:-1] if raw.endswith(b"\n") else raw
            try:
                leaf = json.loads(line)
            except ValueError as exc:
                return f"unreadable JSON: leaves.jsonl line {index + 1}: {exc}", tally, tree
            try:
                canonical = canonical_json(leaf)
            except Exception:
                canonical = b""
            if canonical != line:
                return f"leaves.jsonl line {index + 1}: not canonical JSON (RFC 8785)", tally, tree
            try:
                tally.add(leaf)
            except (KeyError, TypeError, AttributeError, ValueError):
                return (
                    "leaves.jsonl: a leaf lacks a field the numbers are computed from",
                    tally,
                    tree,
                )
            tree.add(line)
    return None, tally, tree


def verify_dir(directory: Path) -> str | None:
    """None if the report in `directory` checks out, else the first mismatch. Reads the leaves
    as a stream (memory: the numbers' counters and the tree's O(log n) peaks)."""
    try:
        texts = {name: (directory / name).read_bytes() for name in ("report.json", "root.json")}
        if not (directory / "leaves.jsonl").is_file():
            raise FileNotFoundError(2, "no such file", str(directory / "leaves.jsonl"))
    except OSError as exc:
        return f"missing file: {exc.filename}"
    try:
        root = json.loads(texts["root.json"])
        report = json.loads(texts["report.json"])
    except ValueError as exc:
        return f"unreadable JSON: {exc}"
    if not isinstance(root, dict) or not isinstance(report, dict):
        return "root.json or report.json is not an object"
    problem, tally, tree = _check_leaves(directory / "leaves.jsonl")
    if problem is not None:
        return problem
    expected = tally.numbers(str(root.get("date")))
    for key in sorted(set(expected) | set(report)):
        if report.get(key) != expected.get(key):
            return f"report.json: {key} does not match the leaves"
    if root.get("tree_size") != tree.size:
        return "root.json: tree_size does not match leaves.jsonl"
    if root.get("root") != tree.root().hex():
        return "root.json: root does not match leaves.jsonl"
    if root.get("report_sha256") != hashlib.sha256(texts["report.json"]).hexdigest():
        return "root.json: report_sha256 does not match report.json"
    unsigned = {k: v for k, v in root.items() if k != "signature"}
    # `audit_head` was added later: reports published before it still verify.
    if set(unsigned) - {"audit_head"} != {
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
        if needle in line and json.loads(line).get("kind") == "decision":
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
