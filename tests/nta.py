"""Notice-and-action test helpers: fixtures (imported by the conftest of each folder that uses
them) and builders. Everything goes through the API or the actions; nothing is mocked."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests import factories
from tests.conftest import bearer

HATE = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
MINORS = "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"
CSAM = "KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"
IP = "STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS"

Headers = dict[str, str]


def notice_body(item: str = "post-1", kind: str = "post", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "location": {"kind": kind, "id": item},
        "category": HATE,
        "explanation": "The post calls for violence against a religious group.",
        "good_faith": True,
    }
    body.update(overrides)
    return body


def removal(reference: str = "§ 130 StGB", **overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "outcome": "action",
        "category": HATE,
        "explanation": "The post incites hatred against a religious group.",
        "actions": [
            {
                "kind": "remove_post",
                "ground": {
                    "kind": "illegal_content",
                    "reference": reference,
                    "explanation": "Incitement to hatred against a part of the population.",
                },
            }
        ],
    }
    body.update(overrides)
    return body


def no_action(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "outcome": "no_action",
        "category": HATE,
        "explanation": "Harsh criticism of a public figure; neither illegal nor against the terms.",
    }
    body.update(overrides)
    return body


def audit_actions(container: Container, prefix: str = "") -> list[AuditEntry]:
    with container.database.reader() as session:
        return [
            e
            for e in session.scalars(select(AuditEntry).order_by(AuditEntry.seq))
            if e.action.startswith(prefix)
        ]


def audit_text(container: Container) -> str:
    return "\n".join(
        f"{e.actor} {e.action} {e.subjects} {e.snapshot}" for e in audit_actions(container)
    )


@pytest.fixture
def platform_key(make_key: Callable[..., str]) -> str:
    return make_key("platform")


@pytest.fixture
def ingest(client: Any, platform_key: str) -> Callable[..., None]:
    def run(*events: dict[str, Any]) -> None:
        reply = client.post(
            "/api/v1/events", json={"events": list(events)}, headers=bearer(platform_key)
        )
        assert reply.status_code == 200, reply.text

    return run


@pytest.fixture
def mirror(ingest: Callable[..., None]) -> None:
    """A public channel of 100 subscribers with two posts by an unverified account."""
    ingest(
        factories.account("acc-1"),
        factories.channel("chan-1", subscribers=100, public=True),
        factories.post("post-1", "first"),
        factories.post("post-2", "second"),
    )


@pytest.fixture
def staff(make_key: Callable[..., str]) -> Callable[..., Headers]:
    """`staff("alice")` is a moderator key; `staff("sam", "senior_moderator")` another role."""
    keys: dict[str, Headers] = {}

    def get(name: str, role: str = "moderator") -> Headers:
        if name not in keys:
            keys[name] = bearer(make_key(role))
        return keys[name]

    return get


@pytest.fixture
def flagger(container: Container, make_key: Callable[..., str]) -> Callable[..., Any]:
    """`flagger("Hotline")` -> (flagger id, headers of an API key acting for it)."""

    def make(name: str = "Hotline e.V.") -> tuple[uuid.UUID, Headers]:
        flagger_id = run_in_unit(
            container.database,
            lambda unit: do_add_trusted_flagger(unit, name=name, actor=SYSTEM),
        ).id
        return flagger_id, bearer(make_key("trusted_flagger", owner_id=flagger_id))

    return make


@pytest.fixture
def submit(client: Any) -> Callable[..., dict[str, Any]]:
    def run(body: dict[str, Any] | None = None, headers: Headers | None = None, **kw: Any) -> Any:
        reply = client.post(
            "/api/v1/notices", json=body or notice_body(**kw), headers=headers or {}
        )
        assert reply.status_code == 201, reply.text
        return reply.json()

    return run


@pytest.fixture
def case_of(client: Any, staff: Callable[..., Headers]) -> Callable[[str], str]:
    def find(notice_id: str) -> str:
        reply = client.get(f"/api/v1/notices/{notice_id}", headers=staff("reader", "auditor"))
        assert reply.status_code == 200, reply.text
        case_id = reply.json()["case_id"]
        assert case_id
        return str(case_id)

    return find


@pytest.fixture
def decide(client: Any, staff: Callable[..., Headers]) -> Callable[..., Any]:
    """Claim a case as `who` and decide it; returns the reply."""

    def run(case_id: str, body: dict[str, Any], who: str = "alice", role: str = "moderator") -> Any:
        headers = staff(who, role)
        claimed = client.post(f"/api/v1/cases/{case_id}/claim", headers=headers)
        assert claimed.status_code == 200, claimed.text
        return client.post(f"/api/v1/cases/{case_id}/decision", json=body, headers=headers)

    return run
