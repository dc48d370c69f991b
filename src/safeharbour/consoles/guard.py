"""The consoles' one auth guard: session cookie, CSRF on every write, the route's permission.

Every console route, in every section, runs `console_guard` first (it is a dependency of the
console app itself, so a route cannot forget it). A route declares what it needs the same way
API routes do, in `openapi_extra`: `PUBLIC` (`x-public`) for pages anyone may load, or
`permission_doc(Permission.X)` (`x-permission`); a route declaring neither needs the signed-in
user to hold `CONSOLE_ENTER`, which every console user must hold anyway.

CSRF, on every POST/PUT/PATCH/DELETE, before the route runs:
- signed in: the token must equal the session's own CSRF token, sent as the `csrf_token` form
  field or the `X-CSRF-Token` header (HTMX sends the header: `<body hx-headers>` sets it);
- public routes (the login form, before any session exists): double-submit, i.e. the form
  field or header must equal the CSRF cookie. A cross-site page can make a browser send the
  cookie but cannot read it to put the same value in the form. Under HTTPS the cookie is a
  `__Host-` cookie, which a sibling subdomain cannot set, closing the usual hole of
  double-submit;
- a write to a non-public route without a live session is refused (403), never redirected:
  the form's token belonged to a session that no longer exists.

Cookies: HttpOnly always; Secure and `__Host-` prefixed when `settings.cookies_secure`. The
CSRF cookie is SameSite=Strict (only the login form on this site reads it). The session
cookie is SameSite=Lax, not Strict: with Strict, following a link from a notification e-mail
into the console would arrive without the cookie and land on the login page despite a live
session; Lax is safe here because GETs change nothing and every write carries a CSRF token.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession, active_session
from safeharbour.kit.errors import Forbidden, Unauthenticated

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


class SignInRequired(Unauthenticated):
    """No live session on a page that needs one: pages redirect to the login form."""


class SecondFactorRequired(SignInRequired):
    """A session whose role needs a second factor not enrolled yet: only enrolment opens."""


SECOND_FACTOR_PATH = "/account/second-factor"
"""Where, under the consoles, a session pending enrolment is sent."""

SECOND_FACTOR_ENROLMENT = {"x-second-factor-enrolment": True}
"""`openapi_extra` of the routes a session pending enrolment may use (enrolment, sign-out)."""


class CsrfRejected(Forbidden):
    """A write without the right CSRF token; always 403, whatever else is wrong."""


@dataclass(frozen=True)
class CookiePolicy:
    secure: bool

    @property
    def session_name(self) -> str:
        return "__Host-sh_session" if self.secure else "sh_session"

    @property
    def csrf_name(self) -> str:
        return "__Host-sh_csrf" if self.secure else "sh_csrf"

    def set_session(self, response: Response, token: str, *, max_age: int) -> None:
        response.set_cookie(
            self.session_name,
            token,
            max_age=max_age,
            path="/",
            secure=self.secure,
            httponly=True,
            samesite="lax",
        )

    def clear_session(self, response: Response) -> None:
        response.delete_cookie(
            self.session_name, path="/", secure=self.secure, httponly=True, samesite="lax"
        )

    def set_login_csrf(self, response: Response, token: str) -> None:
        response.set_cookie(
            self.csrf_name,
            token,
            path="/",
            secure=self.secure,
            httponly=True,
            samesite="strict",
        )


def cookies(request: Request) -> CookiePolicy:
    policy: CookiePolicy = request.app.state.cookies
    return policy


def login_csrf_token(request: Request) -> tuple[str, bool]:
    """The double-submit token for the login form: (token, whether the cookie must be set)."""
    existing = request.cookies.get(cookies(request).csrf_name, "")
    if len(existing) >= 32:
        return existing, False
    return secrets.token_urlsafe(32), True


async def _resolve(request: Request) -> ActiveSession | None:
    token = request.cookies.get(cookies(request).session_name)
    if not token:
        return None
    container = request.app.state.container

    def lookup() -> ActiveSession | None:
        with container.database.reader() as session:
            return active_session(session, token, now=container.clock.now())

    return await run_in_threadpool(lookup)


async def _submitted_token(request: Request) -> str:
    header = request.headers.get(CSRF_HEADER)
    if header:
        return header
    content_type = request.headers.get("content-type", "").lower()
    if content_type.startswith(_FORM_TYPES):
        form = await request.form()
        value = form.get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


def _same(a: str, b: str) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


async def _check_csrf(request: Request, identity: ActiveSession | None, public: bool) -> None:
    submitted = await _submitted_token(request)
    if public:
        expected = request.cookies.get(cookies(request).csrf_name, "")
        if len(expected) < 32 or not _same(submitted, expected):
            raise CsrfRejected(
                "this form has expired or was not sent from this site; reload it and try again",
                field=CSRF_FIELD,
            )
        return
    if identity is None:
        raise CsrfRejected(
            "your session has ended, so this form can no longer be sent; sign in again",
            field=CSRF_FIELD,
        )
    if not _same(submitted, identity.csrf_token):
        raise CsrfRejected(
            "this form has expired or was not sent from this site; reload it and try again",
            field=CSRF_FIELD,
        )


def _route_extra(request: Request) -> dict[str, Any]:
    route = request.scope.get("route")
    extra = getattr(route, "openapi_extra", None)
    return dict(extra) if extra else {}


async def console_guard(request: Request) -> ActiveSession | None:
    """Resolve the session, check CSRF on writes, then the route's permission.

    Leaves the session in `request.state.identity` for pages and templates.
    """
    extra = _route_extra(request)
    public = bool(extra.get("x-public"))
    identity = await _resolve(request)
    request.state.identity = identity
    if request.method not in SAFE_METHODS:
        await _check_csrf(request, identity, public)
    if public:
        return identity
    if identity is None:
        raise SignInRequired("sign in to continue")
    if identity.second_factor_pending and not extra.get("x-second-factor-enrolment"):
        raise SecondFactorRequired("set up your second factor to continue")
    identity.principal.require(Permission.CONSOLE_ENTER)
    needed = extra.get("x-permission")
    if needed:
        identity.principal.require(Permission(needed))
    return identity


def signed_in(request: Request) -> ActiveSession:
    """For routes that need a session: the guard has already refused requests without one."""
    identity: ActiveSession | None = getattr(request.state, "identity", None)
    if identity is None:  # only if a route is wrongly marked public and still asks
        raise SignInRequired("sign in to continue")
    return identity
