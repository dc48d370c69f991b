"""Facts the platform derives itself, and the legal engine's input built from them.

An authority names targets; it never asserts what they are. The gateway derives:
* the target a link points to, by looking its path segments and query values up in the
  platform mirror (posts first, then channels and groups, then accounts). A link that names
  nothing the mirror knows stays unresolved and reaches the engine as the placeholder id
  `unknown`, which R-TARGETS-SPECIFIC sends back as vague (`need_more_info`, asking for the
  exact item);
* the audience of a channel or group (`subscribers` from the mirror; unknown when the mirror
  has no row, which the engine treats with the caution due to a large audience);
* labels: those moderators and legal officers put on the item (`review.labels`), with the
  protected labels a post inherits from its channel and author. Never the authority's word: a
  target without labels reaches the engine without labels, so nothing is proposed for
  automatic execution unless the platform itself has found the content breaks its terms.
  The terms status (`violates_terms`) is left to the labels for now.

`engine_input` is the exact JSON the engine judged; its digest is stored with each assessment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Account, Channel, Post

_KINDS = frozenset({"post", "channel", "group", "account"})
UNRESOLVED_ID = "unknown"
"""The placeholder an unresolved link becomes: R-TARGETS-SPECIFIC's vague-id pattern."""


@dataclass(frozen=True)
class AuthorityFacts:
    name: str
    country: str
    kind: str
    verified: bool
    tco_designation: str | None = None


def _candidates(url: str) -> list[str]:
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    values = [unquote(v) for _, v in parse_qsl(parts.query) if v]
    found: list[str] = []
    for value in [*reversed(segments), "/".join(segments), *values]:
        if value and len(value) <= 200 and value not in found:
            found.append(value)
    return found


def _by_pattern(url: str, patterns: Iterable[re.Pattern[str]]) -> dict[str, str] | None:
    for pattern in patterns:
        match = pattern.match(url)
        if match is None:
            continue
        kind = (match.group("kind") or "").lower().rstrip("s")
        target_id = match.group("id")
        if kind in _KINDS and target_id:
            return {"kind": kind, "id": target_id}
    return None


def resolve_url(
    session: Session, url: str, patterns: Iterable[re.Pattern[str]] = ()
) -> dict[str, str] | None:
    """The platform object a link names, as `{kind, id}`, or None.

    The platform's URL patterns (`settings.platform_url_patterns`, named groups `kind` and
    `id`, shared with notices) are tried first; then the link's path segments and query values
    are looked up in the mirror.
    """
    by_pattern = _by_pattern(url, patterns)
    if by_pattern is not None:
        return by_pattern
    candidates = _candidates(url)
    if not candidates:
        return None
    post = session.scalars(select(Post.id).where(Post.id.in_(candidates)).limit(1)).first()
    if post is not None:
        return {"kind": "post", "id": post}
    channel = session.execute(
        select(Channel.id, Channel.kind).where(Channel.id.in_(candidates)).limit(1)
    ).first()
    if channel is not None:
        return {"kind": "group" if channel.kind == "group" else "channel", "id": channel.id}
    account = session.scalars(select(Account.id).where(Account.id.in_(candidates)).limit(1)).first()
    if account is not None:
        return {"kind": "account", "id": account}
    return None


def resolve_targets(
    session: Session, targets: list[dict[str, Any]], patterns: Iterable[re.Pattern[str]] = ()
) -> list[dict[str, Any]]:
    """The targets as sent, each link with `resolved` ({kind, id} or None)."""
    out = []
    patterns = tuple(patterns)
    for target in targets:
        if "url" in target:
            resolved = resolve_url(session, target["url"], patterns)
            out.append({"url": target["url"], "resolved": resolved})
        else:
            out.append({"kind": target["kind"], "id": target["id"]})
    return out


def _audiences(session: Session, ids: list[str]) -> dict[str, int]:
    if not ids:
        return {}
    rows = session.execute(select(Channel.id, Channel.subscribers).where(Channel.id.in_(ids)))
    return {row.id: int(row.subscribers) for row in rows}


def _labels(session: Session, kind: str, target_id: str) -> list[str]:
    from safeharbour.review.labels import effective_labels

    return sorted({str(entry["label"]) for entry in effective_labels(session, kind, target_id)})


def engine_targets(session: Session, targets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Targets as the engine takes them, with the facts the platform derives."""
    plain: list[tuple[str, str]] = []
    for target in targets:
        if "url" in target:
            resolved = target.get("resolved")
            if resolved:
                plain.append((resolved["kind"], resolved["id"]))
            else:
                plain.append(("post", UNRESOLVED_ID))
        else:
            plain.append((target["kind"], target["id"]))
    audiences = _audiences(session, [i for k, i in plain if k in ("channel", "group")])
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    unresolved = 0
    for kind, target_id in plain:
        if target_id == UNRESOLVED_ID and kind == "post":
            # Several unresolved links must stay distinct targets for the engine.
            unresolved += 1
            # Both spellings are vague to R-TARGETS-SPECIFIC ("unknown", "??", "???", ...).
            target_id = UNRESOLVED_ID if unresolved == 1 else "?" * unresolved
        if (kind, target_id) in seen:
            continue  # two links to one object: one target
        seen.add((kind, target_id))
        labels = (
            []
            if target_id == UNRESOLVED_ID or set(target_id) == {"?"}
            else _labels(session, kind, target_id)
        )
        item: dict[str, Any] = {"kind": kind, "id": target_id, "labels": labels}
        if kind in ("channel", "group"):
            item["subscribers"] = audiences.get(target_id)
        out.append(item)
    return out


def engine_input(
    *,
    authority: AuthorityFacts,
    fields: dict[str, Any],
    targets: list[dict[str, Any]],
) -> dict[str, Any]:
    """The engine's request JSON: the request's fields, the authority from the agency record
    (never from the body) and the derived target facts."""
    return {
        "type": fields["type"],
        "authority": {
            "name": authority.name,
            "country": authority.country,
            "kind": authority.kind,
            "verified": authority.verified,
            # only when the agency is designated: older assessments keep their input digest
            **({"tco_designation": authority.tco_designation} if authority.tco_designation else {}),
        },
        "legal_instrument": fields["legal_instrument"],
        "legal_process": fields["legal_process"],
        "legal_basis": fields["legal_basis"],
        "offence_category": fields["offence_category"],
        "offence_keywords": list(fields["offence_keywords"]),
        "judicial_authorisation": fields["judicial_authorisation"],
        "urgency": fields["urgency"],
        "threat_to_life": fields["threat_to_life"],
        "gag_order": fields["gag_order"],
        "gag_order_until": fields["gag_order_until"],
        "statement": fields["statement"],
        "targets": targets,
        "data_requested": list(fields["data_requested"]),
    }


__all__ = [
    "UNRESOLVED_ID",
    "AuthorityFacts",
    "engine_input",
    "engine_targets",
    "resolve_targets",
    "resolve_url",
]
