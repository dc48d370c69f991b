"""Authority officers and legal officers finish their work in the browser, keyboard first.

- An authority officer sends an information order from the console without naming the data;
  the legal officer sends it back for exactly that; the officer adds it with the supplement
  form, and the request is assessed again with the data named (stored, durable).
- A legal officer refuses a removal order on grounds of their own (a policy rule with its
  sentence and a sentence of their own), after the form came back with an error and kept
  everything typed; another order is complied with in part, saying what and why.

Screenshots at 1280 and 390 px go to `$SAFEHARBOUR_E2E_SHOTS` when set.
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
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.gateway import LegalRequest
from tests.e2e.support import ConsoleUser, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

MakeUser = Callable[..., ConsoleUser]
SHOTS = "SAFEHARBOUR_E2E_SHOTS"


def shots(page: Page, name: str, tmp_path: Path) -> None:
    folder = Path(os.environ[SHOTS]) if os.environ.get(SHOTS) else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / f"{name}-1280.png", full_page=True)
    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=folder / f"{name}-390.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})


def agency_and_people(
    container: Container, make_user: MakeUser
) -> tuple[Any, ConsoleUser, ConsoleUser]:
    agency = run_in_unit(
        container.database,
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
    return agency, authority, counsel


def send_request(page: Page, *, kind: str, instrument: str, targets: str, **more: str) -> str:
    """Fill the new-request form with the keyboard where it matters; returns the request id."""
    page.goto("/console/authority/new")
    page.get_by_role("radio", name=re.compile(rf"^{kind}")).check()
    page.get_by_label("Legal instrument").select_option(instrument)
    page.get_by_role("textbox", name=re.compile(r"^Legal basis")).fill(more.get("basis", "§ 1"))
    page.get_by_role("textbox", name=re.compile(r"^Targets")).fill(targets)
    for data in more.get("data", "").split():
        page.locator(f"input[name=data_requested][value={data}]").check()
    statement = page.get_by_role("textbox", name=re.compile(r"^Statement"))
    statement.fill(more.get("statement", "What we ask and why."))
    statement.press("Tab")
    page.keyboard.press("Enter")  # keyboard: the focus is on a control of the form
    expect(page.get_by_role("heading", name="Receipt")).to_be_visible()
    return page.locator("dt:text-is('Request id') + dd").inner_text().strip()


def test_an_information_order_is_completed_with_the_data_asked_for(
    page: Page,
    new_page: Callable[[], Page],
    live_container: Container,
    make_user: MakeUser,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    _, authority, counsel = agency_and_people(live_container, make_user)
    sign_in(page, authority)
    page.goto("/console/authority/new")
    expect(page.locator("#needs-information_order")).to_contain_text("the data you ask for")
    shots(page, "authority-new", tmp_path)
    request_id = send_request(
        page,
        kind="Information order",
        instrument="dsa_art10",
        targets="account:acc-77",
        statement="Who runs this account?",
    )
    expect(page.get_by_role("heading", name="What happens next")).to_be_visible()
    expect(page.locator("dt:text-is('Answer due') + dd")).not_to_contain_text("PT")
    shots(page, "authority-receipt", tmp_path)

    # The legal officer follows the proposal: more information, exactly the data wanted.
    legal = new_page()
    sign_in(legal, counsel)
    legal.goto(f"/console/legal/requests/{request_id}")
    expect(legal.locator(".proposal")).to_contain_text("the specific data wanted")
    form = legal.locator("#answer-form")
    expect(form.get_by_label("Need more information: say exactly what is missing")).to_be_checked()
    form.get_by_role("button", name="Send the answer").click()
    expect(legal.locator(".answer")).to_contain_text("need more info")

    # The authority adds the data with the supplement form.
    page.goto(f"/console/authority/requests/{request_id}")
    expect(page.locator(".final-answer")).to_contain_text("the specific data wanted")
    page.locator("input[name=data_requested][value=subscriber_info]").check()
    what = page.get_by_role("textbox", name=re.compile(r"^What you add"))
    what.fill("The subscriber information of the account.")
    page.get_by_role("button", name="Send the supplement").click()
    expect(page.get_by_role("heading", name=re.compile("Request"))).to_be_visible()
    shots(page, "authority-request", tmp_path)
    with live_container.database.reader() as session:
        stored = session.get(LegalRequest, uuid.UUID(request_id))
        assert stored is not None and stored.data_requested == ["subscriber_info"]
    legal.reload()
    expect(legal.locator(".proposal")).not_to_contain_text("the specific data wanted")
    assert console_errors == []


def test_a_legal_officer_refuses_on_own_grounds_and_complies_in_part(
    page: Page,
    new_page: Callable[[], Page],
    live_container: Container,
    make_user: MakeUser,
    console_errors: list[str],
    tmp_path: Path,
) -> None:
    _, authority, counsel = agency_and_people(live_container, make_user)
    sign_in(page, authority)
    first = send_request(
        page, kind="Removal order", instrument="dsa_art9", targets="post:post-a", basis="§ 130 StGB"
    )
    second = send_request(
        page, kind="Removal order", instrument="dsa_art9", targets="post:post-b", basis="§ 130 StGB"
    )

    legal = new_page()
    sign_in(legal, counsel)
    legal.goto(f"/console/legal/requests/{first}")
    form = legal.locator("#answer-form")
    form.get_by_label("Refused, with the grounds").check()
    form.get_by_label("Decide otherwise: give the grounds and say why").check()
    form.get_by_text(re.compile("The other rules of the policy")).click()
    form.locator("input[name=rules][value=R-PROTECTED-EXPRESSION]").check()
    own = "The post reports on a trial; the order does not reach news reporting."
    form.get_by_role("textbox", name=re.compile(r"^Grounds of your own")).fill(own)
    form.get_by_role("button", name="Send the answer").click()
    # No reason for deciding otherwise: the form comes back, everything kept, the error beside.
    expect(legal.locator("#err-override_reason")).to_be_visible()
    expect(legal.locator(".error-summary")).to_contain_text("Why you decide otherwise")
    form = legal.locator("#answer-form")
    expect(form.get_by_label("Refused, with the grounds")).to_be_checked()
    expect(form.get_by_role("textbox", name=re.compile(r"^Grounds of your own"))).to_have_value(own)
    shots(legal, "legal-answer-error", tmp_path)
    reason = form.get_by_role("textbox", name=re.compile(r"^Why you decide otherwise"))
    reason.fill("News reporting on a trial is protected expression.")
    reason.press("Tab")
    form.get_by_role("button", name="Send the answer").press("Enter")
    expect(legal.locator(".answer")).to_contain_text("refused")
    shots(legal, "legal-answered", tmp_path)

    # The authority reads the refusal with the rule, its sentence and the officer's own words.
    page.goto(f"/console/authority/requests/{first}")
    final = page.locator(".final-answer")
    expect(final).to_contain_text("R-PROTECTED-EXPRESSION")
    expect(final).to_contain_text(own)

    # Partial compliance: what was done and why.
    legal.goto(f"/console/legal/requests/{second}")
    form = legal.locator("#answer-form")
    form.get_by_label("Partly complied: we do some of it, and say what and why").check()
    form.get_by_label("Decide otherwise: give the grounds and say why").check()
    form.get_by_label("Where does it apply?").select_option("requesting_country")
    form.locator("input[name=rules][value=R-LOCAL-LAW-GEO]").check()
    form.get_by_role("textbox", name=re.compile(r"^What was done and why")).fill(
        "Withheld in Germany only; the post is lawful elsewhere."
    )
    form.get_by_role("textbox", name=re.compile(r"^Why you decide otherwise")).fill(
        "Only part of the order is lawful."
    )
    form.get_by_role("button", name="Send the answer").click()
    expect(legal.locator(".answer")).to_contain_text("partially complied")
    with live_container.database.reader() as session:
        for rid in (first, second):
            stored = session.get(LegalRequest, uuid.UUID(rid))
            assert stored is not None and stored.status == "answered"
    assert console_errors == []
