"""Signing in to the console in a real browser, against the real server process."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from safeharbour.consoles.account import REFUSED
from tests.e2e.support import (
    ConsoleUser,
    fill_login_form,
    full_page_screenshot,
    sign_in,
    sign_out,
)

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]
LOGIN_URL = re.compile(r"/console/login(\?.*)?$")
HOME_URL = re.compile(r"/console/$")
# Where signing in lands when no particular page was asked for: the role's own work queue.
WORK_QUEUE = {
    "moderator": ("/console/moderator/", "Review queue"),
    "legal_officer": ("/console/legal/", "Legal requests"),
    "auditor": ("/console/audit/", "Audit log"),
}


def session_cookies(context: BrowserContext) -> list[str]:
    return [c["name"] for c in context.cookies() if c["name"].endswith("sh_session")]


def expect_home_of(page: Page, user: ConsoleUser) -> None:
    expect(page).to_have_url(HOME_URL)
    expect(page).to_have_title(re.compile(r"^Home · Safeharbour"))
    expect(page.get_by_role("heading", name="Signed in")).to_be_visible()
    facts = page.locator("dl.facts")
    expect(facts.locator("dt:text-is('E-mail') + dd")).to_have_text(user.email)
    expect(facts.locator("dt:text-is('Role') + dd")).to_have_text(user.role_label)
    expect(page.locator("header .account .who")).to_have_text(user.email)


def expect_work_queue_of(page: Page, user: ConsoleUser) -> None:
    """Signed in as `user`, on the work queue of the user's role."""
    path, heading = WORK_QUEUE[user.role]
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))
    expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible()
    expect(page.locator("header .account .who")).to_have_text(user.email)


def test_a_moderator_signs_in_sees_the_home_page_and_signs_out(
    page: Page,
    context: BrowserContext,
    make_user: MakeUser,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    user = make_user("mod@example.org", "moderator")

    # An unauthenticated visit to the console lands on the login form, remembering the page.
    page.goto("/console/")
    expect(page).to_have_url(re.compile(r"/console/login\?next=%2Fconsole%2F$"))
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    login_png = full_page_screenshot(page, tmp_path / "login.png")

    fill_login_form(page, user.email, user.password)
    page.get_by_role("button", name="Sign in").click()
    # The console's front page is no particular page: signing in goes on to the work queue.
    expect_work_queue_of(page, user)
    page.goto("/console/")
    expect_home_of(page, user)
    expect(page.get_by_role("listitem").filter(has_text="account:self:read")).to_be_visible()
    assert session_cookies(context) == ["sh_session"]
    home_png = full_page_screenshot(page, tmp_path / "home.png")
    assert login_png.stat().st_size > 0 and home_png.stat().st_size > 0

    sign_out(page)
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    assert session_cookies(context) == []
    # The session is closed on the server, not just forgotten by the browser.
    page.goto("/console/")
    expect(page).to_have_url(LOGIN_URL)

    # No CSP violation, failed load or script error on any page of the flow.
    assert console_errors == []


def test_a_wrong_password_shows_the_generic_error_and_opens_no_session(
    page: Page, context: BrowserContext, make_user: MakeUser
) -> None:
    user = make_user("mod@example.org", "moderator")
    page.goto("/console/login")
    fill_login_form(page, user.email, "not the password at all")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Sign in").click()
    assert posted.value.status == 401

    expect(page.get_by_role("alert")).to_have_text(REFUSED)
    expect(page).to_have_url(LOGIN_URL)
    # The address is kept for the next attempt; the password never is.
    expect(page.get_by_label("E-mail address")).to_have_value(user.email)
    expect(page.get_by_label("Password")).to_have_value("")
    assert session_cookies(context) == []

    # An unknown address gets exactly the same answer.
    fill_login_form(page, "nobody@example.org", user.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text(REFUSED)
    assert session_cookies(context) == []


def test_a_totp_user_made_with_the_cli_needs_the_code(
    page: Page, make_user: MakeUser, console_errors: list[str]
) -> None:
    user = make_user("legal@example.org", "legal_officer", totp=True, via_cli=True)
    assert user.totp_secret

    # The right password without the code, or with a wrong code, is refused the same way.
    page.goto("/console/login")
    fill_login_form(page, user.email, user.password)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text(REFUSED)
    fill_login_form(page, user.email, user.password, user.wrong_totp_code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_have_text(REFUSED)

    sign_in(page, user)  # computes the current code with pyotp
    expect_work_queue_of(page, user)
    sign_out(page)
    assert console_errors == []


def test_the_login_form_works_with_the_keyboard_alone(
    page: Page, make_user: MakeUser, console_errors: list[str]
) -> None:
    user = make_user("keys@example.org", "auditor")
    assert user.totp_secret  # an auditor's role always needs the second factor
    page.goto("/console/login")
    email = page.get_by_label("E-mail address")
    expect(email).to_be_focused()  # autofocus: typing can start at once

    page.keyboard.type(user.email)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Password")).to_be_focused()
    page.keyboard.type(user.password)
    page.keyboard.press("Tab")
    expect(page.get_by_label("Authenticator code")).to_be_focused()
    page.keyboard.type(user.totp_code())
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Sign in")).to_be_focused()
    page.keyboard.press("Enter")

    expect_work_queue_of(page, user)
    # Signing out is reachable from the keyboard too.
    page.get_by_role("button", name="Sign out").focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(LOGIN_URL)
    assert console_errors == []


def test_two_people_signed_in_at_once_each_see_their_own_session(
    page: Page, new_page: Callable[[], Page], make_user: MakeUser
) -> None:
    moderator = make_user("mod@example.org", "moderator")
    auditor = make_user("audit@example.org", "auditor")
    other = new_page()
    sign_in(page, moderator)
    sign_in(other, auditor)

    page.goto("/console/")
    other.goto("/console/")
    expect_home_of(page, moderator)
    expect_home_of(other, auditor)
    # Signing out in one browser leaves the other session open.
    sign_out(other)
    page.reload()
    expect_home_of(page, moderator)
    other.goto("/console/")
    expect(other).to_have_url(LOGIN_URL)
