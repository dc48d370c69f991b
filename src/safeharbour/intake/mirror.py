"""Ingesting platform events into the mirror: `do_ingest_events` is the only writer.

Contract:
- Idempotent on `event_id`: an event already stored counts as a duplicate and changes
  nothing. The same id with different content is a conflict and rejects the whole batch.
- All or nothing: the batch is applied in one transaction; any error leaves no trace.
- Order-safe: a mirror row keeps the `occurred_at` of the last event applied
  (`source_version`); an older event never rolls state back. A deletion is final.
- One audit entry per change, holding ids and digests only. An event that changes nothing
  (stale, or identical state) is recorded for idempotency but not audited.
- `post.deleted` purges the stored copy (text and media) unless a legal hold applies to the
  post, its author or its channel; then the copy is kept, sealed with its digest, and purged
  by the scheduler once no hold applies any more.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from safeharbour.audit.tags import AuditTag
from safeharbour.intake import repository as repo
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.intake.schemas import (
    DEFAULT_MAX_FUTURE,
    EventType,
    PlatformEvent,
    check_event_times,
)
from safeharbour.kit.canonical import digest_of, sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, FieldError
from safeharbour.legal.holds import PostRef, holds_for_posts

ACCOUNT_FIELDS = ("country", "created_at", "verified", "official", "display_name")
CHANNEL_FIELDS = ("kind", "title", "owner_id", "subscribers", "public", "verified")
MEDIA_FIELDS = ("id", "kind", "mime", "sha256", "md5", "pdq", "url")


@dataclass
class IngestResult:
    accepted: int = 0
    duplicates: int = 0
    changes: int = 0


@dataclass
class _Rows:
    current: dict[str, dict[str, Any]]
    new_ids: set[str] = field(default_factory=set)
    dirty: set[str] = field(default_factory=set)

    def put(self, row: dict[str, Any], *, is_new: bool) -> None:
        self.current[row["id"]] = row
        if is_new:
            self.new_ids.add(row["id"])
        else:
            self.dirty.add(row["id"])

    def split(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        new = [self.current[i] for i in sorted(self.new_ids)]
        changed = [self.current[i] for i in sorted(self.dirty - self.new_ids)]
        return new, changed


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


class _Batch:
    def __init__(self, unit: UnitOfWork, actor: Actor, demo: bool) -> None:
        self.unit = unit
        self.session = unit.session
        self.actor = actor
        self.demo = demo
        self.now = unit.clock.now()
        self.changes = 0

    def load(self, events: list[PlatformEvent]) -> None:
        account_ids = [e.data.id for e in events if e.type == EventType.ACCOUNT_UPSERTED]
        channel_ids = [e.data.id for e in events if e.type == EventType.CHANNEL_UPSERTED]
        post_ids = [
            e.data.id
            for e in events
            if e.type in (EventType.POST_CREATED, EventType.POST_EDITED, EventType.POST_DELETED)
        ]
        member_keys = [
            (e.data.channel_id, e.data.account_id)
            for e in events
            if e.type in (EventType.MEMBER_JOINED, EventType.MEMBER_LEFT)
        ]
        self.accounts = _Rows(repo.load_rows(self.session, Account, account_ids))
        self.channels = _Rows(repo.load_rows(self.session, Channel, channel_ids))
        self.posts = _Rows(repo.load_rows(self.session, Post, post_ids))
        self.media = repo.media_of(self.session, list(self.posts.current))
        self.media_dirty: set[str] = set()
        self.members = repo.load_memberships(self.session, member_keys)
        self.members_new: set[tuple[str, str]] = set()
        self.members_dirty: set[tuple[str, str]] = set()
        self.deleted: list[tuple[PlatformEvent, dict[str, Any]]] = []

    # -- audit and outbox -------------------------------------------------------------
    def _changed(
        self,
        event: PlatformEvent,
        tag: AuditTag,
        subjects: dict[str, Any],
        snapshot: dict[str, Any],
        key: str | None,
    ) -> None:
        self.changes += 1
        subjects = {k: v for k, v in subjects.items() if v is not None}
        self.unit.record(
            tag, actor=self.actor, subjects={**subjects, "event": event.event_id}, snapshot=snapshot
        )
        self.unit.publish(
            f"platform.{event.type.value}",
            {"event_id": event.event_id, "type": event.type.value, **subjects},
            key=key,
        )

    def _base(self, event: PlatformEvent) -> dict[str, Any]:
        return {"source_version": event.occurred_at, "first_seen_at": self.now, "demo": self.demo}

    # -- event handlers ---------------------------------------------------------------
    def account(self, event: PlatformEvent) -> None:
        data = event.data
        values = {f: getattr(data, f) for f in ACCOUNT_FIELDS}
        self._upsert(
            event,
            self.accounts,
            values,
            AuditTag.PLATFORM_ACCOUNT_UPSERTED,
            {"account": data.id},
            key=data.id,
        )

    def channel(self, event: PlatformEvent) -> None:
        data = event.data
        values = {f: getattr(data, f) for f in CHANNEL_FIELDS}
        self._upsert(
            event,
            self.channels,
            values,
            AuditTag.PLATFORM_CHANNEL_UPSERTED,
            {"channel": data.id},
            key=data.id,
        )

    def _upsert(
        self,
        event: PlatformEvent,
        rows: _Rows,
        values: dict[str, Any],
        tag: AuditTag,
        subjects: dict[str, Any],
        key: str,
    ) -> None:
        row_id = event.data.id
        current = rows.current.get(row_id)
        if current is not None and current["source_version"] > event.occurred_at:
            return
        if current is None:
            changed_fields = sorted(values)
            row = {"id": row_id, **self._base(event), **values}
            rows.put(row, is_new=True)
        else:
            changed_fields = sorted(f for f in values if current[f] != values[f])
            if not changed_fields:
                return
            current.update(values, source_version=event.occurred_at)
            rows.put(current, is_new=row_id in rows.new_ids)
        state = {f: _jsonable(values[f]) for f in sorted(values)}
        self._changed(
            event, tag, subjects, {"changed": changed_fields, "state_sha256": digest_of(state)}, key
        )

    def post(self, event: PlatformEvent) -> None:
        """`post.created` carries the whole post; `post.edited` changes the fields it names."""
        data = event.data
        current = self.posts.current.get(data.id)
        if current is not None and (
            current["deleted_at"] is not None or current["source_version"] > event.occurred_at
        ):
            return
        created = event.type == EventType.POST_CREATED
        given = data.model_fields_set
        partial = not created and current is not None

        def pick(name: str) -> Any:
            if partial and name not in given:
                return current[name]  # type: ignore[index]
            return getattr(data, name)

        channel_id, author_id, text = pick("channel_id"), pick("author_id"), pick("text")
        # An event that does not carry the address keeps the one known.
        url = data.url if data.url is not None else (current["url"] if current else None)
        if partial and "media" not in given:
            media = [dict(m) for m in self.media.get(data.id, [])]
        else:
            media = [
                {"post_id": data.id, "position": i, **{f: getattr(m, f) for f in MEDIA_FIELDS}}
                for i, m in enumerate(data.media)
            ]
        text_sha = sha256_hex(text)
        if current is None:
            row = {
                "id": data.id,
                **self._base(event),
                "channel_id": channel_id,
                "author_id": author_id,
                "text": text,
                "text_sha256": text_sha,
                "url": url,
                "posted_at": event.occurred_at if created else None,
                "edited_at": None if created else event.occurred_at,
                "deleted_at": None,
                "purged_at": None,
                "sealed_sha256": None,
            }
            self.posts.put(row, is_new=True)
            changed = ["author_id", "channel_id", "media", "text"]
        else:
            old_media = [{f: m[f] for f in MEDIA_FIELDS} for m in self.media.get(data.id, [])]
            new_media = [{f: m[f] for f in MEDIA_FIELDS} for m in media]
            changed = sorted(
                [
                    f
                    for f, v in (("channel_id", channel_id), ("author_id", author_id), ("url", url))
                    if current[f] != v
                ]
                + (["text"] if current["text_sha256"] != text_sha else [])
                + (["media"] if old_media != new_media else [])
            )
            if not changed:
                return
            current.update(
                channel_id=channel_id,
                author_id=author_id,
                text=text,
                text_sha256=text_sha,
                url=url,
                source_version=event.occurred_at,
            )
            if created and current["posted_at"] is None:
                current["posted_at"] = event.occurred_at
            if not created:
                current["edited_at"] = event.occurred_at
            self.posts.put(current, is_new=data.id in self.posts.new_ids)
        self.media[data.id] = media
        self.media_dirty.add(data.id)
        snapshot = {
            "changed": changed,
            "text_sha256": text_sha,
            "media": [
                {"id": m["id"], "sha256": digest_of({f: m[f] for f in MEDIA_FIELDS})} for m in media
            ],
        }
        tag = AuditTag.PLATFORM_POST_CREATED if created else AuditTag.PLATFORM_POST_EDITED
        self._changed(
            event,
            tag,
            {"post": data.id, "channel": channel_id, "author": author_id},
            snapshot,
            key=channel_id or author_id or data.id,
        )

    def post_deleted(self, event: PlatformEvent) -> None:
        post_id = event.data.id
        current = self.posts.current.get(post_id)
        if current is not None and current["deleted_at"] is not None:
            return
        if current is None:
            # A tombstone, so that a late `post.created` cannot bring the post back.
            current = {
                "id": post_id,
                **self._base(event),
                "channel_id": None,
                "author_id": None,
                "text": None,
                "text_sha256": None,
                "posted_at": None,
                "edited_at": None,
                "deleted_at": event.occurred_at,
                "purged_at": self.now,
                "sealed_sha256": None,
            }
            self.posts.put(current, is_new=True)
        else:
            current["deleted_at"] = event.occurred_at
            current["source_version"] = max(current["source_version"], event.occurred_at)
            self.posts.put(current, is_new=post_id in self.posts.new_ids)
        self.deleted.append((event, current))

    def member(self, event: PlatformEvent) -> None:
        data = event.data
        key = (data.channel_id, data.account_id)
        current = self.members.get(key)
        if current is not None and current["source_version"] > event.occurred_at:
            return
        joined = event.type == EventType.MEMBER_JOINED
        if current is None:
            current = {
                "channel_id": key[0],
                "account_id": key[1],
                "joined_at": None,
                "left_at": None,
                "source_version": event.occurred_at,
            }
            self.members[key] = current
            self.members_new.add(key)
        elif (joined and current["left_at"] is None and current["joined_at"] is not None) or (
            not joined and current["left_at"] is not None
        ):
            return
        if joined:
            current.update(joined_at=event.occurred_at, left_at=None)
        else:
            current.update(left_at=event.occurred_at)
        current["source_version"] = event.occurred_at
        if key not in self.members_new:
            self.members_dirty.add(key)
        tag = AuditTag.PLATFORM_MEMBER_JOINED if joined else AuditTag.PLATFORM_MEMBER_LEFT
        self._changed(event, tag, {"channel": key[0], "account": key[1]}, {}, key=key[0])

    # -- deletions: purge or seal ---------------------------------------------------------
    def settle_deletions(self) -> None:
        if not self.deleted:
            return
        refs = [PostRef(row["id"], row["channel_id"], row["author_id"]) for _, row in self.deleted]
        held = holds_for_posts(self.session, refs, self.now)
        for event, row in self.deleted:
            hold_ids = held.get(row["id"], [])
            if row["purged_at"] is None and hold_ids:
                kept = {
                    "text": row["text"],
                    "media": [
                        {f: m[f] for f in MEDIA_FIELDS} for m in self.media.get(row["id"], [])
                    ],
                }
                row["sealed_sha256"] = digest_of(kept)
                snapshot = {
                    "purged": False,
                    "sealed_sha256": row["sealed_sha256"],
                    "holds": hold_ids,
                }
            else:
                row["text"] = None
                row["purged_at"] = row["purged_at"] or self.now
                self.media[row["id"]] = []
                self.media_dirty.add(row["id"])
                snapshot = {"purged": True}
            self._changed(
                event,
                AuditTag.PLATFORM_POST_DELETED,
                {"post": row["id"], "channel": row["channel_id"], "author": row["author_id"]},
                snapshot,
                key=row["channel_id"] or row["id"],
            )

    def write(self) -> None:
        for model, rows in ((Account, self.accounts), (Channel, self.channels), (Post, self.posts)):
            new, changed = rows.split()
            repo.write_rows(self.session, model, new, changed)
        if self.media_dirty:
            repo.replace_media(
                self.session,
                {pid: self.media.get(pid, []) for pid in self.media_dirty},
                new_posts=self.posts.new_ids,
            )
        repo.write_memberships(
            self.session,
            [self.members[k] for k in sorted(self.members_new)],
            [self.members[k] for k in sorted(self.members_dirty)],
        )


def do_ingest_events(
    unit: UnitOfWork,
    events: list[PlatformEvent],
    *,
    actor: Actor,
    demo: bool = False,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> IngestResult:
    """Apply a validated batch to the mirror in the caller's transaction.

    Every path (API, webhook, CLI, Matrix, demo) comes through here, so the one check that
    needs the clock runs here: an event dated more than `max_future` ahead refuses the batch
    (InvalidInput naming `events.N.occurred_at`, nothing stored)."""
    check_event_times(events, now=unit.clock.now(), max_future=max_future)
    result = IngestResult()
    digests = [digest_of(e.raw) for e in events]
    seen = repo.known_event_digests(unit.session, [e.event_id for e in events])
    fresh: list[PlatformEvent] = []
    conflicts: list[FieldError] = []
    for index, (event, digest) in enumerate(zip(events, digests, strict=True)):
        known = seen.get(event.event_id)
        if known is None:
            seen[event.event_id] = digest
            fresh.append(event)
            result.accepted += 1
        elif known == digest:
            result.duplicates += 1
        else:
            conflicts.append(
                FieldError(
                    f"events.{index}.event_id",
                    "this event_id was already ingested with different content",
                )
            )
    if conflicts:
        raise Conflict(
            "event ids reused with different content; nothing was stored", errors=conflicts
        )
    if not fresh:
        return result

    batch = _Batch(unit, actor, demo)
    batch.load(fresh)
    handlers = {
        EventType.ACCOUNT_UPSERTED: batch.account,
        EventType.CHANNEL_UPSERTED: batch.channel,
        EventType.POST_CREATED: batch.post,
        EventType.POST_EDITED: batch.post,
        EventType.POST_DELETED: batch.post_deleted,
        EventType.MEMBER_JOINED: batch.member,
        EventType.MEMBER_LEFT: batch.member,
    }
    for event in fresh:
        handlers[event.type](event)
    batch.settle_deletions()
    batch.write()
    fresh_digest = {e.event_id: d for e, d in zip(events, digests, strict=True)}
    repo.insert_ingested_events(
        unit.session,
        [
            {
                "event_id": e.event_id,
                "type": e.type.value,
                "occurred_at": e.occurred_at,
                "received_at": batch.now,
                "payload_sha256": fresh_digest[e.event_id],
                "source": actor.ref,
            }
            for e in fresh
        ],
    )
    result.changes = batch.changes
    return result


def purge_unheld_sealed_posts(unit: UnitOfWork, *, actor: Actor, limit: int = 5000) -> int:
    """Purge sealed (deleted but held) posts whose holds have all ended."""
    now = unit.clock.now()
    candidates = repo.sealed_posts(unit.session, limit)
    if not candidates:
        return 0
    held = holds_for_posts(
        unit.session,
        [PostRef(c["id"], c["channel_id"], c["author_id"]) for c in candidates],
        now,
    )
    free = [c for c in candidates if c["id"] not in held]
    repo.purge_posts(unit.session, [c["id"] for c in free], now)
    for c in free:
        unit.record(
            AuditTag.PLATFORM_POST_PURGED,
            actor=actor,
            subjects={
                k: v
                for k, v in (
                    ("post", c["id"]),
                    ("channel", c["channel_id"]),
                    ("author", c["author_id"]),
                )
                if v
            },
            snapshot={"reason": "legal holds ended"},
        )
    return len(free)
