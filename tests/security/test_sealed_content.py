"""Seal visibility, as a class: a post deleted on the platform while a legal hold covers it is
kept sealed, and its text and media show only to those who may see sealed copies (legal
officers and admins, `legal:sealed:read`; intake/queries.py `ContentAudience`).

The test walks EVERY GET route of the API and every console page, as every role, with the ids
of a world in which one sealed post is the item of a case, a blind-QA review, a legal request
and a preservation snapshot, and asserts that the post's text and media URL appear in no answer
unless the role may see them. A new route that reads content around `post_content` fails here.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient

from safeharbour.authz.roles import Permission, Role, has_permission
from safeharbour.bootstrap import Container
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.intake.models import Post
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.review.qa import QaPolicy, do_sample_qa
from tests import factories
from tests.conftest import bearer
from tests.legal.gateway.conftest import Agent, removal_order
from tests.nta import no_action, notice_body
from tests.security.browsers import close, signed_in_browser

CANARY_TEXT = "CANARY sealed words 7Qx"
CANARY_MEDIA = "/media/canary-7Qx.png"
SEES_SEALED = {r for r in Role if has_permission(r, Permission.SEALED_CONTENT_READ)}
CONSOLE_ROLES = [r for r in Role if r is not Role.PLATFORM]
CONTENT_ROUTES = (
    "/api/v1/platform/posts/{post_id}",
    "/api/v1/cases/{case_id}",
    "/api/v1/qa/reviews/{review_id}",
    "/api/v1/legal/officer/requests/{request_id}",
    "/api/v1/legal/officer/requests/{request_id}/preservation",
)


def _leaks(body: str) -> bool:
    return CANARY_TEXT in body or "canary-7Qx" in body


@pytest.fixture
def world(
    client: Any,
    container: Container,
    clock: ManualClock,
    make_key: Callable[..., str],
    make_agent: Any,
) -> dict[str, str]:
    """One post, noticed (a case), decided automatically (a QA review), named by a legal
    request (with a preservation snapshot), then deleted under a legal hold: sealed."""
    platform = bearer(make_key("platform"))
    officer = bearer(make_key("legal_officer"))
    moderator = bearer(make_key("moderator"))

    def ingest(*events: dict[str, Any]) -> None:
        reply = client.post("/api/v1/events", json={"events": list(events)}, headers=platform)
        assert reply.status_code == 200, reply.text

    media = [{"id": "m-1", "kind": "image", "mime": "image/png", "url": CANARY_MEDIA}]
    ingest(
        factories.account("acc-1"),
        factories.channel("chan-1"),
        factories.post("post-1", CANARY_TEXT, media=media),
    )
    notice = client.post("/api/v1/notices", json=notice_body("post-1"))
    assert notice.status_code == 201, notice.text
    notice_id = notice.json()["id"]
    case_id = client.get(
        f"/api/v1/notices/{notice_id}", headers=bearer(make_key("auditor"))
    ).json()["case_id"]
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=moderator).status_code == 200
    decided = client.post(
        f"/api/v1/cases/{case_id}/decision",
        json=no_action(automated_decision="AUTOMATED_DECISION_FULLY"),
        headers=moderator,
    )
    assert decided.status_code in (200, 201), decided.text
    decision_id = decided.json()["id"]

    day = clock.now().date()
    clock.advance(timedelta(days=1))
    with container.database.uow() as unit:
        reviews = do_sample_qa(unit, day, policy=QaPolicy(rate=1.0, minimum=1), actor=SYSTEM)
        unit.commit()
        review_id = str(reviews[0].id)

    agent: Agent = make_agent()
    submitted = agent.submit(client, removal_order())
    assert submitted.status_code == 201, submitted.text
    request_id = submitted.json()["id"]

    hold = client.post(
        "/api/v1/legal/holds",
        headers=officer,
        json={
            "subject_kind": "channel",
            "subject_id": "chan-1",
            "reason": "TCO Art. 6 preservation",
            "held_until": (clock.now() + timedelta(days=180)).isoformat(),
        },
    )
    assert hold.status_code == 201, hold.text
    ingest(factories.deleted("post-1", at="2026-05-02T10:00:00Z"))
    snapshot = client.post(
        f"/api/v1/legal/officer/requests/{request_id}/preservation", headers=officer
    )
    assert snapshot.status_code == 201, snapshot.text
    with container.database.reader() as session:
        post = session.get(Post, "post-1")
        assert post is not None and post.sealed_sha256 and post.text == CANARY_TEXT
    return {
        "case_id": case_id,
        "notice_id": notice_id,
        "decision_id": decision_id,
        "review_id": review_id,
        "request_id": request_id,
        "post_id": "post-1",
        "account_id": "acc-1",
        "channel_id": "chan-1",
        "agency_id": str(agent.id),
    }


def _get_paths(app: Any) -> list[str]:
    return sorted(p for p, item in app.openapi()["paths"].items() if "get" in item)


def _fill(path: str, ids: dict[str, str]) -> str | None:
    names = re.findall(r"{(\w+)}", path)
    if any(name not in ids for name in names):
        return None
    return re.sub(r"{(\w+)}", lambda m: ids[m.group(1)], path)


def _api_key(
    role: Role, container: Container, make_key: Callable[..., str], world: dict[str, str]
) -> str:
    owner: uuid.UUID | None = None
    if role is Role.AUTHORITY:
        owner = uuid.UUID(world["agency_id"])
    elif role is Role.TRUSTED_FLAGGER:
        owner = run_in_unit(
            container.database,
            lambda unit: do_add_trusted_flagger(unit, name="Hotline e.V.", actor=SYSTEM),
        ).id
    return make_key(role.value, owner)


@pytest.fixture
def console_client(
    app: Any, container: Container, clock: ManualClock, world: dict[str, str]
) -> Iterator[Callable[[Role], TestClient]]:
    """A signed-in console browser per role (users with TOTP, through the login form)."""
    opened: list[TestClient] = []

    def sign_in(role: Role) -> TestClient:
        flagger = None
        if role is Role.TRUSTED_FLAGGER:
            flagger = run_in_unit(
                container.database,
                lambda unit: do_add_trusted_flagger(unit, name="Console e.V.", actor=SYSTEM),
            ).id
        browser = signed_in_browser(
            app,
            container,
            clock,
            role,
            agency_id=uuid.UUID(world["agency_id"]) if role is Role.AUTHORITY else None,
            flagger_id=flagger,
        )
        opened.append(browser)
        return browser

    yield sign_in
    for browser in opened:
        close(browser)


def test_the_world_really_holds_a_sealed_post_that_officers_see(
    client: Any, make_key: Callable[..., str], world: dict[str, str]
) -> None:
    """The positive side, so the class test below cannot pass by finding nothing anywhere."""
    officer = bearer(make_key("legal_officer"))
    assert _leaks(client.get("/api/v1/platform/posts/post-1", headers=officer).text)
    case = client.get(f"/api/v1/cases/{world['case_id']}", headers=officer).json()
    assert case["item"]["text"] == CANARY_TEXT and case["item"]["sealed"] is True
    assert case["item"]["media"][0]["url"] == CANARY_MEDIA
    moderator = client.get(
        f"/api/v1/cases/{world['case_id']}", headers=bearer(make_key("moderator"))
    ).json()
    assert moderator["item"]["text"] is None and moderator["item"]["media"] == []
    assert moderator["item"]["sealed"] is True and moderator["item"]["withheld"] is True


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
def test_no_api_route_shows_sealed_content_to_a_role_that_may_not_see_it(
    role: Role,
    app: Any,
    client: Any,
    container: Container,
    make_key: Callable[..., str],
    world: dict[str, str],
) -> None:
    headers = bearer(_api_key(role, container, make_key, world))
    answered, leaked, skipped = [], [], []
    for template in _get_paths(app):
        path = _fill(template, world)
        if path is None:
            skipped.append(template)
            continue
        reply = client.get(path, headers=headers)
        assert reply.status_code < 500, f"{path}: {reply.status_code} {reply.text[:300]}"
        if reply.status_code == 200:
            answered.append(path)
        if _leaks(reply.text):
            leaked.append(path)
    if role in SEES_SEALED:
        # What a legal officer needs: the mirror, the case, the preservation snapshot.
        assert {
            "/api/v1/platform/posts/post-1",
            f"/api/v1/cases/{world['case_id']}",
            f"/api/v1/legal/officer/requests/{world['request_id']}/preservation",
        } <= set(leaked)
    else:
        assert leaked == [], f"{role} sees sealed content at {leaked}"
    # Every route that reads item content was really walked with real ids.
    assert not set(CONTENT_ROUTES) & set(skipped)
    assert answered


@pytest.mark.parametrize("role", CONSOLE_ROLES, ids=lambda r: r.value)
def test_no_console_page_shows_sealed_content_to_a_role_that_may_not_see_it(
    role: Role, app: Any, world: dict[str, str], console_client: Callable[[Role], TestClient]
) -> None:
    from starlette.routing import Mount

    console = next(r.app for r in app.routes if isinstance(r, Mount) and r.path == "/console")
    browser = console_client(role)
    leaked, answered = [], []
    for template in _get_paths(console):
        path = _fill(template, world)
        if path is None or path == "/login":
            continue
        reply = browser.get("/console" + path, follow_redirects=False)
        assert reply.status_code < 500, f"{path}: {reply.status_code} {reply.text[:300]}"
        if reply.status_code == 200:
            answered.append(path)
        if _leaks(reply.text):
            leaked.append(path)
    if role is Role.LEGAL_OFFICER:
        assert {
            f"/moderator/cases/{world['case_id']}",
            f"/legal/requests/{world['request_id']}",
        } <= set(leaked)
    elif role not in SEES_SEALED:
        assert leaked == [], f"{role} sees sealed content at {leaked}"
    if role in (Role.MODERATOR, Role.SENIOR_MODERATOR):
        # The pages that show an item were really rendered for them, without its content.
        assert f"/moderator/cases/{world['case_id']}" in answered
        assert f"/qa/{world['review_id']}" in answered
    assert answered
