"""`GET /.well-known/legal-requests.json`: the authorities' discovery document (public).

The document is built once per process from the settings, the platform key and the legal
policy (`Container.discovery`; see `legal.gateway.discovery` for the format and its version).
"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from safeharbour.web.deps import PUBLIC, ContainerDep

router = APIRouter(tags=["legal requests (authorities)"])


@router.get(
    "/.well-known/legal-requests.json",
    openapi_extra=PUBLIC,
    summary="Where and how authorities send legal requests (versioned discovery document)",
)
async def legal_requests_discovery(container: ContainerDep) -> JSONResponse:
    return JSONResponse(
        container.discovery,
        headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"},
    )
