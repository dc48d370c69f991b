"""`GET /.well-known/legal-requests.json`: the authorities' discovery document (public).

The document is built once per process from the settings, the platform key and the legal
policy (see `legal.gateway.discovery` for the format and its version).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from safeharbour.api.deps import PUBLIC, ContainerDep
from safeharbour.bootstrap import Container
from safeharbour.legal.assessment import default_policy
from safeharbour.legal.gateway import GatewayConfig, build_discovery_document

router = APIRouter(tags=["legal requests (authorities)"])


def discovery_document(container: Container) -> dict[str, Any]:
    cached = container.extras.get("legal_discovery")
    if cached is None:
        config = GatewayConfig.from_settings(container.settings)
        document = build_discovery_document(
            default_policy(),
            contact=config.contact,
            base_url=config.base_url,
            public_key_b64=container.keys.signer.public_key_b64,
            max_body_bytes=config.max_body_bytes,
            attachment_limits=config.attachment_limits,
        )
        cached = document.model_dump(mode="json")
        container.extras["legal_discovery"] = cached
    return cached


@router.get(
    "/.well-known/legal-requests.json",
    openapi_extra=PUBLIC,
    summary="Where and how authorities send legal requests (versioned discovery document)",
)
async def legal_requests_discovery(container: ContainerDep) -> JSONResponse:
    return JSONResponse(
        discovery_document(container),
        headers={"Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*"},
    )
