"""The authority and legal officer consoles: permission, CSRF, and agency scoping, every route."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pyotp
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from safeharbour.authz.models import User
from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import LegalRequest
from safeharbour.legal.models import Agency
from tests.factories import post
from tests.legal.gateway.conftest import Agent, removal_order

PASSWORD = "correct horse battery staple"


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF field in the page"
    return match.group(1)


@pytest.fixture
def browser(app: Any) -> Iterator[Callable[..., TestClient]]:
    """A signed-in TestClient per user (its own cookie jar): `browser(email, role, ...)`."""
    opened: list[TestClient] = []
    container: Container = app.state.container

    def open_as(email: str, role: str, *, agency_id: uuid.UUID | None = None) -> TestClient:
        created = run_in_unit(
            container.database,
            lambda unit: do_create_user(
                unit,
                email=email,
                password=PASSWORD,
                role=role,
                agency_id=agency_id,
                totp=True,
                cipher=container.keys.cipher,
                actor=SYSTEM,
            ),
        )
        client = TestClient(app)
        client.__enter__()
        opened.append(client)
        token = csrf_of(client.get("/console/login").text)
        assert created.totp is not None
        code = pyotp.TOTP(created.totp.secret).at(container.clock.now())
        form = {"email": email, "password": PASSWORD, "totp": code, "csrf_token": token}
        reply = client.post("/console/login", data=form, follow_redirects=False)
        assert reply.status_code == 303, reply.text
        return client

    yield open_as
    for client in opened:
        client.__exit__(None, None, None)


def nonce_of(html: str) -> str:
    match = re.search(r'name="form_nonce" value="([^"]+)"', html)
    assert match, "no one-time nonce in the form"
    return match.group(1)


def _csrf(client: TestClient, path: str) -> str:
    return csrf_of(client.get(path).text)


def _submit(client: TestClient, **fields: str) -> Any:
    page = client.get("/console/authority/new").text
    form = {
        "csrf_token": csrf_of(page),
        "form_nonce": nonce_of(page),
        "type": "removal_order",
        "reference": "BKA-7",
        "legal_instrument": "dsa_art9",
        "legal_basis": "§ 130 StGB",
        "urgency": "normal",
        "targets": "post:post-1",
        "statement": "The post incites violence.",
        **fields,
    }
    return client.post("/console/authority/new", data=form, follow_redirects=False)


def test_an_officer_submits_gets_a_receipt_and_follows_the_answer_and_its_effect(
    client: Any,
    container: Container,
    agent: Agent,
    make_key: Any,
    browser: Callable[..., TestClient],
) -> None:
    from tests.conftest import bearer

    events = [post("post-1", author_id="acc-1")]
    client.post("/api/v1/events", json={"events": events}, headers=bearer(make_key("platform")))
    authority = browser("officer@bka.example.de", "authority", agency_id=agent.id)
    reply = _submit(authority)
    assert reply.status_code == 303
    receipt_path = reply.headers["location"]
    assert receipt_path.endswith("/receipt")
    receipt = authority.get(receipt_path)
    assert receipt.status_code == 200
    assert "Receipt" in receipt.text and "acknowledged" in receipt.text
    rid = uuid.UUID(receipt_path.split("/")[-2])
    with container.database.reader() as session:
        stored = session.get(LegalRequest, rid)
        assert stored is not None and stored.verification == "console_totp"
        assert not stored.held
    listed = authority.get("/console/authority/")
    assert "BKA-7" in listed.text

    legal = browser("counsel@example.org", "legal_officer")
    queue = legal.get("/console/legal/")
    assert queue.status_code == 200 and f"/console/legal/requests/{rid}" in queue.text
    # The queue's filters: by agency, country, type and status; a value not offered is a 422
    # naming its field.
    row = f"/console/legal/requests/{rid}"
    with container.database.reader() as session:
        country = session.get(Agency, agent.id).country  # type: ignore[union-attr]
    for params, shown in (
        ({"agency": str(agent.id)}, True),
        ({"country": country}, True),
        ({"type": stored.type}, True),
        ({"type": "preservation" if stored.type != "preservation" else "removal_order"}, False),
        ({"status": "answered"}, False),
        ({"status": "all"}, True),
    ):
        filtered = legal.get("/console/legal/", params=params)
        assert filtered.status_code == 200, params
        assert (row in filtered.text) is shown, params
    bad = legal.get("/console/legal/", params={"status": "nonsense", "agency": "x"})
    assert bad.status_code == 422
    assert 'id="filter-status-error"' in bad.text and 'id="filter-agency-error"' in bad.text
    page = legal.get(f"/console/legal/requests/{rid}")
    assert page.status_code == 200
    assert "R-LOCAL-LAW-GEO" in page.text and "The post incites violence." in page.text
    # What the platform holds on the target: its stored text and its (empty) history.
    assert "What we hold on the targets" in page.text
    assert "hello world" in page.text and "Earlier decisions: none" in page.text
    token = csrf_of(page.text)
    answered = legal.post(
        f"/console/legal/requests/{rid}/answer",
        data={
            "csrf_token": token,
            "form_nonce": nonce_of(page.text),
            "answer": "complied",
            "scope": "global",
            "basis": "override",
            "override_reason": "removal is lawful everywhere we operate",
        },
        follow_redirects=False,
    )
    assert answered.status_code == 303, answered.text

    final = authority.get(f"/console/authority/requests/{rid}")
    assert "Final answer" in final.text and "complied" in final.text
    assert 'data-testid="effect-given"' in final.text


def test_agencies_never_see_each_others_requests_on_any_route(
    client: Any, make_agent: Callable[..., Agent], agent: Agent, browser: Callable[..., TestClient]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    other = make_agent("Police nationale", country="FR", domains=("police.example.fr",))
    stranger = browser("officer@police.example.fr", "authority", agency_id=other.id)
    assert stranger.get(f"/console/authority/requests/{rid}").status_code == 404
    assert stranger.get(f"/console/authority/requests/{rid}/receipt").status_code == 404
    token = _csrf(stranger, "/console/authority/new")
    reply = stranger.post(
        f"/console/authority/requests/{rid}/supplements",
        data={"csrf_token": token, "statement": "more"},
    )
    assert reply.status_code == 404
    assert rid not in stranger.get("/console/authority/").text


def test_roles_and_csrf_are_enforced(
    client: Any, agent: Agent, browser: Callable[..., TestClient]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    authority = browser("officer@bka.example.de", "authority", agency_id=agent.id)
    legal = browser("counsel@example.org", "legal_officer")
    moderator = browser("mod@example.org", "moderator")
    # An authority officer never reaches the legal console, and a legal officer cannot submit.
    assert authority.get("/console/legal/").status_code == 403
    assert authority.get(f"/console/legal/requests/{rid}").status_code == 403
    assert legal.get("/console/authority/new").status_code == 403
    assert moderator.get("/console/legal/").status_code == 403
    assert moderator.get("/console/authority/").status_code == 403
    # Writes without the session's CSRF token are refused before anything happens.
    for path, data in [
        ("/console/authority/new", {"type": "removal_order", "statement": "x"}),
        (f"/console/authority/requests/{rid}/supplements", {"statement": "x"}),
    ]:
        assert authority.post(path, data=data).status_code == 403
    for suffix, data in [
        ("answer", {"answer": "refused"}),
        ("callback", {"outcome": "confirmed"}),
        ("release", {"method": "official_register", "note": "x"}),
        ("after-review", {"note": "x"}),
    ]:
        reply = legal.post(f"/console/legal/requests/{rid}/{suffix}", data=data)
        assert reply.status_code == 403, suffix
    # Signed out: pages redirect to the login form.
    anonymous = TestClient(client.app)
    reply = anonymous.get("/console/legal/", follow_redirects=False)
    assert reply.status_code == 303 and "/console/login" in reply.headers["location"]


def test_a_bad_form_shows_the_field_and_keeps_the_values(
    agent: Agent, browser: Callable[..., TestClient]
) -> None:
    authority = browser("officer@bka.example.de", "authority", agency_id=agent.id)
    reply = _submit(authority, targets="not a target")
    assert reply.status_code == 422
    assert "targets" in reply.text and "The post incites violence." in reply.text


def test_an_officer_without_a_second_factor_cannot_submit_until_enrolled(
    client: Any, container: Container, agent: Agent, app: Any
) -> None:
    """Officers are always created with TOTP; one from before that rule signs in only to the
    enrolment page, and cannot submit a request (as unverified or otherwise) until enrolled."""
    created = run_in_unit(
        container.database,
        lambda unit: do_create_user(
            unit,
            email="nototp@bka.example.de",
            password=PASSWORD,
            role="authority",
            agency_id=agent.id,
            cipher=container.keys.cipher,
            actor=SYSTEM,
        ),
    )
    assert created.totp is not None
    with container.database.uow() as unit:
        user = unit.session.get(User, created.id)
        assert user is not None
        user.totp_required = False
        user.totp_secret_encrypted = None
        unit.commit()
    with TestClient(app) as browser_client:
        token = csrf_of(browser_client.get("/console/login").text)
        signed = browser_client.post(
            "/console/login",
            data={"email": "nototp@bka.example.de", "password": PASSWORD, "csrf_token": token},
            follow_redirects=False,
        )
        assert signed.headers["location"].endswith("/console/account/second-factor")
        form = browser_client.get("/console/authority/new", follow_redirects=False)
        assert form.status_code == 303
        assert form.headers["location"].endswith("/console/account/second-factor")
    with container.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(LegalRequest)) == 0


def test_a_disclosure_package_needs_a_second_officer_and_only_its_agency_downloads_it(
    client: Any,
    make_agent: Callable[..., Agent],
    make_key: Any,
    browser: Callable[..., TestClient],
) -> None:
    from tests.conftest import bearer
    from tests.factories import account
    from tests.legal.gateway.test_answers import EMERGENCY

    events = [account("acc-5", country="DE")]
    client.post("/api/v1/events", json={"events": events}, headers=bearer(make_key("platform")))
    agent = make_agent(callback_phone="+49 611 55-0")
    rid = agent.submit(client, EMERGENCY).json()["id"]
    first = browser("alice@example.org", "legal_officer")
    second = browser("bob@example.org", "legal_officer")
    page = f"/console/legal/requests/{rid}"
    token = csrf_of(first.get(page).text)
    first.post(f"{page}/callback", data={"csrf_token": token, "outcome": "confirmed"})
    html = first.get(page).text
    assert 'value="subscriber_info"' in html and 'value="message_content"' not in html
    reply = first.post(
        f"{page}/disclosures",
        data={"csrf_token": token, "fields": ["subscriber_info", "ip_addresses"]},
        follow_redirects=False,
    )
    assert reply.status_code == 303, reply.text
    html = first.get(page).text
    assert "awaiting a second officer" in html and "Approve and release" not in html
    package = re.search(r"/disclosures/([0-9a-f-]{36})/approve", second.get(page).text)
    assert package is not None
    did = package.group(1)
    # The one who prepared it cannot release it, even by posting directly.
    own = first.post(f"{page}/disclosures/{did}/approve", data={"csrf_token": token})
    assert own.status_code == 403
    token2 = csrf_of(second.get(page).text)
    done = second.post(
        f"{page}/disclosures/{did}/approve", data={"csrf_token": token2}, follow_redirects=False
    )
    assert done.status_code == 303

    officer = browser("officer@bka.example.de", "authority", agency_id=agent.id)
    mine = officer.get(f"/console/authority/requests/{rid}")
    assert f"/disclosures/{did}" in mine.text
    download = officer.get(f"/console/authority/requests/{rid}/disclosures/{did}")
    assert download.status_code == 200
    assert download.json()["package"]["targets"][0]["subscriber_info"]["country"] == "DE"
    assert "attachment" in download.headers["content-disposition"]
    other = make_agent("Police nationale", country="FR", domains=("police.example.fr",))
    stranger = browser("officer@police.example.fr", "authority", agency_id=other.id)
    assert stranger.get(f"/console/authority/requests/{rid}/disclosures/{did}").status_code == 404


def test_an_officer_refuses_on_own_grounds_and_an_error_keeps_the_form(
    client: Any, container: Container, agent: Agent, browser: Callable[..., TestClient]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    legal = browser("counsel@example.org", "legal_officer")
    page = legal.get(f"/console/legal/requests/{rid}").text
    # The proposal (comply, geo-restricted) is preselected, and every policy rule is offered.
    assert re.search(r'name="answer" value="complied" checked', page)
    assert 'name="rules" value="R-PROTECTED-EXPRESSION"' in page
    own = "The post reports on a court hearing; the order does not reach news reporting."
    sent = {
        "csrf_token": csrf_of(page),
        "form_nonce": nonce_of(page),
        "answer": "refused",
        "basis": "override",
        "rules": "R-PROTECTED-EXPRESSION",
        "own_grounds": own,
        "override_reason": "",
    }
    # No reason for deciding otherwise: the form comes back with the error beside the field,
    # everything typed kept, and nothing sent.
    refused = legal.post(f"/console/legal/requests/{rid}/answer", data=sent)
    assert refused.status_code == 422
    assert 'id="err-override_reason"' in refused.text and own in refused.text
    assert re.search(r'name="answer" value="refused" checked', refused.text)
    assert re.search(r'value="R-PROTECTED-EXPRESSION" checked', refused.text)
    with container.database.reader() as session:
        assert session.get(LegalRequest, uuid.UUID(rid)).status != "answered"  # type: ignore[union-attr]

    fixed = {
        **sent,
        "form_nonce": nonce_of(refused.text),
        "override_reason": "News reporting on a trial is protected.",
    }
    done = legal.post(f"/console/legal/requests/{rid}/answer", data=fixed, follow_redirects=False)
    assert done.status_code == 303, done.text
    # The same form sent again (back button) answers nothing twice.
    again = legal.post(f"/console/legal/requests/{rid}/answer", data=fixed, follow_redirects=False)
    assert again.status_code == 303 and again.headers["location"] == done.headers["location"]
    mine = agent.get(client, f"/api/v1/legal/requests/{rid}").json()
    assert mine["answer"]["answer"] == "refused"
    assert [r["rule"] for r in mine["answer"]["reasons"]] == ["R-PROTECTED-EXPRESSION", None]
    assert mine["answer"]["reasons"][1]["text"] == own
    shown = legal.get(f"/console/legal/requests/{rid}").text
    assert "Answer sent" in shown


def test_an_officer_complies_in_part_with_what_and_why(
    client: Any, agent: Agent, browser: Callable[..., TestClient]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    legal = browser("counsel@example.org", "legal_officer")
    page = legal.get(f"/console/legal/requests/{rid}").text
    data = {
        "csrf_token": csrf_of(page),
        "form_nonce": nonce_of(page),
        "answer": "partially_complied",
        "basis": "override",
        "scope": "requesting_country",
        "rules": "R-LOCAL-LAW-GEO",
        "what_and_why": "Restricted in Germany only; the post is lawful elsewhere.",
        "override_reason": "Only part of the order is lawful.",
    }
    done = legal.post(f"/console/legal/requests/{rid}/answer", data=data, follow_redirects=False)
    assert done.status_code == 303, done.text
    mine = agent.get(client, f"/api/v1/legal/requests/{rid}").json()
    assert mine["answer"]["answer"] == "partially_complied"
    assert mine["answer"]["what_and_why"].startswith("Restricted in Germany only")


def _proposal(page: str) -> str:
    """The proposal's card on the legal officer's page."""
    return page.split('class="card proposal"', 1)[1].split("</section>", 1)[0]


def test_an_information_order_from_the_console_is_completed_with_the_data_asked_for(
    client: Any,
    container: Container,
    agent: Agent,
    make_key: Any,
    browser: Callable[..., TestClient],
) -> None:
    from tests.conftest import bearer

    events = [post("post-1", author_id="acc-1")]
    client.post("/api/v1/events", json={"events": events}, headers=bearer(make_key("platform")))
    authority = browser("officer@bka.example.de", "authority", agency_id=agent.id)
    form = authority.get("/console/authority/new").text
    # Every type says what it needs, in words; instruments are named, not coded.
    assert "Information order" in form and "the data you ask for" in form
    assert "DSA Art. 10 order to provide information" in form
    assert 'name="data_requested" value="subscriber_info"' in form
    fields = {
        "type": "information_order",
        "legal_instrument": "dsa_art10",
        "legal_process": "court_order",
        "legal_basis": "§ 100j StPO",
        "targets": "account:acc-1",
        "statement": "Who runs this account?",
    }
    # Sent without naming the data: received, and the engine asks for exactly that.
    sent = _submit(authority, **fields)
    assert sent.status_code == 303, sent.text
    receipt = authority.get(sent.headers["location"]).text
    assert "What happens next" in receipt and "Answer due" in receipt
    assert not re.search(r"\bP(T\d|\d+D)", receipt)  # no ISO 8601 duration
    rid = uuid.UUID(sent.headers["location"].split("/")[-2])
    legal = browser("counsel@example.org", "legal_officer")
    page = legal.get(f"/console/legal/requests/{rid}").text
    assert "the specific data wanted" in _proposal(page)  # it names what is missing
    asked = legal.post(
        f"/console/legal/requests/{rid}/answer",
        data={
            "csrf_token": csrf_of(page),
            "form_nonce": nonce_of(page),
            "answer": "need_more_info",
            "basis": "follow",
        },
        follow_redirects=False,
    )
    assert asked.status_code == 303, asked.text

    # The supplement form carries the data field; sending it completes the request.
    request_page = authority.get(f"/console/authority/requests/{rid}").text
    assert 'name="data_requested" value="subscriber_info"' in request_page
    added = authority.post(
        f"/console/authority/requests/{rid}/supplements",
        data={
            "csrf_token": csrf_of(request_page),
            "form_nonce": nonce_of(request_page),
            "statement": "We need the subscriber information.",
            "data_requested": "subscriber_info",
        },
        follow_redirects=False,
    )
    assert added.status_code == 303, added.text
    with container.database.reader() as session:
        stored = session.get(LegalRequest, rid)
        assert stored is not None and stored.data_requested == ["subscriber_info"]
        assert stored.status in ("acknowledged", "under_assessment")
    # Assessed again with the data named: the proposal no longer asks for it.
    page = legal.get(f"/console/legal/requests/{rid}").text
    assert "the specific data wanted" not in _proposal(page)
