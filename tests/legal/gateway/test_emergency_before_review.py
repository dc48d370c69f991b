"""Emergency disclosures released before the human-rights review: counted in the daily
transparency report from its leaves (reports published before the figure existed still
verify), and listed for the after-the-fact review in the legal console."""

from __future__ import annotations

from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.transparency.reports import compute_numbers, day_leaves
from tests.legal.gateway.conftest import OFFICER, answer
from tests.legal.gateway.test_consoles import browser, csrf_of  # noqa: F401 (fixture)

FIGURE = "authority_emergency_disclosures_before_review"

EMERGENCY = {
    "type": "emergency_disclosure",
    "urgency": "emergency",
    "threat_to_life": True,
    "statement": "A user announced a killing for tonight.",
    "targets": [{"kind": "account", "id": "acc-5"}],
    "data_requested": ["subscriber_info", "ip_addresses"],
}


def _answered_emergency(client: Any, agent: Any, officer: dict[str, str]) -> tuple[str, Any]:
    rid = agent.submit(client, EMERGENCY).json()["id"]
    called = client.post(
        f"{OFFICER}/{rid}/callback", json={"outcome": "confirmed"}, headers=officer
    )
    assert called.status_code == 200, called.text
    proposal = client.get(f"{OFFICER}/{rid}", headers=officer).json()["proposal"]
    done = answer(
        client,
        officer,
        rid,
        answer="partially_complied" if proposal["disposition"] == "partial" else "complied",
        followed_proposal=True,
        what_and_why="Subscriber information released to avert the threat to life.",
    )
    assert done.status_code == 201, done.text
    return rid, proposal


def _numbers(container: Container, clock: ManualClock) -> dict[str, Any]:
    day = clock.now().date()
    with container.database.reader() as session:
        leaves = day_leaves(session, day)
    return compute_numbers(str(day), leaves)


def test_an_emergency_disclosure_before_review_is_counted_and_listed(
    client: Any,
    container: Container,
    clock: ManualClock,
    make_agent: Any,
    officer: Any,
    browser: Any,  # noqa: F811 (the fixture imported above)
) -> None:
    weak = make_agent(
        "Egyptian police",
        country="EG",
        domains=("police.example.eg",),
        callback_phone="+20 2 2792 0000",
    )
    strong = make_agent(callback_phone="+49 611 55-0")
    before_review, weak_proposal = _answered_emergency(client, weak, officer)
    assert weak_proposal["review_after"] is True
    assert weak_proposal["disclose"] == ["subscriber_info"]  # the minimum first
    _, strong_proposal = _answered_emergency(client, strong, officer)
    assert strong_proposal["review_after"] is False

    numbers = _numbers(container, clock)
    assert numbers[FIGURE] == 1
    assert numbers["authority_answers_by_outcome"]["partially_complied"] >= 1

    # the legal console lists it for the after-the-fact review until the review is recorded
    legal = browser("counsel@example.org", "legal_officer")
    section = legal.get("/console/legal/").text.split('id="after-review"')[1]
    assert f"/console/legal/requests/{before_review}" in section
    page = legal.get(f"/console/legal/requests/{before_review}").text
    assert "Review after the fact" in page
    recorded = legal.post(
        f"/console/legal/requests/{before_review}/after-review",
        data={"note": "Reviewed: necessary and proportionate.", "csrf_token": csrf_of(page)},
        follow_redirects=False,
    )
    assert recorded.status_code == 303, recorded.text
    section = legal.get("/console/legal/").text.split('id="after-review"')[1]
    assert before_review not in section
    assert "No emergency disclosure waits for its review." in section


def test_reports_without_the_figure_still_verify() -> None:
    """Leaves written before the figure existed carry no `before_review`: the numbers computed
    from them have no such key, so a report published then still matches its leaves."""
    old_leaf = {
        "kind": "authority_answer",
        "id": "00000000-0000-0000-0000-000000000001",
        "time": "2026-06-01T10:00:00Z",
        "country": "DE",
        "type": "removal_order",
        "outcome": "complied",
        "grounds": [],
        "late": False,
        "seconds_to_answer": 60,
    }
    assert FIGURE not in compute_numbers("2026-06-01", [old_leaf])
    assert compute_numbers("2026-06-01", [{**old_leaf, "before_review": True}])[FIGURE] == 1
    assert compute_numbers("2026-06-01", [{**old_leaf, "before_review": False}])[FIGURE] == 0
