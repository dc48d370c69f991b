"""The notice-and-action console pages without a browser: CSRF, permissions, forms, scoping.

The full walk runs in a real browser in tests/e2e/test_notice_and_action.py; these are the
fast checks of the same routes through the ASGI app.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

import pyotp
import pytest

from safeharbour.authz.users import CreatedUser, do_create_user
from safeharbour.bootstrap import Container
from safeharbour.consoles.moderator import decision_from_form
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.transactions import run_in_unit
from safeharbour.transparency.statements import statement_token
from tests.nta import HATE, notice_body

PASSWORD = "correct horse battery staple"


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


@pytest.fixture
def make_user(container: Container) -> Callable[..., CreatedUser]:
    def make(email: str, role: str = "moderator", **fields: Any) -> CreatedUser:
        return run_in_unit(
            container.database,
            lambda unit: do_create_user(
                unit,
                email=email,
                password=PASSWORD,
                role=role,
                cipher=container.keys.cipher,
                actor=SYSTEM,
                **fields,
            ),
        )

    return make


def nonce_of(html: str) -> str:
    match = re.search(r'name="form_nonce" value="([^"]+)"', html)
    assert match, "no one-time nonce in the form"
    return match.group(1)


def sign_in(client: Any, email: str, user: CreatedUser | None = None) -> str:
    """Sign in through the login form (with the TOTP code of `user` when it has one: roles
    that can see or release personal data always do); returns the session's CSRF token."""
    token = csrf_of(client.get("/console/login").text)
    data = {"email": email, "password": PASSWORD, "csrf_token": token}
    if user is not None and user.totp is not None:
        now = client.app.state.container.clock.now()
        data["totp"] = pyotp.TOTP(user.totp.secret).at(now)
    reply = client.post("/console/login", data=data, follow_redirects=False)
    assert reply.status_code == 303, reply.text
    return csrf_of(client.get("/console/").text)


# -- public pages -------------------------------------------------------------------------------
def test_the_public_notice_form_validates_next_to_fields_and_answers_a_receipt(
    client: Any, mirror: None, container: Container
) -> None:
    form = client.get("/console/public/notices/new")
    assert form.status_code == 200 and 'name="explanation"' in form.text
    token = csrf_of(form.text)
    nonce = nonce_of(form.text)
    assert client.cookies["sh_csrf"] == token

    # Without the double-submit token: refused before anything runs.
    assert client.post("/console/public/notices/new", data={"location": "x"}).status_code == 403

    empty = client.post(
        "/console/public/notices/new", data={"csrf_token": token, "form_nonce": nonce}
    )
    assert empty.status_code == 422
    for field in ("location", "category", "explanation", "good_faith"):
        assert f'id="err-{field}"' in empty.text, field
        assert f'href="#f-{field}"' in empty.text, field  # the summary links to the field
    assert "Input should" not in empty.text and "Field required" not in empty.text

    good = {
        "csrf_token": token,
        "form_nonce": nonce,
        "location_kind": "post",
        "location": "post-1",
        "category": HATE,
        "explanation": "Calls for violence.",
        "good_faith": "yes",
        "email": "not-an-address",
        "name": "Ann",
    }
    bad_email = client.post("/console/public/notices/new", data=good)
    assert bad_email.status_code == 422 and 'id="err-email"' in bad_email.text
    assert 'value="Ann"' in bad_email.text and "Calls for violence." in bad_email.text  # kept

    # A form without its nonce (an old tab) files nothing and comes back with a fresh one.
    stale = client.post("/console/public/notices/new", data={**good, "form_nonce": ""})
    assert stale.status_code == 422 and "out of date" in stale.text
    assert nonce_of(stale.text) != nonce

    sent = client.post(
        "/console/public/notices/new",
        data={**good, "email": "a@example.org"},
        follow_redirects=False,
    )
    assert sent.status_code == 303, sent.text
    receipt_url = sent.headers["location"]
    assert receipt_url.startswith("/console/public/notices/receipt?token=")
    receipt = client.get(receipt_url)
    assert receipt.status_code == 200 and "Report received" in receipt.text
    assert client.get(receipt_url).status_code == 200  # a reload only reads

    # Back button and send again: the same nonce leads to the same receipt, nothing filed.
    again = client.post(
        "/console/public/notices/new",
        data={**good, "email": "a@example.org"},
        follow_redirects=False,
    )
    assert again.status_code == 303 and again.headers["location"] == receipt_url
    with container.database.reader() as session:
        from sqlalchemy import func, select

        from safeharbour.intake.models import Notice

        assert session.scalar(select(func.count()).select_from(Notice)) == 1

    status_link = re.search(r'href="(/console/public/notices/status\?token=[^"]+)"', receipt.text)
    assert status_link
    status = client.get(status_link.group(1).replace("&amp;", "&"))
    assert status.status_code == 200 and "received" in status.text.lower()
    assert client.get("/console/public/notices/status?token=nope").status_code == 404


def test_statement_and_appeal_pages_need_the_token(
    client: Any, container: Container, mirror: None, submit: Any, case_of: Any, decide: Any
) -> None:
    receipt = submit(notice_body())
    decision = decide(case_of(receipt["id"]), _removal()).json()
    statement_id = uuid.UUID(decision["actions"][0]["statement"]["id"])
    token = statement_token(container.nta.review.tokens, statement_id)

    page = client.get(f"/console/public/statements/{statement_id}", params={"token": token})
    assert page.status_code == 200
    assert "§ 130 StGB" in page.text and "Contest this decision" in page.text
    wrong = client.get(f"/console/public/statements/{statement_id}", params={"token": "x" * 43})
    assert wrong.status_code == 404

    form = client.get("/console/public/appeals/new", params={"token": token})
    assert form.status_code == 200
    csrf = csrf_of(form.text)
    data = {
        "token": token,
        "explanation": "Satire.",
        "csrf_token": csrf,
        "form_nonce": nonce_of(form.text),
    }
    assert (
        client.post("/console/public/appeals/new", data={**data, "csrf_token": ""}).status_code
        == 403
    )
    sent = client.post("/console/public/appeals/new", data=data, follow_redirects=False)
    assert sent.status_code == 303
    done = client.get(sent.headers["location"])
    assert done.status_code == 200 and "Complaint received" in done.text
    # The complaint's receipt never gives the six-month window as a date to expect a decision.
    assert "expected" not in done.text.lower()
    # Sent again with the same form (back button): the same receipt, no second complaint.
    replay = client.post("/console/public/appeals/new", data=data, follow_redirects=False)
    assert replay.status_code == 303 and replay.headers["location"] == sent.headers["location"]
    # A new form for the same decision while the first complaint is open: refused, in words.
    fresh = client.get("/console/public/appeals/new", params={"token": token})
    again = client.post(
        "/console/public/appeals/new", data={**data, "form_nonce": nonce_of(fresh.text)}
    )
    assert again.status_code == 409 and 'role="alert"' in again.text
    assert "already open" in again.text and "Satire." in again.text
    # The statement page shows the open complaint and no longer offers to contest.
    page = client.get(f"/console/public/statements/{statement_id}", params={"token": token})
    assert "Being reviewed" in page.text and "Contest this decision" not in page.text


def _removal() -> dict[str, Any]:
    from tests.nta import removal

    return removal()


# -- the moderator section ----------------------------------------------------------------------
def test_moderator_pages_need_a_session_the_permission_and_csrf(
    client: Any, container: Container, mirror: None, submit: Any, case_of: Any, make_user: Any
) -> None:
    case_id = case_of(submit(notice_body())["id"])
    anonymous = client.get("/console/moderator/", follow_redirects=False)
    assert anonymous.status_code == 303 and "/console/login" in anonymous.headers["location"]

    flagger = run_in_unit(
        container.database,
        lambda unit: do_add_trusted_flagger(unit, name="Hotline e.V.", actor=SYSTEM),
    )
    make_user("flagger@example.org", "trusted_flagger", flagger_id=flagger.id)
    sign_in(client, "flagger@example.org")
    assert client.get("/console/moderator/").status_code == 403
    assert client.get(f"/console/moderator/cases/{case_id}").status_code == 403
    own = client.get("/console/moderator/notices")
    assert own.status_code == 200 and "post-1" not in own.text  # the public's notice is not its own

    client.cookies.clear()
    make_user("mod@example.org", "moderator")
    csrf = sign_in(client, "mod@example.org")
    queue = client.get("/console/moderator/")
    assert queue.status_code == 200 and f"case-{case_id}" in queue.text
    claim = f"/console/moderator/cases/{case_id}/claim"
    assert client.post(claim, data={}).status_code == 403
    assert client.post(claim, data={"csrf_token": "x" * 43}).status_code == 403
    claimed = client.post(claim, headers={"X-CSRF-Token": csrf, "HX-Request": "true"})
    assert claimed.status_code == 200 and "yours" in claimed.text and "<tr" in claimed.text

    incomplete = client.post(
        f"/console/moderator/cases/{case_id}/decide",
        data={"csrf_token": csrf, "measure": "remove_post", "category": HATE},
    )
    assert incomplete.status_code == 422
    for field in ("ground_kind", "ground_reference", "explanation"):
        assert f'id="err-{field}"' in incomplete.text, field
    # In words, beside the field, not the validator's text.
    assert "Choose the ground: illegal under a law" in incomplete.text
    assert "Input should be" not in incomplete.text

    form = {
        "csrf_token": csrf,
        "form_nonce": nonce_of(incomplete.text),
        "measure": "remove_post",
        "category": HATE,
        "ground_kind": "illegal_content",
        "ground_reference": "§ 130 StGB",
        "ground_explanation": "Incitement.",
        "explanation": "Calls for violence.",
    }
    decided = client.post(
        f"/console/moderator/cases/{case_id}/decide", data=form, follow_redirects=False
    )
    assert decided.status_code == 303
    # The same form sent again (back button, double click) lands on the same decision.
    again = client.post(
        f"/console/moderator/cases/{case_id}/decide", data=form, follow_redirects=False
    )
    assert again.status_code == 303 and again.headers["location"] == decided.headers["location"]
    page = client.get(decided.headers["location"])
    assert page.status_code == 200 and "statement-link" in page.text
    preview = re.search(r'href="(/console/moderator/statements/[^"]+)"', page.text)
    assert preview
    staff_view = client.get(preview.group(1))
    assert staff_view.status_code == 200 and "§ 130 StGB" in staff_view.text
    assert "token=" not in staff_view.text  # the user's secret link is never shown to staff
    assert "effective" in page.text
    # A moderator may not approve (four-eyes needs a senior moderator or a legal officer).
    decision_id = decided.headers["location"].rsplit("/", 1)[1]
    refused = client.post(
        f"/console/moderator/decisions/{decision_id}/approve", data={"csrf_token": csrf}
    )
    assert refused.status_code == 403
    for path in ("approvals", "appeals", "flaggers", "notices"):
        assert client.get(f"/console/moderator/{path}").status_code == 200, path


def test_the_decide_form_becomes_the_decision_input() -> None:
    decision = decision_from_form(
        {
            "measure": "restrict_post",
            "category": HATE,
            "explanation": "Facts.",
            "ground_kind": "illegal_content",
            "ground_reference": "§ 130 StGB",
            "ground_explanation": "Why.",
            "countries": "de, at",
        }
    )
    assert decision.outcome == "action" and decision.actions[0].countries == ["DE", "AT"]
    assert (
        decision_from_form(
            {"measure": "no_action", "category": HATE, "explanation": "Fine."}
        ).actions
        == []
    )
    with pytest.raises(InvalidInput) as caught:
        decision_from_form({"measure": "", "category": HATE, "explanation": "x"})
    assert caught.value.errors[0].field == "measure"


def test_a_trusted_flagger_sees_its_own_notices_only(
    client: Any, mirror: None, submit: Any, flagger: Any, make_user: Any
) -> None:
    ours, our_key = flagger("Hotline e.V.")
    _theirs, their_key = flagger("Other Watch")
    submit(notice_body(item="post-1"), headers=our_key)
    submit(notice_body(item="post-2"), headers=their_key)
    make_user("hotline@example.org", "trusted_flagger", flagger_id=ours)
    sign_in(client, "hotline@example.org")
    home = client.get("/console/")
    assert 'href="/console/flagger/"' in home.text  # the flagger's own console
    page = client.get("/console/moderator/notices")
    assert page.status_code == 200
    assert "post-1" in page.text and "post-2" not in page.text
    assert "Hotline e.V." in page.text and "Other Watch" not in page.text


def test_flagger_management_warns_and_lifts_and_sets_the_sla(
    client: Any, container: Container, flagger: Any, make_user: Any
) -> None:
    flagger_id, _ = flagger("Hotline e.V.")
    lead = make_user("lead@example.org", "senior_moderator")
    csrf = sign_in(client, "lead@example.org", lead)
    warned = client.post(
        "/console/moderator/sanctions",
        data={
            "csrf_token": csrf,
            "flagger_id": str(flagger_id),
            "kind": "warning",
            "ground": "manifestly_unfounded_notices",
            "reason": "Twelve unfounded notices in a month.",
        },
        follow_redirects=False,
    )
    assert warned.status_code == 303
    page = client.get("/console/moderator/flaggers")
    assert "Twelve unfounded notices" in page.text and ">active<" in page.text
    lift = re.search(r'action="(/console/moderator/sanctions/[^"]+/lift)"', page.text)
    assert lift
    assert client.post(lift.group(1), data={"csrf_token": csrf}).status_code == 422
    lifted = client.post(
        lift.group(1), data={"csrf_token": csrf, "reason": "Mistake."}, follow_redirects=False
    )
    assert lifted.status_code == 303
    assert ">active<" not in client.get("/console/moderator/flaggers").text
    # Setting a flagger's SLA is an administrator's.
    sla = f"/console/moderator/flaggers/{flagger_id}/sla"
    assert client.post(sla, data={"csrf_token": csrf, "critical_minutes": "30"}).status_code == 403

    client.cookies.clear()
    admin = make_user("admin@example.org", "admin")
    csrf = sign_in(client, "admin@example.org", admin)
    done = client.post(
        sla, data={"csrf_token": csrf, "critical_minutes": "30"}, follow_redirects=False
    )
    assert done.status_code == 303
    assert 'name="critical_minutes" value="30"' in client.get("/console/moderator/flaggers").text


def test_a_notifier_can_contest_a_decision_not_to_act_from_the_status_page(
    client: Any, mirror: None, submit: Any, case_of: Any, decide: Any, staff: Any
) -> None:
    from urllib.parse import parse_qs, urlsplit

    from tests.nta import no_action

    receipt = submit(notice_body())
    token = parse_qs(urlsplit(receipt["status_page_url"]).query)["token"][0]
    status = client.get("/console/public/notices/status", params={"token": token})
    assert "Contest this decision" not in status.text  # nothing decided yet
    assert decide(case_of(receipt["id"]), no_action()).status_code == 201
    status = client.get("/console/public/notices/status", params={"token": token})
    assert status.status_code == 200 and "No action taken" in status.text
    assert "Contest this decision" in status.text
    assert "dispute settlement" in status.text  # the out-of-court options
    form = client.get("/console/public/appeals/new", params={"token": token})
    done = client.post(
        "/console/public/appeals/new",
        data={
            "token": token,
            "explanation": "It is a threat.",
            "csrf_token": csrf_of(form.text),
            "form_nonce": nonce_of(form.text),
        },
    )
    assert done.status_code == 200 and "Complaint received" in done.text  # after the 303
    assert "/console/public/notices/status?token=" in done.text  # where to follow it

    status = client.get("/console/public/notices/status", params={"token": token}).text
    assert "Being reviewed" in status and "Contest this decision" not in status

    # The complaint is decided by someone else; its outcome and reasons reach the status page.
    listed = client.get("/api/v1/appeals", headers=staff("sam", "senior_moderator")).json()
    appeal_id = listed["appeals"][0]["id"]
    decided = client.post(
        f"/api/v1/appeals/{appeal_id}/decision",
        json={"outcome": "upheld", "reasoning": "The post is a quotation in a news report."},
        headers=staff("sam", "senior_moderator"),
    )
    assert decided.status_code == 200, decided.text
    status = client.get("/console/public/notices/status", params={"token": token}).text
    assert "Decision upheld" in status
    assert "The post is a quotation in a news report." in status
    assert "Being reviewed" not in status


def test_the_public_form_also_works_for_someone_signed_in(
    client: Any, mirror: None, make_user: Any
) -> None:
    make_user("mod@example.org", "moderator")
    sign_in(client, "mod@example.org")
    form = client.get("/console/public/notices/new").text
    # The form's own token (the top bar's sign-out form carries the session's).
    token = csrf_of(form.split('action="/console/public/notices/new"', 1)[1])
    assert token == client.cookies["sh_csrf"]
    data = {
        "csrf_token": token,
        "location_kind": "url",
        "location": "https://platform.example/p/1",
        "category": HATE,
        "explanation": "Calls for violence.",
        "good_faith": "yes",
        "form_nonce": nonce_of(form),
    }
    sent = client.post("/console/public/notices/new", data=data, follow_redirects=False)
    assert sent.status_code == 303
    assert client.get(sent.headers["location"]).status_code == 200
