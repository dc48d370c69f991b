"""A media quarantine through the webhook adapter against the reference receiver: one signed
`quarantine_media` action per media item (target kind `media`), then `reverse` for each."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from safeharbour.bootstrap import Container
from safeharbour.integrations.webhook.adapter import WebhookPlatform, context_lookup
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from tests import factories
from tests.nta import notice_body, removal

SECRET = "quarantine-test-secret"
IMAGES = [
    {"id": "mxc://example.org/aaa", "kind": "image", "mime": "image/jpeg", "sha256": "ab" * 32},
    {"id": "mxc://example.org/bbb", "kind": "video", "mime": "video/mp4", "sha256": "cd" * 32},
]


@pytest.fixture
def receiver() -> Iterator[ReferenceReceiver]:
    running = ReferenceReceiver(SECRET).start()
    yield running
    running.stop()


def test_each_media_item_is_quarantined_and_released_through_the_webhook(
    client: Any,
    container: Container,
    receiver: ReferenceReceiver,
    mirror: None,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., dict[str, str]],
) -> None:
    container.nta.platform = WebhookPlatform(
        receiver.url, SECRET, backoff=(0.01,), context_of=context_lookup(container.database)
    )
    ingest(factories.post("post-9", "clip", media=IMAGES))
    ground = {"kind": "illegal_content", "reference": "§ 131 StGB", "explanation": "Gore."}
    reply = decide(
        case_of(submit(notice_body("post-9"))["id"]),
        removal(actions=[{"kind": "quarantine_media", "ground": ground}]),
    )
    assert reply.status_code == 201, reply.text
    decision = reply.json()
    calls = {e["id"]: e for e in decision["enforcement"] if e["kind"] == "quarantine_media"}
    assert {c["status"] for c in calls.values()} == {"applied"}

    sent = {
        key: action
        for key, action in receiver.state.applied.items()
        if action["type"] == "quarantine_media"
    }
    assert sent.keys() == calls.keys()  # the action id is the idempotency key
    assert sorted(a["target"]["id"] for a in sent.values()) == [m["id"] for m in IMAGES]
    assert {a["target"]["kind"] for a in sent.values()} == {"media"}
    assert {a["decision_id"] for a in sent.values()} == {decision["id"]}
    assert all(a["params"] == {} for a in sent.values())
    for media in IMAGES:
        assert receiver.state.in_force(media["id"]) == ["quarantine_media"]
    assert receiver.state.in_force("post-9") == []
    [statement] = [a for a in receiver.state.applied.values() if a["type"] == "notify_user"]
    assert statement["params"]["kind"] == "statement_of_reasons"
    assert "§ 131 StGB" in statement["params"]["text"]

    token = parse_qs(urlsplit(statement["params"]["url"]).query)["token"][0]
    appeal = client.post("/api/v1/appeals", json={"token": token, "explanation": "News."})
    assert appeal.status_code == 201, appeal.text
    decided = client.post(
        f"/api/v1/appeals/{appeal.json()['id']}/decision",
        json={"outcome": "reversed", "reasoning": "Reporting of public interest."},
        headers=staff("bob"),
    )
    assert decided.status_code == 200, decided.text
    undone = [a for a in receiver.state.applied.values() if a["type"] == "reverse"]
    assert sorted(a["params"]["action_id"] for a in undone) == sorted(calls)
    assert {(a["target"]["kind"]) for a in undone} == {"media"}
    for media in IMAGES:
        assert receiver.state.in_force(media["id"]) == []
