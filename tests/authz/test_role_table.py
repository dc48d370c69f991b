"""Every API route, every role: the route's declared permission is exactly what is enforced.

The table is not written here: it is read from `app.openapi()` (each operation's
`x-permission` or `x-public`) and from `ROLE_PERMISSIONS`, so a new route is covered the moment
it exists, and a route that forgets to declare, or declares one permission and checks another,
fails here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from safeharbour.authz.keys import do_create_api_key, do_revoke_api_key
from safeharbour.authz.roles import ROLE_PERMISSIONS, Permission, Role
from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests.conftest import bearer

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    spec: dict[str, Any]

    @property
    def permission(self) -> Permission | None:
        value = self.spec.get("x-permission")
        return Permission(value) if value is not None else None

    def url(self) -> str:
        """The path with minimal valid parameters: a random UUID where one is expected."""
        params = {p["name"]: p for p in self.spec.get("parameters", []) if p["in"] == "path"}

        def fill(match: re.Match[str]) -> str:
            schema = params.get(match.group(1), {}).get("schema", {})
            return str(uuid.uuid4()) if schema.get("format") == "uuid" else "x"

        return re.sub(r"\{([^}]+)\}", fill, self.path)

    def call(self, client: Any, headers: dict[str, str]) -> Any:
        if self.method == "get":
            return client.get(self.url(), headers=headers)
        return client.request(self.method.upper(), self.url(), json={}, headers=headers)

    def __str__(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(app: Any) -> Iterator[Operation]:
    for path, item in app.openapi()["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(method, path, item[method])


def protected(app: Any) -> list[Operation]:
    found = [op for op in operations(app) if op.permission is not None]
    assert found, "no protected routes found: the OpenAPI walk is broken"
    return found


def test_every_operation_declares_exactly_one_of_permission_or_public(app: Any) -> None:
    undeclared = []
    for op in operations(app):
        declared = [key for key in ("x-permission", "x-public") if key in op.spec]
        if len(declared) != 1:
            undeclared.append(f"{op}: {declared or 'neither'}")
        if op.spec.get("x-permission") is not None:
            Permission(op.spec["x-permission"])  # a typo would not be a Permission
    assert undeclared == []


@pytest.fixture
def key_for_role(
    container: Container, agency_id: uuid.UUID, flagger_id: uuid.UUID
) -> Callable[[Role], str]:
    """A live key per role; authority and trusted-flagger keys act for a real owner."""
    owners = {Role.AUTHORITY: agency_id, Role.TRUSTED_FLAGGER: flagger_id}

    def make(role: Role) -> str:
        return run_in_unit(
            container.database,
            lambda unit: do_create_api_key(
                unit, role=role, owner_id=owners.get(role), actor=SYSTEM
            ),
        ).secret

    return make


def test_each_role_gets_403_exactly_where_its_permissions_say(
    app: Any, client: Any, key_for_role: Callable[[Role], str]
) -> None:
    wrong = []
    checked = 0
    for role in Role:
        headers = bearer(key_for_role(role))
        granted = ROLE_PERMISSIONS[role]
        for op in protected(app):
            status = op.call(client, headers).status_code
            checked += 1
            if op.permission in granted and status in (401, 403):
                wrong.append(f"{role}: {op} answered {status} but the role has {op.permission}")
            if op.permission not in granted and status != 403:
                wrong.append(f"{role}: {op} answered {status} but the role lacks {op.permission}")
    assert checked == len(Role) * len(protected(app))
    assert wrong == []


def test_every_protected_route_answers_401_without_a_key_or_with_a_bad_one(
    app: Any, client: Any
) -> None:
    wrong = []
    for op in protected(app):
        for label, headers in (
            ("no key", {}),
            ("unknown key", bearer("shk_not-a-real-key")),
            ("wrong scheme", {"Authorization": "Basic dXNlcjpwYXNz"}),
        ):
            response = op.call(client, headers)
            if response.status_code != 401:
                wrong.append(f"{op} with {label}: {response.status_code}")
            elif response.json()["error"]["code"] != "unauthenticated":
                wrong.append(f"{op} with {label}: error body {response.json()}")
    assert wrong == []


def test_every_protected_route_answers_401_to_a_revoked_admin_key(
    app: Any, client: Any, container: Container
) -> None:
    created = run_in_unit(
        container.database,
        lambda unit: do_create_api_key(unit, role=Role.ADMIN, actor=SYSTEM),
    )
    headers = bearer(created.secret)
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    run_in_unit(container.database, lambda unit: do_revoke_api_key(unit, created.id, actor=SYSTEM))
    wrong = [
        f"{op}: {status}"
        for op in protected(app)
        if (status := op.call(client, headers).status_code) != 401
    ]
    assert wrong == []


def test_public_operations_need_no_key(app: Any, client: Any) -> None:
    public = [op for op in operations(app) if op.spec.get("x-public")]
    assert public, "expected at least the health checks to be public"
    for op in public:
        assert op.call(client, {}).status_code not in (401, 403), str(op)
