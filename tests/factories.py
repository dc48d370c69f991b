"""Builders for platform events, shared by the tests of every context."""

from __future__ import annotations

from itertools import count
from typing import Any

_seq = count(1)


def event(
    type_: str,
    data: dict[str, Any],
    *,
    at: str = "2026-05-01T10:00:00Z",
    event_id: str | None = None,
) -> dict[str, Any]:
    return {
        "event_id": event_id or f"evt-{next(_seq)}",
        "type": type_,
        "occurred_at": at,
        "data": data,
    }


def account(id_: str, **fields: Any) -> dict[str, Any]:
    at = fields.pop("at", "2026-05-01T10:00:00Z")
    return event("account.upserted", {"id": id_, "country": "DE", **fields}, at=at)


def channel(id_: str, **fields: Any) -> dict[str, Any]:
    at = fields.pop("at", "2026-05-01T10:00:00Z")
    return event(
        "channel.upserted",
        {
            "id": id_,
            "kind": "channel",
            "title": f"Channel {id_}",
            "owner_id": "acc-1",
            "subscribers": 100,
            **fields,
        },
        at=at,
    )


def post(
    id_: str,
    text: str = "hello world",
    *,
    type_: str = "post.created",
    at: str = "2026-05-01T10:00:00Z",
    **fields: Any,
) -> dict[str, Any]:
    data = {"id": id_, "channel_id": "chan-1", "author_id": "acc-1", "text": text, **fields}
    return event(type_, data, at=at)


def deleted(id_: str, *, at: str = "2026-05-01T11:00:00Z") -> dict[str, Any]:
    return event("post.deleted", {"id": id_}, at=at)


def sample_batch() -> list[dict[str, Any]]:
    return [
        account("acc-1", verified=True),
        channel("chan-1"),
        post(
            "post-1",
            "first",
            media=[
                {
                    "id": "m1",
                    "kind": "image",
                    "mime": "image/jpeg",
                    "sha256": "ab" * 32,
                    "pdq": "cd" * 32,
                }
            ],
        ),
        post("post-2", "second"),
        event("member.joined", {"channel_id": "chan-1", "account_id": "acc-2"}),
    ]
