"""Signing in and out, and the console home page (who you are, what you may do)."""

from __future__ import annotations

import asyncio
import contextlib
from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import ROLE_PERMISSIONS
from safeharbour.authz.sessions import (
    ActiveSession,
    LoginFailed,
    LoginPolicy,
    do_close_session,
    sign_in,
)
from safeharbour.authz.users import (
    do_begin_totp_enrolment,
    do_confirm_totp_enrolment,
    do_set_user_time_zone,
    known_time_zones,
)
from safeharbour.consoles.forms import (
    form_values,
    only_known_fields,
    plain_errors,
    submit_form,
)
from safeharbour.consoles.guard import (
    SECOND_FACTOR_ENROLMENT,
    SECOND_FACTOR_PATH,
    cookies,
    login_csrf_token,
    signed_in,
)
from safeharbour.consoles.pages import base_path, identity_of, render
from safeharbour.kit.db import UnitOfWork
from safeharbour.kit.errors import Conflict, DomainError, InvalidInput, NotFound, RateLimited
from safeharbour.kit.transactions import Transactions
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


async def _work_queue(request: Request, user_id: object) -> str | None:
    """Where a user's work starts (their role's queue), for a sign-in that asked for no page."""
    from sqlalchemy import select

    from safeharbour.authz.models import User
    from safeharbour.consoles.role_words import home_of

    container = request.app.state.container
    role = await container.tx.aread(
        lambda session: session.scalar(select(User.role).where(User.id == user_id))
    )
    sections = {item.path.strip("/").split("/")[0] for item in request.app.state.nav}
    sections |= {
        str(getattr(route, "path", "")).strip("/").split("/")[0] for route in request.app.routes
    }
    path = home_of(role, sections) if role else None
    return base_path(request) + path if path else None


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
    target = safe_next(request, next_url)
    try:
        # Counted before anything is checked, so concurrent guesses cannot all get through.
        attempt = policy.admit(email=email, client_ip=client_ip, now=container.clock.now())
    except RateLimited as exc:
        return _login_page(
            request,
            status_code=429,
            message=exc.message,
            email=email,
            next_url=target,
            headers={"Retry-After": "60"},
        )
    if attempt.delay_seconds:
        # The account alone is slowed, never locked: waited here, holding no thread.
        await asyncio.sleep(attempt.delay_seconds)
    outcome = await container.tx.call(
        lambda: sign_in(
            container.tx,
            attempt,
            password=password,
            totp_code=totp or None,
            policy=policy,
            cipher=container.keys.cipher,
        )
    )
    if isinstance(outcome, LoginFailed):
        return _login_page(request, status_code=401, message=REFUSED, email=email, next_url=target)
    if outcome.second_factor_pending:
        target = base_path(request) + SECOND_FACTOR_PATH
    elif target == base_path(request) + "/":
        target = await _work_queue(request, outcome.user_id) or target
    response = RedirectResponse(target, status_code=303)
    max_age = int(policy.session_ttl.total_seconds())
    cookies(request).set_session(response, outcome.token, max_age=max_age)
    return response


def _enrolment_page(
    request: Request, identity: ActiveSession, *, message: str | None = None, status_code: int = 200
) -> Response:
    container = request.app.state.container
    user_id = identity.principal.user_id
    assert user_id is not None
    pending = container.tx.write(
        lambda unit: do_begin_totp_enrolment(
            unit, user_id, cipher=container.keys.cipher, actor=identity.principal.actor
        )
    )
    secret = pending.enrolment.secret  # in groups of four, easier to type into a phone
    return render(
        request,
        "second_factor.html",
        {
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "provisioning_uri": pending.enrolment.provisioning_uri,
            "message": message,
            "nav": [],
        },
        status_code=status_code,
    )


@router.get(SECOND_FACTOR_PATH, openapi_extra=SECOND_FACTOR_ENROLMENT)
async def second_factor_form(
    request: Request, identity: Annotated[ActiveSession, Depends(signed_in)]
) -> Response:
    """Set up the second factor a role needs, at the first sign-in after it became mandatory:
    the secret and its otpauth:// URI, confirmed with a code from the app."""
    if not identity.second_factor_pending:
        return RedirectResponse(base_path(request) + "/", status_code=303)
    tx: Transactions = request.app.state.container.tx
    return await tx.call(lambda: _enrolment_page(request, identity))


@router.post(SECOND_FACTOR_PATH, openapi_extra=SECOND_FACTOR_ENROLMENT)
async def second_factor_confirm(
    request: Request,
    identity: Annotated[ActiveSession, Depends(signed_in)],
    code: Annotated[str, Form(max_length=16)] = "",
) -> Response:
    if not identity.second_factor_pending:
        return RedirectResponse(base_path(request) + "/", status_code=303)
    container = request.app.state.container
    user_id = identity.principal.user_id
    assert user_id is not None

    try:
        await container.tx.awrite(
            lambda unit: do_confirm_totp_enrolment(
                unit,
                user_id,
                code,
                cipher=container.keys.cipher,
                actor=identity.principal.actor,
            )
        )
    except InvalidInput as exc:
        message = exc.message
        # The page makes a fresh enrolment (a write): built off the event loop.
        tx: Transactions = container.tx
        return await tx.call(
            lambda: _enrolment_page(request, identity, message=message, status_code=422)
        )
    return RedirectResponse(base_path(request) + "/", status_code=303)


@router.post("/logout", openapi_extra=SECOND_FACTOR_ENROLMENT)
async def logout(
    request: Request, identity: Annotated[ActiveSession, Depends(signed_in)]
) -> Response:
    container = request.app.state.container

    def close() -> None:
        # Closed meanwhile (another tab, or the user was disabled): nothing left to do.
        with contextlib.suppress(Conflict, NotFound):
            container.tx.write(
                lambda unit: do_close_session(
                    unit, identity.session_id, actor=identity.principal.actor
                )
            )

    await container.tx.call(close)
    response = RedirectResponse(base_path(request) + "/login", status_code=303)
    cookies(request).clear_session(response)
    return response


_ZONE_AREAS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Arctic/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


@cache
def time_zone_options() -> tuple[tuple[str, str], ...]:
    """The zones the account page offers: UTC, then every city zone (the IANA database's
    current names; its legacy aliases such as US/Eastern stay accepted but are not listed)."""
    cities = sorted(name for name in known_time_zones() if name.startswith(_ZONE_AREAS))
    return (("UTC", "UTC"), *((name, name.replace("_", " ")) for name in cities))


def _home_page(
    request: Request,
    identity: ActiveSession,
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    saved: bool = False,
    status_code: int = 200,
) -> Response:
    permissions = sorted(p.value for p in ROLE_PERMISSIONS[identity.principal.role])
    return render(
        request,
        "home.html",
        {
            "permissions": permissions,
            "time_zones": time_zone_options(),
            "values": values or {"time_zone": identity.time_zone},
            "errors": errors or {},
            "saved": saved,
        },
        status_code=status_code,
    )


@router.get("/")
async def home(
    request: Request,
    identity: Annotated[ActiveSession, Depends(signed_in)],
    saved: str = "",
) -> Response:
    return _home_page(request, identity, saved=saved == "time_zone")


@router.post("/account/time-zone")
async def set_time_zone(
    request: Request, identity: Annotated[ActiveSession, Depends(signed_in)]
) -> Response:
    """Choose the time zone every console page shows dates and times in (post/redirect/get;
    the form's one-time nonce makes a re-sent form land on the first result)."""
    values = await form_values(request)
    user_id = identity.principal.user_id
    assert user_id is not None

    def act(unit: UnitOfWork) -> str:
        do_set_user_time_zone(
            unit, user_id, str(values.get("time_zone", "")), actor=identity.principal.actor
        )
        return "/?saved=time_zone"

    async def refused(exc: DomainError) -> Response:
        errors = only_known_fields(plain_errors(exc), ("time_zone",))
        return _home_page(request, identity, values=values, errors=errors, status_code=422)

    return await submit_form(request, values, "account.time_zone", act, refused=refused)
