"""Deadlines from the policy, escalation at 50% and 90%, missed deadlines recorded and shown."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock, parse_rfc3339
from safeharbour.legal.gateway import count_deadline_breaches
from tests.legal.gateway.conftest import (
    OFFICER,
    REQUESTS,
    Agent,
    answer,
    outbox,
    removal_order,
)


@pytest.mark.parametrize(
    ("fields", "deadline"),
    [
        ({"legal_instrument": "tco"}, timedelta(hours=1)),
        (
            {
                "type": "production_order",
                "legal_instrument": "epoc",
                "data_requested": ["subscriber_info"],
            },
            timedelta(days=10),
        ),
        (
            {
                "type": "production_order",
                "legal_instrument": "epoc",
                "urgency": "emergency",
                "data_requested": ["subscriber_info"],
            },
            timedelta(hours=8),
        ),
        ({"type": "preservation", "legal_instrument": "epoc_pr"}, timedelta(hours=24)),
        (
            {
                "type": "emergency_disclosure",
                "urgency": "emergency",
                "threat_to_life": True,
                "data_requested": ["subscriber_info"],
            },
            timedelta(hours=1),
        ),
        ({"legal_instrument": "national"}, timedelta(days=5)),
        ({"legal_instrument": "dsa_art9", "urgency": "urgent"}, timedelta(hours=4)),
    ],
    ids=["tco", "epoc", "epoc-emergency", "epoc-pr", "emergency", "national", "dsa-urgent"],
)
def test_deadline_comes_from_the_policy(
    client: Any, agent: Agent, clock: ManualClock, fields: dict[str, Any], deadline: timedelta
) -> None:
    reply = agent.submit(client, removal_order(**fields))
    assert reply.status_code == 201, reply.text
    assert parse_rfc3339(reply.json()["deadline"]) - clock.now() == deadline


def test_an_eu_instrument_from_outside_the_eu_gets_the_national_clock(
    client: Any, make_agent: Any, clock: ManualClock
) -> None:
    turkish = make_agent("Emniyet", country="TR", domains=("egm.example.tr",))
    reply = turkish.submit(client, removal_order(legal_instrument="tco"))
    assert parse_rfc3339(reply.json()["deadline"]) - clock.now() == timedelta(days=5)


def _levels(container: Container, request_id: str) -> list[str]:
    with container.database.reader() as session:
        from safeharbour.legal.gateway import LegalRequestEscalation

        return list(
            session.scalars(
                select(LegalRequestEscalation.level)
                .where(LegalRequestEscalation.request_id == __import__("uuid").UUID(request_id))
                .order_by(LegalRequestEscalation.at, LegalRequestEscalation.level)
            )
        )


def test_escalation_at_50_and_90_percent_then_a_recorded_breach(
    client: Any, container: Container, agent: Agent, clock: ManualClock, officer: dict[str, str]
) -> None:
    receipt = agent.submit(client, removal_order(legal_instrument="tco")).json()  # one hour
    rid = receipt["id"]
    scheduler = container.scheduler
    assert "legal-deadlines" in scheduler.jobs

    clock.advance(timedelta(minutes=29))
    scheduler.run_due()
    assert _levels(container, rid) == []

    clock.advance(timedelta(minutes=1))  # 30 of 60 minutes: 50%
    scheduler.run_due()
    assert _levels(container, rid) == ["50%"]
    [alert] = outbox(container, "legal.deadline.escalated")
    assert alert["request_id"] == rid and alert["level"] == "50%"

    clock.advance(timedelta(minutes=23))  # 53 minutes: still below 90%
    scheduler.run_due()
    assert _levels(container, rid) == ["50%"]
    clock.advance(timedelta(minutes=1))  # 54 minutes: 90%
    scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%"]
    assert [m["level"] for m in outbox(container, "legal.deadline.escalated")] == ["50%", "90%"]

    clock.advance(timedelta(minutes=6))  # exactly the deadline: not missed yet
    scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%"]
    clock.advance(timedelta(seconds=30))
    scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%", "missed"]
    [missed] = outbox(container, "legal.deadline.missed")
    assert missed["request_id"] == rid

    # Counted, and shown to the agency; running again changes nothing.
    clock.advance(timedelta(minutes=5))
    scheduler.run_due()
    with container.database.reader() as session:
        assert count_deadline_breaches(session) == 1
        actions = list(
            session.scalars(
                select(AuditEntry.action).where(AuditEntry.action.like("legal:request:%"))
            )
        )
    assert actions.count("legal:request:escalated") == 2
    assert actions.count("legal:request:deadline_missed") == 1
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["deadline_missed"] is True
    events = [e["event"] for e in mine["timeline"]]
    assert events == ["received", "acknowledged", "deadline_missed"]  # alerts stay internal

    # A late answer is still an answer; the breach is never undone.
    late = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[{"rule": "R-LEGAL-BASIS", "text": "No provision cited."}],
        followed_proposal=False,
        override_reason="testing a late answer",
    )
    assert late.status_code == 201 and late.json()["late"] is True
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["deadline_missed"] is True
    assert [e["event"] for e in mine["timeline"]][-1] == "answered"
    stats = client.get("/api/v1/legal/officer/stats", headers=officer).json()
    assert stats["deadline_breaches"] == 1 and stats["answered_late"] == 1


def test_a_scheduler_that_was_stopped_records_every_level_it_missed(
    client: Any, container: Container, agent: Agent, clock: ManualClock
) -> None:
    rid = agent.submit(client, removal_order(legal_instrument="tco")).json()["id"]
    clock.advance(timedelta(hours=2))
    container.scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%", "missed"]


def test_an_answer_in_time_stops_the_clock(
    client: Any, container: Container, agent: Agent, clock: ManualClock, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order(legal_instrument="tco")).json()["id"]
    clock.advance(timedelta(minutes=10))
    reply = answer(
        client,
        officer,
        rid,
        answer="complied",
        scope="requesting_country",
        followed_proposal=True,
    )
    assert reply.status_code == 201, reply.text
    assert reply.json()["late"] is False
    clock.advance(timedelta(hours=3))
    container.scheduler.run_due()
    assert _levels(container, rid) == []


def test_held_requests_escalate_too(
    client: Any, container: Container, agent: Agent, clock: ManualClock
) -> None:
    body = removal_order(legal_instrument="tco", statement="Reply to x@bka-example.de")
    receipt = agent.submit(client, body).json()
    assert receipt["status"] == "held"
    clock.advance(timedelta(minutes=31))
    container.scheduler.run_due()
    assert _levels(container, receipt["id"]) == ["50%"]


def test_need_more_info_then_a_supplement_restarts_the_clock(
    client: Any, container: Container, agent: Agent, clock: ManualClock, officer: dict[str, str]
) -> None:
    body = removal_order()
    del body["legal_basis"]
    rid = agent.submit(client, body).json()["id"]
    clock.advance(timedelta(hours=22))  # past 50% and 90% of 24 hours
    container.scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%"]
    sent_back = answer(client, officer, rid, answer="need_more_info", followed_proposal=True)
    assert sent_back.status_code == 201, sent_back.text
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["status"] == "answered"
    assert mine["answer"]["answer"] == "need_more_info"
    assert mine["answer"]["missing"][0]["field"] == "legal_basis"

    clock.advance(timedelta(days=3))  # the agency takes its time: the clock waits
    container.scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%"]
    supplement = agent.post(
        client,
        f"{REQUESTS}/{rid}/supplements",
        {"statement": "The legal basis.", "legal_basis": "§ 130 StGB"},
    )
    assert supplement.status_code == 201, supplement.text
    assert supplement.json()["restarted_clock"] is True
    assert supplement.json()["status"] == "acknowledged"
    assert parse_rfc3339(supplement.json()["deadline"]) - clock.now() == timedelta(hours=24)

    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert [e["event"] for e in mine["timeline"]] == [
        "received",
        "acknowledged",
        "under_assessment",
        "answered",
        "supplement_received",
        "reopened",
    ]
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["legal_basis"] == "§ 130 StGB"
    assert "R-LEGAL-BASIS" not in [r["rule"] for r in view["proposal"]["reasons"]]
    assert view["escalation_level"] == 0

    clock.advance(timedelta(hours=12))  # 50% of the new clock
    container.scheduler.run_due()
    assert _levels(container, rid) == ["50%", "90%", "50%"]


def test_a_closed_request_takes_no_supplement(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    done = answer(
        client,
        officer,
        rid,
        answer="complied",
        scope="requesting_country",
        followed_proposal=True,
    )
    assert done.status_code == 201, done.text
    late = agent.post(client, f"{REQUESTS}/{rid}/supplements", {"statement": "And this."})
    assert late.status_code == 409
