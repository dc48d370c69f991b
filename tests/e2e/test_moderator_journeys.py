"""The moderator's and the senior moderator's main jobs, from sign-in to the durable effect,
in Chromium against the real server, with each dead end found in the consoles turned into a
working path:

- a notice that names only an address: the demo platform's `/p/<id>` resolves to the post; an
  address that resolves to nothing offers only "No action" until the moderator finds the item
  in the mirror and names it, then removes it;
- deciding without a ground says so in words beside the field and keeps what was typed;
- a case someone else holds shows who (a pseudonym, never an id) and `c` says why it cannot
  be claimed;
- priorities without scientific notation, deadlines in words, lists in pages with filters;
- sign-in lands on the role's queue; a page of another role says which role it is for;
- the senior moderator approves a termination (four-eyes) and decides an appeal.

Screenshots at 1280 and 390 px go to `$SAFEHARBOUR_E2E_SCREENSHOTS` when set.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import PUBLIC_NOTIFIER, NoticeSource, do_submit_notice
from safeharbour.intake.schemas import parse_events
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.review import get_decision
from safeharbour.review.lists import list_appeals_page
from safeharbour.transparency.statements import statement_token
from tests import factories
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]
HATE = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def seed_mirror(container: Container) -> None:
    events = parse_events(
        [
            factories.account("acc-1", display_name="Alice Example"),
            factories.account("acc-2"),
            factories.channel("chan-1", subscribers=100, public=True),
            factories.post("12345", "Everyone of that faith should be driven out, by force."),
            factories.post("555", "Buy followers now, cheap!", author_id="acc-2"),
            factories.post("post-1", "They should all be beaten."),
            factories.post("post-2", "Join us tonight with weapons.", author_id="acc-2"),
        ],
        max_events=20,
    )
    run_in_unit(container.database, lambda unit: do_ingest_events(unit, events, actor=SYSTEM))


def notice(container: Container, location: dict[str, str]) -> None:
    submission = parse_notice(
        {
            "location": location,
            "category": HATE,
            "explanation": "The post calls for violence against a religious group.",
            "good_faith": True,
        }
    )
    run_in_unit(
        container.database,
        lambda unit: do_submit_notice(
            unit,
            submission,
            source=NoticeSource(client_address="192.0.2.7"),
            policy=container.nta.notices,
            review=container.nta.review,
            idempotency_key=None,
            actor=PUBLIC_NOTIFIER,
        ),
    )


def decision(container: Container, decision_id: str) -> dict[str, Any]:
    with container.database.reader() as session:
        found: dict[str, Any] = get_decision(session, uuid.UUID(decision_id))
        return found


def press(page: Page, *keys: str) -> None:
    expect(page.locator("html[data-shortcuts=ready]")).to_be_attached()
    for key in keys:
        page.keyboard.press(key)


def shots(page: Page, name: str, tmp_path: Path) -> None:
    """The page at 1280 px and at 390 px (a phone), full length."""
    folder = Path(os.environ.get("SAFEHARBOUR_E2E_SCREENSHOTS") or tmp_path)
    full_page_screenshot(page, folder / f"{name}-1280.png")
    page.set_viewport_size({"width": 390, "height": 844})
    full_page_screenshot(page, folder / f"{name}-390.png")
    page.set_viewport_size({"width": 1280, "height": 800})


def no_raw_values(page: Page) -> None:
    """What a person reads: no UUID (but a statement of reasons' PUID, which is its name), no
    scientific notation, no ISO duration, no seconds fractions."""
    text = page.evaluate(
        """() => {
            const main = document.querySelector("main").cloneNode(true);
            main.querySelectorAll("a.statement-link").forEach((el) => el.remove());
            return main.innerText;
        }"""
    )
    assert not UUID_TEXT.search(text), UUID_TEXT.search(text)
    assert not re.search(r"\d\.\d+e[+-]\d", text), text
    assert not re.search(r"\bP(?:T\d|\d+[DWMY])", text), text
    assert not re.search(r"\d{2}:\d{2}:\d{2}\.\d", text), text


def test_moderator_decides_url_only_notices_and_sees_who_holds_a_case(
    page: Page,
    new_page: Callable[[], Page],
    make_user: MakeUser,
    live_container: Container,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    seed_mirror(live_container)
    notice(live_container, {"url": "https://chat.demo.example/p/12345"})
    notice(live_container, {"url": "https://links.example/share/xyz"})
    first = make_user("first@example.org", "moderator")
    second = make_user("second@example.org", "moderator")

    # Sign-in lands on the moderator's queue; the demo address resolved to post 12345.
    sign_in(page, first)
    expect(page).to_have_url(re.compile(r"/console/moderator/$"))
    resolved = page.locator("tr[data-case-row]").filter(has_text="12345")
    expect(resolved).to_contain_text("Post")
    expect(resolved.locator("time.sla")).to_contain_text("due in")
    no_raw_values(page)
    shots(page, "queue", tmp_path)

    # The address that names nothing: only "No action", until the item is found and named.
    page.locator("tr[data-case-row]").filter(has_text="Web address").locator("a.case-link").click()
    expect(page.locator(".find-item")).to_contain_text("No item on the platform matches")
    press(page, "c")
    expect(page.locator(".badge", has_text="your lease")).to_be_visible()
    measures = page.locator('input[name="measure"]')
    expect(measures).to_have_count(1)
    expect(page.locator('input[name="measure"][value="no_action"]')).to_be_attached()
    # By keyboard alone: type in the search field, Enter; Tab to the result, Enter.
    page.get_by_label("Find the item by id or address").focus()
    page.keyboard.type("555")
    page.keyboard.press("Enter")
    results = page.get_by_role("list", name="Items found")
    expect(results).to_contain_text("555")
    shots(page, "case-url-search", tmp_path)
    page.get_by_label("Find the item by id or address").focus()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Search")).to_be_focused()
    page.keyboard.press("Tab")
    chosen = results.get_by_role("link", name="This is the item")
    expect(chosen).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".find-item")).to_contain_text("You chose post 555")
    expect(page.locator('input[name="measure"][value="remove_post"]')).to_be_attached()
    expect(page.locator('input[name="measure"][value="suspend_account"]')).to_be_attached()
    expect(page.locator('input[name="measure"][value="quarantine_media"]')).to_have_count(0)

    # Deciding without a ground: the reason in words beside the field, the input kept.
    press(page, "r")
    facts = page.get_by_label(re.compile("Facts and circumstances"))
    facts.fill("An advert for bought followers, posted in reply to the report.")
    page.get_by_role("button", name=re.compile("^Decide")).click()
    expect(page.locator("#err-ground_kind")).to_contain_text("Choose the ground")
    expect(page.get_by_label(re.compile("Facts and circumstances"))).to_have_value(
        "An advert for bought followers, posted in reply to the report."
    )
    expect(page.locator('input[name="measure"][value="remove_post"]')).to_be_checked()
    assert "Input should be" not in page.content()
    shots(page, "case-url-error", tmp_path)
    page.get_by_label("Terms (clause cited)").check()
    page.get_by_label(re.compile("Law or clause")).fill("ToS 3.1")
    page.get_by_label("Why it falls under it").fill("Selling followers is spam.")
    page.get_by_role("button", name=re.compile("^Decide")).click()
    expect(page.locator(".decision-status")).to_have_text("effective")
    decision_id = page.url.rstrip("/").rsplit("/", 1)[1]
    [measure] = decision(live_container, decision_id)["actions"]
    assert measure["kind"] == "remove_post" and measure["target"] == {"kind": "post", "id": "555"}
    expect(page.locator("table.enforcement tr[data-kind='remove_post']")).to_contain_text("applied")
    no_raw_values(page)

    # A case someone else holds: who holds it (a pseudonym, never an id); `c` says why not.
    page.goto("/console/moderator/")
    resolved.locator("a.case-link").click()
    press(page, "c")
    expect(page.locator(".badge", has_text="your lease")).to_be_visible()
    case_url = page.url
    other = new_page()
    sign_in(other, second)
    other.goto(case_url)
    expect(other.locator(".case-main")).to_contain_text("Alice Example")  # the author's name
    held = other.locator(".lease .badge")
    expect(held).to_contain_text("held by")
    holder = held.inner_text()
    assert str(first.id) not in holder and "user:" not in holder
    expect(other.locator(".priority h2")).not_to_contain_text("e+")
    press(other, "c")
    status = other.locator("#shortcut-status")
    expect(status).to_be_visible()
    expect(status).to_contain_text("is working on this case")
    shots(other, "case-held", tmp_path)
    no_raw_values(other)

    # A page of another role says in words whom it is for.
    denied = other.goto("/console/legal/")
    assert denied is not None and denied.status == 403
    expect(other.locator("main")).to_contain_text("you are signed in as a moderator")

    # The notices, a page at a time, narrowed by who sent them.
    for i in range(28):
        notice(live_container, {"kind": "post", "id": f"bulk-{i}"})
    other.goto("/console/moderator/notices?limit=25")
    rows = other.locator("table.notices tbody tr")
    expect(rows).to_have_count(25)
    other.get_by_role("link", name=re.compile("Next")).click()
    expect(rows).to_have_count(5)
    expect(other.locator("table.notices")).to_contain_text("chat.demo.example/p/12345")
    other.get_by_role("link", name="First page").click()
    expect(rows).to_have_count(25)
    other.get_by_label("Sent by").select_option("trusted")
    other.get_by_role("button", name="Apply").click()
    expect(other.locator("table.notices")).to_contain_text("No notices match these filters")
    shots(other, "notices", tmp_path)
    assert console_errors == []


def test_senior_moderator_approves_a_termination_and_decides_an_appeal(
    page: Page,
    new_page: Callable[[], Page],
    make_user: MakeUser,
    live_container: Container,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    seed_mirror(live_container)
    notice(live_container, {"kind": "post", "id": "post-1"})
    notice(live_container, {"kind": "post", "id": "post-2"})
    moderator = make_user("mod@example.org", "moderator")
    senior = make_user("lead@example.org", "senior_moderator", totp=True)

    # A moderator removes post-1 (effective at once) and proposes terminating acc-2 (four-eyes).
    sign_in(page, moderator)
    page.locator("tr[data-case-row]").filter(has_text="post-1").locator("a.case-link").click()
    press(page, "c")
    expect(page.locator(".badge", has_text="your lease")).to_be_visible()
    press(page, "r")
    page.get_by_label("Illegal (law cited)").check()
    page.get_by_label(re.compile("Law or clause")).fill("§ 130 StGB")
    page.get_by_label("Why it falls under it").fill("Incitement to violence.")
    page.get_by_label(re.compile("Facts and circumstances")).fill("Calls for beatings.")
    page.get_by_role("button", name=re.compile("^Decide")).click()
    expect(page.locator(".decision-status")).to_have_text("effective")
    removal_id = page.url.rstrip("/").rsplit("/", 1)[1]
    page.goto("/console/moderator/")
    page.locator("tr[data-case-row]").filter(has_text="post-2").locator("a.case-link").click()
    press(page, "c")
    expect(page.locator(".badge", has_text="your lease")).to_be_visible()
    press(page, "t")
    page.get_by_label("Terms (clause cited)").check()
    page.get_by_label(re.compile("Law or clause")).fill("ToS 4.2")
    page.get_by_label("Why it falls under it").fill("Organising violence.")
    page.get_by_label(re.compile("Facts and circumstances")).fill("Calls to bring weapons.")
    page.get_by_role("button", name=re.compile("^Decide")).click()
    expect(page.locator(".decision-status")).to_have_text("pending approval")
    termination_id = page.url.rstrip("/").rsplit("/", 1)[1]

    # The author of post-1 appeals through the statement's link.
    [removal] = decision(live_container, removal_id)["actions"]
    statement_id = uuid.UUID(removal["statement"]["id"])
    token = statement_token(live_container.nta.review.tokens, statement_id)
    author = new_page()
    author.goto(f"/console/public/statements/{statement_id}?token={token}")
    author.get_by_role("link", name="Contest this decision").click()
    author.get_by_label("Why is the decision wrong?").fill("I was quoting a film.")
    author.get_by_role("button", name="Send the complaint").click()
    expect(author.get_by_role("heading", name="Complaint received")).to_be_visible()

    # The senior moderator signs in (second factor) and lands on the queue.
    lead = new_page()
    sign_in(lead, senior)
    expect(lead).to_have_url(re.compile(r"/console/moderator/$"))
    lead.get_by_role("link", name=re.compile("Awaiting approval")).click()
    row = lead.locator(f"#approval-{termination_id}")
    expect(row).to_contain_text("Terminate account")
    assert str(moderator.id) not in row.inner_text()
    no_raw_values(lead)
    shots(lead, "approvals", tmp_path)
    press(lead, "a")
    expect(row).to_contain_text("Effective")
    done = decision(live_container, termination_id)
    assert done["status"] == "effective" and done["approved_by"] == f"user:{senior.id}"
    assert [e["status"] for e in done["enforcement"] if e["kind"] == "terminate_account"] == [
        "applied"
    ]

    # ... and decides the appeal: upheld, with reasoning for the appellant.
    lead.get_by_role("link", name="Appeals").click()
    lead.locator("a.case-link").first.click()
    expect(
        lead.get_by_role("heading", name=re.compile("Appeal by the affected user"))
    ).to_be_visible()
    press(lead, "u")
    expect(lead.locator('input[name="outcome"][value="upheld"]')).to_be_checked()
    lead.get_by_label(re.compile("Reasoning")).fill("A call to beat people, not a film quote.")
    shots(lead, "appeal", tmp_path)
    lead.get_by_role("button", name=re.compile("Decide the appeal")).click()
    expect(lead.locator(".appeal-status")).to_have_text("decided: upheld")
    with live_container.database.reader() as session:
        [appeal] = list_appeals_page(session, status="decided", outcome="upheld").rows
    assert appeal["decided_by"] == f"user:{senior.id}"
    assert decision(live_container, removal_id)["status"] == "effective"

    # The decided appeal is found by its filters.
    lead.goto("/console/moderator/appeals")
    lead.get_by_label("Status").select_option("decided")
    lead.get_by_label("Outcome").select_option("upheld")
    lead.get_by_role("button", name="Apply").click()
    expect(lead.locator("table.queue tbody tr")).to_have_count(1)
    expect(lead.locator("table.queue")).to_contain_text("Decided: decision upheld")
    no_raw_values(lead)
    shots(lead, "appeals", tmp_path)
    assert console_errors == []
