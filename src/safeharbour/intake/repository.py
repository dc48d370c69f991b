"""All SQL of the platform mirror. Batches are loaded and written in bulk."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from safeharbour.intake.models import Account, Channel, IngestedEvent, Media, Membership, Post
from safeharbour.kit.db import table_of

T = TypeVar("T")
CHUNK = 500


def _chunks(values: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def known_event_digests(session: Session, event_ids: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    table = table_of(IngestedEvent)
    for chunk in _chunks(sorted(set(event_ids))):
        rows = session.execute(
            select(table.c.event_id, table.c.payload_sha256).where(table.c.event_id.in_(chunk))
        ).all()
        found.update({row[0]: row[1] for row in rows})
    return found


def insert_ingested_events(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(table_of(IngestedEvent)), rows)


MIRROR_COLUMNS: dict[type, list[str]] = {
    Account: [
        "id",
        "country",
        "created_at",
        "verified",
        "official",
        "display_name",
        "source_version",
        "first_seen_at",
        "demo",
    ],
    Channel: [
        "id",
        "kind",
        "title",
        "owner_id",
        "subscribers",
        "public",
        "verified",
        "source_version",
        "first_seen_at",
        "demo",
    ],
    Post: [
        "id",
        "channel_id",
        "author_id",
        "text",
        "text_sha256",
        "posted_at",
        "edited_at",
        "deleted_at",
        "purged_at",
        "sealed_sha256",
        "url",
        "source_version",
        "first_seen_at",
        "demo",
    ],
}


def load_rows(session: Session, model: type, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Current state of mirror rows as plain dicts, keyed by id."""
    columns = MIRROR_COLUMNS[model]
    table = table_of(model)
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = session.execute(
            select(*[table.c[c] for c in columns]).where(table.c.id.in_(chunk))
        ).all()
        for row in rows:
            found[row[0]] = dict(zip(columns, row, strict=True))
    return found


def write_rows(
    session: Session, model: type, new: list[dict[str, Any]], changed: list[dict[str, Any]]
) -> None:
    table = table_of(model)
    if new:
        session.execute(insert(table), new)
    if changed:
        columns = [c for c in MIRROR_COLUMNS[model] if c not in ("id", "first_seen_at")]
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(c) for c in columns})
        )
        session.execute(
            statement, [{"_id": row["id"], **{c: row[c] for c in columns}} for row in changed]
        )


def load_memberships(
    session: Session, keys: Sequence[tuple[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    found: dict[tuple[str, str], dict[str, Any]] = {}
    table = table_of(Membership)
    for chunk in _chunks(sorted(set(keys))):
        rows = session.execute(
            select(table).where(tuple_(table.c.channel_id, table.c.account_id).in_(chunk))
        ).mappings()
        for row in rows:
            found[(row["channel_id"], row["account_id"])] = dict(row)
    return found


def write_memberships(
    session: Session, new: list[dict[str, Any]], changed: list[dict[str, Any]]
) -> None:
    table = table_of(Membership)
    if new:
        session.execute(insert(table), new)
    if changed:
        session.execute(
            update(table)
            .where(
                table.c.channel_id == bindparam("_channel"),
                table.c.account_id == bindparam("_account"),
            )
            .values(
                joined_at=bindparam("joined_at"),
                left_at=bindparam("left_at"),
                source_version=bindparam("source_version"),
            ),
            [
                {
                    "_channel": r["channel_id"],
                    "_account": r["account_id"],
                    "joined_at": r["joined_at"],
                    "left_at": r["left_at"],
                    "source_version": r["source_version"],
                }
                for r in changed
            ],
        )


def replace_media(
    session: Session,
    post_media: dict[str, list[dict[str, Any]]],
    new_posts: Iterable[str] = (),
) -> None:
    """Set the media of each post to exactly the given items. `new_posts` were inserted in
    this transaction, so they have no media to delete."""
    post_ids = sorted(post_media)
    table = table_of(Media)
    for chunk in _chunks(sorted(set(post_ids) - set(new_posts))):
        session.execute(delete(table).where(table.c.post_id.in_(chunk)))
    rows = [item for pid in post_ids for item in post_media[pid]]
    if rows:
        session.execute(insert(table), rows)


def media_of(session: Session, post_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(sorted(set(post_ids))):
        rows = session.execute(
            select(table_of(Media)).where(Media.post_id.in_(chunk)).order_by(Media.position)
        ).mappings()
        for row in rows:
            found.setdefault(row["post_id"], []).append(dict(row))
    return found


def sealed_posts(session: Session, limit: int) -> list[dict[str, Any]]:
    rows = session.execute(
        select(Post.id, Post.channel_id, Post.author_id)
        .where(Post.sealed_sha256.is_not(None), Post.purged_at.is_(None))
        .limit(limit)
    ).all()
    return [{"id": r[0], "channel_id": r[1], "author_id": r[2]} for r in rows]


def purge_posts(session: Session, post_ids: Sequence[str], now: datetime) -> None:
    for chunk in _chunks(list(post_ids)):
        session.execute(delete(Media).where(Media.post_id.in_(chunk)))
        session.execute(
            update(Post)
            .where(Post.id.in_(chunk))
            .values(text=None, purged_at=now, sealed_sha256=None)
        )
