"""Effect: complied content orders become platform calls; the time of effect goes back."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.enforcement import EnforcementAction
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import LegalRequest, do_record_after_review
from safeharbour.legal.models import LegalHold
from safeharbour.review.labels import do_tag_item
from tests.conftest import bearer
from tests.factories import post
from tests.legal.gateway.conftest import OFFICER, REQUESTS, Agent, removal_order


def _mirror(client: Any, make_key: Any, *events: dict[str, Any]) -> None:
    platform = bearer(make_key("platform"))
    reply = client.post("/api/v1/events", json={"events": list(events)}, headers=platform)
    assert reply.status_code == 200, reply.text


def _answer(client: Any, officer: dict[str, str], rid: str, **body: Any) -> Any:
    payload = {"followed_proposal": False, "override_reason": "decided by counsel", **body}
    reply = client.post(f"{OFFICER}/{rid}/answer", json=payload, headers=officer)
    assert reply.status_code == 201, reply.text
    return reply


def _rows(container: Container, rid: str) -> list[EnforcementAction]:
    with container.database.reader() as session:
        return list(
            session.scalars(
                select(EnforcementAction)
                .where(EnforcementAction.legal_request_id == uuid.UUID(rid))
                .order_by(EnforcementAction.created_at)
            )
        )


def test_a_global_removal_removes_the_post_tells_the_uploader_and_reports_the_time(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], make_key: Any
) -> None:
    _mirror(client, make_key, post("post-1", author_id="acc-9"))
    rid = agent.submit(client, removal_order()).json()["id"]
    _answer(client, officer, rid, answer="complied", scope="global")
    rows = _rows(container, rid)
    assert [(r.kind, r.target_id, r.status) for r in rows] == [
        ("remove_post", "post-1", "applied"),
        ("notify_user", "acc-9", "applied"),
    ]
    platform = container.nta.platform
    assert platform.state_of("post-1") == ["remove_post"]  # type: ignore[attr-defined]
    message = platform.messages_to("acc-9")[0]  # type: ignore[attr-defined]
    assert "Bundeskriminalamt" in message.args["text"] and "BKA-2026-0042" in message.args["text"]
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["effect_given_at"] is not None
    assert mine["timeline"][-1]["event"] == "effect_given"


def test_a_local_order_restricts_in_the_requesting_country_and_a_gag_order_stays_silent(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], make_key: Any
) -> None:
    _mirror(client, make_key, post("post-2", author_id="acc-2"))
    body = removal_order(
        targets=[{"kind": "post", "id": "post-2"}], gag_order=True, gag_order_until="2026-12-31"
    )
    rid = agent.submit(client, body).json()["id"]
    _answer(client, officer, rid, answer="complied", scope="requesting_country")
    rows = _rows(container, rid)
    assert [(r.kind, r.params.get("countries")) for r in rows] == [("restrict_post", ["DE"])]
    assert container.nta.platform.messages_to("acc-2") == []  # type: ignore[attr-defined]


def test_refusals_and_requests_for_more_information_change_nothing_on_the_platform(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    _answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[{"rule": "R-LOCAL-LAW-GEO", "text": "not illegal here"}],
    )
    assert _rows(container, rid) == []
    assert agent.get(client, f"{REQUESTS}/{rid}").json()["effect_given_at"] is None


def test_a_tco_order_is_carried_out_at_receipt_preserved_and_reviewed_after_the_fact(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], make_key: Any
) -> None:
    _mirror(client, make_key, post("post-terror", author_id="acc-5"))
    run_in_unit(
        container.database,
        lambda unit: do_tag_item(
            unit, item_kind="post", item_id="post-terror", label="terrorism", actor=SYSTEM
        ),
    )
    body = removal_order(legal_instrument="tco", targets=[{"kind": "post", "id": "post-terror"}])
    receipt = agent.submit(client, body).json()
    assert receipt["status"] == "answered"
    rid = receipt["id"]
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["answer"]["answer"] == "complied" and mine["effect_given_at"] is not None
    assert [r.kind for r in _rows(container, rid)] == ["remove_post", "notify_user"]
    with container.database.reader() as session:
        holds = list(
            session.scalars(select(LegalHold).where(LegalHold.subject_id == "post-terror"))
        )
        request = session.get(LegalRequest, uuid.UUID(rid))
        assert request is not None and request.auto_executed
    assert len(holds) == 1 and holds[0].reference == f"legal_request:{rid}"
    held_until = holds[0].held_until
    assert held_until is not None and (held_until - container.clock.now()).days == 183
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["auto_executed"] is True and view["after_review_at"] is None

    run_in_unit(
        container.database,
        lambda unit: do_record_after_review(
            unit, uuid.UUID(rid), note="checked: terrorist content", actor=SYSTEM
        ),
    )
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["after_review_at"] is not None


def test_a_failed_platform_call_is_retried_and_the_effect_is_reported_when_done(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], make_key: Any
) -> None:
    _mirror(client, make_key, post("post-1", author_id="acc-1"))
    rid = agent.submit(client, removal_order()).json()["id"]
    container.nta.platform.fail_next(1)  # type: ignore[attr-defined]
    _answer(client, officer, rid, answer="complied", scope="global")
    assert agent.get(client, f"{REQUESTS}/{rid}").json()["effect_given_at"] is None
    container.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    container.nta.dispatch_enforcement()  # the scheduler's job
    assert agent.get(client, f"{REQUESTS}/{rid}").json()["effect_given_at"] is not None
