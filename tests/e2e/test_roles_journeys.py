"""The trusted flagger, the auditor and the admin, each from sign-in to the durable effect,
in Chromium against the real server (SQLite and PostgreSQL).

- flagger: signs in, finds "Our notices" in the top bar, files a notice with the keyboard,
  sees it at once in the organisation's list with its deadline; the row is in the database
  with the flagger's priority;
- auditor: browses the audit log, filters it to one action, pages, verifies the chain and
  reads the result in words; is offered no form anywhere in the admin pages;
- admin: creates a user (who then signs in), creates an API key shown once (and usable),
  adds an agency, adds a trusted flagger; each is in the database afterwards.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

import httpx
import pytest
from playwright.sync_api import Page, expect
from sqlalchemy import select

from safeharbour.authz.models import ApiKey, User
from safeharbour.bootstrap import Container
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.intake.models import Notice, TrustedFlagger
from safeharbour.kit.db import SYSTEM, UnitOfWork
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.models import Agency
from tests.e2e.support import PASSWORD, ConsoleUser, LiveServer, sign_in, sign_out
from tests.e2e.test_notice_and_action import seed_mirror

pytestmark = pytest.mark.e2e


def test_a_trusted_flagger_files_a_notice_and_follows_it(
    page: Page,
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
) -> None:
    seed_mirror(live_container)
    flagger = run_in_unit(
        live_container.database,
        lambda unit: do_add_trusted_flagger(unit, name="Hotline e.V.", actor=SYSTEM),
    )
    user = make_user("staff@hotline.example", "trusted_flagger", flagger_id=flagger.id)
    sign_in(page, user)
    page.get_by_role("navigation", name="Consoles").get_by_role("link", name="Our notices").click()
    expect(page.get_by_role("heading", name="Notices from Hotline e.V.")).to_be_visible()
    expect(page.get_by_text("No notice of yours has been decided yet")).to_be_visible()
    page.get_by_role("link", name="File a notice").first.click()

    # Keyboard only, from the first field to the button.
    page.get_by_label("Type of location").focus()
    page.keyboard.press("End")  # the last kind offered: an account id
    page.get_by_label("Type of location").select_option("post")
    page.keyboard.press("Tab")
    page.keyboard.type("post-1")
    page.get_by_label("What kind of content is it?").select_option(
        "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
    )
    page.get_by_label("Why is it illegal or against the rules?").fill(
        "Calls for violence against a religious group."
    )
    page.get_by_label(re.compile("We are confident, in good faith")).check()
    page.get_by_role("button", name="File the notice").press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Your notice was filed")
    expect(page.get_by_text("Illegal or harmful speech").first).to_be_visible()
    page.get_by_role("link", name="← Our notices").click()
    rows = page.locator("table.notices tbody tr")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Post post-1")
    expect(rows.first).to_contain_text(re.compile(r"in \d+ (minutes|hours)"))

    with live_container.database.reader() as session:
        notices = list(session.scalars(select(Notice)))
    assert len(notices) == 1
    assert (
        notices[0].flagger_id == flagger.id and notices[0].source_type == "SOURCE_TRUSTED_FLAGGER"
    )
    assert console_errors == []


def test_the_auditor_browses_filters_and_verifies_the_audit_log(
    page: Page,
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
) -> None:
    def add_flaggers(unit: UnitOfWork) -> None:
        for n in range(60):  # more than one page of entries
            do_add_trusted_flagger(unit, name=f"Org {n}", actor=SYSTEM)

    run_in_unit(live_container.database, add_flaggers)
    auditor = make_user("audit@example.org", "auditor", totp=True)
    sign_in(page, auditor)
    page.get_by_role("navigation", name="Consoles").get_by_role("link", name="Audit log").click()
    expect(page.get_by_role("heading", name="Audit log", exact=True)).to_be_visible()
    entries = page.locator("[data-audit-entry]")
    expect(entries).to_have_count(50)
    page.get_by_role("link", name="Next →").click()
    expect(entries.first).to_be_visible()
    assert entries.count() >= 10

    page.get_by_label("Action").select_option("authz:flagger:created")
    page.get_by_role("button", name="Apply").click()
    expect(entries).to_have_count(50)
    for text in entries.locator("tr:first-child td:nth-child(4)").all_inner_texts():
        assert text.strip() == "authz:flagger:created"

    page.get_by_role("link", name="Verify the chain").click()
    expect(page.get_by_role("heading", name="The chain is intact")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("entries were checked just now")

    page.goto("/console/admin/users")
    assert page.locator("main form[method=post]").count() == 0
    assert console_errors == []


def test_an_admin_creates_a_user_a_key_an_agency_and_a_flagger(
    page: Page,
    new_page: Callable[[], Page],
    live_server: LiveServer,
    live_container: Container,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
) -> None:
    admin = make_user("admin@example.org", "admin", totp=True)
    sign_in(page, admin)
    nav = page.get_by_role("navigation", name="Consoles")
    expect(nav.get_by_role("link", name="Authority requests")).to_have_count(0)
    nav.get_by_role("link", name="Administration").click()

    # A user: refused without a password, kept input; then created, and they can sign in.
    page.get_by_label("E-mail address").fill("new.moderator@example.org")
    page.get_by_label("Role").select_option("moderator")
    page.get_by_role("button", name="Add the user").click()
    expect(page.locator("#err-password")).to_be_visible()
    expect(page.get_by_label("E-mail address")).to_have_value("new.moderator@example.org")
    page.get_by_label("First password").fill(PASSWORD)
    page.get_by_role("button", name="Add the user").click()
    expect(page.get_by_role("heading", name="User created")).to_be_visible()
    expect(page.get_by_role("row", name=re.compile("new.moderator@example.org"))).to_be_visible()
    other = new_page()
    sign_in(other, ConsoleUser(uuid.uuid4(), "new.moderator@example.org", PASSWORD, "moderator"))

    # A key, shown once; it works against the API; reloading shows it no more.
    page.get_by_role("navigation", name="Administration").get_by_role(
        "link", name="API keys"
    ).click()
    page.get_by_label("Role").select_option("platform")
    page.get_by_label("Label").fill("chat production")
    page.get_by_role("button", name="Create the key").click()
    secret = page.locator("[data-secret]").inner_text().strip()
    assert secret.startswith("shk_")
    me = httpx.get(
        live_server.url + "/api/v1/me", headers={"Authorization": f"Bearer {secret}"}, timeout=10
    )
    assert me.status_code == 200 and me.json()["role"] == "platform"
    page.reload()  # the browser re-sends the form: the same nonce shows the list, no secret
    expect(page.locator("[data-secret]")).to_have_count(0)
    expect(page.get_by_role("row", name=re.compile("chat production"))).to_have_count(1)

    # An agency, then a change to it.
    page.get_by_role("navigation", name="Administration").get_by_role(
        "link", name="Agencies"
    ).click()
    page.get_by_label("Name").fill("Bundeskriminalamt")
    page.get_by_label("Country").fill("DE")
    page.get_by_label("Kind").select_option("police")
    page.get_by_label("Official e-mail domains").fill("bka.example")
    page.get_by_role("button", name="Add the agency").click()
    expect(page.get_by_role("status")).to_contain_text("Agency added")
    page.get_by_label("Kind").select_option("prosecutor")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_role("status")).to_contain_text("Changes saved")

    # A trusted flagger.
    page.get_by_role("navigation", name="Administration").get_by_role(
        "link", name="Trusted flaggers"
    ).click()
    page.get_by_label("Organisation's name").fill("Hotline e.V.")
    page.get_by_role("button", name="Add the trusted flagger").click()
    expect(page.get_by_role("row", name=re.compile("Hotline e.V."))).to_contain_text("Active")

    with live_container.database.reader() as session:
        assert session.scalar(select(User).where(User.email == "new.moderator@example.org"))
        assert session.scalar(select(ApiKey).where(ApiKey.label == "chat production"))
        agency = session.scalar(select(Agency).where(Agency.name == "Bundeskriminalamt"))
        assert agency is not None and agency.kind == "prosecutor"
        assert session.scalar(select(TrustedFlagger).where(TrustedFlagger.name == "Hotline e.V."))
    sign_out(page)
    assert console_errors == []
