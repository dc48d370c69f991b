"""In a real browser: a moderator quarantines a post's media by keyboard (`m`); each media item
is quarantined on the platform, the post's text stays. A text-only post is not offered it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.schemas import parse_events
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests import factories
from tests.e2e.support import ConsoleUser, sign_in
from tests.e2e.test_notice_and_action import notice_from_the_public, press

pytestmark = pytest.mark.e2e

IMAGES = [
    {"id": "m-1", "kind": "image", "mime": "image/jpeg", "sha256": "ab" * 32},
    {"id": "m-2", "kind": "image", "mime": "image/png", "sha256": "cd" * 32},
]


def seed(container: Container) -> None:
    events = parse_events(
        [
            factories.account("acc-1"),
            factories.channel("chan-1", subscribers=100, public=True),
            factories.post("post-1", "Look at this.", media=IMAGES),
            factories.post("post-2", "Just words."),
        ],
        max_events=10,
    )
    run_in_unit(container.database, lambda unit: do_ingest_events(unit, events, actor=SYSTEM))


def test_a_moderator_quarantines_the_media_of_a_post_by_keyboard(
    page: Page,
    make_user: Callable[..., ConsoleUser],
    live_container: Container,
    console_errors: list[str],
) -> None:
    seed(live_container)
    notice_from_the_public(live_container, "post-1")
    notice_from_the_public(live_container, "post-2")
    sign_in(page, make_user("mod@example.org", "moderator"), next_path="/console/moderator/")

    words = page.locator("tr[data-case-row]").filter(has_text="post-2")
    words.get_by_role("link", name=re.compile("post-2")).click()
    expect(page.get_by_role("heading", name=re.compile("post-2"))).to_be_visible()
    expect(page.locator('input[name="measure"][value="remove_post"]')).to_be_attached()
    expect(page.locator('input[name="measure"][value="quarantine_media"]')).to_have_count(0)

    page.go_back()
    row = page.locator("tr[data-case-row]").filter(has_text="post-1")
    row.get_by_role("button", name=re.compile("Claim")).click()
    expect(row.locator(".badge", has_text="yours")).to_be_visible()
    row.get_by_role("link", name=re.compile("post-1")).click()
    expect(page.get_by_role("heading", name=re.compile("post-1"))).to_be_visible()
    press(page, "m")
    expect(page.locator('input[name="measure"][value="quarantine_media"]')).to_be_checked()
    page.get_by_label("Terms (clause cited)").check()
    page.get_by_label(re.compile("Law or clause")).fill("ToS 3.1")
    page.get_by_label("Why it falls under it").fill("The images show graphic violence.")
    page.get_by_label(re.compile("Facts and circumstances")).fill(
        "Two attached images show graphic violence."
    )
    page.get_by_label(re.compile("Facts and circumstances")).press("Control+Enter")
    expect(page.locator(".decision-status")).to_have_text("effective")
    calls = page.locator("table.enforcement tr[data-kind='quarantine_media']")
    expect(calls).to_have_count(2)
    for index in range(len(IMAGES)):
        expect(calls.nth(index)).to_contain_text("applied")
    expect(calls.filter(has_text="m-1")).to_have_count(1)
    expect(calls.filter(has_text="m-2")).to_have_count(1)
    expect(page.locator("table.enforcement tr[data-kind='notify_user']")).to_contain_text("applied")
    assert console_errors == []
