"""The authority gateway in a real browser: an authority submits, a legal officer answers, the
authority sees the final answer and the time the order was carried out."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Page, expect

from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from tests.e2e.support import ConsoleUser, fill_login_form, sign_in

pytestmark = pytest.mark.e2e

MakeUser = Callable[..., ConsoleUser]


def test_an_authority_submits_a_removal_order_and_sees_the_answer_and_its_effect(
    page: Page,
    new_page: Callable[[], Page],
    live_container: Container,
    make_user: MakeUser,
    console_errors: list[str],
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
    authority = make_user("officer@bka.example.de", "authority", totp=True, agency_id=agency.id)
    counsel = make_user("counsel@example.org", "legal_officer", totp=True)

    # Discovery: the public page leads to the console, which asks for a TOTP sign-in.
    page.goto("/for-authorities")
    expect(page.get_by_role("heading", name="For authorities", exact=True)).to_be_visible()
    page.get_by_role("link", name="Officers: sign in to the authority console").click()
    expect(page).to_have_url(re.compile(r"/console/login\?next="))
    fill_login_form(page, authority.email, authority.password, authority.totp_code())
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your agency's requests")).to_be_visible()

    # Submit a removal order and get the receipt at once.
    page.get_by_role("link", name="Submit a new request").click()
    page.get_by_role("radio", name=re.compile(r"^Removal order")).check()
    page.get_by_label("Your reference").fill("BKA-E2E-1")
    page.get_by_label("Legal instrument").select_option("dsa_art9")
    page.get_by_role("textbox", name=re.compile(r"^Legal basis")).fill("§ 130 StGB; DSA Art. 9")
    page.get_by_role("textbox", name=re.compile(r"^Targets")).fill("post:post-e2e")
    page.get_by_role("textbox", name=re.compile(r"^Statement")).fill(
        "The post incites violence against a named group."
    )
    page.get_by_role("button", name="Send the request").click()
    expect(page.get_by_role("heading", name="Receipt")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Your request was received and stored.")
    receipt = page.locator("dl.receipt")
    expect(receipt.locator("dt:text-is('Status') + dd")).to_have_text("Acknowledged")
    expect(receipt.locator("dt:text-is('Verification') + dd")).to_have_text(
        "Signed in with a second factor"
    )
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    request_id = receipt.locator("dt:text-is('Request id') + dd").inner_text().strip()

    # A legal officer answers in the legal console (a second code step: TOTP replay guard).
    legal = new_page()
    sign_in(legal, counsel)
    legal.goto("/console/legal/")
    legal.locator(f"a[href$='/legal/requests/{request_id}']").click()
    expect(legal.locator(".proposal")).to_contain_text("R-LOCAL-LAW-GEO")
    form = legal.locator("#answer-form")
    form.get_by_label("Complied: we do what the request asks").check()
    form.get_by_label("Where does it apply?").select_option("global")
    form.get_by_label("Decide otherwise: give the grounds and say why").check()
    form.get_by_label("Why you decide otherwise").fill(
        "The incitement is unlawful in every market."
    )
    form.get_by_role("button", name="Send the answer").click()
    expect(legal.locator(".answer")).to_contain_text("complied")
    expect(legal.locator("dd.effect")).to_be_visible()

    # The authority sees the final answer and when the order was carried out.
    page.get_by_role("link", name="Follow this request").click()
    final = page.locator(".final-answer")
    expect(final.locator("dd.answer")).to_have_text("complied")
    effect = page.get_by_test_id("effect-given")
    expect(effect).to_contain_text("Carried out at")
    stamp = effect.locator("time").get_attribute("datetime")
    assert stamp is not None
    given = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    assert abs(datetime.now(UTC) - given) < timedelta(minutes=5)
    expect(page.locator(".timeline")).to_contain_text("effect given")
    assert console_errors == []
