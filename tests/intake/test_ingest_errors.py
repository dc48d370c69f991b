"""Bad input to the ingest API gets the documented 4xx, with the offending field named."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import bearer
from tests.factories import post


@pytest.fixture
def key(make_key: Any) -> str:
    return make_key("platform")


def fields(reply: Any) -> list[str]:
    body = reply.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    return [e["field"] for e in body["error"]["details"]["errors"]]


def test_malformed_json_is_400(client: Any, key: str) -> None:
    reply = client.post(
        "/api/v1/events",
        content=b'{"events": [',
        headers={**bearer(key), "Content-Type": "application/json"},
    )
    assert reply.status_code == 400
    assert reply.json()["error"]["code"] == "malformed_body"
    assert fields(reply) == ["body"]


@pytest.mark.parametrize(
    ("events", "expected_field"),
    [
        ([{**post("p"), "type": "post.exploded"}], "events.0.type"),
        ([{**post("p"), "occurred_at": "yesterday"}], "events.0.occurred_at"),
        ([{**post("p"), "occurred_at": "2026-05-01T10:00:00"}], "events.0.occurred_at"),
        ([post("p", text=5)], "events.0.data.text"),  # type: ignore[arg-type]
        ([post("p", media=[{"id": "m"}])], "events.0.data.media.0.kind"),
        (
            [post("p", media=[{"id": "m", "kind": "image", "pdq": "xyz"}])],
            "events.0.data.media.0.pdq",
        ),
        ([post("p", colour="red")], "events.0.data.colour"),
        (
            [
                {
                    "event_id": "e",
                    "type": "account.upserted",
                    "occurred_at": "2026-05-01T10:00:00Z",
                    "data": {"id": "a", "country": "Germany"},
                }
            ],
            "events.0.data.country",
        ),
        (
            [
                {
                    "event_id": "e",
                    "type": "channel.upserted",
                    "occurred_at": "2026-05-01T10:00:00Z",
                    "data": {"id": "c", "kind": "forum"},
                }
            ],
            "events.0.data.kind",
        ),
        (
            [{"event_id": "e", "type": "post.deleted", "occurred_at": "2026-05-01T10:00:00Z"}],
            "events.0.data",
        ),
        ([], "events"),
        ("not a list", "events"),
    ],
)
def test_wrong_shapes_are_422_naming_the_field(
    client: Any, key: str, events: Any, expected_field: str
) -> None:
    reply = client.post("/api/v1/events", json={"events": events}, headers=bearer(key))
    assert reply.status_code == 422, reply.text
    assert expected_field in fields(reply)


def test_unknown_top_level_field_and_missing_events(client: Any, key: str) -> None:
    reply = client.post(
        "/api/v1/events", json={"events": [post("p")], "extra": 1}, headers=bearer(key)
    )
    assert reply.status_code == 422 and fields(reply) == ["extra"]
    reply = client.post("/api/v1/events", json={}, headers=bearer(key))
    assert reply.status_code == 422 and fields(reply) == ["events"]
    reply = client.post("/api/v1/events", json=[post("p")], headers=bearer(key))
    assert reply.status_code == 422 and fields(reply) == ["body"]


def test_more_than_1000_events_is_422(client: Any, key: str) -> None:
    events = [post(f"p{i}") for i in range(1001)]
    reply = client.post("/api/v1/events", json={"events": events}, headers=bearer(key))
    assert reply.status_code == 422 and fields(reply) == ["events"]


def test_oversize_body_is_413(client: Any, key: str) -> None:
    big = post("p", text="x" * 99_000)
    events = [{**big, "event_id": f"e{i}"} for i in range(110)]  # ~11 MB
    reply = client.post("/api/v1/events", json={"events": events}, headers=bearer(key))
    assert reply.status_code == 413
    assert reply.json()["error"]["code"] == "payload_too_large"


def test_lying_content_length_is_still_cut_off(app: Any, key: str) -> None:
    """A chunked upload without Content-Length is measured as it streams."""
    from fastapi.testclient import TestClient

    def chunks() -> Any:
        for _ in range(12):
            yield b" " * (1024 * 1024)

    with TestClient(app) as raw:
        reply = raw.post(
            "/api/v1/events",
            content=chunks(),
            headers={**bearer(key), "Content-Type": "application/json"},
        )
    assert reply.status_code == 413


def test_keys(client: Any, make_key: Any, container: Any) -> None:
    body = {"events": [post("p")]}
    missing = client.post("/api/v1/events", json=body)
    assert missing.status_code == 401 and fields(missing) == ["Authorization"]
    wrong = client.post("/api/v1/events", json=body, headers=bearer("shk_not-a-key"))
    assert wrong.status_code == 401 and fields(wrong) == ["Authorization"]
    scheme = client.post("/api/v1/events", json=body, headers={"Authorization": "Basic x"})
    assert scheme.status_code == 401
    moderator = client.post("/api/v1/events", json=body, headers=bearer(make_key("moderator")))
    assert moderator.status_code == 403
    assert moderator.json()["error"]["code"] == "forbidden"


def test_wrong_content_type_is_415(client: Any, key: str) -> None:
    reply = client.post(
        "/api/v1/events", content=b"events=1", headers={**bearer(key), "Content-Type": "text/plain"}
    )
    assert reply.status_code == 415 and fields(reply) == ["Content-Type"]


def test_every_response_has_a_request_id(client: Any, key: str) -> None:
    for reply in (
        client.get("/healthz"),
        client.post("/api/v1/events", json={}, headers=bearer(key)),
        client.get("/nowhere"),
    ):
        assert len(reply.headers["x-request-id"]) >= 16
    echoed = client.get("/healthz", headers={"X-Request-ID": "trace-123"})
    assert echoed.headers["x-request-id"] == "trace-123"


def test_unknown_route_and_method_use_the_error_format(client: Any) -> None:
    reply = client.get("/api/v1/nothing-here")
    assert reply.status_code == 404 and reply.json()["error"]["code"] == "not_found"
    reply = client.get("/api/v1/events")
    assert reply.status_code == 405 and "error" in reply.json()


def test_query_parameter_errors_name_the_field(client: Any, make_key: Any) -> None:
    reply = client.get("/api/v1/audit/entries?limit=0", headers=bearer(make_key("auditor")))
    assert reply.status_code == 422 and fields(reply) == ["limit"]
