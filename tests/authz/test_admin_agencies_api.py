"""`/api/v1/admin/agencies`: list, add, read and change agencies, each change audited."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from tests.conftest import bearer

BODY = {
    "name": "Bundeskriminalamt",
    "country": "de",
    "kind": "police",
    "domains": ["BKA.example", "bka.example"],
    "callback_phone": "+49 611 55-0",
}


def _public_key() -> str:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def test_an_admin_adds_reads_and_changes_an_agency(
    client: Any, make_key: Callable[..., str], container: Container
) -> None:
    admin = bearer(make_key("admin"))
    added = client.post("/api/v1/admin/agencies", json=BODY, headers=admin)
    assert added.status_code == 201, added.text
    agency = added.json()
    assert agency["country"] == "DE" and agency["domains"] == ["bka.example"]
    assert agency["callback_phone_on_record"] is True and "callback_phone" not in agency
    listed = client.get("/api/v1/admin/agencies", headers=bearer(make_key("auditor"))).json()
    assert [a["id"] for a in listed["agencies"]] == [agency["id"]]

    key = _public_key()
    changed = client.patch(
        f"/api/v1/admin/agencies/{agency['id']}",
        json={"kind": "prosecutor", "signing_key_b64": key},
        headers=admin,
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["kind"] == "prosecutor" and changed.json()["signing_key_b64"] == key
    assert changed.json()["name"] == "Bundeskriminalamt"  # untouched
    again = client.get(f"/api/v1/admin/agencies/{agency['id']}", headers=admin).json()
    assert again["kind"] == "prosecutor"
    with container.database.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "authz:agency:updated")
        ).one()
    assert entry.subjects == {"agency": agency["id"]}
    assert entry.snapshot["changed"] == ["kind", "signing_key_sha256"]
    assert key not in str(entry.snapshot)  # digests only


def test_bad_agency_input_is_a_4xx_naming_the_field(
    client: Any, make_key: Callable[..., str]
) -> None:
    admin = bearer(make_key("admin"))
    for change, field in (
        ({"country": "XX"}, "country"),
        ({"domains": ["not a domain"]}, "domain"),
        ({"signing_key_b64": "bm90IGEga2V5"}, "signing_key"),
    ):
        reply = client.post("/api/v1/admin/agencies", json={**BODY, **change}, headers=admin)
        assert reply.status_code == 422, reply.text
        assert field in reply.text
    added = client.post("/api/v1/admin/agencies", json=BODY, headers=admin).json()
    reply = client.patch(
        f"/api/v1/admin/agencies/{added['id']}", json={"callback_phone": "12"}, headers=admin
    )
    assert reply.status_code == 422 and "callback_phone" in reply.text
    missing = client.get(
        "/api/v1/admin/agencies/00000000-0000-0000-0000-000000000000", headers=admin
    )
    assert missing.status_code == 404


def test_the_users_api_takes_a_display_name(client: Any, make_key: Callable[..., str]) -> None:
    admin = bearer(make_key("admin"))
    body = {"email": "mod@example.org", "role": "moderator", "password": "x" * 14}
    created = client.post(
        "/api/v1/admin/users", json={**body, "display_name": "Robin M."}, headers=admin
    )
    assert created.status_code == 201, created.text
    users = client.get("/api/v1/admin/users", headers=admin).json()["users"]
    assert [u["display_name"] for u in users if u["email"] == "mod@example.org"] == ["Robin M."]
    too_long = client.post(
        "/api/v1/admin/users",
        json={**body, "email": "other@example.org", "display_name": "x" * 201},
        headers=admin,
    )
    assert too_long.status_code == 422 and "display_name" in too_long.text
