"""Which item a case's decision acts on, and which measures apply to it.

A case opened from a notice that names only an address (`item.kind == "url"`) has no mirrored
item of its own. The case page then resolves the address through the platform's URL patterns
or the addresses posts were ingested with (`intake/locate.py`); when that finds nothing, the
moderator searches the mirror by id or address and names the item (`?target=post:123`, a plain
link: choosing is not a state change). The decision carries that target to the API's
`actions[].target`. Without a target only "No action" applies: an address that names nothing
on the platform cannot be removed, restricted or labelled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from safeharbour.intake.locate import find_items, item_for_url
from safeharbour.kit.errors import InvalidInput
from safeharbour.review.decisions import item_facts

MEASURES = [
    ("no_action", "No action", "n"),
    ("remove_post", "Remove post", "r"),
    ("restrict_post", "Restrict in countries", "g"),
    ("suspend_account", "Suspend account", "s"),
    ("terminate_account", "Terminate account", "t"),
    ("ban_channel", "Ban channel", "b"),
    ("label", "Label", "l"),
    ("quarantine_media", "Quarantine media", "m"),
]
TARGET_KINDS = ("post", "channel", "account")


def parse_target(text: str, field: str = "target") -> tuple[str, str] | None:
    """`post:123` -> ("post", "123"); empty -> None; InvalidInput naming `field` otherwise."""
    text = (text or "").strip()
    if not text:
        return None
    kind, sep, ident = text.partition(":")
    if not sep or kind not in TARGET_KINDS or not ident or len(ident) > 200:
        raise InvalidInput("choose the item from the search results", field=field)
    return kind, ident


def applicable_measures(item: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """The measures that can act on `item` (an `item_facts` view): a post's own measures, its
    author's and channel's when the mirror knows them, media quarantine when it holds media."""
    kind = item.get("kind")
    allowed = {"no_action"}
    if kind == "post":
        allowed |= {"remove_post", "restrict_post", "label"}
        if item.get("media"):
            allowed.add("quarantine_media")
        if item.get("author_id") or (item.get("author") or {}).get("id"):
            allowed |= {"suspend_account", "terminate_account"}
        if item.get("channel_id") or (item.get("channel") or {}).get("id"):
            allowed.add("ban_channel")
    elif kind == "channel":
        allowed |= {"ban_channel", "label"}
        if item.get("owner_id"):
            allowed |= {"suspend_account", "terminate_account"}
    elif kind == "account":
        allowed |= {"suspend_account", "terminate_account", "label"}
    return [m for m in MEASURES if m[0] in allowed]


@dataclass
class Target:
    """What a URL-only case's decision acts on, as the case page shows it."""

    url: str
    chosen: dict[str, Any] | None = None
    """`item_facts` of the item acted on, or None (then only "No action" applies)."""
    how: str = ""
    """How it was found: "address pattern", "ingested address" or "chosen"."""
    query: str = ""
    results: list[dict[str, Any]] | None = None


def url_target(
    session: Session,
    url: str,
    *,
    patterns: Any,
    chosen: str = "",
    find: str = "",
) -> Target:
    """The target of a URL-only case: the one the moderator chose, else what the address
    resolves to; with `find`, the mirror's items matching it."""
    target = Target(url=url, query=find.strip())
    picked = parse_target(chosen)
    if picked is not None:
        target.chosen, target.how = item_facts(session, *picked), "chosen"
    else:
        resolved = item_for_url(session, patterns, url)
        if resolved is not None:
            target.chosen, target.how = item_facts(session, *resolved), "address"
    if target.query:
        target.results = find_items(session, target.query, patterns=patterns)
    return target


__all__ = ["MEASURES", "Target", "applicable_measures", "parse_target", "url_target"]
