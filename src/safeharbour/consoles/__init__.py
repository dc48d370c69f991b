"""The web consoles: one Jinja2 + HTMX sub-app mounted at `/console`.

Layout: `account.py` (sign-in, sign-out, home), `guard.py` (the one auth guard: session, CSRF,
permission), `pages.py` (templates, page context, error pages), `templates/`, `static/`.

Sections are modules beside these, imported explicitly by `_section_modules` in the top-bar
order of `SECTIONS` (`moderator`, `qa`, `legal`, `authority`, `flagger`, `audit`, `admin`,
`public`); a missing section is an import error at start-up, never a silent gap. Each
exposes `router` (an `APIRouter`, mounted at `/console/<name>`), and may expose `TITLE` and
`PERMISSION` for its entry in the top bar. Their routes are guarded like every other console
route: they declare `x-public` or `x-permission` through `openapi_extra`, and every write is a
POST carrying the CSRF token (forms:
`<input type="hidden" name="csrf_token" value="{{ csrf_token }}">`; HTMX sends the header by
itself).

Errors inside the consoles render as HTML pages: a page that needs a session redirects to the
login form, a write without a valid CSRF token gets 403, a domain error gets the status the API
would give it.
"""

from __future__ import annotations

import logging
from types import ModuleType
from typing import TYPE_CHECKING

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from safeharbour.authz.principal import PermissionMissing
from safeharbour.authz.sessions import LoginPolicy
from safeharbour.consoles.forms import FORM_ERROR, plain_errors
from safeharbour.consoles.guard import (
    SECOND_FACTOR_PATH,
    CookiePolicy,
    SecondFactorRequired,
    SignInRequired,
    console_guard,
)
from safeharbour.consoles.pages import STATIC_DIR, NavItem, base_path, error_page
from safeharbour.consoles.role_words import not_allowed_message
from safeharbour.kit.errors import DomainError
from safeharbour.web.errors import STATUS_BY_ERROR

if TYPE_CHECKING:
    from safeharbour.bootstrap import Container

log = logging.getLogger(__name__)

CONSOLE_PATH = "/console"
SECTIONS: tuple[str, ...] = (
    "moderator",
    "qa",
    "legal",
    "authority",
    "flagger",
    "audit",
    "admin",
    "public",
)
"""The sections in top-bar order; `_section_modules` imports each by name in code."""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


class SecurityHeaders:
    """Headers every console response carries; pages (not static files) are never cached."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        root = str(scope.get("root_path", ""))
        path = str(scope.get("path", ""))
        static = path[len(root) :].startswith("/static/") if path.startswith(root) else False

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "same-origin")
                if not static:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, with_headers)


def _status_of(exc: DomainError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 400


def _sign_in(request: Request) -> Response:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    login = f"{base_path(request)}/login"
    if request.headers.get("HX-Request"):
        # HTMX would swap a redirect's page into the fragment; ask it to navigate instead.
        return Response(status_code=401, headers={"HX-Redirect": login})
    if request.method in ("GET", "HEAD"):
        from urllib.parse import urlencode

        return RedirectResponse(f"{login}?{urlencode({'next': target})}", status_code=303)
    return error_page(request, 401, "Sign in to continue.")


def _enrol_second_factor(request: Request) -> Response:
    enrol = f"{base_path(request)}{SECOND_FACTOR_PATH}"
    if request.headers.get("HX-Request"):
        return Response(status_code=401, headers={"HX-Redirect": enrol})
    if request.method in ("GET", "HEAD"):
        return RedirectResponse(enrol, status_code=303)
    return error_page(request, 403, "Set up your second factor to continue.")


def _install_error_pages(console: FastAPI) -> None:
    @console.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> Response:
        if isinstance(exc, SecondFactorRequired):
            return _enrol_second_factor(request)
        if isinstance(exc, SignInRequired):
            return _sign_in(request)
        if isinstance(exc, PermissionMissing):
            return error_page(request, 403, not_allowed_message(exc.role, exc.permission))
        return error_page(request, _status_of(exc), exc.message)

    @console.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        # In words, never the validator's own text (see consoles/forms.py).
        problems = " ".join(
            message if name == FORM_ERROR else f"{name.replace('_', ' ').capitalize()}: {message}"
            for name, message in plain_errors(exc).items()
        )
        return error_page(request, 422, f"This could not be sent. {problems}")

    @console.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        message = "There is no such page." if exc.status_code == 404 else str(exc.detail)
        return error_page(request, exc.status_code, message, headers=exc.headers)

    @console.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> Response:
        log.exception("unhandled console error on %s %s", request.method, request.url.path)
        return error_page(request, 500, "An internal error occurred; it was logged.")


def _section_modules() -> dict[str, ModuleType]:
    """Every section, imported explicitly: a missing or broken section fails at start-up
    instead of vanishing from the consoles. (Imported here, not at the top: each section
    imports this package's constants.)"""
    from safeharbour.consoles import (
        admin,
        audit,
        authority,
        flagger,
        legal,
        moderator,
        public,
        qa,
    )

    modules = {
        "moderator": moderator,
        "qa": qa,
        "legal": legal,
        "authority": authority,
        "flagger": flagger,
        "audit": audit,
        "admin": admin,
        "public": public,
    }
    assert tuple(modules) == SECTIONS, "SECTIONS and the imported sections disagree"
    return modules


def _include_sections(console: FastAPI) -> None:
    for name, module in _section_modules().items():
        console.include_router(module.router, prefix=f"/{name}")
        title = getattr(module, "TITLE", None)
        permission = getattr(module, "PERMISSION", None)
        if title and permission:
            console.state.nav.append(NavItem(f"/{name}/", title, permission))


def create_console_app(container: Container) -> FastAPI:
    """The console sub-app around a container; `mount_consoles` mounts it."""
    from safeharbour.consoles import account

    console = FastAPI(
        title="Safeharbour consoles",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(console_guard)],
    )
    console.state.container = container
    console.state.login_policy = LoginPolicy.from_settings(
        container.settings, container.keys.secret_key
    )
    console.state.cookies = CookiePolicy(secure=container.settings.cookies_secure)
    console.state.nav = []
    _install_error_pages(console)
    console.include_router(account.router)
    _include_sections(console)
    console.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    console.add_middleware(SecurityHeaders)
    return console


def mount_consoles(app: FastAPI, container: Container) -> None:
    """Mount the consoles at `/console` (and send a bare `/console` to `/console/`)."""

    @app.get(CONSOLE_PATH, include_in_schema=False)
    async def console_root() -> RedirectResponse:
        return RedirectResponse(f"{CONSOLE_PATH}/", status_code=307)

    app.mount(CONSOLE_PATH, create_console_app(container))


__all__ = ["CONSOLE_PATH", "create_console_app", "mount_consoles"]
