"""Dependencies every router uses: the container, the caller, permission checks, and the
OpenAPI entry each permission check writes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.routing import BaseRoute

from safeharbour.authz.keys import principal_for_api_key
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import Container
from safeharbour.kit.errors import Unauthenticated


def get_container(request: Request) -> Container:
    container: Container = request.app.state.container
    return container


ContainerDep = Annotated[Container, Depends(get_container)]


def _bearer(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise Unauthenticated("missing Authorization: Bearer <API key>", field="Authorization")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("expected Authorization: Bearer <API key>", field="Authorization")
    return token.strip()


async def get_principal(request: Request, container: ContainerDep) -> Principal:
    token = _bearer(request)

    def lookup() -> Principal | None:
        with container.database.reader() as session:
            return principal_for_api_key(session, token)

    principal = await run_in_threadpool(lookup)
    if principal is None:
        raise Unauthenticated("unknown or revoked API key", field="Authorization")
    return principal


async def optional_principal(request: Request, container: ContainerDep) -> Principal | None:
    """For public routes a caller may also use with a key (a trusted flagger sending notices):
    no Authorization header is anonymous; a header must carry a valid key (401 otherwise)."""
    if not request.headers.get("authorization"):
        return None
    return await get_principal(request, container)


OptionalPrincipal = Annotated[Principal | None, Depends(optional_principal)]


def require(permission: Permission) -> Any:
    """Dependency that authenticates the caller and checks one permission; the route's only
    statement of it (`declare_permissions` writes the OpenAPI entry). Use it as
    `principal: Annotated[Principal, require(Permission.X)]`."""

    async def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        principal.require(permission)
        return principal

    dependency.permission = permission  # type: ignore[attr-defined]
    return Depends(dependency)


def permission_doc(permission: Permission) -> dict[str, Any]:
    """OpenAPI extension naming the route's permission; the role table test reads it. API
    routes need not write it: `declare_permissions` fills it in from their `require(P)`."""
    return {"x-permission": permission.value}


def declare_permissions(routes: Iterable[BaseRoute]) -> None:
    """Write each API route's `x-permission` from the `require(P)` dependency it declares, so
    a route states its permission once and its OpenAPI entry cannot disagree with the check.

    Called by the app factory once every router is included. A route whose dependencies ask
    for two permissions, or that also says `x-public` or names another permission, is a
    mistake caught at start-up, not at the first request.
    """
    for route in routes:
        included = getattr(route, "original_router", None)  # FastAPI includes routers lazily
        if included is not None:
            declare_permissions(included.routes)
            continue
        if not isinstance(route, APIRoute):
            continue
        found = set(_required_permissions(route.dependant))
        if not found:
            continue
        where = f"{sorted(route.methods or ())} {route.path}"
        if len(found) > 1:
            raise RuntimeError(f"{where} requires more than one permission: {sorted(found)}")
        (permission,) = found
        extra = dict(route.openapi_extra or {})
        if "x-public" in extra or extra.get("x-permission", permission.value) != permission.value:
            raise RuntimeError(f"{where} declares {extra} but requires {permission.value}")
        extra["x-permission"] = permission.value
        route.openapi_extra = extra


def _required_permissions(dependant: Dependant) -> Iterator[Permission]:
    for dependency in dependant.dependencies:
        permission = getattr(dependency.call, "permission", None)
        if isinstance(permission, Permission):
            yield permission
        yield from _required_permissions(dependency)


PUBLIC = {"x-public": True}
