"""User actions and `/api/v1/admin/users`: hashing, rehashing, TOTP enrolment, disabling."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pyotp
import pytest
from argon2 import PasswordHasher

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import User
from safeharbour.authz.sessions import (
    LoginFailed,
    LoginPolicy,
    LoginThrottle,
    OpenedSession,
    do_close_session,
    session_principal,
    sign_in,
)
from safeharbour.authz.users import (
    CreatedUser,
    do_disable_user,
    do_enable_totp,
    normalise_email,
    verify_password,
)
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.errors import Conflict, InvalidInput, RateLimited
from safeharbour.kit.transactions import Transactions, run_in_unit
from tests.authz.conftest import PASSWORD, audit_entries, audit_text
from tests.conftest import bearer

MakeUser = Callable[..., CreatedUser]


def open_session(
    container: Container, email: str, password: str = PASSWORD, totp: str | None = None
) -> OpenedSession | LoginFailed:
    policy = LoginPolicy.from_settings(container.settings, container.keys.secret_key)
    attempt = policy.admit(email=email, client_ip="192.0.2.1", now=container.clock.now())
    return sign_in(
        Transactions(container.database),
        attempt,
        password=password,
        totp_code=totp,
        policy=policy,
        cipher=container.keys.cipher,
    )


# -- e-mail and passwords ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        (" Ada.Lovelace@Example.ORG ", "ada.lovelace@example.org"),
        ("o'brien+tag@mail.example.ie", "o'brien+tag@mail.example.ie"),
        ("x@xn--bcher-kva.example", "x@xn--bcher-kva.example"),
    ],
)
def test_good_addresses_are_lower_cased(raw: str, stored: str) -> None:
    assert normalise_email(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "plain",
        "@example.org",
        "a@",
        "a@b",
        "a..b@example.org",
        "a b@example.org",
        ".a@example.org",
        "a@-example.org",
        "a\n@example.org",
        "a@example.org\nx",
        "a" * 65 + "@example.org",
    ],
)
def test_bad_addresses_are_refused_on_the_email_field(raw: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalise_email(raw)
    assert info.value.errors[0].field == "email"


def test_verify_password_never_raises_on_a_malformed_hash() -> None:
    assert verify_password("not a hash", PASSWORD).ok is False


def test_an_outdated_hash_is_replaced_at_the_next_login(
    container: Container, make_user: MakeUser
) -> None:
    created = make_user("old@example.org", "moderator")
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with container.database.uow() as unit:
        user = unit.session.get(User, created.id)
        assert user is not None
        user.password_hash = weak
        unit.commit()
    assert isinstance(open_session(container, "old@example.org"), OpenedSession)
    with container.database.reader() as session:
        user = session.get(User, created.id)
        assert user is not None and user.password_hash != weak
        check = verify_password(user.password_hash, PASSWORD)
        assert check.ok and not check.needs_rehash
    opened = audit_entries(container, AuditTag.AUTHZ_SESSION_OPENED)[-1]
    assert opened.snapshot["password_rehashed"] is True


# -- sessions at the action level -------------------------------------------------------------
def test_session_principal_carries_the_owner_of_authority_and_flagger_users(
    container: Container, make_user: MakeUser, agency_id: uuid.UUID, flagger_id: uuid.UUID
) -> None:
    officer = make_user("officer@bka.example.de", "authority", agency_id=agency_id)
    assert officer.totp is not None
    code = pyotp.TOTP(officer.totp.secret).at(container.clock.now())
    make_user("analyst@hotline.example", "trusted_flagger", flagger_id=flagger_id)
    for email, owner, totp in (
        ("officer@bka.example.de", agency_id, code),
        ("analyst@hotline.example", flagger_id, None),
    ):
        opened = open_session(container, email, totp=totp)
        assert isinstance(opened, OpenedSession)
        with container.database.reader() as session:
            principal = session_principal(session, opened.token, now=container.clock.now())
        assert principal is not None
        assert principal.owner_id == owner and principal.user_id == opened.user_id
        assert principal.actor.ref == f"user:{opened.user_id}"


def test_closing_a_session_twice_is_a_conflict(container: Container, make_user: MakeUser) -> None:
    make_user("twice@example.org", "moderator")
    opened = open_session(container, "twice@example.org")
    assert isinstance(opened, OpenedSession)
    close = lambda unit: do_close_session(unit, opened.session_id, actor=SYSTEM)  # noqa: E731
    run_in_unit(container.database, close)
    with pytest.raises(Conflict):
        run_in_unit(container.database, close)
    with container.database.reader() as session:
        assert session_principal(session, opened.token, now=container.clock.now()) is None


def _admit(throttle: LoginThrottle, account: str, address: str, now: datetime) -> float:
    return throttle.admit(pair=f"{account}|{address}", address=address, account=account, now=now)


def test_throttle_window_slides(clock: ManualClock) -> None:
    throttle = LoginThrottle(3)
    for _ in range(3):
        _admit(throttle, "a", "ip1", clock.now())
        clock.advance(timedelta(seconds=20))
    with pytest.raises(RateLimited):
        _admit(throttle, "a", "ip1", clock.now() - timedelta(seconds=1))
    # 60 s after the first attempt, one slot is free again.
    _admit(throttle, "a", "ip1", clock.now())
    _admit(throttle, "b", "ip1", clock.now())


def test_throttle_forgets_the_oldest_keys_past_its_bound(clock: ManualClock) -> None:
    throttle = LoginThrottle(1, address_attempts_per_minute=10, max_keys=4)
    _admit(throttle, "a", "ip", clock.now())
    with pytest.raises(RateLimited):
        _admit(throttle, "a", "ip", clock.now())
    for account in ("b", "c"):  # pushes a's keys out
        _admit(throttle, account, "ip", clock.now())
    _admit(throttle, "a", "ip", clock.now())  # forgotten


def test_the_account_alone_is_delayed_never_refused(clock: ManualClock) -> None:
    """Guesses for one account from many addresses slow it down; its owner still gets in."""
    throttle = LoginThrottle(3, max_account_delay=4.0)
    delays = [_admit(throttle, "victim", f"ip{n}", clock.now()) for n in range(10)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays[3:7] == [0.25, 0.5, 1.0, 2.0]
    assert delays[-1] == 4.0  # capped, and never a RateLimited
    assert _admit(throttle, "victim", "owner-ip", clock.now()) == 4.0


def test_one_address_cannot_spend_another_address_budget(clock: ManualClock) -> None:
    throttle = LoginThrottle(2, address_attempts_per_minute=4)
    for _ in range(2):
        _admit(throttle, "victim", "attacker", clock.now())
    with pytest.raises(RateLimited):  # the pair is spent
        _admit(throttle, "victim", "attacker", clock.now())
    for account in ("x", "y"):
        _admit(throttle, account, "attacker", clock.now())
    with pytest.raises(RateLimited):  # the address is spent, for every account
        _admit(throttle, "z", "attacker", clock.now())
    _admit(throttle, "victim", "owner", clock.now())  # the owner's own address is untouched


# -- TOTP enrolment and disabling -------------------------------------------------------------
def test_enable_totp_then_it_is_required(container: Container, make_user: MakeUser) -> None:
    created = make_user("later@example.org", "moderator")
    enrol = lambda unit: do_enable_totp(  # noqa: E731
        unit, created.id, cipher=container.keys.cipher, actor=SYSTEM
    )
    enrolment = run_in_unit(container.database, enrol)
    assert enrolment.provisioning_uri.startswith("otpauth://totp/Safeharbour:")
    assert isinstance(open_session(container, "later@example.org"), LoginFailed)
    code = pyotp.TOTP(enrolment.secret).at(container.clock.now())
    assert isinstance(open_session(container, "later@example.org", totp=code), OpenedSession)
    with pytest.raises(Conflict):
        run_in_unit(container.database, enrol)
    [entry] = audit_entries(container, AuditTag.AUTHZ_USER_TOTP_ENABLED)
    assert entry.subjects == {"user": str(created.id)}


def test_disable_user_twice_is_a_conflict(container: Container, make_user: MakeUser) -> None:
    created = make_user("gone@example.org", "moderator")
    disable = lambda unit: do_disable_user(unit, created.id, actor=SYSTEM)  # noqa: E731
    run_in_unit(container.database, disable)
    with pytest.raises(Conflict):
        run_in_unit(container.database, disable)


# -- the admin API ----------------------------------------------------------------------------
def test_admin_api_creates_lists_and_disables_users(
    client: Any, container: Container, make_key: Callable[..., str], agency_id: uuid.UUID
) -> None:
    admin = bearer(make_key("admin"))
    created = client.post(
        "/api/v1/admin/users",
        json={
            "email": "Officer@BKA.example.de",
            "role": "authority",
            "password": PASSWORD,
            "agency_id": str(agency_id),
            "totp": True,
        },
        headers=admin,
    )
    assert created.status_code == 201, created.json()
    body = created.json()
    user_id = body["id"]
    assert body["totp"]["provisioning_uri"].startswith("otpauth://")
    assert body["totp"]["secret"] in body["totp"]["provisioning_uri"]

    listed = client.get("/api/v1/admin/users", headers=bearer(make_key("auditor"))).json()
    [row] = [u for u in listed["users"] if u["id"] == user_id]
    assert row["email"] == "officer@bka.example.de"
    assert row["agency_id"] == str(agency_id) and row["totp_required"] is True
    assert not {"password_hash", "password", "totp_secret_encrypted"} & set(row)

    disabled = client.post(f"/api/v1/admin/users/{user_id}/disable", headers=admin)
    assert disabled.status_code == 200 and disabled.json()["disabled_at"]
    again = client.post(f"/api/v1/admin/users/{user_id}/disable", headers=admin)
    assert again.status_code == 409

    [entry] = audit_entries(container, AuditTag.AUTHZ_USER_CREATED)
    assert entry.actor.startswith("api_key:")
    assert "officer@bka" not in audit_text(container)


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        ({"email": "a@example.org", "role": "moderator", "password": "short"}, 422, "password"),
        ({"email": "nope", "role": "moderator", "password": PASSWORD}, 422, "email"),
        ({"email": "a@example.org", "role": "boss", "password": PASSWORD}, 422, "role"),
        ({"email": "a@example.org", "role": "authority", "password": PASSWORD}, 422, "agency"),
        (
            {
                "email": "a@example.org",
                "role": "moderator",
                "password": PASSWORD,
                "flagger_id": str(uuid.uuid4()),
            },
            422,
            "flagger",
        ),
        (
            {
                "email": "a@example.org",
                "role": "trusted_flagger",
                "password": PASSWORD,
                "flagger_id": str(uuid.uuid4()),
            },
            404,
            "flagger",
        ),
        ({"email": "a@example.org", "role": "moderator", "password": PASSWORD, "x": 1}, 422, "x"),
    ],
)
def test_admin_api_refuses_bad_users(
    client: Any, make_key: Callable[..., str], body: dict[str, Any], status: int, field: str
) -> None:
    response = client.post("/api/v1/admin/users", json=body, headers=bearer(make_key("admin")))
    assert response.status_code == status, response.json()
    assert response.json()["error"]["details"]["errors"][0]["field"] == field


def test_admin_api_refuses_a_taken_email(client: Any, make_key: Callable[..., str]) -> None:
    admin = bearer(make_key("admin"))
    body = {"email": "same@example.org", "role": "moderator", "password": PASSWORD}
    assert client.post("/api/v1/admin/users", json=body, headers=admin).status_code == 201
    body["email"] = "SAME@example.org"
    response = client.post("/api/v1/admin/users", json=body, headers=admin)
    assert response.status_code == 409
    assert response.json()["error"]["details"]["errors"][0]["field"] == "email"
