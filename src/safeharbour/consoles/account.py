"""Signing in and out, and the console home page (who you are, what you may do)."""

from __future__ import annotations

import contextlib
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.concurrency import run_in_threadpool
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import ROLE_PERMISSIONS
from safeharbour.authz.sessions import (
    ActiveSession,
    LoginFailed,
    LoginPolicy,
    OpenedSession,
    do_close_session,
    do_open_session,
)
from safeharbour.consoles.guard import cookies, login_csrf_token, signed_in
from safeharbour.consoles.pages import base_path, identity_of, render
from safeharbour.kit.errors import Conflict, NotFound, RateLimited
from safeharbour.kit.transactions import run_in_unit
from safeharbour.web.deps import PUBLIC

router = APIRouter()

REFUSED = "The e-mail address, password or code is not right."
"""One message for every refused login, so that it says nothing about which part was wrong."""


def safe_next(request: Request, candidate: str | None) -> str:
    """Where to go after signing in: a path inside the consoles, never another site."""
    home = base_path(request) + "/"
    if (
        candidate
        and candidate.startswith(home)
        and not candidate.startswith("//")
        and "\\" not in candidate
        and "\n" not in candidate
        and "\r" not in candidate
    ):
        return candidate
    return home


def _login_page(
    request: Request,
    *,
    status_code: int = 200,
    message: str | None = None,
    email: str = "",
    next_url: str = "",
    headers: dict[str, str] | None = None,
) -> Response:
    token, must_set = login_csrf_token(request)
    request.state.login_csrf = token
    response = render(
        request,
        "login.html",
        {"message": message, "email": email, "next": next_url},
        status_code=status_code,
        headers=headers,
    )
    if must_set:
        cookies(request).set_login_csrf(response, token)
    return response


@router.get("/login", openapi_extra=PUBLIC)
async def login_form(
    request: Request, next_url: Annotated[str | None, Query(alias="next")] = None
) -> Response:
    if identity_of(request) is not None:
        return RedirectResponse(safe_next(request, next_url), status_code=303)
    return _login_page(request, next_url=safe_next(request, next_url))


@router.post("/login", openapi_extra=PUBLIC)
async def login_submit(
    request: Request,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=1024)] = "",
    totp: Annotated[str, Form(max_length=16)] = "",
    next_url: Annotated[str, Form(alias="next", max_length=2000)] = "",
) -> Response:
    container = request.app.state.container
    policy: LoginPolicy = request.app.state.login_policy
    client_ip = request.client.host if request.client else None

    def attempt() -> OpenedSession | LoginFailed:
        return run_in_unit(
            container.database,
            lambda unit: do_open_session(
                unit,
                email=email,
                password=password,
                totp_code=totp or None,
                client_ip=client_ip,
                policy=policy,
                cipher=container.keys.cipher,
            ),
        )

    target = safe_next(request, next_url)
    try:
        outcome = await run_in_threadpool(attempt)
    except RateLimited as exc:
        return _login_page(
            request,
            status_code=429,
            message=exc.message,
            email=email,
            next_url=target,
            headers={"Retry-After": "60"},
        )
    if isinstance(outcome, LoginFailed):
        return _login_page(request, status_code=401, message=REFUSED, email=email, next_url=target)
    response = RedirectResponse(target, status_code=303)
    max_age = int(policy.session_ttl.total_seconds())
    cookies(request).set_session(response, outcome.token, max_age=max_age)
    return response


@router.post("/logout")
async def logout(
    request: Request, identity: Annotated[ActiveSession, Depends(signed_in)]
) -> Response:
    container = request.app.state.container

    def close() -> None:
        # Closed meanwhile (another tab, or the user was disabled): nothing left to do.
        with contextlib.suppress(Conflict, NotFound):
            run_in_unit(
                container.database,
                lambda unit: do_close_session(
                    unit, identity.session_id, actor=identity.principal.actor
                ),
            )

    await run_in_threadpool(close)
    response = RedirectResponse(base_path(request) + "/login", status_code=303)
    cookies(request).clear_session(response)
    return response


@router.get("/")
async def home(
    request: Request, identity: Annotated[ActiveSession, Depends(signed_in)]
) -> Response:
    permissions = sorted(p.value for p in ROLE_PERMISSIONS[identity.principal.role])
    return render(request, "home.html", {"permissions": permissions})
