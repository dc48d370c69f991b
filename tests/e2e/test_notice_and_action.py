"""Notice and action in a real browser against the real server (issue 3's "done when").

A member of the public reports a post and gets a receipt; a moderator claims the case and
removes the post; the author reads the statement of reasons and appeals; a second moderator
reverses, which undoes the removal. And a four-eyes measure stays pending until someone other
than its proposer approves it.

The statement link the author receives (`PlatformAdapter.notify_user`, in the server's
process) carries a token derived from the installation secret: the test rebuilds it from the
server's data dir keys (`live_container`) and checks it is the link the console shows.
"""

from __future__ import annotations

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
from safeharbour.review import get_decision, list_appeals
from safeharbour.transparency.statements import statement_token
from tests import factories
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]
HATE = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
SCREENSHOTS = "SAFEHARBOUR_E2E_SCREENSHOTS"
"""Set to a directory to keep the walk's screenshots there for a look (else pytest's tmp)."""


def seed_mirror(container: Container, *, subscribers: int = 100) -> None:
    events = parse_events(
        [
            factories.account("acc-1"),
            factories.channel("chan-1", subscribers=subscribers, public=True),
            factories.post(
                "post-1",
                "Everyone of that faith should be driven out, by force.",
                media=[{"id": "m-1", "kind": "image", "mime": "image/jpeg", "sha256": "ab" * 32}],
            ),
        ],
        max_events=10,
    )
    run_in_unit(container.database, lambda unit: do_ingest_events(unit, events, actor=SYSTEM))


def notice_from_the_public(container: Container, item: str = "post-1") -> str:
    submission = parse_notice(
        {
            "location": {"kind": "post", "id": item},
            "category": HATE,
            "explanation": "The post calls for violence against a religious group.",
            "good_faith": True,
        }
    )
    receipt = run_in_unit(
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
    return receipt.id


def decision(container: Container, decision_id: str) -> dict[str, Any]:
    with container.database.reader() as session:
        found: dict[str, Any] = get_decision(session, uuid.UUID(decision_id))
        return found


def press(page: Page, *keys: str) -> None:
    """Type shortcut keys once the page's shortcut script is listening."""
    expect(page.locator("html[data-shortcuts=ready]")).to_be_attached()
    for key in keys:
        page.keyboard.press(key)


def shot(page: Page, name: str, tmp_path: Path) -> None:
    import os

    folder = Path(os.environ[SCREENSHOTS]) if os.environ.get(SCREENSHOTS) else tmp_path
    full_page_screenshot(page, folder / f"{name}.png")


def test_report_remove_statement_appeal_reverse(
    page: Page,
    new_page: Callable[[], Page],
    make_user: MakeUser,
    live_container: Container,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    seed_mirror(live_container)
    first = make_user("first@example.org", "moderator")
    second = make_user("second@example.org", "moderator")

    # 1. Anyone reports the post through the public form, without an account.
    page.goto("/console/public/notices/new")
    page.get_by_role("button", name="Send the report").click()
    expect(page.locator("#err-location")).to_be_visible()  # server-side, next to the field
    expect(page.locator("#err-category")).to_be_visible()
    page.locator("select[name=location_kind]").select_option("post")
    page.get_by_label("Link or id").fill("post-1")
    page.get_by_label("What kind of content is it?").select_option(HATE)
    page.get_by_label("Why is it illegal or against the rules?").fill(
        "It calls for driving out a religious group by force."
    )
    page.get_by_label(re.compile("in good faith")).check()
    shot(page, "notice-form", tmp_path)
    page.get_by_role("button", name="Send the report").click()
    expect(page.get_by_role("heading", name="Report received")).to_be_visible()
    notice_id = page.locator("code.notice-id").inner_text()
    uuid.UUID(notice_id)
    expect(page.locator(".next-steps")).to_contain_text("review queue")
    shot(page, "notice-receipt", tmp_path)
    page.get_by_role("link", name="Follow this report").click()
    expect(page.get_by_role("heading", name=re.compile("Your report"))).to_contain_text("Received")

    # 2. A moderator claims the case from the queue (HTMX) and removes the post by keyboard.
    mod = new_page()
    sign_in(mod, first, next_path="/console/moderator/")
    row = mod.locator("tr[data-case-row]").filter(has_text="post-1")
    expect(row).to_be_visible()
    expect(row.locator("time.sla")).to_contain_text("due in")
    shot(mod, "queue", tmp_path)
    press(mod, "j", "c")
    expect(row.locator(".badge", has_text="yours")).to_be_visible()
    row.get_by_role("link", name="open").click()
    expect(mod.get_by_role("heading", name=re.compile("post-1"))).to_be_visible()
    expect(mod.locator(".priority")).to_contain_text("reach")
    # Media is blurred and greyscaled until the moderator reveals it (click or `v`).
    media = mod.locator("figure.media")
    filtered = media.locator(".media-placeholder")
    expect(media).to_have_class(re.compile(r"\bveiled\b"))
    veil = filtered.evaluate("el => getComputedStyle(el).filter")
    assert "blur" in veil and "grayscale" in veil
    media.click()
    expect(media).to_have_class(re.compile(r"\brevealed\b"))
    mod.wait_for_function(
        "el => getComputedStyle(el).filter === 'none'", arg=filtered.element_handle()
    )
    press(mod, "v")
    expect(media).to_have_class(re.compile(r"\bveiled\b"))
    press(mod, "r")
    expect(mod.locator('input[name="measure"][value="remove_post"]')).to_be_checked()
    mod.get_by_label("Illegal (law cited)").check()
    mod.get_by_label(re.compile("Law or clause")).fill("§ 130 StGB")
    mod.get_by_label("Why it falls under it").fill(
        "Incitement to hatred against a religious group."
    )
    mod.get_by_label(re.compile("Facts and circumstances")).fill(
        "The post calls for driving out a religious group by force."
    )
    shot(mod, "case", tmp_path)
    mod.get_by_label(re.compile("Facts and circumstances")).press("Control+Enter")
    expect(mod.locator(".decision-status")).to_have_text("effective")
    expect(mod.locator("table.enforcement tr[data-kind='remove_post']")).to_contain_text("applied")
    shot(mod, "decision", tmp_path)
    decision_id = mod.url.rstrip("/").rsplit("/", 1)[1]

    # 3. The statement of reasons the author was sent (`notify_user`, in the server's process):
    # its link's token comes from the installation secret, which the test has too.
    link = mod.locator("a.statement-link")
    statement_id = uuid.UUID(link.get_attribute("data-statement") or "")
    [measure] = decision(live_container, decision_id)["actions"]
    assert measure["statement"]["id"] == str(statement_id) and measure["statement"]["delivered_at"]
    token = statement_token(live_container.nta.review.tokens, statement_id)
    href = f"/console/public/statements/{statement_id}?token={token}"
    link.click()  # the staff preview shows the same statement, without the secret link
    expect(mod.locator(".sor-decision")).to_have_text("removal of the post")
    assert token not in mod.content()
    author = new_page()
    author.goto(href)
    expect(author.get_by_role("heading", name=re.compile("Statement of reasons"))).to_be_visible()
    expect(author.locator(".sor-decision")).to_have_text("removal of the post")
    expect(author.locator(".sor-ground")).to_have_text("§ 130 StGB")
    for element in ("Facts and circumstances", "Automated means", "Ground", "How to contest it"):
        expect(author.get_by_role("heading", name=element)).to_be_visible()
    shot(author, "statement", tmp_path)

    # 4. The author appeals through the public form.
    author.get_by_role("link", name="Contest this decision").click()
    author.get_by_role("button", name="Send the complaint").click()
    expect(author.locator("#err-explanation")).to_be_visible()
    author.get_by_label("Why is the decision wrong?").fill(
        "It quoted a speech in order to criticise it."
    )
    author.get_by_role("button", name="Send the complaint").click()
    expect(author.get_by_role("heading", name="Complaint received")).to_be_visible()

    # The first moderator may not decide the appeal of their own decision.
    mod.goto("/console/moderator/appeals")
    mod.locator("a.case-link").first.click()
    expect(mod.get_by_role("status")).to_contain_text("someone else must decide")
    expect(mod.get_by_role("button", name=re.compile("Decide the appeal"))).to_be_disabled()

    # 5. A second moderator reverses; the removal is undone on the platform.
    other = new_page()
    sign_in(other, second, next_path="/console/moderator/appeals")
    other.locator("a.case-link").first.click()
    press(other, "x")
    expect(other.locator('input[name="outcome"][value="reversed"]')).to_be_checked()
    other.get_by_label(re.compile("Reasoning")).fill("Quoted to criticise it: not incitement.")
    shot(other, "appeal", tmp_path)
    other.get_by_role("button", name=re.compile("Decide the appeal")).click()
    expect(other.locator(".appeal-status")).to_have_text("decided: reversed")

    done = decision(live_container, decision_id)
    assert done["status"] == "reversed"
    assert all(a["reversed_at"] is not None for a in done["actions"])
    reversal = [e for e in done["enforcement"] if e["reverses"] is not None]
    assert reversal and all(e["status"] == "applied" for e in reversal)
    author.goto(href)
    expect(author.get_by_role("status")).to_contain_text("reversed")
    with live_container.database.reader() as session:
        [appeal] = list_appeals(session, status="decided", limit=10)
    assert appeal["outcome"] == "reversed" and appeal["decided_by"] != done["decided_by"]
    assert console_errors == []


def test_a_termination_waits_for_a_second_person(
    page: Page,
    new_page: Callable[[], Page],
    make_user: MakeUser,
    live_container: Container,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    seed_mirror(live_container)
    notice_from_the_public(live_container)
    proposer = make_user("lead@example.org", "senior_moderator", totp=True)
    approver = make_user("chief@example.org", "senior_moderator", totp=True)

    sign_in(page, proposer, next_path="/console/moderator/")
    page.locator("a.case-link").first.click()
    page.get_by_role("button", name=re.compile("^Claim")).click()
    expect(page.locator(".badge", has_text="your lease")).to_be_visible()
    press(page, "t")
    page.get_by_label("Terms (clause cited)").check()
    page.get_by_label(re.compile("Law or clause")).fill("ToS 4.2")
    page.get_by_label("Why it falls under it").fill("Repeated calls for violence.")
    page.get_by_label(re.compile("Facts and circumstances")).fill("Calls for violence.")
    page.get_by_role("button", name=re.compile("^Decide")).click()
    expect(page.locator(".decision-status")).to_have_text("pending approval")
    decision_id = page.url.rsplit("/", 1)[1]
    assert decision(live_container, decision_id)["status"] == "pending_approval"
    assert not [e for e in decision(live_container, decision_id)["enforcement"]]

    # The proposer cannot approve their own decision.
    page.goto("/console/moderator/approvals")
    row = page.locator(f"#approval-{decision_id}")
    row.get_by_role("button", name=re.compile("Approve")).click()
    expect(page.locator(f"#approval-{decision_id} [role=alert]")).to_be_visible()
    shot(page, "approvals-refused", tmp_path)
    assert decision(live_container, decision_id)["status"] == "pending_approval"

    # Someone else approves; the measure takes effect at once.
    other = new_page()
    sign_in(other, approver, next_path="/console/moderator/approvals")
    press(other, "a")
    expect(other.locator(f"#approval-{decision_id}")).to_contain_text("Effective")
    done = decision(live_container, decision_id)
    assert done["status"] == "effective" and done["approved_by"] != done["decided_by"]
    assert [e["status"] for e in done["enforcement"] if e["kind"] == "terminate_account"] == [
        "applied"
    ]

    # The shortcuts are documented on every page (`?`), and the flagger page renders.
    page.goto("/console/moderator/flaggers")
    expect(page.get_by_role("heading", name=re.compile("Trusted flaggers"))).to_be_visible()
    press(page, "?")
    expect(page.get_by_role("dialog")).to_contain_text("claim the selected case")
    shot(page, "shortcuts", tmp_path)
    assert console_errors == []
