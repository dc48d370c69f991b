"""Rendering console pages: the template environment, the page context, error pages.

Every page extends `templates/base.html` and gets, besides its own values: `base` (the URL
prefix the consoles are mounted at, so links survive a reverse proxy's root path), `identity`
(the signed-in `ActiveSession`, or None), `csrf_token` (what forms post back and what
`<body hx-headers>` makes HTMX send) and `nav` (the console sections the user may enter).
Autoescaping is on for every template.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles import humanize
from safeharbour.kit.links import same_origin_path

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
humanize.install(templates.env)
# Media shown in an <img> must stay on this site (kit/links.py).
templates.env.tests["same_origin_path"] = same_origin_path


@dataclass(frozen=True)
class NavItem:
    """A console section in the top bar, shown to those holding `permission`."""

    path: str
    title: str
    permission: Permission


def base_path(request: Request) -> str:
    return str(request.scope.get("root_path", "")).rstrip("/")


def identity_of(request: Request) -> ActiveSession | None:
    identity: ActiveSession | None = getattr(request.state, "identity", None)
    return identity


def render(
    request: Request,
    name: str,
    context: Mapping[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    identity = identity_of(request)
    nav_items: list[NavItem] = getattr(request.app.state, "nav", [])
    page: dict[str, Any] = {
        "base": base_path(request),
        "identity": identity,
        "csrf_token": identity.csrf_token
        if identity
        else getattr(request.state, "login_csrf", None),
        "nav": [n for n in nav_items if identity and identity.principal.can(n.permission)],
        # The humanize filters show every date and time in the reader's own zone.
        "reader_tz": identity.time_zone if identity else humanize.DEFAULT_ZONE,
    }
    page.update(context or {})
    return templates.TemplateResponse(
        request, name, page, status_code=status_code, headers=dict(headers or {})
    )


ERROR_TITLES = {
    400: "Bad request",
    401: "Sign-in needed",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed here",
    409: "Conflict",
    413: "Too large",
    422: "Invalid input",
    429: "Too many attempts",
    500: "Something went wrong",
}


def error_page(
    request: Request,
    status_code: int,
    message: str,
    *,
    headers: Mapping[str, str] | None = None,
) -> HTMLResponse:
    title = ERROR_TITLES.get(status_code, "Error")
    return render(
        request,
        "error.html",
        {"status": status_code, "title": title, "message": message},
        status_code=status_code,
        headers=headers,
    )
