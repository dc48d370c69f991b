"""The signature scheme and the outbound adapter: wire format, retries, 4xx, tampering, replays."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson
import pytest

from safeharbour.enforcement.ports import ActOutcome, NotifyKind
from safeharbour.integrations.webhook.adapter import WebhookPlatform
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from safeharbour.integrations.webhook.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    sign,
    signed_headers,
    verify,
)
from tests.webhook.conftest import SECRET

NOW = 1_780_000_000


def test_a_signature_verifies_and_every_tampering_or_replay_is_rejected() -> None:
    body = b'{"events": []}'
    good = sign(SECRET, NOW, body)
    assert good.startswith("v1=") and len(good) == 3 + 64
    verify(SECRET, body, str(NOW), good, now=NOW + 299)
    verify(SECRET, body, str(NOW), "v0=old, " + good, now=NOW)  # rotation: any one matches
    cases: list[tuple[bytes, str | None, str | None, float, str]] = [
        (body + b" ", str(NOW), good, NOW, SIGNATURE_HEADER),  # body changed
        (body, str(NOW + 1), good, NOW, SIGNATURE_HEADER),  # timestamp changed
        (body, str(NOW), sign("other", NOW, body), NOW, SIGNATURE_HEADER),  # wrong secret
        (body, str(NOW), good[:-1] + "0", NOW, SIGNATURE_HEADER),
        (body, str(NOW), None, NOW, SIGNATURE_HEADER),
        (body, str(NOW), good, NOW + 301, TIMESTAMP_HEADER),  # replay
        (body, str(NOW), good, NOW - 301, TIMESTAMP_HEADER),  # from the future
        (body, None, good, NOW, TIMESTAMP_HEADER),
        (body, "yesterday", good, NOW, TIMESTAMP_HEADER),
    ]
    for raw, stamp, signature, now, header in cases:
        with pytest.raises(SignatureError) as caught:
            verify(SECRET, raw, stamp, signature, now=now)
        assert caught.value.header == header


def test_every_port_call_is_posted_in_the_contract_format(receiver: ReferenceReceiver) -> None:
    adapter = WebhookPlatform(receiver.url, SECRET)
    until = datetime(2026, 7, 1, 12, tzinfo=UTC)
    assert adapter.remove_post("p1", idempotency_key="k1").done
    assert adapter.restrict_post("p2", ["de", "FR"], idempotency_key="k2").done
    assert adapter.suspend_account("a1", until, idempotency_key="k3").done
    assert adapter.terminate_account("a2", idempotency_key="k4").done
    assert adapter.ban_channel("c1", idempotency_key="k5").done
    assert adapter.label("post", "p3", "Graphic", idempotency_key="k6").done
    assert adapter.notify_user(
        "a1", NotifyKind.STATEMENT_OF_REASONS, "Why", "https://s/1", idempotency_key="k7"
    ).done
    assert adapter.notify_user(
        "a1", NotifyKind.APPEAL_OUTCOME, "Upheld", "https://s/2", idempotency_key="k8"
    ).done
    assert adapter.reverse("k5", idempotency_key="k9").done
    sent = receiver.state.applied
    expected = {
        "k1": ("remove_post", "post", "p1", {}),
        "k2": ("restrict_post", "post", "p2", {"countries": ["DE", "FR"]}),
        "k3": ("suspend_account", "account", "a1", {"until": "2026-07-01T12:00:00Z"}),
        "k4": ("terminate_account", "account", "a2", {}),
        "k5": ("ban_channel", "channel", "c1", {}),
        "k6": ("label", "post", "p3", {"label": "Graphic", "text": "Graphic"}),
        "k7": (
            "notify_user",
            "account",
            "a1",
            {"kind": "statement_of_reasons", "text": "Why", "url": "https://s/1"},
        ),
        "k8": (
            "notify_user",
            "account",
            "a1",
            {"kind": "notice", "text": "Upheld", "url": "https://s/2"},
        ),
        "k9": ("reverse", "channel", "c1", {"action_id": "k5"}),
    }
    for key, (kind, target_kind, target_id, params) in expected.items():
        action = sent[key]
        assert set(action) == {"action_id", "type", "target", "params", "decision_id", "issued_at"}
        assert action["action_id"] == key
        assert action["type"] == kind
        assert action["target"] == {"kind": target_kind, "id": target_id}
        assert action["params"] == params
        assert isinstance(action["decision_id"], str)
        issued = datetime.fromisoformat(action["issued_at"])
        assert issued.tzinfo is not None and abs(issued.timestamp() - time.time()) < 60
    assert receiver.state.in_force("c1") == []
    adapter.close()


def _counting(status: int | Exception, calls: list[httpx.Request]) -> httpx.Client:
    def handle(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if isinstance(status, Exception):
            raise status
        return httpx.Response(status, json={"error": "nope", "outcome": "applied"})

    return httpx.Client(transport=httpx.MockTransport(handle))


@pytest.mark.parametrize(
    ("answer", "attempts", "words"),
    [
        (503, 3, "HTTP 503"),
        (500, 3, "HTTP 500"),
        (httpx.ReadTimeout("slow"), 3, "timed out"),
        (httpx.ConnectError("refused"), 3, "ConnectError"),
        (400, 1, "HTTP 400"),
        (401, 1, "HTTP 401"),
        (404, 1, "HTTP 404"),
        (409, 1, "HTTP 409"),
    ],
)
def test_5xx_and_timeouts_are_retried_on_the_schedule_and_4xx_never(
    answer: Any, attempts: int, words: str
) -> None:
    calls: list[httpx.Request] = []
    pauses: list[float] = []
    adapter = WebhookPlatform(
        "http://platform.invalid/hook",
        SECRET,
        backoff=(0.5, 2.0),
        sleep=pauses.append,
        client=_counting(answer, calls),
    )
    result = adapter.remove_post("p1", idempotency_key="k1")
    assert result.outcome == ActOutcome.FAILED
    assert result.retry is False  # spent or pointless: the row is dead-lettered
    assert words in (result.detail or "")
    assert len(calls) == attempts
    assert pauses == [0.5, 2.0][: attempts - 1]
    for request in calls:  # each attempt is signed afresh, over the same body
        verify(
            SECRET,
            request.content,
            request.headers[TIMESTAMP_HEADER],
            request.headers[SIGNATURE_HEADER],
            now=time.time(),
        )


def test_a_receiver_that_recovers_within_the_schedule_applies_the_action_once(
    receiver: ReferenceReceiver,
) -> None:
    receiver.state.failures = 2
    adapter = WebhookPlatform(receiver.url, SECRET, backoff=(0.01, 0.01))
    assert adapter.remove_post("p1", idempotency_key="k1").outcome == ActOutcome.APPLIED
    assert receiver.state.requests == 3
    assert receiver.state.in_force("p1") == ["remove_post"]


def test_the_receiver_rejects_a_wrong_secret_a_tampered_body_and_a_replay(
    receiver: ReferenceReceiver,
) -> None:
    wrong = WebhookPlatform(receiver.url, "not-the-secret", backoff=(0.01,))
    result = wrong.remove_post("p1", idempotency_key="k1")
    assert result.outcome == ActOutcome.FAILED and not result.retry
    assert "401" in (result.detail or "") and SIGNATURE_HEADER in (result.detail or "")

    body = orjson.dumps(
        {
            "action_id": "k2",
            "type": "remove_post",
            "target": {"kind": "post", "id": "p2"},
            "params": {},
            "decision_id": "",
            "issued_at": "2026-06-01T12:00:00Z",
        }
    )
    now = int(time.time())
    tampered = signed_headers(SECRET, now, body)
    reply = httpx.post(receiver.url, content=body.replace(b"p2", b"p3"), headers=tampered)
    assert reply.status_code == 401 and reply.json()["header"] == SIGNATURE_HEADER
    replay = signed_headers(SECRET, now - 301, body)
    reply = httpx.post(receiver.url, content=body, headers=replay)
    assert reply.status_code == 401 and reply.json()["header"] == TIMESTAMP_HEADER
    assert receiver.state.applied == {}
    good = httpx.post(receiver.url, content=body, headers=signed_headers(SECRET, now, body))
    assert good.json() == {"outcome": "applied"}
