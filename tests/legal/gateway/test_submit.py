"""POST /api/v1/legal/requests: the receipt contract, validation, idempotency, nothing lost."""

from __future__ import annotations

import base64
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock, parse_rfc3339
from safeharbour.kit.db import make_engine
from safeharbour.legal.gateway import LegalRequest, LegalRequestAttachment
from tests.conftest import bearer
from tests.legal.gateway.conftest import (
    OFFICER,
    REQUESTS,
    Agent,
    counts,
    outbox,
    removal_order,
)


def test_receipt_is_given_at_once_with_deadline_and_status_url(
    client: Any, container: Container, agent: Agent, clock: ManualClock
) -> None:
    reply = agent.submit(client, removal_order())
    assert reply.status_code == 201, reply.text
    receipt = reply.json()
    assert set(receipt) == {"id", "received_at", "deadline", "status", "status_url"}
    assert receipt["status"] == "acknowledged"
    assert receipt["received_at"] == "2026-06-01T12:00:00Z"
    # DSA Art. 9 from a German authority: the policy's internal SLA of 24 hours.
    assert parse_rfc3339(receipt["deadline"]) - clock.now() == timedelta(hours=24)
    assert receipt["status_url"].startswith(f"http://testserver{REQUESTS}/{receipt['id']}/status")
    assert "token=" in receipt["status_url"]

    status = client.get(receipt["status_url"].removeprefix("http://testserver"))
    assert status.status_code == 200, status.text
    assert status.json()["status"] == "acknowledged"
    assert [e["event"] for e in status.json()["timeline"]] == ["received", "acknowledged"]
    wrong = client.get(f"{REQUESTS}/{receipt['id']}/status?token=nope")
    assert wrong.status_code == 404

    with container.database.reader() as session:
        row = session.get(LegalRequest, __import__("uuid").UUID(receipt["id"]))
        assert row is not None
        token = receipt["status_url"].split("token=")[1]
        assert token not in row.status_token_sha256  # only the digest is stored
        assert "incites" not in row.statement_encrypted  # encrypted at rest


def test_the_receipt_is_durable_before_the_201(
    client: Any, container: Container, agent: Agent, database_url: str
) -> None:
    reply = agent.submit(client, removal_order())
    assert reply.status_code == 201
    # A fresh engine, as another process would see it.
    engine = make_engine(database_url)
    with engine.connect() as conn:
        found = conn.execute(
            select(LegalRequest.id, LegalRequest.status).where(
                LegalRequest.id == __import__("uuid").UUID(reply.json()["id"])
            )
        ).first()
    engine.dispose()
    assert found is not None and found.status == "acknowledged"
    [message] = outbox(container, "legal.request.received")
    assert message["request_id"] == reply.json()["id"]
    with container.database.reader() as session:
        entries = list(
            session.scalars(select(AuditEntry).where(AuditEntry.action == "legal:request:received"))
        )
    assert len(entries) == 1
    assert entries[0].subjects == {"request": reply.json()["id"], "agency": str(agent.id)}
    assert "incites" not in str(entries[0].snapshot)  # digests only


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("authority", {"country": "DE", "kind": "police"}),
        ("labels", ["terrorism"]),
        ("violates_terms", True),
        ("subscribers", 10),
        ("priority", "high"),
    ],
)
def test_fields_not_in_the_contract_are_422_naming_them(
    client: Any, container: Container, agent: Agent, field: str, value: Any
) -> None:
    before = counts(container)
    reply = agent.submit(client, removal_order(**{field: value}))
    assert reply.status_code == 422, reply.text
    fields = [e["field"] for e in reply.json()["error"]["details"]["errors"]]
    assert fields == [field]
    assert counts(container) == before


def test_derived_facts_inside_targets_are_refused_too(client: Any, agent: Agent) -> None:
    body = removal_order(targets=[{"kind": "post", "id": "p1", "labels": ["terrorism"]}])
    reply = agent.submit(client, body)
    assert reply.status_code == 422
    errors = reply.json()["error"]["details"]["errors"]
    assert [e["field"] for e in errors] == ["targets.0.labels"]
    assert "derives itself" in errors[0]["message"]


def test_required_fields_and_strict_types(client: Any, agent: Agent) -> None:
    reply = agent.submit(client, {"targets": []})
    assert reply.status_code == 422
    assert {e["field"] for e in reply.json()["error"]["details"]["errors"]} == {
        "type",
        "statement",
    }
    reply = agent.submit(client, removal_order(gag_order="false"))
    assert [e["field"] for e in reply.json()["error"]["details"]["errors"]] == ["gag_order"]
    reply = agent.submit(client, removal_order(targets=[]))
    assert reply.status_code == 422
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "targets"
    reply = agent.submit(client, removal_order(targets=[{"kind": "post"}]))
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "targets.0"


def test_defaults_are_applied(client: Any, container: Container, agent: Agent) -> None:
    body = {
        "type": "information_order",
        "statement": "Subscriber data for the account that posted the threat.",
        "targets": [{"kind": "account", "id": "acc-9"}],
        "judicial_authorisation": True,
        "data_requested": ["subscriber_info"],
        "legal_basis": "§ 100j StPO",
    }
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    with container.database.reader() as session:
        row = session.scalars(select(LegalRequest)).one()
    assert (row.legal_instrument, row.legal_process, row.urgency) == (
        "national",
        "court_order",
        "normal",
    )
    assert (row.threat_to_life, row.gag_order, row.gag_order_until) == (False, False, None)
    assert row.offence_keywords == [] and row.reference is None


def test_a_missing_legal_basis_is_accepted_and_the_proposal_names_it(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    body = removal_order()
    del body["legal_basis"]
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    proposal = view["proposal"]
    assert proposal["disposition"] == "need_more_info"
    assert proposal["proposed_answer"] == "need_more_info"
    assert {"field": "legal_basis", "need": "the provision of law the order rests on"} in [
        {"field": m["field"], "need": m["need"]} for m in proposal["missing"]
    ]
    # and why the instrument makes it a condition
    assert any("Art. 9(2)(a)(i)" in m["why"] for m in proposal["missing"])
    assert "R-LEGAL-BASIS" in [r["rule"] for r in proposal["reasons"]]


def test_idempotency_same_body_first_receipt_other_body_409(
    client: Any, container: Container, agent: Agent, clock: ManualClock
) -> None:
    first = agent.submit(client, removal_order(), **{"Idempotency-Key": "bka-42"})
    assert first.status_code == 201
    before = counts(container)
    clock.advance(timedelta(minutes=5))
    again = agent.submit(client, removal_order(), **{"Idempotency-Key": "bka-42"})
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert counts(container) == before
    other = agent.submit(client, removal_order(reference="other"), **{"Idempotency-Key": "bka-42"})
    assert other.status_code == 409
    assert other.json()["error"]["details"]["errors"][0]["field"] == "Idempotency-Key"
    assert counts(container) == before


def test_idempotency_keys_are_per_agency(client: Any, make_agent: Any) -> None:
    one = make_agent("Agency one", domains=("one.example.de",))
    two = make_agent("Agency two", domains=("two.example.fr",), country="FR")
    a = one.submit(client, removal_order(), **{"Idempotency-Key": "k"})
    b = two.submit(client, removal_order(), **{"Idempotency-Key": "k"})
    assert a.status_code == b.status_code == 201
    assert a.json()["id"] != b.json()["id"]


def _pdf(size: int = 64) -> str:
    return base64.b64encode(b"%PDF-1.7\n" + b"x" * size).decode()


def test_attachments_are_stored_encrypted_with_their_digest(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    import hashlib

    content = b"%PDF-1.7\n" + b"order text" * 10
    body = removal_order(
        attachments=[
            {
                "filename": "../../order.pdf",
                "content_type": "application/pdf",
                "content_base64": base64.b64encode(content).decode(),
            }
        ]
    )
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    with container.database.reader() as session:
        row = session.scalars(select(LegalRequestAttachment)).one()
    assert row.filename == "order.pdf"
    assert row.sha256 == hashlib.sha256(content).hexdigest()
    assert base64.b64encode(content).decode() not in row.content_encrypted
    download = client.get(f"{OFFICER}/{reply.json()['id']}/attachments/{row.id}", headers=officer)
    assert download.status_code == 200
    assert download.content == content
    assert download.headers["content-type"] == "application/pdf"


@pytest.mark.parametrize(
    ("attachment", "field"),
    [
        ({"filename": "a.exe", "content_type": "application/x-msdownload"}, "content_type"),
        (
            {"filename": "a.pdf", "content_type": "application/pdf", "b64": "not base64!"},
            "content_base64",
        ),
        ({"filename": "a.pdf", "content_type": "image/png"}, "content_base64"),
    ],
)
def test_a_bad_attachment_rejects_the_whole_request(
    client: Any, container: Container, agent: Agent, attachment: dict[str, str], field: str
) -> None:
    good = {"filename": "ok.pdf", "content_type": "application/pdf", "content_base64": _pdf()}
    bad = {
        "filename": attachment["filename"],
        "content_type": attachment["content_type"],
        "content_base64": attachment.get("b64", _pdf()),
    }
    before = counts(container)
    reply = agent.submit(client, removal_order(attachments=[good, bad]))
    assert reply.status_code == 422, reply.text
    assert reply.json()["error"]["details"]["errors"][0]["field"] == f"attachments.1.{field}"
    assert counts(container) == before


def test_an_attachment_over_the_limit_is_413(
    client: Any, container: Container, agent: Agent
) -> None:
    limit = container.settings.legal_max_attachment_bytes
    big = base64.b64encode(b"%PDF-" + b"x" * limit).decode()
    body = removal_order(
        attachments=[
            {"filename": "big.pdf", "content_type": "application/pdf", "content_base64": big}
        ]
    )
    reply = agent.submit(client, body)
    assert reply.status_code == 413
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "attachments.0.content_base64"


def test_a_failure_during_commit_stores_nothing(
    client: Any, container: Container, agent: Agent
) -> None:
    before = counts(container)

    def explode(_unit: Any) -> None:
        raise RuntimeError("disk full")

    container.database.before_commit_hooks.append(explode)
    try:
        from fastapi.testclient import TestClient

        from safeharbour.web.app import create_app

        with TestClient(create_app(container), raise_server_exceptions=False) as fresh:
            reply = agent.submit(fresh, removal_order())
    finally:
        container.database.before_commit_hooks.remove(explode)
    assert reply.status_code == 500
    assert counts(container) == before


@pytest.mark.parametrize(
    "request_type", ["encryption_key", "block_channel", "account_suspension", "other"]
)
def test_every_request_type_is_received_and_counted(
    client: Any, agent: Agent, make_key: Any, request_type: str
) -> None:
    targets = (
        [] if request_type in ("encryption_key", "other") else [{"kind": "channel", "id": "c1"}]
    )
    body = {
        "type": request_type,
        "statement": "Give us what we ask for.",
        "targets": targets,
        "legal_basis": "Art. 1 Example Act",
    }
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    stats = client.get("/api/v1/legal/officer/stats", headers=bearer(make_key("auditor")))
    assert stats.json()["by_type"] == {request_type: 1}


def test_a_key_demand_goes_through_the_engine_and_is_refused(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    body = {"type": "encryption_key", "statement": "Hand over the decryption key.", "targets": []}
    reply = agent.submit(client, body)
    assert reply.status_code == 201
    proposal = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()["proposal"]
    assert proposal["disposition"] == "refuse"
    assert proposal["reasons"][0]["rule"] == "R-KEYS-NEVER"


def test_links_are_resolved_through_the_mirror(
    client: Any, container: Container, agent: Agent, make_key: Any, officer: dict[str, str]
) -> None:
    from tests.factories import channel, post

    platform = bearer(make_key("platform"))
    events = [channel("chan-7", subscribers=50), post("post-77", channel_id="chan-7")]
    assert (
        client.post("/api/v1/events", json={"events": events}, headers=platform).status_code == 200
    )
    body = removal_order(
        targets=[
            {"url": "https://platform.example/post/post-77"},
            {"url": "https://platform.example/c/chan-7"},
            {"url": "https://elsewhere.example/nothing-here"},
        ]
    )
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    assert [t.get("resolved") for t in view["targets"]] == [
        {"kind": "post", "id": "post-77"},
        {"kind": "channel", "id": "chan-7"},
        None,
    ]
    engine_ids = [t["id"] for t in view["proposal"]["targets"]]
    assert engine_ids == ["post-77", "chan-7", "unknown"]
    # one target per answer: the unresolved link waits while the others are decided
    assert [t["disposition"] for t in view["proposal"]["targets"]] == [
        "geo_restrict",
        "refuse",
        "need_more_info",
    ]
    assert view["proposal"]["disposition"] == "partial"


def _tag(container: Container, kind: str, item_id: str, label: str) -> None:
    from safeharbour.kit.db import SYSTEM
    from safeharbour.kit.transactions import run_in_unit
    from safeharbour.review.labels import do_tag_item

    run_in_unit(
        container.database,
        lambda unit: do_tag_item(unit, item_kind=kind, item_id=item_id, label=label, actor=SYSTEM),
    )


def test_the_engine_sees_the_labels_the_platform_put_on_targets(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    _tag(container, "post", "post-terror", "terrorism")
    _tag(container, "post", "post-press", "journalism")
    terror = agent.submit(
        client,
        removal_order(legal_instrument="tco", targets=[{"kind": "post", "id": "post-terror"}]),
    ).json()
    press = agent.submit(
        client,
        removal_order(legal_instrument="tco", targets=[{"kind": "post", "id": "post-press"}]),
    ).json()
    terror_view = client.get(f"{OFFICER}/{terror['id']}", headers=officer).json()["proposal"]
    assert terror_view["disposition"] == "comply"
    assert terror_view["auto_executable"] is True  # proposed only: effect comes in part 2
    press_view = client.get(f"{OFFICER}/{press['id']}", headers=officer).json()["proposal"]
    assert press_view["disposition"] == "human_rights_review"
    assert press_view["auto_executable"] is False
