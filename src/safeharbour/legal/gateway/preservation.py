"""Preservation snapshots: the targets' stored data frozen, sealed, held, then purged.

* `do_take_preservation_snapshot` freezes the mirror's rows for the request's targets (posts
  with their text and media hashes, accounts, channels; for an account or a channel the row
  itself) into one canonical JSON document, encrypted at rest, sealed with its SHA-256, and
  places a legal hold on every target until the end of the legal period. A `complied` or
  `partially_complied` answer to a `preservation` request takes one automatically; a legal
  officer can take one on demand for any request.
* `do_extend_preservation` extends once by the instrument's extension (new holds to the new end).
* `do_purge_expired_snapshots` (the `preservation-purge` job) erases the content of snapshots
  whose period ended; the seal, the targets and the times stay as the record (audited).

| basis (`legal_instrument`) | period | extension |
|---|---|---|
| `epoc_pr` (e-Evidence Art. 11) | 60 days | +30 days |
| `us_sca` (18 U.S.C. 2703(f)) | 90 days | +90 days |
| `tco` (TCO Art. 6) | 6 months (183 days) | none |
| anything else (platform policy) | 90 days | +90 days |
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from typing import Any

import orjson
from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.intake.queries import LEGAL_PROCESS, ContentAudience, post_content
from safeharbour.kit.canonical import canonical_json, sha256_hex
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import SYSTEM, Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.gateway.effect import targets_of
from safeharbour.legal.gateway.models import LegalRequest, PreservationSnapshot
from safeharbour.legal.holds import HOLD_SUBJECT_KINDS, do_place_legal_hold

#: basis -> (period, extension, ground)
PERIODS: Mapping[str, tuple[dt.timedelta, dt.timedelta, str]] = {
    "epoc_pr": (
        dt.timedelta(days=60),
        dt.timedelta(days=30),
        "e-Evidence Regulation Art. 11 (EPOC-PR): preserved 60 days, +30 on request",
    ),
    "us_sca": (
        dt.timedelta(days=90),
        dt.timedelta(days=90),
        "18 U.S.C. 2703(f): preserved 90 days, +90 on renewed request",
    ),
    "tco": (
        dt.timedelta(days=183),
        dt.timedelta(0),
        "TCO Art. 6: content and related data preserved six months",
    ),
    "other": (
        dt.timedelta(days=90),
        dt.timedelta(days=90),
        "Platform policy for preservation requests: 90 days, +90 on request",
    ),
}


def basis_of(request: LegalRequest) -> str:
    return request.legal_instrument if request.legal_instrument in PERIODS else "other"


def _iso(value: dt.datetime | None) -> str | None:
    return rfc3339(value) if value else None


def _account(session: Any, account_id: str) -> dict[str, Any]:
    row = session.get(Account, account_id)
    if row is None:
        return {"kind": "account", "id": account_id, "held": False}
    return {
        "kind": "account",
        "id": row.id,
        "held": True,
        "country": row.country,
        "created_at": _iso(row.created_at),
        "verified": row.verified,
        "official": row.official,
    }


def _channel(session: Any, channel_id: str) -> dict[str, Any]:
    row = session.get(Channel, channel_id)
    if row is None:
        return {"kind": "channel", "id": channel_id, "held": False}
    return {
        "kind": "channel",
        "id": row.id,
        "held": True,
        "channel_kind": row.kind,
        "title": row.title,
        "owner_id": row.owner_id,
        "subscribers": row.subscribers,
        "public": row.public,
    }


SNAPSHOT_MEDIA_FIELDS = ("id", "kind", "mime", "sha256", "md5")


def _post(session: Any, post_id: str) -> dict[str, Any]:
    row = session.get(Post, post_id)
    if row is None:
        return {"kind": "post", "id": post_id, "held": False}
    # Preserving is what a sealed copy is kept for: the legal process sees it.
    content = post_content(session, row, LEGAL_PROCESS, media_fields=SNAPSHOT_MEDIA_FIELDS)
    return {
        "kind": "post",
        "id": row.id,
        "held": True,
        "channel_id": row.channel_id,
        "author_id": row.author_id,
        "text": content["text"],
        "text_sha256": row.text_sha256,
        "posted_at": _iso(row.posted_at),
        "edited_at": _iso(row.edited_at),
        "deleted_at": _iso(row.deleted_at),
        "purged_at": _iso(row.purged_at),
        "media": content["media"],
    }


def freeze(session: Any, targets: list[tuple[str, str]]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for kind, ident in targets:
        if kind == "post":
            rows.append(_post(session, ident))
        elif kind == "account":
            rows.append(_account(session, ident))
        elif kind in ("channel", "group"):
            rows.append(_channel(session, ident))
    return rows


def do_take_preservation_snapshot(
    unit: UnitOfWork, request_id: uuid.UUID, *, cipher: FieldCipher, actor: Actor
) -> PreservationSnapshot:
    request = unit.session.get(LegalRequest, request_id)
    if request is None:
        raise NotFound("no such legal request", field="request_id")
    targets = targets_of(request)
    if not targets:
        raise InvalidInput(
            "the request names no target the platform could resolve", field="targets"
        )
    now = unit.clock.now()
    basis = basis_of(request)
    period, _extension, ground = PERIODS[basis]
    held_until = now + period
    snapshot_id = new_id()
    content = {
        "snapshot_id": str(snapshot_id),
        "request_id": str(request.id),
        "frozen_at": rfc3339(now),
        "basis": basis,
        "targets": freeze(unit.session, targets),
    }
    raw = canonical_json(content)
    holds = _hold(unit, targets, ground, held_until, snapshot_id, actor)
    snapshot = PreservationSnapshot(
        id=snapshot_id,
        request_id=request.id,
        basis=basis,
        targets=[{"kind": k, "id": i} for k, i in targets],
        content_encrypted=cipher.encrypt(raw.decode()),
        content_sha256=sha256_hex(raw),
        hold_ids=holds,
        held_until=held_until,
        extensions=0,
        created_at=now,
        created_by=actor.ref,
    )
    unit.session.add(snapshot)
    unit.session.flush()
    unit.record(
        AuditTag.LEGAL_PRESERVATION_TAKEN,
        actor=actor,
        subjects={"request": request.id, "snapshot": snapshot.id},
        snapshot={
            "content_sha256": snapshot.content_sha256,
            "basis": basis,
            "held_until": rfc3339(held_until),
            "holds": holds,
        },
    )
    return snapshot


def _hold(
    unit: UnitOfWork,
    targets: list[tuple[str, str]],
    ground: str,
    held_until: dt.datetime,
    snapshot_id: uuid.UUID,
    actor: Actor,
) -> list[str]:
    ids = []
    for kind, ident in targets:
        subject = "channel" if kind == "group" else kind
        if subject not in HOLD_SUBJECT_KINDS:
            continue
        hold = do_place_legal_hold(
            unit,
            subject_kind=subject,
            subject_id=ident,
            reason=ground,
            held_until=held_until,
            reference=f"preservation:{snapshot_id}",
            actor=actor,
        )
        ids.append(str(hold.id))
    return ids


def do_extend_preservation(
    unit: UnitOfWork, snapshot_id: uuid.UUID, *, actor: Actor
) -> PreservationSnapshot:
    snapshot = unit.session.get(PreservationSnapshot, snapshot_id, with_for_update=True)
    if snapshot is None:
        raise NotFound("no such preservation snapshot", field="snapshot_id")
    if snapshot.purged_at is not None:
        raise Conflict("the snapshot was purged when its period ended", field="snapshot_id")
    _period, extension, ground = PERIODS[snapshot.basis]
    if not extension:
        raise Conflict(f"{snapshot.basis} preservation has no extension", field="snapshot_id")
    if snapshot.extensions >= 1:
        raise Conflict("the preservation was already extended once", field="snapshot_id")
    held_until = snapshot.held_until + extension
    targets = [(t["kind"], t["id"]) for t in snapshot.targets]
    holds = _hold(unit, targets, f"{ground} (extended)", held_until, snapshot.id, actor)
    snapshot.hold_ids = [*snapshot.hold_ids, *holds]
    snapshot.held_until = held_until
    snapshot.extensions += 1
    unit.record(
        AuditTag.LEGAL_PRESERVATION_EXTENDED,
        actor=actor,
        subjects={"request": snapshot.request_id, "snapshot": snapshot.id},
        snapshot={"held_until": rfc3339(held_until), "holds": holds},
    )
    return snapshot


def do_purge_expired_snapshots(unit: UnitOfWork, *, actor: Actor = SYSTEM) -> int:
    """Erase the content of every snapshot whose legal period ended (the scheduler's job)."""
    now = unit.clock.now()
    due = unit.session.scalars(
        select(PreservationSnapshot)
        .where(PreservationSnapshot.purged_at.is_(None), PreservationSnapshot.held_until <= now)
        .with_for_update()
    ).all()
    for snapshot in due:
        snapshot.content_encrypted = None
        snapshot.purged_at = now
        unit.record(
            AuditTag.LEGAL_PRESERVATION_PURGED,
            actor=actor,
            subjects={"request": snapshot.request_id, "snapshot": snapshot.id},
            snapshot={
                "content_sha256": snapshot.content_sha256,
                "held_until": rfc3339(snapshot.held_until),
            },
        )
    return len(due)


def list_snapshots(session: Any, request_id: uuid.UUID) -> list[PreservationSnapshot]:
    return list(
        session.scalars(
            select(PreservationSnapshot)
            .where(PreservationSnapshot.request_id == request_id)
            .order_by(PreservationSnapshot.created_at)
        )
    )


def snapshot_content(
    snapshot: PreservationSnapshot, cipher: FieldCipher, audience: ContentAudience
) -> dict[str, Any] | None:
    """The frozen content, to an audience that may see sealed copies (a snapshot is one:
    intake/queries.py `ContentAudience`); None to others and once purged."""
    if snapshot.content_encrypted is None or not audience.may_see_sealed:
        return None
    return dict(orjson.loads(cipher.decrypt(snapshot.content_encrypted)))


__all__ = [
    "PERIODS",
    "basis_of",
    "do_extend_preservation",
    "do_purge_expired_snapshots",
    "do_take_preservation_snapshot",
    "freeze",
    "list_snapshots",
    "snapshot_content",
]
