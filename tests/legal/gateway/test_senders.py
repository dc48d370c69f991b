"""Who may send, and who may read: signatures, unknown keys, agencies kept apart on every route."""

from __future__ import annotations

import base64
import re
import uuid
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.legal.gateway import LegalRequest
from tests.conftest import bearer
from tests.legal.gateway.conftest import REQUESTS, Agent, counts, removal_order


@pytest.fixture
def signed(make_agent: Any) -> Agent:
    return make_agent("Police Nationale", country="FR", domains=("police.example.fr",), signed=True)


def _error_field(reply: Any) -> str:
    return str(reply.json()["error"]["details"]["errors"][0]["field"])


def test_a_signed_body_is_accepted_and_recorded_as_such(
    client: Any, container: Container, signed: Agent
) -> None:
    reply = signed.submit(client, removal_order())
    assert reply.status_code == 201, reply.text
    with container.database.reader() as session:
        row = session.scalars(select(LegalRequest)).one()
    assert row.verification == "api_key+signature"
    assert row.sender_verified and not row.held
    view = signed.get(client, f"{REQUESTS}/{row.id}").json()
    assert view["verification"] == "api_key+signature"


def test_an_agency_without_key_is_verified_by_its_api_key(
    client: Any, container: Container, agent: Agent
) -> None:
    assert agent.submit(client, removal_order()).status_code == 201
    with container.database.reader() as session:
        assert session.scalars(select(LegalRequest.verification)).one() == "api_key"


def test_a_missing_signature_is_401_naming_the_header(
    client: Any, container: Container, signed: Agent
) -> None:
    before = counts(container)
    raw = orjson.dumps(removal_order())
    headers = {**bearer(signed.key), "Content-Type": "application/json"}
    reply = client.post(REQUESTS, content=raw, headers=headers)
    assert reply.status_code == 401
    assert _error_field(reply) == "Signature-Ed25519"
    assert "Signature-Ed25519" in reply.json()["error"]["message"]
    assert counts(container) == before


@pytest.mark.parametrize("kind", ["other key", "other body", "not base64"])
def test_a_bad_signature_is_401_naming_the_header(
    client: Any, container: Container, signed: Agent, kind: str
) -> None:
    before = counts(container)
    raw = orjson.dumps(removal_order())
    if kind == "other key":
        signature = base64.b64encode(Ed25519PrivateKey.generate().sign(raw)).decode()
    elif kind == "other body":
        assert signed.private_key is not None
        signature = base64.b64encode(signed.private_key.sign(raw + b" ")).decode()
    else:
        signature = "%%%"
    reply = client.post(
        REQUESTS, content=raw, headers=signed.headers(raw, **{"Signature-Ed25519": signature})
    )
    assert reply.status_code == 401, reply.text
    assert _error_field(reply) == "Signature-Ed25519"
    assert counts(container) == before


def test_the_signature_is_checked_before_the_body_is_read(
    client: Any, container: Container, signed: Agent
) -> None:
    """An unsigned body that is not even JSON still gets the 401, never a 400 or 422."""
    headers = {**bearer(signed.key), "Content-Type": "application/json"}
    assert client.post(REQUESTS, content=b"{not json", headers=headers).status_code == 401


def test_supplements_must_be_signed_too(client: Any, signed: Agent) -> None:
    created = signed.submit(client, removal_order()).json()
    raw = orjson.dumps({"statement": "More facts."})
    headers = {**bearer(signed.key), "Content-Type": "application/json"}
    unsigned = client.post(f"{REQUESTS}/{created['id']}/supplements", content=raw, headers=headers)
    assert unsigned.status_code == 401
    assert _error_field(unsigned) == "Signature-Ed25519"
    good = signed.post(client, f"{REQUESTS}/{created['id']}/supplements", {"statement": "More."})
    assert good.status_code == 201, good.text


@pytest.mark.parametrize(
    "headers",
    [{}, bearer("shk_not-a-real-key"), {"Authorization": "Basic dXNlcjpwYXNz"}],
    ids=["no key", "unknown key", "wrong scheme"],
)
def test_unknown_or_missing_key_is_a_clear_401(
    client: Any, container: Container, headers: dict[str, str]
) -> None:
    before = counts(container)
    reply = client.post(REQUESTS, json=removal_order(), headers=headers)
    assert reply.status_code == 401
    assert reply.json()["error"]["code"] == "unauthenticated"
    assert _error_field(reply) == "Authorization"
    assert counts(container) == before


def test_other_roles_cannot_submit(client: Any, make_key: Any) -> None:
    for role in ("platform", "moderator", "legal_officer", "auditor"):
        reply = client.post(REQUESTS, json=removal_order(), headers=bearer(make_key(role)))
        assert reply.status_code == 403, role


def _agency_routes(app: Any) -> list[tuple[str, str]]:
    """Every operation on one request that an authority may call: from the OpenAPI document,
    so a route added later is covered the moment it exists."""
    routes = []
    for path, item in app.openapi()["paths"].items():
        if not path.startswith(f"{REQUESTS}/{{request_id}}"):
            continue
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                routes.append((method, path))
    return routes


def test_agencies_cannot_read_or_touch_each_others_requests_on_any_route(
    app: Any, client: Any, container: Container, make_agent: Any
) -> None:
    owner = make_agent("Owner", domains=("owner.example.de",))
    other = make_agent("Other", domains=("other.example.at",), country="AT")
    receipt = owner.submit(client, removal_order()).json()
    routes = _agency_routes(app)
    assert {(m, p.removeprefix(REQUESTS)) for m, p in routes} >= {
        ("get", "/{request_id}"),
        ("post", "/{request_id}/supplements"),
        ("get", "/{request_id}/status"),
    }
    before = counts(container)
    wrong = []
    for method, path in routes:
        url = path.replace("{request_id}", receipt["id"])
        url = re.sub(r"\{[^}]+\}", str(uuid.uuid4()), url)
        if method == "get":
            reply = other.get(client, url)
        else:
            reply = other.post(client, url, {"statement": "mine now"})
        if reply.status_code != 404:
            wrong.append(f"{method.upper()} {path}: {reply.status_code}")
        elif receipt["id"] in reply.text or "Owner" in reply.text:
            wrong.append(f"{method.upper()} {path}: leaks the request")
    assert wrong == []
    assert counts(container) == before
    # The owner itself can read it.
    assert owner.get(client, f"{REQUESTS}/{receipt['id']}").status_code == 200


def test_the_officer_routes_are_closed_to_authorities(app: Any, client: Any, agent: Agent) -> None:
    receipt = agent.submit(client, removal_order()).json()
    paths = [p for p in app.openapi()["paths"] if p.startswith("/api/v1/legal/officer")]
    assert paths
    for path in paths:
        url = path.replace("{request_id}", receipt["id"]).replace(
            "{attachment_id}", str(uuid.uuid4())
        )
        for method in app.openapi()["paths"][path]:
            reply = agent.get(client, url) if method == "get" else agent.post(client, url, {})
            assert reply.status_code == 403, f"{method} {path}: {reply.status_code}"
