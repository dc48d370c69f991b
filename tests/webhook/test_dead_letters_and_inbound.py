"""Through the app: a receiver down for good dead-letters the call (alert: outbox message and
/readyz count), a retry applies it once; signed inbound events are ingested, others refused."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.config import Settings
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.integrations.webhook.adapter import WebhookPlatform, context_lookup
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from safeharbour.integrations.webhook.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    signed_headers,
)
from safeharbour.kit.outbox import OutboxRow
from tests import factories
from tests.nta import audit_actions, notice_body, removal
from tests.webhook.conftest import SECRET


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        scheduler_enabled=False,
        public_base_url="http://testserver",
        webhook_url="http://127.0.0.1:9/unused",
        webhook_secret=SECRET,
        webhook_backoff_seconds=[0.01, 0.01],
    )


def test_settings_pick_the_webhook_adapter(container: Container) -> None:
    platform = container.nta.platform
    assert isinstance(platform, WebhookPlatform)
    assert platform.url == "http://127.0.0.1:9/unused"
    assert platform.backoff == (0.01, 0.01)


def test_a_receiver_failing_three_times_dead_letters_the_action_and_a_retry_applies_it_once(
    client: Any,
    container: Container,
    receiver: ReferenceReceiver,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., dict[str, str]],
    operator_status: Any,
) -> None:
    platform = WebhookPlatform(
        receiver.url, SECRET, backoff=(0.01, 0.01), context_of=context_lookup(container.database)
    )
    container.nta.platform = platform
    receiver.state.failures = 3
    reply = decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    assert reply.status_code == 201, reply.text
    assert receiver.state.requests == 3

    listed = client.get("/api/v1/enforcement/dead-letters", headers=staff("alice"))
    assert listed.status_code == 200, listed.text
    (dead,) = listed.json()["items"]
    assert (dead["kind"], dead["target_id"], dead["adapter"]) == (
        "remove_post",
        "post-1",
        "webhook",
    )
    assert "3 attempts failed" in dead["detail"] and "503" in dead["detail"]
    with container.database.reader() as session:
        rows = {r.kind: r for r in session.scalars(select(EnforcementAction))}
        alerts = list(
            session.scalars(
                select(OutboxRow).where(OutboxRow.topic == "enforcement.action.dead_lettered")
            )
        )
    assert rows["remove_post"].status == "failed"
    assert rows["notify_user"].status == "cancelled"  # the statement waits for its measure
    assert [a.payload["enforcement_id"] for a in alerts] == [dead["id"]]
    enforcement = operator_status()["enforcement"]
    assert (enforcement["adapter"], enforcement["dead_letters"]) == ("webhook", 1)
    assert enforcement["platform"]["connected"] is False  # its health: the receiver was down

    # A moderator may see the list but not re-send; a senior moderator re-sends.
    refused = client.post(f"/api/v1/enforcement/{dead['id']}/retry", headers=staff("alice"))
    assert refused.status_code == 403
    senior = staff("sam", "senior_moderator")
    retried = client.post(f"/api/v1/enforcement/{dead['id']}/retry", headers=senior)
    assert retried.status_code == 200, retried.text
    assert retried.json()["status"] == "applied"
    sent = receiver.state.applied[dead["id"]]
    assert sent["decision_id"] == str(rows["remove_post"].decision_id)
    assert receiver.state.in_force("post-1") == ["remove_post"]
    assert receiver.state.requests == 4  # three failures, one success: applied once

    again = client.post(f"/api/v1/enforcement/{dead['id']}/retry", headers=senior)
    assert again.status_code == 409
    assert client.get("/api/v1/enforcement/dead-letters", headers=staff("alice")).json() == {
        "items": [],
        "count": 0,
    }
    assert operator_status()["enforcement"]["dead_letters"] == 0
    tags = [e.action for e in audit_actions(container, "enforcement:")]
    assert tags.count("enforcement:action:failed") == 1
    assert tags.count("enforcement:action:requeued") == 1
    missing = client.post(f"/api/v1/enforcement/{uuid.uuid4()}/retry", headers=senior)
    assert missing.status_code == 404


def test_a_4xx_from_the_receiver_is_dead_lettered_at_once_with_its_reason(
    client: Any,
    container: Container,
    receiver: ReferenceReceiver,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., dict[str, str]],
) -> None:
    container.nta.platform = WebhookPlatform(receiver.url, "wrong-secret", backoff=(0.01,))
    reply = decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    assert reply.status_code == 201, reply.text
    (dead,) = client.get("/api/v1/enforcement/dead-letters", headers=staff("a")).json()["items"]
    assert dead["attempts"] == 1
    assert "HTTP 401" in dead["detail"] and SIGNATURE_HEADER in dead["detail"]


def _signed(container: Container, body: dict[str, Any], *, age: int = 0) -> tuple[bytes, Any]:
    raw = orjson.dumps(body)
    stamp = int(container.clock.now().timestamp()) - age
    return raw, signed_headers(SECRET, stamp, raw)


def test_signed_platform_events_are_ingested_and_unsigned_or_replayed_ones_refused(
    client: Any, container: Container, staff: Callable[..., dict[str, str]]
) -> None:
    body = {"events": [factories.account("acc-9"), factories.post("post-9", "hello")]}
    raw, headers = _signed(container, body)
    reply = client.post("/api/v1/platform/events", content=raw, headers=headers)
    assert reply.status_code == 200, reply.text
    assert reply.json() == {"accepted": 2, "duplicates": 0}
    again = client.post("/api/v1/platform/events", content=raw, headers=headers)
    assert again.json() == {"accepted": 0, "duplicates": 2}

    def refused(content: bytes, sent: dict[str, str], header: str) -> None:
        answer = client.post("/api/v1/platform/events", content=content, headers=sent)
        assert answer.status_code == 401, answer.text
        error = answer.json()["error"]
        assert error["code"] == "unauthenticated"
        assert header in answer.text

    refused(raw.replace(b"hello", b"HELLO"), headers, SIGNATURE_HEADER)
    refused(raw, {**headers, SIGNATURE_HEADER: "v1=" + "0" * 64}, SIGNATURE_HEADER)
    refused(raw, {k: v for k, v in headers.items() if k != SIGNATURE_HEADER}, SIGNATURE_HEADER)
    refused(raw, {"Content-Type": "application/json"}, TIMESTAMP_HEADER)
    old_raw, old = _signed(container, body, age=301)
    refused(old_raw, old, TIMESTAMP_HEADER)

    invalid_raw, invalid = _signed(container, {"events": [{"type": "nope"}]})
    answer = client.post("/api/v1/platform/events", content=invalid_raw, headers=invalid)
    assert answer.status_code == 422, answer.text  # the same validation as /api/v1/events
    audited = [e for e in audit_actions(container) if e.actor == "system:platform-webhook"]
    assert audited


def test_inbound_events_are_off_until_a_secret_is_set(tmp_path: Path, database_url: str) -> None:
    from fastapi.testclient import TestClient

    from safeharbour.bootstrap import build_container
    from safeharbour.web.app import create_app

    plain = Settings(
        data_dir=tmp_path / "plain", database_url=database_url, scheduler_enabled=False
    )
    built = build_container(plain)
    try:
        assert built.nta.platform.name == "memory"
        with TestClient(create_app(built)) as test_client:
            reply = test_client.post("/api/v1/platform/events", json={"events": []})
        assert reply.status_code == 503
        assert "SAFEHARBOUR_WEBHOOK_SECRET" in reply.text
    finally:
        built.close()
