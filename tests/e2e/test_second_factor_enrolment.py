"""An officer created before second factors were mandatory is led through enrolment at the
next sign-in, in a real browser, with the keyboard alone, at desktop and phone widths."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import Page, expect

from safeharbour.authz.models import User
from safeharbour.bootstrap import Container
from tests.e2e.support import ConsoleUser, fill_login_form, full_page_screenshot

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]
ENROL_URL = re.compile(r"/console/account/second-factor$")


def _officer_from_before(live_container: Container, make_user: MakeUser) -> ConsoleUser:
    officer = make_user("old-officer@example.org", "legal_officer")
    with live_container.database.uow() as unit:
        user = unit.session.get(User, officer.id)
        assert user is not None
        user.totp_required = False
        user.totp_secret_encrypted = None
        unit.commit()
    return officer


def test_an_officer_without_a_second_factor_enrols_at_sign_in(
    page: Page,
    live_container: Container,
    make_user: MakeUser,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    officer = _officer_from_before(live_container, make_user)
    page.goto("/console/login")
    fill_login_form(page, officer.email, officer.password)
    page.keyboard.press("Enter")
    expect(page).to_have_url(ENROL_URL)
    expect(page.get_by_role("heading", name="Set up your second factor")).to_be_visible()
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        full_page_screenshot(page, tmp_path / f"enrol-{width}.png")

    # Nothing else opens before enrolment.
    page.goto("/console/legal/")
    expect(page).to_have_url(ENROL_URL)
    uri = page.locator("code.uri").inner_text()
    secret = pyotp.parse_uri(uri).secret
    shown_key = page.get_by_label("setup key").inner_text().replace(" ", "")
    assert shown_key == secret

    # The code field has the focus: type, Enter. A wrong code says so and keeps the same key.
    page.keyboard.type("000000")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text("does not match")
    assert pyotp.parse_uri(page.locator("code.uri").inner_text()).secret == secret
    page.get_by_label("Code the app shows now").fill(pyotp.TOTP(secret).now())
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(ENROL_URL)
    page.goto("/console/legal/")
    expect(page).to_have_url(re.compile(r"/console/legal/$"))
    assert console_errors == []
