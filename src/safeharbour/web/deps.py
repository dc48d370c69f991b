"""Dependencies every router uses: the container, the caller, permission checks."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool

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
    """Dependency that authenticates the caller and checks one permission."""

    async def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        principal.require(permission)
        return principal

    dependency.permission = permission  # type: ignore[attr-defined]
    return Depends(dependency)


def permission_doc(permission: Permission) -> dict[str, Any]:
    """OpenAPI extension naming the route's permission; the role table test reads it."""
    return {"x-permission": permission.value}


PUBLIC = {"x-public": True}
