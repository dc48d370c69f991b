"""The legal console shows one answer per target: a request whose targets differ in standing is
`partial`, and each target's disposition, what it waits for and why are on the request page,
readable at desktop and phone widths."""

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
from safeharbour.legal.gateway import do_submit_legal_request
from safeharbour.legal.gateway.schemas import Verification, parse_submission
from tests.e2e.support import ConsoleUser, full_page_screenshot, sign_in

pytestmark = pytest.mark.e2e

SHOTS = (
    Path(os.environ.get("SAFEHARBOUR_SHOTS", "")) if os.environ.get("SAFEHARBOUR_SHOTS") else None
)


def test_the_legal_console_shows_each_targets_own_disposition(
    new_page: Callable[[], Page],
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    agency = run_in_unit(
        live_container.database,
        lambda unit: do_add_agency(
            unit,
            name="Bundeskriminalamt",
            country="DE",
            kind="police",
            domains=["bka.example.de"],
            actor=SYSTEM,
        ),
    )
    counsel = make_user("counsel@example.org", "legal_officer", totp=True)
    body = {
        "type": "removal_order",
        "reference": "BKA-E2E-2",
        "legal_instrument": "dsa_art9",
        "legal_basis": "§ 185 StGB; DSA Art. 9",
        "statement": "The post insults a named official.",
        "targets": [{"kind": "post", "id": "post-insult"}, {"kind": "post", "id": "all"}],
    }
    receipt = run_in_unit(
        live_container.database,
        lambda unit: do_submit_legal_request(
            unit,
            parse_submission(body),
            agency_id=agency.id,
            verification=Verification.CONSOLE_TOTP,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=live_container.keys.cipher,
            status_secret=live_container.keys.secret_key,
            actor=SYSTEM,
        ),
    )
    request_id = str(receipt.request_id)

    legal = new_page()
    sign_in(legal, counsel)
    legal.goto(f"/console/legal/requests/{request_id}")
    proposal = legal.locator(".proposal")
    expect(proposal.locator("p .disposition")).to_have_text("partial")
    table = proposal.get_by_role("table")
    insult = table.get_by_role("row", name="post post-insult")
    expect(insult).to_contain_text("geo restrict")
    expect(insult).to_contain_text("restrict · requesting country")
    vague = table.get_by_role("row", name="post all")
    expect(vague).to_contain_text("need more info")
    expect(vague).to_contain_text("targets.1.id")
    # the rules and rows are folded; keyboard opens them
    summary = vague.get_by_text("Rules and rows read")
    summary.focus()
    legal.keyboard.press("Enter")
    expect(vague).to_contain_text("R-TARGETS-SPECIFIC")
    expect(insult.get_by_text("reads competence.yaml C-EU-DSA9")).to_be_hidden()

    out = SHOTS or tmp_path
    legal.set_viewport_size({"width": 1280, "height": 900})
    full_page_screenshot(legal, out / "legal-per-target-1280.png")
    legal.set_viewport_size({"width": 390, "height": 844})
    full_page_screenshot(legal, out / "legal-per-target-390.png")
    width = legal.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page must not scroll sideways on a phone"
    assert console_errors == []
