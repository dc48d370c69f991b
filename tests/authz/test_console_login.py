"""The console shell: sign-in with CSRF and TOTP, cookies, the guard, sign-out, throttling."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.users import CreatedUser, do_disable_user
from safeharbour.bootstrap import Container, build_container
from safeharbour.config import Settings
from safeharbour.consoles.account import REFUSED
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.web.app import create_app
from tests.authz.conftest import PASSWORD, audit_entries, audit_text

MakeUser = Callable[..., CreatedUser]


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


def set_cookies(response: Any) -> dict[str, str]:
    """Set-Cookie headers by cookie name, lower-cased, to check their attributes."""
    return {h.split("=", 1)[0]: h.lower() for h in response.headers.get_list("set-cookie")}


def login(client: Any, email: str, password: str = PASSWORD, totp: str = "", **extra: str) -> Any:
    token = csrf_of(client.get("/console/login").text)
    form = {"email": email, "password": password, "totp": totp, "csrf_token": token, **extra}
    return client.post("/console/login", data=form, follow_redirects=False)


@pytest.fixture
def moderator(make_user: MakeUser) -> CreatedUser:
    return make_user("mod@example.org", "moderator")


# -- the login form and CSRF ------------------------------------------------------------------
def test_login_page_sets_a_strict_httponly_csrf_cookie_matching_the_form(client: Any) -> None:
    response = client.get("/console/login")
    assert response.status_code == 200
    assert 'name="password"' in response.text and 'name="totp"' in response.text
    cookie = set_cookies(response)["sh_csrf"]
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # plain http in tests; see the https test below
    assert client.cookies["sh_csrf"] == csrf_of(response.text)
    assert response.headers["cache-control"] == "no-store"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    # A second visit keeps the token, so two open login tabs both work.
    again = client.get("/console/login")
    assert "sh_csrf" not in set_cookies(again)
    assert csrf_of(again.text) == csrf_of(response.text)


def test_login_post_without_a_valid_csrf_token_is_403(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    good = {"email": "mod@example.org", "password": PASSWORD}
    # No token and no cookie at all.
    assert client.post("/console/login", data=good).status_code == 403
    token = csrf_of(client.get("/console/login").text)
    # The cookie, but a wrong or missing form token.
    assert client.post("/console/login", data={**good, "csrf_token": "x" * 43}).status_code == 403
    assert client.post("/console/login", data=good).status_code == 403
    # The right token but no cookie: a cross-site form cannot read the cookie to copy it.
    client.cookies.clear()
    response = client.post("/console/login", data={**good, "csrf_token": token})
    assert response.status_code == 403
    assert "text/html" in response.headers["content-type"]
    assert "sh_session" not in set_cookies(response)
    assert audit_entries(container, AuditTag.AUTHZ_SESSION_OPENED) == []


def test_login_csrf_token_may_come_in_the_htmx_header(client: Any, moderator: CreatedUser) -> None:
    token = csrf_of(client.get("/console/login").text)
    response = client.post(
        "/console/login",
        data={"email": "mod@example.org", "password": PASSWORD},
        headers={"X-CSRF-Token": token},
        follow_redirects=False,
    )
    assert response.status_code == 303


# -- refusals ---------------------------------------------------------------------------------
def test_wrong_password_and_unknown_email_are_refused_alike(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    wrong_password = login(client, "mod@example.org", "not the password at all")
    unknown = login(client, "nobody@example.org", "not the password at all")
    for response in (wrong_password, unknown):
        assert response.status_code == 401
        assert REFUSED in response.text
        assert "sh_session" not in set_cookies(response)
    # Same page apart from the address echoed back into the form.
    assert wrong_password.text.replace("mod@example.org", "E") == unknown.text.replace(
        "nobody@example.org", "E"
    )
    failures = audit_entries(container, AuditTag.AUTHZ_LOGIN_FAILED)
    assert [f.snapshot["reason"] for f in failures] == ["bad_password", "unknown_email"]
    assert failures[0].subjects == {"user": str(moderator.id)}
    assert failures[1].subjects == {}
    assert all(len(f.snapshot["email_digest"]) == 64 for f in failures)
    assert failures[0].actor == "anonymous:login"
    text = audit_text(container)
    assert "mod@example.org" not in text and "nobody@example.org" not in text
    assert "testclient" not in text  # the client address is digested too


def test_a_disabled_user_is_refused_like_a_wrong_password(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    run_in_unit(container.database, lambda u: do_disable_user(u, moderator.id, actor=SYSTEM))
    response = login(client, "mod@example.org")
    assert response.status_code == 401 and REFUSED in response.text
    [failure] = audit_entries(container, AuditTag.AUTHZ_LOGIN_FAILED)
    assert failure.snapshot["reason"] == "disabled"


# -- success, the session cookie, the home page -----------------------------------------------
def test_sign_in_sets_an_httponly_lax_session_cookie_and_home_shows_the_role(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    response = login(client, "MOD@example.org")
    assert response.status_code == 303
    assert response.headers["location"] == "/console/moderator/"  # the role's own work queue
    cookie = set_cookies(response)["sh_session"]
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert "max-age=43200" in cookie  # session_ttl_hours
    home = client.get("/console/")
    assert home.status_code == 200
    assert "mod@example.org" in home.text
    assert 'class="badge role-moderator"' in home.text
    assert "console:home:read" in home.text
    # Signed-in pages carry the session's CSRF token for forms and HTMX.
    token = csrf_of(home.text)
    assert f'hx-headers=\'{{"X-CSRF-Token": "{token}"}}\'' in home.text
    assert token != client.cookies["sh_csrf"]
    [opened] = audit_entries(container, AuditTag.AUTHZ_SESSION_OPENED)
    assert opened.actor == f"user:{moderator.id}"
    assert opened.subjects["user"] == str(moderator.id)
    # The database keeps only a digest of the cookie.
    assert client.cookies["sh_session"] not in audit_text(container)


def test_signed_in_login_page_redirects_home(client: Any, moderator: CreatedUser) -> None:
    login(client, "mod@example.org")
    response = client.get("/console/login", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/console/"


def test_pages_redirect_to_login_and_back_after_signing_in(
    client: Any, moderator: CreatedUser
) -> None:
    response = client.get("/console/?tab=1", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/console/login?next=%2Fconsole%2F%3Ftab%3D1"
    page = client.get(response.headers["location"])
    assert 'name="next" value="/console/?tab=1"' in page.text
    signed_in = login(client, "mod@example.org", next="/console/?tab=1")
    assert signed_in.headers["location"] == "/console/?tab=1"


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/console/", "/api/v1/me", "/console\\x"]
)
def test_next_never_leaves_the_consoles(client: Any, moderator: CreatedUser, target: str) -> None:
    response = login(client, "mod@example.org", next=target)
    assert response.headers["location"] == "/console/moderator/"


def test_htmx_requests_without_a_session_are_told_to_navigate_to_login(client: Any) -> None:
    response = client.get("/console/", headers={"HX-Request": "true"}, follow_redirects=False)
    assert response.status_code == 401
    assert response.headers["hx-redirect"] == "/console/login"


def test_a_role_without_console_access_gets_403(client: Any, make_user: MakeUser) -> None:
    make_user("bot@platform.example", "platform")
    assert login(client, "bot@platform.example").status_code == 303
    response = client.get("/console/")
    assert response.status_code == 403
    # In words: which roles may, and which role the visitor has; no permission codes.
    assert "you are signed in as the platform" in response.text
    assert "This is for administrators" in response.text
    assert "console:home:read" not in response.text


def test_the_session_expires(client: Any, clock: ManualClock, moderator: CreatedUser) -> None:
    login(client, "mod@example.org")
    clock.advance(timedelta(hours=11, minutes=59))
    assert client.get("/console/", follow_redirects=False).status_code == 200
    clock.advance(timedelta(minutes=2))
    assert client.get("/console/", follow_redirects=False).status_code == 303


def test_disabling_a_user_ends_their_sessions(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    login(client, "mod@example.org")
    run_in_unit(container.database, lambda u: do_disable_user(u, moderator.id, actor=SYSTEM))
    assert client.get("/console/", follow_redirects=False).status_code == 303
    [entry] = audit_entries(container, AuditTag.AUTHZ_USER_DISABLED)
    assert entry.snapshot == {"sessions_closed": 1}


# -- TOTP -------------------------------------------------------------------------------------
def test_totp_is_required_checked_and_single_use(
    client: Any, container: Container, clock: ManualClock, make_user: MakeUser
) -> None:
    created = make_user("ada@example.org", "admin", totp=True)
    assert created.totp is not None
    totp = pyotp.TOTP(created.totp.secret)

    assert login(client, "ada@example.org").status_code == 401  # no code
    assert login(client, "ada@example.org", totp="000000").status_code == 401
    code = totp.at(clock.now())
    wrong_password = login(client, "ada@example.org", "not the password at all", totp=code)
    assert wrong_password.status_code == 401

    assert login(client, "ada@example.org", totp=code).status_code == 303
    assert "role-admin" in client.get("/console/").text

    # The same code again is a replay, even within its 30 seconds.
    other = TestClient(client.app)
    assert login(other, "ada@example.org", totp=code).status_code == 401
    # The next step's code works, and a code one step old (clock skew) is still refused once
    # a newer one was used.
    clock.advance(timedelta(seconds=30))
    assert login(other, "ada@example.org", totp=totp.at(clock.now())).status_code == 303
    previous = totp.at(clock.now() - timedelta(seconds=30))
    assert login(TestClient(client.app), "ada@example.org", totp=previous).status_code == 401

    reasons = [e.snapshot["reason"] for e in audit_entries(container, AuditTag.AUTHZ_LOGIN_FAILED)]
    assert reasons == ["bad_totp", "bad_totp", "bad_password", "bad_totp", "bad_totp"]
    assert created.totp.secret.lower() not in audit_text(container)


def test_totp_tolerates_one_step_of_clock_skew(
    client: Any, clock: ManualClock, make_user: MakeUser
) -> None:
    created = make_user("skew@example.org", "auditor", totp=True)
    assert created.totp is not None
    late_phone = pyotp.TOTP(created.totp.secret).at(clock.now() - timedelta(seconds=30))
    assert login(client, "skew@example.org", totp=late_phone).status_code == 303
    far_off = pyotp.TOTP(created.totp.secret).at(clock.now() + timedelta(minutes=5))
    assert login(TestClient(client.app), "skew@example.org", totp=far_off).status_code == 401


# -- sign-out ---------------------------------------------------------------------------------
def test_logout_needs_the_session_csrf_token_and_ends_the_session(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    login(client, "mod@example.org")
    session_cookie = client.cookies["sh_session"]
    token = csrf_of(client.get("/console/").text)

    assert client.post("/console/logout").status_code == 403
    assert client.post("/console/logout", data={"csrf_token": "forged"}).status_code == 403
    # The login form's double-submit token is not the session's token.
    login_token = client.cookies["sh_csrf"]
    assert client.post("/console/logout", data={"csrf_token": login_token}).status_code == 403
    assert client.get("/console/", follow_redirects=False).status_code == 200  # still signed in

    response = client.post(
        "/console/logout", headers={"X-CSRF-Token": token}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/console/login"
    assert 'sh_session=""' in set_cookies(response)["sh_session"]
    [closed] = audit_entries(container, AuditTag.AUTHZ_SESSION_CLOSED)
    assert closed.actor == f"user:{moderator.id}"

    # A copy of the old cookie no longer works.
    client.cookies.set("sh_session", session_cookie)
    assert client.get("/console/", follow_redirects=False).status_code == 303
    # Writing to a signed-in route without a session is a CSRF failure, not a redirect.
    assert client.post("/console/logout", data={"csrf_token": token}).status_code == 403


def test_logout_accepts_the_form_field_too(client: Any, moderator: CreatedUser) -> None:
    login(client, "mod@example.org")
    token = csrf_of(client.get("/console/").text)
    response = client.post("/console/logout", data={"csrf_token": token}, follow_redirects=False)
    assert response.status_code == 303


# -- throttle ---------------------------------------------------------------------------------
def test_failures_for_one_email_are_throttled(
    client: Any, container: Container, clock: ManualClock, moderator: CreatedUser
) -> None:
    limit = container.settings.login_attempts_per_minute
    for _ in range(limit):
        assert login(client, "mod@example.org", "not the password at all").status_code == 401
    # Even the right password is refused now, without being checked.
    throttled = login(client, "mod@example.org")
    assert throttled.status_code == 429
    assert throttled.headers["retry-after"] == "60"
    assert "too many sign-in attempts" in throttled.text
    assert len(audit_entries(container, AuditTag.AUTHZ_LOGIN_FAILED)) == limit  # not audited
    clock.advance(timedelta(seconds=61))
    assert login(client, "mod@example.org").status_code == 303


def test_attempts_from_one_client_are_throttled_across_emails(
    client: Any, container: Container, clock: ManualClock, moderator: CreatedUser
) -> None:
    limit = container.settings.login_address_attempts_per_minute
    for n in range(limit):
        assert login(client, f"guess{n}@example.org", "not the password").status_code == 401
    assert login(client, "mod@example.org").status_code == 429
    clock.advance(timedelta(seconds=61))
    assert login(client, "mod@example.org").status_code == 303


def test_guessing_from_one_address_does_not_lock_the_owner_out(
    app: Any, container: Container, moderator: CreatedUser
) -> None:
    """The pair (account, address) is refused; the account itself only gets slower."""
    limit = container.settings.login_attempts_per_minute
    attacker = TestClient(app, client=("198.51.100.7", 50000))
    for _ in range(limit):
        assert login(attacker, "mod@example.org", "not the password at all").status_code == 401
    assert login(attacker, "mod@example.org", "not the password at all").status_code == 429
    owner = TestClient(app, client=("203.0.113.20", 50000))
    assert login(owner, "mod@example.org").status_code == 303


def test_success_resets_the_email_count(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    limit = container.settings.login_attempts_per_minute
    for _ in range(limit - 1):
        login(TestClient(client.app), "mod@example.org", "not the password at all")
    assert login(TestClient(client.app), "mod@example.org").status_code == 303
    # The client's own count (limit - 1 failures) still stands; the e-mail's was cleared.
    assert login(client, "mod@example.org").status_code == 303


# -- static files and error pages -------------------------------------------------------------
def test_static_files_are_served_without_sign_in(client: Any) -> None:
    css = client.get("/console/static/console.css")
    assert css.status_code == 200 and "text/css" in css.headers["content-type"]
    htmx = client.get("/console/static/vendor/htmx.min.js")
    assert htmx.status_code == 200 and "htmx" in htmx.text[:200]
    assert client.get("/console", follow_redirects=False).headers["location"] == "/console/"


def test_console_errors_are_html_pages(client: Any) -> None:
    response = client.get("/console/no-such-page")
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "There is no such page." in response.text


# -- HTTPS deployments ------------------------------------------------------------------------
@pytest.fixture
def https_client(tmp_path: Any, database_url: str, clock: ManualClock) -> Iterator[TestClient]:
    settings = Settings(
        data_dir=tmp_path / "https-data",
        database_url=database_url,
        scheduler_enabled=False,
        public_base_url="https://safeharbour.example",
    )
    container = build_container(settings, clock=clock)
    try:
        with TestClient(create_app(container), base_url="https://testserver") as client:
            yield client
    finally:
        container.close()


def test_under_https_cookies_are_secure_and_host_prefixed(
    https_client: TestClient, make_user: MakeUser
) -> None:
    make_user("tls@example.org", "moderator")
    page = https_client.get("/console/login")
    assert "secure" in set_cookies(page)["__Host-sh_csrf"]
    response = login(https_client, "tls@example.org")
    assert response.status_code == 303
    cookie = set_cookies(response)["__Host-sh_session"]
    assert "secure" in cookie and "httponly" in cookie and "path=/" in cookie
    assert "domain=" not in cookie
    assert https_client.get("/console/").status_code == 200
