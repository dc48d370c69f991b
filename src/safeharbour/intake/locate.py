"""Finding the mirrored item a notice or a moderator names: by a platform URL (the platform's
URL patterns, then the addresses posts were ingested with) or by searching the mirror by id or
address.

URL patterns (`settings.platform_url_patterns`) are regular expressions matched against the
whole URL. A pattern names the item either with the groups `kind` (post, channel, group or
account, plural allowed) and `id`, or with one group named after the kind it always means:
`post_id`, `channel_id` or `account_id` (the demo platform's `https://chat.demo.example/p/<id>`
is `^https?://chat\\.demo\\.example/p/(?P<post_id>[0-9A-Za-z._-]+)/?$`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Account, Channel, Post
from safeharbour.kit.errors import InvalidInput

ITEM_GROUPS = {"post_id": "post", "channel_id": "channel", "account_id": "account"}
KIND_ALIASES = {
    "post": "post",
    "posts": "post",
    "channel": "channel",
    "channels": "channel",
    "group": "channel",  # groups and channels are both channels in the mirror
    "groups": "channel",
    "account": "account",
    "accounts": "account",
}


def compile_url_patterns(
    patterns: Iterable[str], field: str = "platform_url_patterns"
) -> tuple[re.Pattern[str], ...]:
    """The settings' patterns compiled; InvalidInput naming `field.N` for a bad one."""
    compiled = []
    for index, pattern in enumerate(patterns):
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise InvalidInput(
                f"not a regular expression: {exc}", field=f"{field}.{index}"
            ) from None
        groups = set(regex.groupindex)
        if not ({"kind", "id"} <= groups or groups & set(ITEM_GROUPS)):
            raise InvalidInput(
                "needs the named groups kind and id, or one of post_id, channel_id, account_id",
                field=f"{field}.{index}",
            )
        compiled.append(regex)
    return tuple(compiled)


def match_platform_url(patterns: Sequence[re.Pattern[str]], url: str) -> tuple[str, str] | None:
    """(post | channel | account, id) for the first pattern the URL matches, else None."""
    for pattern in patterns:
        match = pattern.match(url.strip())
        if match is None:
            continue
        found = match.groupdict()
        for group, kind in ITEM_GROUPS.items():
            if found.get(group):
                return kind, found[group]
        raw_kind = (found.get("kind") or "").lower()
        if raw_kind in KIND_ALIASES and found.get("id"):
            return KIND_ALIASES[raw_kind], found["id"]
    return None


def post_by_url(session: Session, url: str) -> str | None:
    """The id of the post ingested with this address (`post.created` data `url`), if any."""
    return session.scalar(select(Post.id).where(Post.url == url.strip()).limit(1))


def item_for_url(
    session: Session, patterns: Sequence[re.Pattern[str]], url: str
) -> tuple[str, str] | None:
    """The item a URL names: through the patterns, else a post ingested with that address."""
    matched = match_platform_url(patterns, url)
    if matched is not None:
        return matched
    post_id = post_by_url(session, url)
    return ("post", post_id) if post_id is not None else None


def find_items(
    session: Session, text: str, *, patterns: Sequence[re.Pattern[str]] = (), limit: int = 10
) -> list[dict[str, Any]]:
    """Mirror items a moderator's search names: an exact id (post, channel or account), an
    address the patterns resolve, or a post's ingested address. Exact matches only, each
    through an index; a few rows, never a scan."""
    text = text.strip()
    if not text:
        return []
    if len(text) > 2048:
        raise InvalidInput("at most 2,048 characters", field="find")
    found: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, ident: str, how: str, **extra: Any) -> None:
        if (kind, ident) not in seen and len(found) < limit:
            seen.add((kind, ident))
            found.append({"kind": kind, "id": ident, "how": how, **extra})

    matched = match_platform_url(patterns, text)
    ids = [text] if matched is None else [matched[1]]
    for post in session.execute(
        select(Post.id, Post.url, Post.author_id, Post.channel_id, Post.deleted_at)
        .where(or_(Post.id.in_(ids), Post.url == text))
        .limit(limit)
    ):
        how = "address" if post.url == text and post.id != text else "id"
        add(
            "post",
            post.id,
            "address pattern" if matched else how,
            author_id=post.author_id,
            channel_id=post.channel_id,
            deleted=post.deleted_at is not None,
        )
    for channel in session.execute(
        select(Channel.id, Channel.title).where(Channel.id.in_(ids)).limit(limit)
    ):
        add("channel", channel.id, "address pattern" if matched else "id", title=channel.title)
    for account in session.execute(
        select(Account.id, Account.display_name).where(Account.id.in_(ids)).limit(limit)
    ):
        add(
            "account",
            account.id,
            "address pattern" if matched else "id",
            display_name=account.display_name,
        )
    if matched is not None and not found:
        # The address names an item the mirror has not seen yet: still a valid target.
        add(matched[0], matched[1], "address pattern", known=False)
    for item in found:
        item.setdefault("known", True)
    return found


__all__ = [
    "compile_url_patterns",
    "find_items",
    "item_for_url",
    "match_platform_url",
    "post_by_url",
]
