"""The application-service side without a homeserver: registration, authentication, mapping,
dedupe by event id, and "acknowledged means stored" (a transaction that cannot be fully
processed answers 5xx and leaves nothing behind, so Synapse's re-send is complete).

The homeserver URL points at a closed port: an image in a transaction cannot be downloaded,
which is how the 5xx path is exercised with a real (refused) connection."""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from safeharbour.bootstrap import Container, build_container
from safeharbour.cli.app import app as cli_app
from safeharbour.config import Settings
from safeharbour.enforcement.ports import ActOutcome, NotifyKind, is_reversible
from safeharbour.intake.models import Account, Channel, Membership, Post
from safeharbour.integrations.matrix.adapter import MatrixPlatformAdapter
from safeharbour.integrations.matrix.registration import load_tokens
from safeharbour.kit.clock import ManualClock
from safeharbour.web.app import create_app

ROOM = "!room1:localhost"
ALICE = "@alice:localhost"
CLOSED = "http://127.0.0.1:9"


@pytest.fixture
def matrix_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "matrix_homeserver_url": CLOSED,
            "matrix_admin_token": "admin-token",
            "matrix_backoff_seconds": [0.01],
            "matrix_timeout_seconds": 1.0,
        }
    )


@pytest.fixture
def matrix_container(matrix_settings: Settings, clock: ManualClock) -> Iterator[Container]:
    container = build_container(matrix_settings, clock=clock)
    try:
        yield container
    finally:
        container.close()


@pytest.fixture
def hs(matrix_container: Container) -> Iterator[tuple[TestClient, str]]:
    with TestClient(create_app(matrix_container)) as client:
        yield client, load_tokens(matrix_container.settings).hs_token


_CLOCK = itertools.count()
"""Milliseconds: every event is newer than the one made before it, as on a homeserver."""


def event(event_id: str, kind: str, content: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "type": kind,
        "room_id": ROOM,
        "sender": ALICE,
        "origin_server_ts": 1_780_000_000_000 + next(_CLOCK),
        "content": content,
        **extra,
    }


ROOM_EVENTS = [
    event("$create", "m.room.create", {"room_version": "10"}, state_key=""),
    event("$name", "m.room.name", {"name": "Watches"}, state_key=""),
    event("$rules", "m.room.join_rules", {"join_rule": "public"}, state_key=""),
    event("$join", "m.room.member", {"membership": "join"}, state_key=ALICE),
    event("$text", "m.room.message", {"msgtype": "m.text", "body": "cheap watches"}),
]


def push(client: TestClient, token: str, txn: str, events: list[dict[str, Any]]) -> Any:
    return client.put(
        f"/_matrix/app/v1/transactions/{txn}",
        json={"events": events},
        headers={"Authorization": f"Bearer {token}"},
    )


def test_register_writes_the_registration_once_with_stable_tokens(
    settings: Settings, tmp_path: Path
) -> None:
    runner = CliRunner()
    out = tmp_path / "as.yaml"
    args = ["matrix", "register", "--homeserver-url", "http://127.0.0.1:8008"]
    args += ["--as-url", "http://127.0.0.1:9009", "--out", str(out)]
    args += ["--data-dir", str(settings.data_dir)]
    first = runner.invoke(cli_app, args)
    assert first.exit_code == 0, first.output
    document = yaml.safe_load(out.read_text())
    assert document["url"] == "http://127.0.0.1:9009"
    assert document["sender_localpart"] == "safeharbour-moderation"
    assert document["namespaces"]["rooms"] == [{"exclusive": False, "regex": "!.*"}]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    again = runner.invoke(cli_app, args)
    assert again.exit_code == 0
    assert yaml.safe_load(out.read_text()) == document
    bad = runner.invoke(cli_app, [*args[:4], "--as-url", "127.0.0.1:9009", *args[6:]])
    assert bad.exit_code == 2
    assert "--as-url" in bad.output


def test_pushes_need_the_hs_token(hs: tuple[TestClient, str]) -> None:
    client, token = hs
    assert client.put("/_matrix/app/v1/transactions/1", json={"events": []}).status_code == 401
    wrong = push(client, "not-the-token", "1", [])
    assert (wrong.status_code, wrong.json()["errcode"]) == (403, "M_FORBIDDEN")
    legacy = client.put(f"/_matrix/app/v1/transactions/1?access_token={token}", json={"events": []})
    assert legacy.status_code == 200
    user = client.get(
        "/_matrix/app/v1/users/@x:localhost", headers={"Authorization": f"Bearer {token}"}
    )
    assert (user.status_code, user.json()["errcode"]) == (404, "M_NOT_FOUND")


def test_room_events_map_to_the_mirror_and_repeats_are_dropped_by_event_id(
    hs: tuple[TestClient, str], matrix_container: Container
) -> None:
    client, token = hs
    assert push(client, token, "1", ROOM_EVENTS).json() == {}
    # Synapse's transaction ids restart with its database: same txn id, new events, and the
    # old events again under another txn id. Dedupe is by event id.
    edit = event(
        "$edit",
        "m.room.message",
        {
            "msgtype": "m.text",
            "body": "* nice watches",
            "m.new_content": {"msgtype": "m.text", "body": "nice watches"},
            "m.relates_to": {"rel_type": "m.replace", "event_id": "$text"},
        },
    )
    assert push(client, token, "1", [edit]).status_code == 200
    assert push(client, token, "7", ROOM_EVENTS).status_code == 200
    bot = event("$bot", "m.room.message", {"msgtype": "m.notice", "body": "statement"})
    bot["sender"] = "@safeharbour-moderation:localhost"
    assert push(client, token, "8", [bot]).status_code == 200
    with matrix_container.database.reader() as session:
        channel = session.get(Channel, ROOM)
        assert channel is not None
        assert (channel.kind, channel.title, channel.public, channel.owner_id) == (
            "group",
            "Watches",
            True,
            ALICE,
        )
        assert channel.subscribers == 1
        assert session.get(Account, ALICE) is not None
        assert session.get(Membership, (ROOM, ALICE)) is not None
        post = session.get(Post, "$text")
        assert post is not None
        assert (post.text, post.author_id, post.channel_id) == ("nice watches", ALICE, ROOM)
        assert session.get(Post, "$bot") is None
    redaction = event("$redaction", "m.room.redaction", {"redacts": "$text"}, redacts="$text")
    assert push(client, token, "9", [redaction]).status_code == 200
    with matrix_container.database.reader() as session:
        deleted = session.get(Post, "$text")
        assert deleted is not None and deleted.deleted_at is not None


def test_a_transaction_not_fully_stored_is_refused_so_synapse_sends_it_again(
    hs: tuple[TestClient, str], matrix_container: Container
) -> None:
    client, token = hs
    image = event(
        "$image",
        "m.room.message",
        {"msgtype": "m.image", "body": "x.jpg", "url": "mxc://localhost/abc"},
    )
    text = event("$text2", "m.room.message", {"msgtype": "m.text", "body": "hello"})
    refused = push(client, token, "3", [text, image])
    assert refused.status_code == 500
    assert refused.json()["errcode"] == "M_UNKNOWN"
    with matrix_container.database.reader() as session:
        assert session.get(Post, "$text2") is None  # nothing acknowledged, nothing half-stored


def test_the_adapter_declares_its_irreversible_actions_and_reports_a_dead_homeserver(
    matrix_container: Container,
) -> None:
    platform = matrix_container.nta.platform
    assert isinstance(platform, MatrixPlatformAdapter)
    assert not is_reversible(platform, "remove_post")
    assert not is_reversible(platform, "terminate_account")
    assert is_reversible(platform, "ban_channel")
    restricted = platform.restrict_post("$e", ["DE"], idempotency_key="k1")
    assert restricted.outcome == ActOutcome.NOT_SUPPORTED
    down = platform.notify_user(
        ALICE, NotifyKind.STATEMENT_OF_REASONS, "t", "u", idempotency_key="k2"
    )
    assert down.outcome == ActOutcome.FAILED and down.retry  # retried later by the dispatcher
    health = platform.health()
    assert health["connected"] is False and "error" in health
    never = platform.reverse("9b0c1e8e-0000-4000-8000-000000000000", idempotency_key="k3")
    assert never.outcome == ActOutcome.NOT_SUPPORTED
