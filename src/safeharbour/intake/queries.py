"""Reads of the platform mirror, as plain views for transports."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Account, Channel, Media, Post
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.errors import NotFound

MEDIA_VIEW_FIELDS = ("id", "kind", "mime", "sha256", "md5", "pdq", "url")


def _when(value: Any) -> str | None:
    return rfc3339(value) if value is not None else None


def post_view(session: Session, post_id: str, *, may_see_sealed: bool) -> dict[str, Any]:
    """A post as the mirror holds it. A sealed copy (kept only for a legal hold) shows its
    content only to those who manage holds."""
    post = session.get(Post, post_id)
    if post is None:
        raise NotFound("no such post in the mirror", field="post_id")
    content_visible = post.sealed_sha256 is None or may_see_sealed
    media = []
    if content_visible:
        rows = session.scalars(
            select(Media).where(Media.post_id == post_id).order_by(Media.position)
        ).all()
        media = [{f: getattr(m, f) for f in MEDIA_VIEW_FIELDS} for m in rows]
    return {
        "id": post.id,
        "channel_id": post.channel_id,
        "author_id": post.author_id,
        "text": post.text if content_visible else None,
        "text_sha256": post.text_sha256,
        "media": media,
        "posted_at": _when(post.posted_at),
        "edited_at": _when(post.edited_at),
        "deleted_at": _when(post.deleted_at),
        "purged": post.purged_at is not None,
        "sealed": post.sealed_sha256 is not None,
        "sealed_sha256": post.sealed_sha256,
    }


def account_view(session: Session, account_id: str) -> dict[str, Any]:
    row = session.get(Account, account_id)
    if row is None:
        raise NotFound("no such account in the mirror", field="account_id")
    return {
        "id": row.id,
        "country": row.country,
        "verified": row.verified,
        "official": row.official,
        "created_at": _when(row.created_at),
    }


def channel_view(session: Session, channel_id: str) -> dict[str, Any]:
    row = session.get(Channel, channel_id)
    if row is None:
        raise NotFound("no such channel in the mirror", field="channel_id")
    return {
        "id": row.id,
        "kind": row.kind,
        "title": row.title,
        "owner_id": row.owner_id,
        "subscribers": row.subscribers,
        "public": row.public,
        "verified": row.verified,
    }
