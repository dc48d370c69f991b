"""Anti-fraud: look-alike domains, unknown agencies and unverified senders are held and flagged."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import update

from safeharbour.authz.models import ApiKey
from safeharbour.bootstrap import Container
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import find_lookalikes, lookalike_of
from tests.conftest import bearer
from tests.legal.gateway.conftest import OFFICER, REQUESTS, Agent, answer, removal_order

AGENCY = ["bka.example.de", "polizei.example.at"]


@pytest.mark.parametrize(
    ("domain", "how"),
    [
        ("bka-example.de", "a few characters apart"),
        ("bka.examp1e.de", "confusable characters"),
        ("bk\u0430.example.de", "confusable characters"),  # Cyrillic a
        ("xn--bk-8kc.example.de", "confusable characters"),  # the same, as IDN
        ("bka.exarnple.de", "confusable characters"),  # rn for m
        ("bka.example.de.evil.net", "agency domain used as a prefix"),
        ("polizei.exampel.at", "a few characters apart"),  # transposition
    ],
)
def test_look_alikes_are_found(domain: str, how: str) -> None:
    hit = lookalike_of(domain, AGENCY)
    assert hit is not None and hit.how == how


@pytest.mark.parametrize(
    "domain", ["bka.example.de", "mail.bka.example.de", "europol.europa.eu", "example.org"]
)
def test_the_agency_itself_its_subdomains_and_strangers_are_not_look_alikes(domain: str) -> None:
    assert lookalike_of(domain, AGENCY) is None


def test_domains_are_found_in_free_text_and_the_platform_host_is_ignored() -> None:
    text = (
        "Reply to duty.officer@bka-examp1e.de or call. See https://testserver/post/1 and "
        "Reg. (EU) 2021/784, Art. 9; 18 U.S.C. 2703."
    )
    hits = find_lookalikes([text], [*AGENCY, "testserver.example"], ignore=["testserver"])
    assert [h.found for h in hits] == ["bka-examp1e.de"]


def test_a_request_naming_a_look_alike_domain_is_held_and_never_acted_on(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    body = removal_order(
        statement="Urgent. Send confirmation to duty@bka-example.de, not the usual address."
    )
    reply = agent.submit(client, body)
    assert reply.status_code == 201
    assert reply.json()["status"] == "held"
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    assert view["held"] is True
    assert [f["code"] for f in view["flags"]] == ["lookalike_domain"]
    assert "bka-example.de imitates bka.example.de" in view["flags"][0]["detail"]
    # The engine was told the sender is not verified: nothing is proposed for action.
    assert view["proposal"]["auto_executable"] is False
    assert "R-UNVERIFIED" in [r["rule"] for r in view["proposal"]["reasons"]]
    # The agency sees the hold, not the finding.
    mine = agent.get(client, f"{REQUESTS}/{reply.json()['id']}").json()
    assert mine["status"] == "held"
    assert "flags" not in mine and "bka-example" not in str(mine)
    # Acting on it is refused until it is released.
    refused = answer(
        client,
        officer,
        reply.json()["id"],
        answer="complied",
        scope="global",
        followed_proposal=False,
        override_reason="looks fine",
    )
    assert refused.status_code == 409
    released = client.post(
        f"{OFFICER}/{reply.json()['id']}/release",
        json={"method": "official_register", "note": "Confirmed by phone through the register."},
        headers=officer,
    )
    assert released.status_code == 200, released.text
    assert released.json()["status"] == "acknowledged"
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    assert "R-UNVERIFIED" not in [r["rule"] for r in view["proposal"]["reasons"]]
    assert [a["trigger"] for a in view["assessments"]] == ["receipt", "release"]


def test_a_request_from_no_onboarded_agency_is_held_and_cannot_be_released(
    client: Any, container: Container, make_agent: Any, officer: dict[str, str]
) -> None:
    # Only the authority role submits, and its keys are made for an agency on record; what
    # remains possible is a key whose agency is not (or no longer) on record, so the key's
    # owner is pointed at an id that names no agency, as a row written by hand would be.
    agent = make_agent()
    stranger = uuid.uuid4()
    run_in_unit(
        container.database,
        lambda unit: unit.session.execute(
            update(ApiKey).where(ApiKey.owner_id == agent.id).values(owner_id=stranger)
        ),
    )
    reply = client.post(REQUESTS, json=removal_order(), headers=bearer(agent.key))
    assert reply.status_code == 201, reply.text
    assert reply.json()["status"] == "held"
    view = client.get(f"{OFFICER}/{reply.json()['id']}", headers=officer).json()
    assert {f["code"] for f in view["flags"]} == {"unknown_agency", "unverified_sender"}
    assert view["proposal"] is None and view["verification"] == "none"
    assert view["deadline_duration"] == "PT24H"  # from the policy even without an engine run
    released = client.post(
        f"{OFFICER}/{reply.json()['id']}/release",
        json={"method": "official_register", "note": "?"},
        headers=officer,
    )
    assert released.status_code == 409
    # It is still answered: refused, with reasons.
    done = answer(
        client,
        officer,
        reply.json()["id"],
        answer="refused",
        reasons=[{"rule": "R-UNVERIFIED", "text": "The sender is no onboarded agency."}],
        followed_proposal=False,
        override_reason="no proposal: unknown sender",
    )
    assert done.status_code == 201, done.text
