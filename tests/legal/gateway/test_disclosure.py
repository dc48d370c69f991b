"""Disclosure packages: allowed fields only, four eyes, sealed and signed, expiring downloads."""

from __future__ import annotations

import base64
import uuid
from datetime import timedelta
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.canonical import canonical_json, sha256_hex
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import (
    LegalDisclosure,
    do_approve_disclosure,
    do_download_disclosure,
    do_prepare_disclosure,
)
from tests.conftest import bearer
from tests.factories import account
from tests.legal.gateway.conftest import OFFICER, REQUESTS, Agent
from tests.legal.gateway.test_answers import EMERGENCY

ALICE = Actor("user", "officer-alice", "legal_officer")
BOB = Actor("user", "officer-bob", "legal_officer")


@pytest.fixture
def confirmed(
    client: Any, container: Container, make_agent: Any, officer: dict[str, str], make_key: Any
) -> tuple[Agent, uuid.UUID]:
    """An emergency disclosure whose sender a legal officer confirmed by call-back."""
    events = [account("acc-5", country="DE", verified=False)]
    client.post("/api/v1/events", json={"events": events}, headers=bearer(make_key("platform")))
    agent = make_agent(callback_phone="+49 611 55-0")
    rid = agent.submit(client, EMERGENCY).json()["id"]
    reply = client.post(f"{OFFICER}/{rid}/callback", json={"outcome": "confirmed"}, headers=officer)
    assert reply.status_code == 200, reply.text
    return agent, uuid.UUID(rid)


def _prepare(container: Container, rid: uuid.UUID, fields: list[str], actor: Actor = ALICE) -> Any:
    return run_in_unit(
        container.database,
        lambda unit: do_prepare_disclosure(
            unit, rid, fields=fields, cipher=container.keys.cipher, actor=actor
        ),
    )


def _approve(container: Container, did: uuid.UUID, actor: Actor) -> Any:
    return run_in_unit(
        container.database,
        lambda unit: do_approve_disclosure(unit, did, signer=container.keys.signer, actor=actor),
    )


def _download(container: Container, did: uuid.UUID, agency: uuid.UUID) -> Any:
    with container.database.reader() as session:
        request_id = session.get(LegalDisclosure, did).request_id  # type: ignore[union-attr]
    return run_in_unit(
        container.database,
        lambda unit: do_download_disclosure(
            unit,
            did,
            agency_id=agency,
            request_id=request_id,
            cipher=container.keys.cipher,
            signer=container.keys.signer,
            actor=Actor("user", "agency-officer", "authority"),
        ),
    )


def test_only_fields_the_legal_basis_allows_can_be_packaged(
    container: Container, confirmed: tuple[Agent, uuid.UUID]
) -> None:
    _agent, rid = confirmed
    with pytest.raises(InvalidInput) as refused:
        _prepare(container, rid, ["subscriber_info", "message_content"])
    assert refused.value.errors[0].field == "fields.1"
    with pytest.raises(InvalidInput):
        _prepare(container, rid, [])


def test_four_eyes_seal_signature_expiry_and_audited_downloads(
    client: Any,
    container: Container,
    clock: ManualClock,
    confirmed: tuple[Agent, uuid.UUID],
    make_agent: Any,
) -> None:
    agent, rid = confirmed
    package = _prepare(container, rid, ["subscriber_info", "ip_addresses"])
    # Encrypted at rest: the stored column is a Fernet token, not the data.
    with container.database.reader() as session:
        raw = session.execute(
            select(LegalDisclosure.__table__.c.content_encrypted).where(
                LegalDisclosure.id == package.id
            )
        ).scalar_one()
    assert "acc-5" not in raw
    # Not downloadable before approval, and not approvable by the one who prepared it.
    with pytest.raises(NotFound):
        _download(container, package.id, agent.id)
    with pytest.raises(Forbidden):
        _approve(container, package.id, ALICE)
    released = _approve(container, package.id, BOB)
    assert released.state == "released" and released.approved_by == BOB.ref

    got = _download(container, package.id, agent.id)
    content = got["package"]
    assert content["targets"][0]["subscriber_info"]["country"] == "DE"
    assert content["targets"][0]["ip_addresses"]["held"] is False
    assert sha256_hex(canonical_json(content)) == got["sha256"]
    public = Ed25519PublicKey.from_public_bytes(base64.b64decode(got["platform_public_key_b64"]))
    public.verify(base64.b64decode(got["signature_ed25519_b64"]), got["sha256"].encode())
    # Another agency never sees it; the agency sees the release in its timeline.
    other = make_agent("Police nationale", country="FR", domains=("police.example.fr",))
    with pytest.raises(NotFound):
        _download(container, package.id, other.id)
    timeline = agent.get(client, f"{REQUESTS}/{rid}").json()["timeline"]
    assert timeline[-1]["event"] == "disclosure_released"
    # Every download is audited; after the window closes there is none.
    _download(container, package.id, agent.id)
    clock.advance(timedelta(days=7, seconds=1))
    with pytest.raises(Conflict):
        _download(container, package.id, agent.id)
    with container.database.reader() as session:
        tags = list(session.scalars(select(AuditEntry.action)))
    assert tags.count("legal:disclosure:downloaded") == 2
    assert "legal:disclosure:released" in tags
    assert orjson.dumps(content)


def test_no_package_before_the_call_back_of_an_emergency(
    client: Any, container: Container, make_agent: Any
) -> None:
    agent = make_agent(callback_phone="+49 611 55-0")
    rid = uuid.UUID(agent.submit(client, EMERGENCY).json()["id"])
    with pytest.raises(Conflict):
        _prepare(container, rid, ["subscriber_info"])


def test_agency_downloads_through_the_api_own_agency_only_within_expiry(
    client: Any,
    container: Container,
    clock: ManualClock,
    confirmed: tuple[Agent, uuid.UUID],
    make_agent: Any,
) -> None:
    agent, rid = confirmed
    package = _prepare(container, rid, ["subscriber_info"])
    path = f"{REQUESTS}/{rid}/disclosures/{package.id}"
    assert agent.get(client, path).status_code == 404  # not released yet
    _approve(container, package.id, BOB)
    reply = agent.get(client, path)
    assert reply.status_code == 200, reply.text
    assert reply.headers["cache-control"] == "no-store"
    got = reply.json()
    assert sha256_hex(canonical_json(got["package"])) == got["sha256"]
    other = make_agent("Police nationale", country="FR", domains=("police.example.fr",))
    assert other.get(client, path).status_code == 404
    # The package belongs to its own request only.
    other_rid = agent.submit(client, EMERGENCY).json()["id"]
    assert agent.get(client, f"{REQUESTS}/{other_rid}/disclosures/{package.id}").status_code == 404
    clock.advance(timedelta(days=7, seconds=1))
    assert agent.get(client, path).status_code == 409
    with container.database.reader() as session:
        tags = list(session.scalars(select(AuditEntry.action)))
    assert tags.count("legal:disclosure:downloaded") == 1
