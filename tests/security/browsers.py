"""Signed-in console browsers (ASGI test clients) for any role, through the real login form.

Users are created with a second factor, so the helper works whichever roles require one.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import pyotp
from fastapi.testclient import TestClient

from safeharbour.authz.roles import Role
from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit

PASSWORD = "correct horse battery staple"


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def signed_in_browser(
    app: Any,
    container: Container,
    clock: ManualClock,
    role: Role,
    *,
    email: str | None = None,
    agency_id: uuid.UUID | None = None,
    flagger_id: uuid.UUID | None = None,
) -> TestClient:
    """A new browser signed in as a new user of `role`; the caller closes it (`close()`)."""
    address = email or f"{role.value}-{uuid.uuid4().hex[:6]}@example.org"
    extra: dict[str, Any] = {}
    if agency_id is not None:
        extra["agency_id"] = agency_id
    if flagger_id is not None:
        extra["flagger_id"] = flagger_id
    created = run_in_unit(
        container.database,
        lambda unit: do_create_user(
            unit,
            email=address,
            password=PASSWORD,
            role=role,
            totp=True,
            cipher=container.keys.cipher,
            actor=SYSTEM,
            **extra,
        ),
    )
    assert created.totp is not None
    browser = TestClient(app)
    browser.__enter__()
    token = csrf_of(browser.get("/console/login").text)
    reply = browser.post(
        "/console/login",
        data={
            "email": address,
            "password": PASSWORD,
            "totp": pyotp.TOTP(created.totp.secret).at(clock.now()),
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert reply.status_code == 303, reply.text[:500]
    return browser


def close(browser: TestClient) -> None:
    browser.__exit__(None, None, None)
