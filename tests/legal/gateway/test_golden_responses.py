"""Golden replies of the authority gateway's contract routes, pinned byte for byte.

The discovery document (`/.well-known/legal-requests.json`) and the 201 receipt of a legal
request are what authorities' tools parse. Per-run values (the platform key, ids, the secret
status token) are replaced by named placeholders; the rest, including the fixed test clock's
times, is compared as is. A deliberate change of a contract rewrites `golden/` in the same
commit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safeharbour.bootstrap import Container
from tests.legal.gateway.conftest import Agent, removal_order
from tests.review.test_golden_responses import pinned

GOLDEN = Path(__file__).parent / "golden"


def expected(name: str) -> str:
    return (GOLDEN / f"{name}.txt").read_text(encoding="utf-8").rstrip("\n")


def test_the_discovery_document_keeps_its_bytes(client: Any, container: Container) -> None:
    reply = client.get("/.well-known/legal-requests.json")
    assert reply.status_code == 200
    key = container.keys.signer.public_key_b64
    assert pinned(reply.content, platform_key=key) == expected("discovery")


def test_the_receipt_of_a_legal_request_keeps_its_bytes(client: Any, agent: Agent) -> None:
    reply = agent.submit(client, removal_order())
    assert reply.status_code == 201, reply.text
    token = reply.json()["status_url"].split("token=")[1]
    assert pinned(reply.content, token=token) == expected("legal_request_receipt")
