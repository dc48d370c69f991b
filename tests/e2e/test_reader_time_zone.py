"""A moderator chooses their time zone on the account page, in a real browser, with the keyboard
alone, at desktop and phone widths; the page then shows its times in that zone."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]


def test_a_moderator_chooses_berlin_with_the_keyboard(
    page: Page,
    live_container: Container,
    make_user: MakeUser,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    moderator = make_user("mod@example.org", "moderator")
    sign_in(page, moderator)
    page.goto("/console/")
    zone = page.get_by_label("Time zone", exact=True)
    expect(zone).to_have_value("UTC")
    session_ends = page.locator("dd time").first
    expect(session_ends).to_contain_text("UTC")

    zone.focus()
    zone.select_option("Europe/Berlin")  # what typing "Europe/B" in the focused list does
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Save time zone")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/console/\?saved=time_zone$"))
    expect(page.get_by_role("status")).to_contain_text("now shown in Europe/Berlin")
    expect(page.get_by_label("Time zone", exact=True)).to_have_value("Europe/Berlin")
    expect(session_ends).to_contain_text(re.compile(r"CET|CEST"))

    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        full_page_screenshot(page, tmp_path / f"account-{width}.png")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"the account page is {scroll_width} px wide at {width} px"
    page.reload()  # a reload only reads: nothing is sent again
    expect(page.get_by_label("Time zone", exact=True)).to_have_value("Europe/Berlin")
    assert console_errors == []
