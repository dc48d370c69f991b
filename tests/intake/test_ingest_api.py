"""POST /api/v1/events: idempotency, all-or-nothing batches, ordering, purge and holds."""

from __future__ import annotations

import copy
from datetime import timedelta
from typing import Any

import orjson
import pytest
from sqlalchemy import func, select

from safeharbour.audit.models import AuditEntry
from safeharbour.intake.models import Account, IngestedEvent, Media, Membership, Post
from safeharbour.kit.outbox import OutboxRow
from tests.conftest import bearer
from tests.factories import account, deleted, event, post, sample_batch


@pytest.fixture
def platform_key(make_key: Any) -> str:
    return make_key("platform")


def send(client: Any, key: str, events: list[dict[str, Any]]) -> Any:
    return client.post("/api/v1/events", json={"events": events}, headers=bearer(key))


def counts(container: Any) -> dict[str, int]:
    with container.database.reader() as s:
        return {
            model.__tablename__: s.scalar(select(func.count()).select_from(model))
            for model in (Account, Post, Media, Membership, IngestedEvent, AuditEntry, OutboxRow)
        }


def snapshot_state(container: Any) -> list[Any]:
    with container.database.reader() as s:
        posts = s.execute(
            select(Post.id, Post.text, Post.text_sha256, Post.deleted_at).order_by(Post.id)
        ).all()
        accounts = s.execute(
            select(Account.id, Account.country, Account.verified).order_by(Account.id)
        ).all()
        media = s.execute(select(Media.post_id, Media.id, Media.pdq).order_by(Media.id)).all()
    return [posts, accounts, media]


def test_same_batch_twice_is_one_change_each(
    client: Any, container: Any, platform_key: str
) -> None:
    batch = sample_batch()
    audit_before = counts(container)["audit_log"]
    first = send(client, platform_key, batch)
    assert first.status_code == 200, first.text
    assert first.json() == {"accepted": 5, "duplicates": 0}
    state, before = snapshot_state(container), counts(container)
    assert before["audit_log"] - audit_before == 5  # one entry per change
    assert before["outbox"] == 5

    again = send(client, platform_key, batch)
    assert again.json() == {"accepted": 0, "duplicates": 5}
    assert snapshot_state(container) == state
    assert counts(container) == before

    with container.database.reader() as s:
        actions = s.scalars(
            select(AuditEntry.action)
            .order_by(AuditEntry.seq)
            .where(AuditEntry.action.like("platform:%"))
        ).all()
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "platform:post:created")
        ).first()
    assert actions == [
        "platform:account:upserted",
        "platform:channel:upserted",
        "platform:post:created",
        "platform:post:created",
        "platform:member:joined",
    ]
    # Audit entries carry ids and digests, never the content.
    assert "first" not in orjson.dumps(entry.snapshot).decode()
    assert entry.subjects["post"] == "post-1"


def test_duplicates_inside_one_batch_count_once(client: Any, platform_key: str) -> None:
    one = post("p-dup")
    reply = send(client, platform_key, [one, copy.deepcopy(one)])
    assert reply.json() == {"accepted": 1, "duplicates": 1}


def test_a_failing_batch_changes_nothing(client: Any, container: Any, platform_key: str) -> None:
    send(client, platform_key, sample_batch())
    before, state = counts(container), snapshot_state(container)
    bad = [post("p-new", "fine"), account("acc-9", verified="yes")]
    reply = send(client, platform_key, bad)
    assert reply.status_code == 422
    fields = [e["field"] for e in reply.json()["error"]["details"]["errors"]]
    assert fields == ["events.1.data.verified"]
    assert counts(container) == before
    assert snapshot_state(container) == state


def test_reused_event_id_with_other_content_is_a_conflict(
    client: Any, container: Any, platform_key: str
) -> None:
    original = post("p-1", "original")
    send(client, platform_key, [original])
    before = counts(container)
    changed = copy.deepcopy(original)
    changed["data"]["text"] = "something else"
    reply = send(client, platform_key, [post("p-2"), changed])
    assert reply.status_code == 409
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "events.1.event_id"
    assert counts(container) == before


def test_late_events_never_roll_state_back(client: Any, container: Any, platform_key: str) -> None:
    send(client, platform_key, [post("p-1", "v2", type_="post.edited", at="2026-05-01T12:00:00Z")])
    send(client, platform_key, [post("p-1", "v1", at="2026-05-01T10:00:00Z")])
    send(
        client,
        platform_key,
        [
            account("a-1", verified=True, at="2026-05-01T12:00:00Z"),
            account("a-1", verified=False, at="2026-05-01T09:00:00Z"),
        ],
    )
    with container.database.reader() as s:
        assert s.get(Post, "p-1").text == "v2"
        assert s.get(Account, "a-1").verified is True


def test_edit_changes_text_and_media(client: Any, container: Any, platform_key: str) -> None:
    send(client, platform_key, [post("p-1", "v1", media=[{"id": "m1", "kind": "image"}])])
    send(
        client,
        platform_key,
        [
            post(
                "p-1",
                "v2",
                type_="post.edited",
                at="2026-05-01T10:05:00Z",
                media=[{"id": "m2", "kind": "video"}],
            )
        ],
    )
    with container.database.reader() as s:
        row = s.get(Post, "p-1")
        media = s.scalars(select(Media.id).where(Media.post_id == "p-1")).all()
        tags = s.scalars(
            select(AuditEntry.action)
            .order_by(AuditEntry.seq)
            .where(AuditEntry.action.like("platform:%"))
        ).all()
    assert row.text == "v2" and row.edited_at is not None
    assert media == ["m2"]
    assert tags == ["platform:post:created", "platform:post:edited"]


def test_deletion_purges_the_stored_copy(client: Any, container: Any, platform_key: str) -> None:
    send(client, platform_key, sample_batch())
    send(client, platform_key, [deleted("post-1")])
    with container.database.reader() as s:
        row = s.get(Post, "post-1")
        media = s.scalar(select(func.count()).select_from(Media).where(Media.post_id == "post-1"))
    assert row.text is None and row.purged_at is not None and row.deleted_at is not None
    assert media == 0
    # A late creation cannot bring a deleted post back.
    send(client, platform_key, [post("post-1", "resurrected", at="2026-05-01T09:00:00Z")])
    send(client, platform_key, [deleted("never-seen")])
    with container.database.reader() as s:
        assert s.get(Post, "post-1").text is None
        assert s.get(Post, "never-seen").deleted_at is not None


def test_deletion_under_a_legal_hold_seals_until_the_hold_ends(
    client: Any, container: Any, clock: Any, platform_key: str, make_key: Any
) -> None:
    legal = make_key("legal_officer")
    send(client, platform_key, sample_batch())
    until = clock.now() + timedelta(days=180)
    hold = client.post(
        "/api/v1/legal/holds",
        headers=bearer(legal),
        json={
            "subject_kind": "channel",
            "subject_id": "chan-1",
            "reason": "TCO Art. 6 preservation",
            "held_until": until.isoformat(),
        },
    )
    assert hold.status_code == 201, hold.text
    send(client, platform_key, [deleted("post-1")])

    with container.database.reader() as s:
        row = s.get(Post, "post-1")
    assert row.text == "first" and row.sealed_sha256 and row.purged_at is None
    # Moderators no longer see the sealed copy; legal officers do.
    moderator_view = client.get(
        "/api/v1/platform/posts/post-1", headers=bearer(make_key("moderator"))
    ).json()
    assert moderator_view["sealed"] is True and moderator_view["text"] is None
    assert (
        client.get("/api/v1/platform/posts/post-1", headers=bearer(legal)).json()["text"] == "first"
    )

    container.scheduler.run_due()  # the hold still applies
    with container.database.reader() as s:
        assert s.get(Post, "post-1").text == "first"

    clock.advance(timedelta(days=181))
    container.scheduler.jobs["purge-after-holds-end"].last_started = None
    container.scheduler.run_due()
    with container.database.reader() as s:
        row = s.get(Post, "post-1")
        tags = s.scalars(select(AuditEntry.action)).all()
    assert row.text is None and row.purged_at is not None and row.sealed_sha256 is None
    assert "platform:post:purged" in tags


def test_releasing_a_hold_lets_the_purge_run(
    client: Any, container: Any, platform_key: str, make_key: Any
) -> None:
    legal = make_key("legal_officer")
    send(client, platform_key, sample_batch())
    hold = client.post(
        "/api/v1/legal/holds",
        headers=bearer(legal),
        json={"subject_kind": "post", "subject_id": "post-2", "reason": "preservation order"},
    ).json()
    send(client, platform_key, [deleted("post-2")])
    released = client.post(f"/api/v1/legal/holds/{hold['id']}/release", headers=bearer(legal))
    assert released.status_code == 200
    again = client.post(f"/api/v1/legal/holds/{hold['id']}/release", headers=bearer(legal))
    assert again.status_code == 409
    container.scheduler.run_due()
    with container.database.reader() as s:
        assert s.get(Post, "post-2").text is None


def test_membership_events(client: Any, container: Any, platform_key: str) -> None:
    join = event("member.joined", {"channel_id": "c", "account_id": "a"}, at="2026-05-01T10:00:00Z")
    leave = event("member.left", {"channel_id": "c", "account_id": "a"}, at="2026-05-01T11:00:00Z")
    assert send(client, platform_key, [join, leave]).json()["accepted"] == 2
    with container.database.reader() as s:
        row = s.get(Membership, ("c", "a"))
    assert row.left_at is not None


def test_outbox_messages_reach_the_bus_after_commit(
    client: Any, container: Any, platform_key: str
) -> None:
    seen: list[str] = []
    container.bus.subscribe(
        "platform.post.*", lambda m: seen.append(m.payload["post"]), group="test"
    )
    send(client, platform_key, sample_batch())
    assert seen == []  # nothing is published inside the request
    while container.relay.relay_once():
        pass
    assert seen == ["post-1", "post-2"]
    assert container.relay.relay_once() == 0


def test_an_edit_changes_only_the_fields_it_names(
    client: Any, container: Any, platform_key: str
) -> None:
    send(client, platform_key, [post("p-1", "v1", media=[{"id": "m1", "kind": "image"}])])
    edit = event("post.edited", {"id": "p-1", "text": "v2"}, at="2026-05-01T10:05:00Z")
    send(client, platform_key, [edit])
    with container.database.reader() as s:
        row = s.get(Post, "p-1")
        media = s.scalars(select(Media.id).where(Media.post_id == "p-1")).all()
    assert (row.text, row.channel_id, row.author_id, media) == ("v2", "chan-1", "acc-1", ["m1"])
