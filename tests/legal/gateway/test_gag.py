"""User notification after a gag order ends: scheduled by the answer, delivered on the day by
the scheduler through the platform port; without a date, reviewed by a legal officer."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.legal.gateway import LegalRequest
from tests.factories import post
from tests.legal.gateway.conftest import Agent, removal_order
from tests.legal.gateway.test_consoles import browser as browser
from tests.legal.gateway.test_consoles import csrf_of
from tests.legal.gateway.test_effect import _answer, _mirror, _rows
from tests.nta import audit_actions

NOTICES = "/api/v1/legal/officer/user-notices"


def _gagged(
    client: Any, agent: Agent, officer: dict[str, str], item: str, until: str | None
) -> str:
    body = removal_order(
        targets=[{"kind": "post", "id": item}], gag_order=True, gag_order_until=until
    )
    rid = str(agent.submit(client, body).json()["id"])
    _answer(client, officer, rid, answer="complied", scope="global")
    return rid


def test_the_user_is_told_on_the_day_the_gag_ends(
    client: Any,
    container: Container,
    clock: ManualClock,
    agent: Agent,
    officer: dict[str, str],
    make_key: Any,
) -> None:
    _mirror(client, make_key, post("post-1", author_id="acc-9"))
    ends = clock.now().date() + timedelta(days=10)
    rid = _gagged(client, agent, officer, "post-1", ends.isoformat())
    platform = container.nta.platform
    assert [r.kind for r in _rows(container, rid)] == ["remove_post"]
    assert platform.messages_to("acc-9") == []  # type: ignore[attr-defined]
    [waiting] = client.get(NOTICES, headers=officer).json()["notices"]
    assert waiting["account_id"] == "acc-9" and waiting["due_at"].startswith(ends.isoformat())
    assert not waiting["periodic_review"]

    clock.advance(timedelta(days=9))
    container.scheduler.run_due()
    assert platform.messages_to("acc-9") == []  # type: ignore[attr-defined]
    clock.advance(timedelta(days=1))
    ran = container.scheduler.run_due()
    assert "legal-user-notices" in ran
    container.scheduler.run_due()
    [message] = platform.messages_to("acc-9")  # type: ignore[attr-defined]
    assert message.args["notify"] == "authority_order"
    assert "Bundeskriminalamt" in message.args["text"]
    assert "confidentiality" in message.args["text"]
    assert client.get(NOTICES, headers=officer).json()["notices"] == []
    tags = [e.action for e in audit_actions(container, "legal:user_notice:")]
    assert tags == ["legal:user_notice:deferred", "legal:user_notice:released"]
    # Once only: the scheduler does not notify again.
    clock.advance(timedelta(days=1))
    container.scheduler.run_due()
    assert len(platform.messages_to("acc-9")) == 1  # type: ignore[attr-defined]


def test_a_supplement_moving_the_gag_date_moves_the_notice(
    client: Any,
    container: Container,
    clock: ManualClock,
    agent: Agent,
    officer: dict[str, str],
    make_key: Any,
) -> None:
    _mirror(client, make_key, post("post-1", author_id="acc-9"))
    rid = _gagged(
        client, agent, officer, "post-1", (clock.now().date() + timedelta(days=1)).isoformat()
    )
    with container.database.uow() as unit:  # the authority extended the confidentiality
        request = unit.session.get(LegalRequest, uuid.UUID(rid))
        assert request is not None
        request.gag_order_until = clock.now().date() + timedelta(days=30)
        unit.commit()
    clock.advance(timedelta(days=2))
    container.scheduler.run_due()
    assert container.nta.platform.messages_to("acc-9") == []  # type: ignore[attr-defined]
    [waiting] = client.get(NOTICES, headers=officer).json()["notices"]
    assert waiting["due_at"].startswith((clock.now().date() + timedelta(days=28)).isoformat())


def test_without_a_date_a_legal_officer_reviews_then_releases(
    client: Any,
    container: Container,
    agent: Agent,
    officer: dict[str, str],
    make_key: Any,
    browser: Callable[..., Any],
) -> None:
    _mirror(client, make_key, post("post-1", author_id="acc-9"))
    _gagged(client, agent, officer, "post-1", None)
    [waiting] = client.get(NOTICES, headers=officer).json()["notices"]
    assert waiting["periodic_review"] and waiting["due_at"] is None
    legal = browser("legal@example.org", "legal_officer")
    page = legal.get("/console/legal/user-notices")
    assert page.status_code == 200 and f"notice-{waiting['id']}" in page.text
    assert "periodic review" in page.text
    reviewed = legal.post(
        f"/console/legal/user-notices/{waiting['id']}/reviewed",
        data={"csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert reviewed.status_code == 303
    assert client.get(NOTICES, headers=officer).json()["notices"][0]["reviewed_at"]
    assert container.nta.platform.messages_to("acc-9") == []  # type: ignore[attr-defined]
    released = legal.post(
        f"/console/legal/user-notices/{waiting['id']}/release",
        data={"csrf_token": csrf_of(page.text)},
        follow_redirects=False,
    )
    assert released.status_code == 303
    assert len(container.nta.platform.messages_to("acc-9")) == 1  # type: ignore[attr-defined]
    again = client.post(f"{NOTICES}/{waiting['id']}/release", headers=officer)
    assert again.status_code == 409
    moderator = {"Authorization": f"Bearer {make_key('moderator')}"}
    assert client.get(NOTICES, headers=moderator).status_code == 403
