"""Dates in the reader's time zone: a staff user chooses a zone on the account page, and every
console page shows its dates and times in it (UTC until they choose)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import User
from safeharbour.authz.users import CreatedUser, do_create_user, do_set_user_time_zone
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM, Actor
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.transactions import run_in_unit
from tests.authz.conftest import audit_entries
from tests.nta import notice_body

PASSWORD = "correct horse battery staple"
WINTER_MORNING = datetime(2026, 12, 8, 9, 30, tzinfo=UTC)
"""Berlin keeps CET (UTC+1) in December: 09:30 UTC is 10:30 there."""


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(WINTER_MORNING)


@pytest.fixture
def moderator(container: Container) -> CreatedUser:
    return run_in_unit(
        container.database,
        lambda unit: do_create_user(
            unit,
            email="mod@example.org",
            password=PASSWORD,
            role="moderator",
            cipher=container.keys.cipher,
            actor=SYSTEM,
        ),
    )


def field_of(html: str, name: str) -> str:
    match = re.search(rf'name="{name}" value="([^"]+)"', html)
    assert match, f"no {name} field in the page"
    return match.group(1)


def sign_in(client: Any, email: str) -> None:
    token = field_of(client.get("/console/login").text, "csrf_token")
    data = {"email": email, "password": PASSWORD, "csrf_token": token}
    reply = client.post("/console/login", data=data, follow_redirects=False)
    assert reply.status_code == 303, reply.text


def stored_zone(container: Container, user: CreatedUser) -> str | None:
    with container.database.reader() as session:
        return session.scalar(select(User.time_zone).where(User.id == user.id))


def choose(client: Any, time_zone: str, page: str | None = None) -> Any:
    html = page if page is not None else client.get("/console/").text
    form = {
        "csrf_token": field_of(html, "csrf_token"),
        "form_nonce": field_of(html, "form_nonce"),
        "time_zone": time_zone,
    }
    return client.post("/console/account/time-zone", data=form, follow_redirects=False)


# -- the action -------------------------------------------------------------------------------
def test_the_action_keeps_an_iana_zone_and_audits_the_change(
    container: Container, moderator: CreatedUser
) -> None:
    actor = Actor("user", str(moderator.id), "moderator")
    user_id = moderator.id
    run_in_unit(
        container.database,
        lambda unit: do_set_user_time_zone(unit, user_id, " Europe/Berlin ", actor=actor),
    )
    assert stored_zone(container, moderator) == "Europe/Berlin"
    run_in_unit(
        container.database,
        lambda unit: do_set_user_time_zone(unit, user_id, "America/New_York", actor=actor),
    )
    assert stored_zone(container, moderator) == "America/New_York"
    entries = audit_entries(container, AuditTag.AUTHZ_USER_TIME_ZONE_SET.value)
    assert [e.snapshot for e in entries] == [
        {"time_zone": "Europe/Berlin", "previous": None},
        {"time_zone": "America/New_York", "previous": "Europe/Berlin"},
    ]
    assert {e.actor for e in entries} == {f"user:{moderator.id}"}
    assert all(e.subjects == {"user": str(moderator.id)} for e in entries)


@pytest.mark.parametrize(
    "name", ["", "Mars/Olympus_Mons", "Europe/berlin", "../../etc/passwd", "CET+1"]
)
def test_the_action_refuses_a_name_outside_the_iana_database(
    container: Container, moderator: CreatedUser, name: str
) -> None:
    user_id = moderator.id
    with pytest.raises(InvalidInput) as refused:
        run_in_unit(
            container.database,
            lambda unit: do_set_user_time_zone(unit, user_id, name, actor=SYSTEM),
        )
    assert refused.value.code == "invalid_input"  # answered 422 over HTTP
    assert [e.field for e in refused.value.errors] == ["time_zone"]
    assert stored_zone(container, moderator) is None
    assert audit_entries(container, AuditTag.AUTHZ_USER_TIME_ZONE_SET.value) == []


# -- the account page and every other page ----------------------------------------------------
def test_a_berlin_moderator_reads_case_times_an_hour_ahead_of_utc_in_winter(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., dict[str, Any]],
    case_of: Callable[[str], str],
    moderator: CreatedUser,
) -> None:
    case_id = case_of(submit(notice_body())["id"])
    sign_in(client, "mod@example.org")
    case_page = f"/console/moderator/cases/{case_id}"

    # Nobody chose a zone yet: UTC, and the account page offers UTC as the current choice.
    before = client.get(case_page).text
    assert "8 Dec 2026, 09:30 UTC" in before and "CET" not in before
    home = client.get("/console/").text
    assert '<option value="UTC" selected>' in home
    assert '<option value="Europe/Berlin">Europe/Berlin</option>' in home

    saved = choose(client, "Europe/Berlin", home)
    assert saved.status_code == 303
    assert saved.headers["location"] == "/console/?saved=time_zone"
    confirmed = client.get(saved.headers["location"]).text
    assert "Dates and times are now shown in Europe/Berlin" in confirmed
    assert '<option value="Europe/Berlin" selected>' in confirmed

    after = client.get(case_page).text
    assert "8 Dec 2026, 10:30 CET" in after and "09:30 UTC" not in after
    queue = client.get("/console/moderator/").text
    # The queue's deadline clock (a macro) reads the zone too, not only whole pages.
    assert re.search(r'title="due \d+ Dec 2026, \d\d:30 CET"', queue), queue
    assert "09:30 UTC" not in queue


def test_a_re_sent_form_changes_nothing_twice_and_a_bad_zone_is_shown_beside_its_field(
    client: Any, container: Container, moderator: CreatedUser
) -> None:
    sign_in(client, "mod@example.org")
    home = client.get("/console/").text
    first = choose(client, "Asia/Tokyo", home)
    again = choose(client, "Asia/Tokyo", home)  # the back button and send again
    assert first.status_code == again.status_code == 303
    assert first.headers["location"] == again.headers["location"]
    assert len(audit_entries(container, AuditTag.AUTHZ_USER_TIME_ZONE_SET.value)) == 1

    refused = choose(client, "Atlantis/Capital")
    assert refused.status_code == 422
    assert 'id="err-time_zone"' in refused.text and 'href="#f-time_zone"' in refused.text
    assert "such as Europe/Berlin" in refused.text
    assert stored_zone(container, moderator) == "Asia/Tokyo"
    assert len(audit_entries(container, AuditTag.AUTHZ_USER_TIME_ZONE_SET.value)) == 1

    # Without the session's CSRF token nothing runs.
    forged = client.post(
        "/console/account/time-zone", data={"time_zone": "UTC"}, follow_redirects=False
    )
    assert forged.status_code == 403
    assert stored_zone(container, moderator) == "Asia/Tokyo"
