"""One answer per target: a partial answer that follows the proposal stores, for each target,
its own answer (one complied while another waits for information), and effect is given to the
complied targets only."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.enforcement import EnforcementAction
from tests.conftest import bearer
from tests.factories import post
from tests.legal.gateway.conftest import OFFICER, REQUESTS, Agent, removal_order


def test_a_partial_answer_keeps_each_targets_own_answer_and_acts_on_the_complied_one(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], make_key: Any
) -> None:
    platform = bearer(make_key("platform"))
    events = {"events": [post("post-insult", author_id="acc-1")]}
    assert client.post("/api/v1/events", json=events, headers=platform).status_code == 200
    body = removal_order(
        targets=[{"kind": "post", "id": "post-insult"}, {"kind": "post", "id": "all"}]
    )
    rid = agent.submit(client, body).json()["id"]
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    proposal = view["proposal"]
    assert proposal["disposition"] == "partial"
    assert [t["disposition"] for t in proposal["targets"]] == ["geo_restrict", "need_more_info"]

    reply = client.post(
        f"{OFFICER}/{rid}/answer",
        json={
            "answer": "partially_complied",
            "followed_proposal": True,
            "what_and_why": "The insult is withheld in Germany; the second target is not named.",
        },
        headers=officer,
    )
    assert reply.status_code == 201, reply.text
    answer = client.get(f"{OFFICER}/{rid}", headers=officer).json()["answer"]
    assert answer["answer"] == "partially_complied"
    assert answer["targets"] == [
        {
            "kind": "post",
            "id": "post-insult",
            "answer": "complied",
            "scope": "requesting_country",
            "missing": [],
            "acted_under_terms": "none",
        },
        {
            "kind": "post",
            "id": "all",
            "answer": "need_more_info",
            "scope": "none",
            "missing": [
                {
                    "field": "targets.1.id",
                    "need": "the exact post (its platform id or link), not 'all'",
                }
            ],
            "acted_under_terms": "none",
        },
    ]
    # the authority sees the same per-target answers
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["answer"]["targets"] == answer["targets"]
    with container.database.reader() as session:
        acted = {
            row.target_id
            for row in session.scalars(
                select(EnforcementAction).where(
                    EnforcementAction.legal_request_id == uuid.UUID(rid)
                )
            )
        }
    assert "post-insult" in acted and "all" not in acted  # the waiting target is untouched
