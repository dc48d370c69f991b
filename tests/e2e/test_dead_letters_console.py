"""The dead-letter list in the moderator console (issue 7): a platform receiver that fails
three times lands the removal in the list with its last error; a senior moderator's "Retry"
re-sends it once, and the adapter's health is on the same page.

The platform is the signed webhook adapter of the real server process, talking to the
reference receiver on a thread of the test process (told to answer 503 three times)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator

import httpx
import pytest
from playwright.sync_api import Page, expect

from safeharbour.authz.keys import do_create_api_key
from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests.e2e.support import ConsoleUser, LiveServer, sign_in
from tests.e2e.test_notice_and_action import notice_from_the_public, seed_mirror
from tests.nta import removal

pytestmark = pytest.mark.e2e

SECRET = "dead-letter-console-secret"


@pytest.fixture
def receiver() -> Iterator[ReferenceReceiver]:
    running = ReferenceReceiver(SECRET, fail=3).start()
    yield running
    running.stop()


@pytest.fixture
def live_server_env(receiver: ReferenceReceiver) -> dict[str, str]:
    return {
        "SAFEHARBOUR_WEBHOOK_URL": receiver.url,
        "SAFEHARBOUR_WEBHOOK_SECRET": SECRET,
        "SAFEHARBOUR_WEBHOOK_BACKOFF_SECONDS": "[0.01, 0.01]",
    }


def decide_removal_through_the_api(server: LiveServer, container: Container) -> None:
    key = run_in_unit(
        container.database,
        lambda unit: do_create_api_key(unit, role="senior_moderator", label="e2e", actor=SYSTEM),
    ).secret
    notice_id = notice_from_the_public(container)
    with container.database.reader() as session:
        notice = session.get(Notice, uuid.UUID(notice_id))
        assert notice is not None and notice.case_id is not None
        case_id = notice.case_id
    with httpx.Client(
        base_url=server.url + "/api/v1", headers={"Authorization": f"Bearer {key}"}, timeout=30
    ) as api:
        api.post(f"/cases/{case_id}/claim").raise_for_status()
        decided = api.post(f"/cases/{case_id}/decision", json=removal())
        assert decided.status_code == 201, decided.text


def test_a_dead_lettered_removal_is_retried_once_from_the_console(
    page: Page,
    live_server: LiveServer,
    live_container: Container,
    receiver: ReferenceReceiver,
    make_user: Callable[..., ConsoleUser],
    console_errors: list[str],
) -> None:
    seed_mirror(live_container)
    decide_removal_through_the_api(live_server, live_container)
    assert receiver.state.requests == 3 and not receiver.state.applied

    lead = make_user("lead@example.org", "senior_moderator", totp=True)
    sign_in(page, lead, next_path="/console/moderator/platform")
    expect(page.locator("[data-health] dd[data-connected]")).to_have_text("no")
    rows = page.locator("[data-dead-letters] tbody tr[data-action]")
    expect(rows).to_have_count(1)
    row = rows.first
    expect(row).to_contain_text("remove_post")
    expect(row.locator("td.detail")).to_contain_text("3 attempts failed")
    expect(page.get_by_role("alert")).to_contain_text("1 platform call(s) failed")
    action_id = row.get_attribute("data-action")

    row.get_by_role("button", name="Retry").click()
    expect(page.get_by_role("status")).to_contain_text("re-sent")
    expect(page.locator("[data-dead-letters] tbody")).to_contain_text("No failed platform calls")
    expect(page.locator("[data-health] dd[data-connected]")).to_have_text("yes")
    # Applied once: three refused attempts, then the one re-send.
    assert receiver.state.requests == 4
    assert list(receiver.state.applied) == [action_id]
    assert console_errors == []
