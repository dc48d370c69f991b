"""The front door (`/`): where a visitor finds the report form, transparency, the page for
authorities and the staff sign-in.

Mounted on the main app (not under `/console`: it needs no session), with the consoles'
security headers, like the page for authorities.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from safeharbour.consoles import CONSOLE_PATH, CONTENT_SECURITY_POLICY
from safeharbour.consoles.pages import render
from safeharbour.web.deps import PUBLIC

router = APIRouter(tags=["public pages"])

PUBLIC_ADDRESSES: tuple[tuple[str, str], ...] = (
    ("Front door", "/"),
    ("Report content", f"{CONSOLE_PATH}/public/notices/new"),
    ("Transparency reports", "/transparency/"),
    ("For authorities", "/for-authorities"),
    ("Staff sign-in", f"{CONSOLE_PATH}/login"),
    ("API documentation", "/api/v1/docs"),
)
"""What the start-up banner prints, in this order (paths below the public base URL)."""


def public_page(
    request: Request, name: str, context: Mapping[str, Any] | None = None
) -> HTMLResponse:
    """A page of the main app rendered with the consoles' layout and security headers."""
    response = render(
        request,
        name,
        {"base": CONSOLE_PATH, "identity": None, "csrf_token": None, "nav": [], **(context or {})},
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


@router.get(
    "/",
    response_class=HTMLResponse,
    openapi_extra=PUBLIC,
    summary="The front door: report content, transparency, authorities, staff sign-in",
)
async def front_door(request: Request) -> HTMLResponse:
    container = request.app.state.container
    platform = container.discovery.get("platform") or "this platform"
    return public_page(request, "front_door.html", {"platform": platform})


def banner_lines(base_url: str) -> list[str]:
    """The addresses a person starting the server needs, one per line."""
    root = base_url.rstrip("/")
    width = max(len(title) for title, _ in PUBLIC_ADDRESSES)
    return [f"  {title:<{width}}  {root}{path}" for title, path in PUBLIC_ADDRESSES]
