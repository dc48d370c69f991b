"""Labels on posts, channels and accounts, from the one shared vocabulary (`kit.labels.Label`).

Moderators and legal officers tag items (a newsroom's channel as `journalism`, a human-rights
archive as `human_rights_documentation`). A post inherits the *protected* labels of its channel
and of its author, because the protection belongs to the speaker and the outlet as much as to
the single post; harm labels are not inherited (a channel tagged `spam` does not make every
post spam). Protected labels make any restriction of the item a four-eyes decision
(review/decisions.py). Tagging and untagging are audited; tagging an item twice with the same
label changes nothing and is not audited again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Post
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.labels import PROTECTED_LABELS, Label
from safeharbour.review.models import ItemLabel

TAGGABLE = ("post", "channel", "account")


def _check(kind: str, ident: str, label: str) -> tuple[str, Label]:
    kind = "channel" if kind == "group" else kind
    if kind not in TAGGABLE:
        raise InvalidInput(f"expected one of {', '.join(TAGGABLE)}", field="item.kind")
    if not ident or len(ident) > 200:
        raise InvalidInput("an item id of 1 to 200 characters is needed", field="item.id")
    try:
        return kind, Label(label)
    except ValueError:
        raise InvalidInput("not a label of the shared vocabulary", field="label") from None


@dataclass(frozen=True)
class Tagged:
    label: ItemLabel
    changed: bool


def do_tag_item(
    unit: UnitOfWork,
    *,
    item_kind: str,
    item_id: str,
    label: str,
    note: str | None = None,
    actor: Actor,
) -> Tagged:
    kind, value = _check(item_kind, item_id, label)
    existing = unit.session.scalars(
        select(ItemLabel).where(
            ItemLabel.item_kind == kind, ItemLabel.item_id == item_id, ItemLabel.label == value
        )
    ).first()
    if existing is not None:
        return Tagged(existing, changed=False)
    row = ItemLabel(
        id=new_id(),
        item_kind=kind,
        item_id=item_id,
        label=value.value,
        note=(note or "").strip()[:2000] or None,
        added_by=actor.ref,
        added_at=unit.clock.now(),
    )
    unit.session.add(row)
    unit.session.flush()
    unit.record(
        AuditTag.REVIEW_LABEL_ADDED,
        actor=actor,
        subjects={"label": row.id, kind: item_id},
        snapshot={"label": value.value, "protected": value in PROTECTED_LABELS},
    )
    return Tagged(row, changed=True)


def do_untag_item(
    unit: UnitOfWork, *, item_kind: str, item_id: str, label: str, actor: Actor
) -> None:
    kind, value = _check(item_kind, item_id, label)
    row = unit.session.scalars(
        select(ItemLabel).where(
            ItemLabel.item_kind == kind, ItemLabel.item_id == item_id, ItemLabel.label == value
        )
    ).first()
    if row is None:
        raise NotFound("the item does not carry this label", field="label")
    unit.session.delete(row)
    unit.record(
        AuditTag.REVIEW_LABEL_REMOVED,
        actor=actor,
        subjects={"label": row.id, kind: item_id},
        snapshot={"label": value.value},
    )


def effective_labels(session: Session, item_kind: str, item_id: str) -> list[dict[str, Any]]:
    """An item's labels and, for a post, the protected labels of its channel and author.

    Each entry: `label`, `protected`, `source` (`own`, `channel` or `author`), `note`,
    `added_by`, `added_at`.
    """
    item_kind = "channel" if item_kind == "group" else item_kind
    wanted: list[tuple[str, str, str]] = [(item_kind, item_id, "own")]
    if item_kind == "post":
        post = session.execute(
            select(Post.channel_id, Post.author_id).where(Post.id == item_id)
        ).first()
        if post is not None:
            if post.channel_id:
                wanted.append(("channel", post.channel_id, "channel"))
            if post.author_id:
                wanted.append(("account", post.author_id, "author"))
    rows = session.scalars(
        select(ItemLabel)
        .where(
            or_(
                *[
                    (ItemLabel.item_kind == kind) & (ItemLabel.item_id == ident)
                    for kind, ident, _ in wanted
                ]
            )
        )
        .order_by(ItemLabel.added_at)
    ).all()
    source_of = {(kind, ident): source for kind, ident, source in wanted}
    result = []
    for row in rows:
        source = source_of[(row.item_kind, row.item_id)]
        protected = Label(row.label) in PROTECTED_LABELS
        if source != "own" and not protected:
            continue
        result.append(
            {
                "label": row.label,
                "protected": protected,
                "source": source,
                "note": row.note,
                "added_by": row.added_by,
                "added_at": row.added_at,
            }
        )
    return result
