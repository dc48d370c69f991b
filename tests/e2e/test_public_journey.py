"""A member of the public, keyboard only: report, receipt, reload, status, complaint, outcome.

Nobody here has an account. The person reports a post through the public form using only the
keyboard (the skip link first), gets the receipt as a page of its own (reloading it files
nothing), follows the status page, contests the moderators' decision not to act, and reads the
outcome of the complaint, with its reasons, on the same status page. The moderators' side goes
through the API, as their own browser tests cover their consoles.

Screenshots of every page at 1280 and 390 px go to `$SAFEHARBOUR_E2E_SHOTS` when set.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import func, select

from safeharbour.authz.keys import do_create_api_key
from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests.e2e.support import LiveServer
from tests.e2e.test_notice_and_action import seed_mirror
from tests.nta import no_action

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

SHOTS = "SAFEHARBOUR_E2E_SHOTS"


def shots(page: Page, name: str, tmp_path: Path) -> None:
    """The page as it looks at 1280 and at 390 px wide."""
    folder = Path(os.environ[SHOTS]) if os.environ.get(SHOTS) else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"public-{name}-1280.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=folder / f"public-{name}-390.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})


def tab_to(page: Page, name: str, *, limit: int = 40) -> None:
    """Press Tab until the control named `name` (its `name` attribute) has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement && document.activeElement.name") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def tab_to_link(page: Page, text: str, *, limit: int = 60) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => document.activeElement.tagName === 'A' ? document.activeElement.innerText : ''"
        )
        if text in focused:
            return
    raise AssertionError(f"Tab never reached the link {text!r}")


def staff_key(container: Container, role: str) -> dict[str, str]:
    created = run_in_unit(
        container.database, lambda unit: do_create_api_key(unit, role=role, actor=SYSTEM)
    )
    return {"Authorization": f"Bearer {created.secret}"}


def notices(container: Container) -> int:
    with container.database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Notice)) or 0)


def test_a_person_reports_follows_contests_and_reads_the_outcome_by_keyboard(
    page: Page,
    live_server: LiveServer,
    live_container: Container,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    seed_mirror(live_container)

    # The front door leads to the form; the first Tab is the skip link.
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to the content")).to_be_focused()
    tab_to_link(page, "Report content")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile("Report illegal"))).to_be_visible()
    shots(page, "form", tmp_path)

    # Sent empty: every problem beside its field, listed at the top, nothing filed.
    tab_to(page, "location")
    page.keyboard.press("Enter")
    expect(page.locator("#err-location")).to_be_visible()
    expect(page.locator(".error-summary")).to_contain_text("Please correct")
    assert notices(live_container) == 0
    shots(page, "form-errors", tmp_path)

    tab_to(page, "location_kind")
    page.keyboard.press("ArrowDown")  # "A post id"
    tab_to(page, "location")
    page.keyboard.type("post-1")
    tab_to(page, "category")
    page.keyboard.type("Illegal or harmful speech")
    tab_to(page, "explanation")
    page.keyboard.type("It calls for driving out a religious group by force.")
    tab_to(page, "name")
    page.keyboard.type("Robin Reporter")
    tab_to(page, "email")
    page.keyboard.type("reporter@example.org")
    tab_to(page, "good_faith")
    page.keyboard.press("Space")
    page.keyboard.press("Enter")

    # The receipt is a page of its own: reloading it files nothing.
    expect(page.get_by_role("heading", name="Report received")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/console/public/notices/receipt\?token="))
    expect(page.locator(".next-steps")).to_contain_text("review queue")
    shots(page, "receipt", tmp_path)
    page.reload()
    expect(page.get_by_role("heading", name="Report received")).to_be_visible()
    assert notices(live_container) == 1
    notice_id = page.locator("code.notice-id").inner_text()

    tab_to_link(page, "Follow this report")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=re.compile("Your report"))).to_contain_text("Received")
    expect(page.get_by_text("Decision due")).to_be_visible()
    status_url = page.url

    # Moderators decide not to act (through the API).
    moderator = staff_key(live_container, "moderator")
    with httpx.Client(base_url=live_server.url, timeout=30) as api:
        cases = api.get("/api/v1/cases", headers=moderator).json()
        [case] = cases["cases"]
        case_id = case["id"]
        assert api.post(f"/api/v1/cases/{case_id}/claim", headers=moderator).status_code == 200
        decided = api.post(f"/api/v1/cases/{case_id}/decision", json=no_action(), headers=moderator)
        assert decided.status_code == 201, decided.text

    page.goto(status_url)
    expect(page.locator(".decision-outcome")).to_contain_text("No action taken")
    expect(page.get_by_role("heading", name="If you disagree")).to_be_visible()
    shots(page, "status-decided", tmp_path)
    tab_to_link(page, "Contest this decision")
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", name="Contest a decision")).to_be_visible()
    tab_to(page, "explanation")
    page.keyboard.type("The post is a direct threat against a group; please look again.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # the e-mail field: Enter sends the form
    expect(page.get_by_role("heading", name="Complaint received")).to_be_visible()
    expect(page.locator(".next-steps")).not_to_contain_text("expected")
    shots(page, "complaint-receipt", tmp_path)
    page.reload()  # a reload reads; it never files a second complaint
    expect(page.get_by_role("heading", name="Complaint received")).to_be_visible()
    tab_to_link(page, "Follow your report")
    page.keyboard.press("Enter")
    expect(page.locator(".appeal-outcome")).to_contain_text("Being reviewed")
    expect(page.get_by_role("link", name="Contest this decision")).to_have_count(0)

    # Someone who did not take the decision decides the complaint (through the API).
    senior = staff_key(live_container, "senior_moderator")
    with httpx.Client(base_url=live_server.url, timeout=30) as api:
        [appeal] = api.get("/api/v1/appeals", headers=senior).json()["appeals"]
        reply = api.post(
            f"/api/v1/appeals/{appeal['id']}/decision",
            json={"outcome": "upheld", "reasoning": "The post quotes a speech to criticise it."},
            headers=senior,
        )
        assert reply.status_code == 200, reply.text

    page.reload()
    outcome = page.locator(".appeal-outcome")
    expect(outcome).to_contain_text("Decision upheld")
    expect(outcome).to_contain_text("The post quotes a speech to criticise it.")
    expect(page.locator("ol.story")).to_contain_text("your complaint was decided")
    # Still disagreeing: not a second complaint, but the out-of-court bodies and the courts.
    expect(page.get_by_role("link", name="Contest this decision")).to_have_count(0)
    expect(page.get_by_role("link", name=re.compile("certified bodies"))).to_be_visible()
    shots(page, "status-complaint-decided", tmp_path)
    assert notices(live_container) == 1
    uuid.UUID(notice_id)
    assert console_errors == []
