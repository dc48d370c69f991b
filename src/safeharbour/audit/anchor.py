"""Anchoring the audit chain outside the database: signed checkpoints and published heads.

The chain's hashes show an edit to one entry, and `audit_head` shows entries cut off the end,
but someone who can write the database (and drop its append-only triggers) can rewrite an
entry, recompute every later hash and move the head: the chain is then consistent again.
What they cannot do without the platform's Ed25519 key (kept outside the database) is sign
a statement about the chain. So:

- A checkpoint is the signed statement {seq, entry_hash, signed_at}: "entry `seq` of the chain
  had hash `entry_hash` at `signed_at`". The scheduler leader writes one at least every minute
  while the head moves, every clean shutdown writes one, and `safeharbour audit checkpoint`
  writes one on demand. Each is stored in `audit_checkpoints` and appended to
  `<data dir>/audit-checkpoints.jsonl`, the file surviving an attacker who only reaches the
  database.
- Each day's transparency report carries that day's audit head (`audit_head` in `root.json`):
  the last entry before the end of the day (UTC). Anyone holding a published report holds an
  anchor nobody at the platform can take back.
- `verify_anchored` fails when the chain is shorter than, or differs from, any checkpoint or
  report head it can see. Since every entry's hash covers the previous one, a match at `seq`
  vouches for every entry up to `seq`: only entries newer than the last anchor can still be
  cut or rewritten unseen (docs/security.md).

A checkpoint is deliberately not an audit entry: recording it would move the head it attests,
and the next minute would need another checkpoint, for ever.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from safeharbour.audit.chain import (
    GENESIS_HASH,
    ChainReport,
    entry_body,
    iter_entries,
    verify_entries,
)
from safeharbour.audit.models import AuditCheckpoint, AuditEntry, AuditHead
from safeharbour.kit.canonical import canonical_json, digest_of
from safeharbour.kit.clock import parse_rfc3339, rfc3339
from safeharbour.kit.db import Database, UnitOfWork
from safeharbour.kit.keys import PlatformSigner
from safeharbour.kit.private_files import append_private_line
from safeharbour.kit.transactions import run_in_unit

CHECKPOINT_FILE = "audit-checkpoints.jsonl"
CHECKPOINT_KIND = "safeharbour-audit-checkpoint/v1"
CHECKPOINT_EVERY = timedelta(minutes=1)


@dataclass(frozen=True)
class Anchor:
    """What a signed statement says entry `seq` hashes to, and where the statement came from."""

    seq: int
    entry_hash: str
    source: str


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    entry_hash: str
    signed_at: datetime
    line: str


# -- signing and reading ----------------------------------------------------------------------
def sign_checkpoint(seq: int, entry_hash: str, signed_at: datetime, signer: PlatformSigner) -> str:
    """The checkpoint as one line of canonical JSON, signed over the same form without
    `signature`."""
    unsigned = {
        "kind": CHECKPOINT_KIND,
        "seq": seq,
        "entry_hash": entry_hash,
        "signed_at": rfc3339(signed_at),
        "public_key": signer.public_key_b64,
    }
    signature = base64.b64encode(signer.sign(canonical_json(unsigned))).decode("ascii")
    return canonical_json({**unsigned, "signature": signature}).decode("utf-8")


def _signature_problem(document: dict[str, Any], public_key_b64: str) -> str | None:
    """None when `document` is signed by the platform key, else what is wrong."""
    if document.get("public_key") != public_key_b64:
        return "signed with another key than this platform's"
    unsigned = {k: v for k, v in document.items() if k != "signature"}
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
        key.verify(base64.b64decode(str(document.get("signature", ""))), canonical_json(unsigned))
    except (InvalidSignature, ValueError, TypeError):
        return "signature does not verify"
    return None


def read_checkpoint(line: str, public_key_b64: str) -> Checkpoint:
    """A checkpoint line, checked: ValueError naming what is wrong (forged or damaged)."""
    try:
        document = json.loads(line)
    except ValueError:
        raise ValueError("not JSON") from None
    if not isinstance(document, dict) or document.get("kind") != CHECKPOINT_KIND:
        raise ValueError("not an audit checkpoint")
    problem = _signature_problem(document, public_key_b64)
    if problem is not None:
        raise ValueError(problem)
    seq, entry_hash = document.get("seq"), document.get("entry_hash")
    if not isinstance(seq, int) or seq < 1 or not isinstance(entry_hash, str):
        raise ValueError("seq or entry_hash missing")
    return Checkpoint(seq, entry_hash, parse_rfc3339(str(document["signed_at"])), line)


# -- writing ----------------------------------------------------------------------------------
def chain_head(session: Session) -> tuple[int, str]:
    """The last entry actually in the chain (not what `audit_head` claims)."""
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash).order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))


def do_write_checkpoint(
    unit: UnitOfWork, *, signer: PlatformSigner, checkpoint_file: Path | None
) -> Checkpoint | None:
    """Sign the chain's current head, when it moved since the last checkpoint (None if not).

    The line goes to `checkpoint_file` once the row is committed. Not audited (module
    docstring): the checkpoint is itself the record.
    """
    seq, entry_hash = chain_head(unit.session)
    last = latest_checkpoint(unit.session)
    if seq == 0 or (last is not None and last.seq >= seq):
        return None
    if last is not None:
        _require_extension(unit.session, last)
    signed_at = unit.clock.now()
    line = sign_checkpoint(seq, entry_hash, signed_at, signer)
    unit.session.add(
        AuditCheckpoint(seq=seq, entry_hash=entry_hash, signed_at=signed_at, line=line)
    )
    unit.session.flush()
    if checkpoint_file is not None:
        unit.after_commit(lambda: append_private_line(checkpoint_file, line))
    return Checkpoint(seq, entry_hash, signed_at, line)


class ChainNotExtended(Exception):
    """The chain no longer continues the last checkpoint: it was rewritten, so no new
    checkpoint is signed over it (that would vouch for the rewrite)."""


def _require_extension(session: Session, last: Checkpoint) -> None:
    """Check, link by link, that the entries after `last` continue it (a minute's worth)."""
    anchor = session.get(AuditEntry, last.seq)
    if anchor is None or anchor.entry_hash != last.entry_hash:
        raise ChainNotExtended(
            f"entry {last.seq} no longer matches its checkpoint: run `safeharbour audit verify`"
        )
    prev = last.entry_hash
    query = select(AuditEntry).where(AuditEntry.seq > last.seq).order_by(AuditEntry.seq)
    for expected_seq, entry in enumerate(session.scalars(query), start=last.seq + 1):
        body = entry_body(
            seq=entry.seq,
            occurred_at=rfc3339(entry.occurred_at),
            actor=entry.actor,
            action=entry.action,
            subjects=entry.subjects,
            snapshot=entry.snapshot,
            prev_hash=entry.prev_hash,
        )
        if (
            entry.seq != expected_seq
            or entry.prev_hash != prev
            or digest_of(body) != entry.entry_hash
        ):
            raise ChainNotExtended(
                f"entry {entry.seq} does not continue the chain after checkpoint {last.seq}: "
                "run `safeharbour audit verify`"
            )
        prev = entry.entry_hash


def write_checkpoint(
    database: Database, *, signer: PlatformSigner, checkpoint_file: Path | None
) -> Checkpoint | None:
    """`do_write_checkpoint` in its own transaction; another node writing the same head first
    is not an error."""
    try:
        return run_in_unit(
            database,
            lambda unit: do_write_checkpoint(unit, signer=signer, checkpoint_file=checkpoint_file),
            attempts=1,
        )
    except IntegrityError:
        return None


def latest_checkpoint(session: Session) -> Checkpoint | None:
    row = session.scalars(
        select(AuditCheckpoint).order_by(AuditCheckpoint.seq.desc()).limit(1)
    ).first()
    if row is None:
        return None
    return Checkpoint(row.seq, row.entry_hash, row.signed_at, row.line)


def head_at_end_of_day(session: Session, day: date) -> dict[str, Any]:
    """The day's audit head for its transparency report: the last entry before the end of the
    day (UTC), as {"seq", "entry_hash"}; seq 0 and the genesis hash when there is none."""
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC)
    row = session.execute(
        select(AuditEntry.seq, AuditEntry.entry_hash)
        .where(AuditEntry.occurred_at < end)
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return {"seq": 0, "entry_hash": GENESIS_HASH}
    return {"seq": int(row[0]), "entry_hash": str(row[1])}


# -- verifying --------------------------------------------------------------------------------
@dataclass
class AnchorSet:
    anchors: list[Anchor]
    problems: list[str]


def _checkpoint_anchors(
    lines: Iterable[tuple[str, str]], public_key_b64: str, found: AnchorSet
) -> None:
    for where, line in lines:
        try:
            checkpoint = read_checkpoint(line, public_key_b64)
        except ValueError as exc:
            found.problems.append(f"{where}: {exc} (forged or damaged checkpoint)")
            continue
        found.anchors.append(
            Anchor(
                checkpoint.seq,
                checkpoint.entry_hash,
                f"{where} (seq {checkpoint.seq}, signed {rfc3339(checkpoint.signed_at)})",
            )
        )


def _file_lines(path: Path) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield f"{path.name} line {number}", line.strip()


def _report_anchor(where: str, text: str, public_key_b64: str, found: AnchorSet) -> None:
    try:
        root = json.loads(text)
    except ValueError:
        found.problems.append(f"{where}: unreadable root.json")
        return
    if not isinstance(root, dict) or "audit_head" not in root:
        return  # published before reports carried the audit head
    problem = _signature_problem(root, public_key_b64)
    if problem is not None:
        found.problems.append(f"{where}: {problem}")
        return
    head = root["audit_head"]
    if not isinstance(head, dict) or not isinstance(head.get("seq"), int):
        found.problems.append(f"{where}: audit_head is not {{seq, entry_hash}}")
        return
    found.anchors.append(
        Anchor(head["seq"], str(head.get("entry_hash")), f"{where} (audit head seq {head['seq']})")
    )


def _report_roots(reports_dir: Path) -> Iterator[tuple[str, str]]:
    """root.json files in `reports_dir` itself or one level down (a directory per day)."""
    candidates = [reports_dir / "root.json", *sorted(reports_dir.glob("*/root.json"))]
    for path in candidates:
        if path.is_file():
            yield f"published report {path.parent.name}", path.read_text(encoding="utf-8")


def collect_anchors(
    session: Session,
    *,
    public_key_b64: str,
    checkpoint_file: Path | None = None,
    report_roots: Iterable[tuple[str, str]] = (),
    reports_dir: Path | None = None,
) -> AnchorSet:
    """Every anchor in sight: checkpoints in the database and in the file, the audit heads of
    `report_roots` ((where, root.json text): the stored published reports) and of the reports
    in `reports_dir`. Signatures that do not verify are problems, never silently skipped."""
    found = AnchorSet([], [])
    rows = session.execute(select(AuditCheckpoint.seq, AuditCheckpoint.line)).all()
    in_database = ((f"checkpoint {seq} in the database", line) for seq, line in rows)
    _checkpoint_anchors(in_database, public_key_b64, found)
    if checkpoint_file is not None and checkpoint_file.is_file():
        _checkpoint_anchors(_file_lines(checkpoint_file), public_key_b64, found)
    for where, text in report_roots:
        _report_anchor(where, text, public_key_b64, found)
    if reports_dir is not None:
        for where, text in _report_roots(reports_dir):
            _report_anchor(where, text, public_key_b64, found)
    return found


def verify_anchored(
    session: Session,
    *,
    public_key_b64: str,
    checkpoint_file: Path | None = None,
    report_roots: Iterable[tuple[str, str]] = (),
    reports_dir: Path | None = None,
    progress: Any = None,
) -> ChainReport:
    """The chain checked link by link, against its recorded head and against every anchor
    `collect_anchors` finds: fails when the chain is shorter than one or differs from one."""
    found = collect_anchors(
        session,
        public_key_b64=public_key_b64,
        checkpoint_file=checkpoint_file,
        report_roots=report_roots,
        reports_dir=reports_dir,
    )
    if found.problems:
        return ChainReport(False, 0, None, None, found.problems[0])
    row = session.get(AuditHead, 1)
    head = (0, GENESIS_HASH) if row is None else (int(row.seq), str(row.entry_hash))
    return verify_entries(
        iter_entries(session), head=head, anchors=found.anchors, progress=progress
    )
