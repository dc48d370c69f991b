"""Preservation snapshots: frozen, sealed, encrypted, held for the legal period, extended once,
purged by the scheduler when the period ends (audited)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.kit.canonical import canonical_json, sha256_hex
from safeharbour.kit.clock import ManualClock
from safeharbour.legal.gateway import PreservationSnapshot
from safeharbour.legal.models import LegalHold
from tests import factories
from tests.legal.gateway.conftest import OFFICER, Agent, answer, removal_order
from tests.legal.gateway.test_consoles import browser as browser
from tests.legal.gateway.test_consoles import csrf_of
from tests.nta import audit_actions

PRESERVE = "/api/v1/legal/officer/preservation"


def _preservation(**fields: Any) -> dict[str, Any]:
    return removal_order(
        type="preservation",
        reference="EPOC-PR-1",
        legal_instrument="epoc_pr",
        legal_basis="Regulation (EU) 2023/1543, Art. 6",
        statement="Preserve the post and its author's data pending a production order.",
        **fields,
    )


def _snapshots(client: Any, officer: dict[str, str], rid: str) -> list[dict[str, Any]]:
    reply = client.get(f"{OFFICER}/{rid}/preservation", headers=officer)
    assert reply.status_code == 200, reply.text
    return list(reply.json()["snapshots"])


def test_a_complied_preservation_freezes_seals_holds_extends_and_purges(
    client: Any,
    container: Container,
    clock: ManualClock,
    agent: Agent,
    officer: dict[str, str],
    ingest: Callable[..., None],
) -> None:
    ingest(
        factories.account("acc-1"),
        factories.channel("chan-1"),
        factories.post("post-1", "meet at the station at noon"),
    )
    body = _preservation(
        targets=[{"kind": "post", "id": "post-1"}, {"kind": "account", "id": "acc-1"}]
    )
    rid = agent.submit(client, body).json()["id"]
    reply = answer(
        client,
        officer,
        rid,
        answer="complied",
        followed_proposal=False,
        override_reason="Preservation is always granted for a verified EU agency.",
        scope="global",
    )
    assert reply.status_code == 201, reply.text
    [snap] = _snapshots(client, officer, rid)
    assert snap["basis"] == "epoc_pr"
    taken_at = clock.now()
    assert snap["held_until"].startswith((taken_at + timedelta(days=60)).date().isoformat())
    content = snap["content"]
    assert sha256_hex(canonical_json(content)) == snap["content_sha256"]  # the seal
    post = content["targets"][0]
    assert post["text"] == "meet at the station at noon" and post["author_id"] == "acc-1"
    assert content["targets"][1] == {
        "kind": "account",
        "id": "acc-1",
        "held": True,
        "country": "DE",
        "created_at": None,
        "verified": False,
        "official": False,
    }
    with container.database.reader() as session:
        raw = session.execute(
            select(PreservationSnapshot.__table__.c.content_encrypted)
        ).scalar_one()
        assert "station" not in raw  # encrypted at rest
        holds = session.scalars(
            select(LegalHold).where(LegalHold.reference == f"preservation:{snap['id']}")
        ).all()
        assert {(h.subject_kind, h.subject_id) for h in holds} == {
            ("post", "post-1"),
            ("account", "acc-1"),
        }
        assert all("EPOC-PR" in h.reason for h in holds)

    # Extended once by 30 days; a second extension is refused.
    extended = client.post(f"{PRESERVE}/{snap['id']}/extend", headers=officer)
    assert extended.status_code == 200, extended.text
    assert extended.json()["held_until"].startswith(
        (taken_at + timedelta(days=90)).date().isoformat()
    )
    assert client.post(f"{PRESERVE}/{snap['id']}/extend", headers=officer).status_code == 409

    # The scheduler purges only once the (extended) period has ended.
    clock.advance(timedelta(days=61))
    container.scheduler.run_due()
    assert _snapshots(client, officer, rid)[0]["content"] is not None
    clock.advance(timedelta(days=30))
    assert "preservation-purge" in container.scheduler.run_due()
    [purged] = _snapshots(client, officer, rid)
    assert purged["content"] is None and purged["purged_at"]
    assert purged["content_sha256"] == snap["content_sha256"]  # the record stays
    tags = [e.action for e in audit_actions(container)]
    for tag in (
        "legal:preservation:taken",
        "legal:preservation:extended",
        "system:preservation:purged",
    ):
        assert tags.count(tag) == 1, tag
    assert "station" not in str([e.snapshot for e in audit_actions(container)])
    assert client.post(f"{PRESERVE}/{snap['id']}/extend", headers=officer).status_code == 409


def test_on_demand_for_any_request_with_the_instruments_periods(
    client: Any,
    container: Container,
    clock: ManualClock,
    make_agent: Callable[..., Agent],
    officer: dict[str, str],
    ingest: Callable[..., None],
    make_key: Callable[..., str],
) -> None:
    ingest(factories.account("acc-1"), factories.channel("chan-1"), factories.post("post-1"))
    agent = make_agent()
    rid = agent.submit(client, removal_order(legal_instrument="tco")).json()["id"]
    taken = client.post(f"{OFFICER}/{rid}/preservation", headers=officer)
    assert taken.status_code == 201, taken.text
    snap = taken.json()
    assert snap["basis"] == "tco" and "content" not in snap
    assert snap["held_until"].startswith((clock.now() + timedelta(days=183)).date().isoformat())
    # TCO preservation has no extension.
    assert client.post(f"{PRESERVE}/{snap['id']}/extend", headers=officer).status_code == 409
    # Not for moderators, nor for another request id.
    moderator = {"Authorization": f"Bearer {make_key('moderator')}"}
    assert client.post(f"{OFFICER}/{rid}/preservation", headers=moderator).status_code == 403
    missing = client.post(f"{OFFICER}/{uuid.uuid4()}/preservation", headers=officer)
    assert missing.status_code == 404
    assert client.post(f"{PRESERVE}/{uuid.uuid4()}/extend", headers=officer).status_code == 404


def test_a_preservation_not_complied_with_freezes_nothing(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, _preservation()).json()["id"]
    reply = answer(
        client,
        officer,
        rid,
        answer="need_more_info",
        followed_proposal=False,
        override_reason="The order's date is missing.",
        missing=[{"field": "legal_basis", "need": "the date of the order"}],
    )
    assert reply.status_code == 201, reply.text
    assert _snapshots(client, officer, rid) == []


def test_the_legal_console_takes_and_extends_a_snapshot(
    client: Any,
    container: Container,
    agent: Agent,
    ingest: Callable[..., None],
    browser: Callable[..., Any],
) -> None:
    ingest(factories.account("acc-1"), factories.channel("chan-1"), factories.post("post-1"))
    rid = agent.submit(client, _preservation()).json()["id"]
    legal = browser("legal@example.org", "legal_officer")
    page = legal.get(f"/console/legal/requests/{rid}")
    assert page.status_code == 200 and "Preservation snapshots" in page.text
    taken = legal.post(
        f"/console/legal/requests/{rid}/preservation",
        data={"csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert taken.status_code == 303
    with container.database.reader() as session:
        [snap] = session.scalars(select(PreservationSnapshot)).all()
    page = legal.get(f"/console/legal/requests/{rid}")
    assert f"snapshot-{snap.id}" in page.text and snap.content_sha256 in page.text
    extended = legal.post(
        f"/console/legal/requests/{rid}/preservation/{snap.id}/extend",
        data={"csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert extended.status_code == 303
    assert "(extended)" in legal.get(f"/console/legal/requests/{rid}").text
