"""Reads of the platform mirror, as plain views for transports.

Every read of a post's content (its text and its media) goes through `post_content`, which
applies seal visibility once for every route, console page, package and snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.intake.models import Account, Channel, Media, Post
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.errors import NotFound

MEDIA_VIEW_FIELDS = ("id", "kind", "mime", "sha256", "md5", "pdq", "url")


def _when(value: Any) -> str | None:
    return rfc3339(value) if value is not None else None


@dataclass(frozen=True, slots=True)
class ContentAudience:
    """Who is about to read stored post content, reduced to the one thing that matters here:
    whether a sealed copy may be shown to them.

    A post deleted on the platform while a legal hold covers it is kept, sealed with its
    digest, only for the purposes the hold serves (TCO Art. 6: review and complaint
    proceedings and the investigation of offences; e-Evidence preservation orders; SCA
    §2703(f)), "with technical and organisational safeguards". Moderation is not one of those
    purposes: the post is gone from the platform, there is nothing left to moderate. So a
    sealed copy shows only to

    - holders of `legal:sealed:read` (legal officers, who place holds and answer the orders
      the copy is kept for; admins hold every permission), and
    - the legal processes themselves (`LEGAL_PROCESS`): a disclosure package released under
      four-eyes to the ordering authority, and a preservation snapshot.

    Everyone else (moderators, senior moderators, auditors, QA reviewers) sees that the copy
    exists (`sealed`, its digest), never its text or media.
    """

    may_see_sealed: bool

    @classmethod
    def of(cls, principal: Principal) -> ContentAudience:
        return cls(may_see_sealed=principal.can(Permission.SEALED_CONTENT_READ))


LEGAL_PROCESS = ContentAudience(may_see_sealed=True)
"""Disclosure packages and preservation snapshots: the purposes a sealed copy is kept for."""
WITHOUT_SEALED = ContentAudience(may_see_sealed=False)


def post_content(
    session: Session, post: Post, audience: ContentAudience, *, media_fields: tuple[str, ...]
) -> dict[str, Any]:
    """The content of `post` as `audience` may see it: `text` and `media` (each with
    `media_fields`), or `None` and `[]` with `withheld: True` when the post is sealed and the
    audience may not see sealed copies. The one place seal visibility is applied."""
    sealed = post.sealed_sha256 is not None
    if sealed and not audience.may_see_sealed:
        return {"text": None, "media": [], "sealed": True, "withheld": True}
    rows = session.scalars(
        select(Media).where(Media.post_id == post.id).order_by(Media.position, Media.id)
    ).all()
    return {
        "text": post.text,
        "media": [{f: getattr(m, f) for f in media_fields} for m in rows],
        "sealed": sealed,
        "withheld": False,
    }


def post_view(session: Session, post_id: str, audience: ContentAudience) -> dict[str, Any]:
    """A post as the mirror holds it, its content as `audience` may see it (`post_content`)."""
    post = session.get(Post, post_id)
    if post is None:
        raise NotFound("no such post in the mirror", field="post_id")
    content = post_content(session, post, audience, media_fields=MEDIA_VIEW_FIELDS)
    return {
        "id": post.id,
        "channel_id": post.channel_id,
        "author_id": post.author_id,
        "text": content["text"],
        "text_sha256": post.text_sha256,
        "media": content["media"],
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
