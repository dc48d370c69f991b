"""A route states its permission once, as `require(P)`; the app factory writes `x-permission`."""

from __future__ import annotations

from typing import Annotated

import pytest
from fastapi import APIRouter, FastAPI

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.web.deps import PUBLIC, declare_permissions, permission_doc, require


def app_with(router: APIRouter) -> FastAPI:
    app = FastAPI()
    app.include_router(router, prefix="/api")
    declare_permissions(app.routes)
    return app


def test_the_dependency_writes_the_openapi_entry() -> None:
    router = APIRouter()

    @router.get("/cases")
    async def cases(_: Annotated[Principal, require(Permission.CASES_READ)]) -> None:
        return None

    @router.get("/open", openapi_extra=PUBLIC)
    async def public() -> None:
        return None

    paths = app_with(router).openapi()["paths"]
    assert paths["/api/cases"]["get"]["x-permission"] == Permission.CASES_READ.value
    assert "x-permission" not in paths["/api/open"]["get"]


def test_a_route_that_disagrees_with_its_check_fails_at_start_up() -> None:
    public_but_checked = APIRouter()

    @public_but_checked.get("/x", openapi_extra=PUBLIC)
    async def x(_: Annotated[Principal, require(Permission.CASES_READ)]) -> None:
        return None

    with pytest.raises(RuntimeError, match="requires review:cases:read"):
        app_with(public_but_checked)

    other = APIRouter()

    @other.get("/y", openapi_extra=permission_doc(Permission.AUDIT_READ))
    async def y(_: Annotated[Principal, require(Permission.CASES_READ)]) -> None:
        return None

    with pytest.raises(RuntimeError, match="requires review:cases:read"):
        app_with(other)

    two = APIRouter()

    @two.get("/z")
    async def z(
        _a: Annotated[Principal, require(Permission.CASES_READ)],
        _b: Annotated[Principal, require(Permission.AUDIT_READ)],
    ) -> None:
        return None

    with pytest.raises(RuntimeError, match="more than one permission"):
        app_with(two)
