"""Answers, effects and deadline alerts reach people through the Notifier, once each."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import do_escalate_deadlines
from tests.legal.gateway.conftest import OFFICER, Agent, removal_order


def _officer_user(container: Container, agent: Agent, email: str) -> None:
    run_in_unit(
        container.database,
        lambda unit: do_create_user(
            unit,
            email=email,
            password="correct horse battery staple",
            role="authority",
            agency_id=agent.id,
            totp=True,
            cipher=container.keys.cipher,
            actor=SYSTEM,
        ),
    )


def _flush(container: Container) -> list[Any]:
    container.relay.relay_once()
    container.nta.deliver_notifications()
    sent = list(container.nta.notifier.sent)  # type: ignore[attr-defined]
    return sent


def test_answers_go_to_the_agency_officers_and_alerts_to_the_on_call(
    client: Any, container: Container, agent: Agent, officer: dict[str, str], clock: ManualClock
) -> None:
    _officer_user(container, agent, "officer@bka.example.de")
    rid = agent.submit(client, removal_order(legal_basis=None)).json()["id"]
    clock.advance(timedelta(hours=13))  # past 50% of 24 hours
    run_in_unit(container.database, lambda unit: do_escalate_deadlines(unit))
    reply = client.post(
        f"{OFFICER}/{rid}/answer",
        json={"answer": "need_more_info", "followed_proposal": True},
        headers=officer,
    )
    assert reply.status_code == 201, reply.text
    sent = _flush(container)
    by_to = {(m.to, m.subject.split(":")[0]) for m in sent}
    assert ("legal-requests@safeharbour.example", f"Legal request {rid}") in by_to
    answer = [m for m in sent if m.to == "officer@bka.example.de"]
    assert len(answer) == 1 and answer[0].subject.startswith("More information needed")
    assert "legal_basis" in answer[0].body
    # A replayed message (at-least-once delivery) queues nothing twice.
    container.relay.relay_once()
    assert len(_flush(container)) == len(sent)


def test_the_same_message_twice_queues_its_e_mail_once(
    client: Any, container: Container, agent: Agent
) -> None:
    from safeharbour.legal.gateway.delivery import queue_gateway_email

    _officer_user(container, agent, "officer@bka.example.de")
    rid = agent.submit(client, removal_order()).json()["id"]
    payload = {
        "request_id": rid,
        "agency_id": str(agent.id),
        "effect_given_at": "2026-06-01T12:00:00Z",
        "received_at": "2026-06-01T11:00:00Z",
    }

    def queue(unit: Any) -> int:
        return queue_gateway_email(
            unit,
            message_id="msg-1",
            topic="legal.request.effect_given",
            payload=payload,
            oncall_email="oncall@example.org",
            base_url="https://safeharbour.example",
            cipher=container.keys.cipher,
        )

    assert run_in_unit(container.database, queue) == 1
    assert run_in_unit(container.database, queue) == 0
