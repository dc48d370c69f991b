"""The legal queue lists an emergency disclosure released before the human-rights review until
the review after the fact is recorded, readable at desktop and phone widths, by keyboard."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.gateway import (
    do_answer_legal_request,
    do_record_callback,
    do_submit_legal_request,
)
from safeharbour.legal.gateway.schemas import Verification, parse_submission
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in

pytestmark = pytest.mark.e2e

SHOTS = (
    Path(os.environ.get("SAFEHARBOUR_SHOTS", "")) if os.environ.get("SAFEHARBOUR_SHOTS") else None
)


def test_an_emergency_disclosure_waits_on_the_queue_for_its_review_after_the_fact(
    new_page: Callable[[], Page],
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    container = live_container
    agency = run_in_unit(
        container.database,
        lambda unit: do_add_agency(
            unit,
            name="Egyptian police",
            country="EG",
            kind="police",
            domains=["police.example.eg"],
            callback_phone="+20 2 2792 0000",
            cipher=container.keys.cipher,
            actor=SYSTEM,
        ),
    )
    body = {
        "type": "emergency_disclosure",
        "urgency": "emergency",
        "threat_to_life": True,
        "statement": "A user announced a killing for tonight.",
        "targets": [{"kind": "account", "id": "acc-5"}],
        "data_requested": ["subscriber_info", "ip_addresses"],
    }
    receipt = run_in_unit(
        container.database,
        lambda unit: do_submit_legal_request(
            unit,
            parse_submission(body),
            agency_id=agency.id,
            verification=Verification.API_KEY,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=container.keys.cipher,
            status_secret=container.keys.secret_key,
            actor=SYSTEM,
        ),
    )
    rid = receipt.request_id
    run_in_unit(
        container.database,
        lambda unit: do_record_callback(
            unit, rid, outcome="confirmed", cipher=container.keys.cipher, actor=SYSTEM
        ),
    )
    run_in_unit(
        container.database,
        lambda unit: do_answer_legal_request(
            unit,
            rid,
            answer="partially_complied",
            what_and_why="Subscriber information released to avert the threat to life.",
            followed_proposal=True,
            actor=SYSTEM,
        ),
    )

    counsel = make_user("counsel@example.org", "legal_officer", totp=True)
    legal = new_page()
    sign_in(legal, counsel)
    legal.goto("/console/legal/")
    section = legal.locator("section", has=legal.locator("#after-review"))
    link = section.get_by_role("link")
    expect(link).to_have_count(1)
    expect(section).to_contain_text("Egyptian police (EG)")
    expect(section).to_contain_text("partially complied")

    out = SHOTS or tmp_path
    legal.set_viewport_size({"width": 1280, "height": 900})
    full_page_screenshot(legal, out / "legal-after-review-1280.png")
    legal.set_viewport_size({"width": 390, "height": 844})
    full_page_screenshot(legal, out / "legal-after-review-390.png")
    assert legal.evaluate("document.documentElement.scrollWidth") <= 390

    # by keyboard: to the request, record the review, and it leaves the list
    link.focus()
    legal.keyboard.press("Enter")
    legal.wait_for_url(f"**/console/legal/requests/{rid}")
    note = legal.get_by_label("Note")
    note.focus()
    legal.keyboard.type("Reviewed: necessary and proportionate.")
    legal.keyboard.press("Enter")
    expect(legal.get_by_role("heading", name="Review after the fact")).to_be_hidden()
    legal.goto("/console/legal/")
    expect(section).to_contain_text("No emergency disclosure waits for its review.")
    assert console_errors == []
