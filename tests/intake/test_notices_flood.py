"""Floods of notices are absorbed: one case per item, priority by distinct sources, budgets."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.review.models import Case
from tests.nta import notice_body


def cases(container: Container) -> list[Case]:
    with container.database.reader() as session:
        return list(session.scalars(select(Case).order_by(Case.opened_at, Case.item_id)))


def handling(container: Container) -> dict[str, int]:
    with container.database.reader() as session:
        rows = session.execute(
            select(Notice.handling, func.count()).group_by(Notice.handling)
        ).all()
    return {h: int(n) for h, n in rows}


def test_many_notifiers_on_one_item_make_one_case_ranked_by_distinct_sources(
    client: Any, container: Container, submit: Callable[..., Any], staff: Callable[..., Any]
) -> None:
    for i in range(12):
        submit(notice_body("post-1", notifier={"name": f"N{i}", "email": f"n{i}@example.org"}))
    submit(notice_body("post-2", notifier={"name": "Solo", "email": "solo@example.org"}))
    found = cases(container)
    assert len(found) == 2
    crowd = next(c for c in found if c.item_id == "post-1")
    assert (crowd.notice_count, crowd.distinct_sources) == (12, 12)
    queue = client.get("/api/v1/cases", headers=staff("mod")).json()["cases"]
    assert [c["item"]["id"] for c in queue] == ["post-1", "post-2"]
    detail = client.get(f"/api/v1/cases/{crowd.id}", headers=staff("mod")).json()
    sources = next(c for c in detail["priority"]["components"] if c["name"] == "sources")
    assert sources["value"] > 4  # 1 + log2(12)
    assert "12 distinct" in sources["why"]
    assert len(detail["notices"]) == 12


def test_one_source_repeating_itself_counts_once_and_is_throttled(
    client: Any, container: Container, submit: Callable[..., Any], staff: Callable[..., Any]
) -> None:
    nta = container.nta
    nta.notices = dataclasses.replace(nta.notices, soft_limit_per_hour=5, hard_limit_per_hour=8)
    who = {"name": "Loud", "email": "loud@example.org"}
    receipts = [submit(notice_body("post-1", notifier=who)) for _ in range(5)]
    receipts += [submit(notice_body(f"post-x{i}", notifier=who)) for i in range(3)]
    assert all(r["status"] == "received" for r in receipts)  # never silent
    limited = client.post("/api/v1/notices", json=notice_body("post-1", notifier=who))
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert handling(container) == {"normal": 5, "throttled": 3}

    found = {c.item_id: c for c in cases(container)}
    assert found["post-1"].distinct_sources == 1
    assert found["post-1"].notice_count == 5
    assert found["post-1"].tier == 0
    # Items reported only over the budget wait behind everything else.
    assert {found[f"post-x{i}"].tier for i in range(3)} == {-1}
    queue = client.get("/api/v1/cases", headers=staff("mod")).json()["cases"]
    assert queue[0]["item"]["id"] == "post-1"

    # The budget is per hour: an hour later the source counts again.
    container.clock.advance(timedelta(hours=1, seconds=1))  # type: ignore[attr-defined]
    submit(notice_body("post-x0", notifier=who))
    assert {c.item_id: c for c in cases(container)}["post-x0"].tier == 0


def test_a_flagger_flood_is_never_refused_but_stops_adding_priority(
    container: Container, flagger: Callable[..., Any], submit: Callable[..., Any]
) -> None:
    nta = container.nta
    nta.notices = dataclasses.replace(
        nta.notices, flagger_soft_limit_per_hour=3, hard_limit_per_hour=2
    )
    _, headers = flagger()
    for i in range(6):
        submit(notice_body(f"post-{i}"), headers=headers)
    assert handling(container) == {"normal": 3, "throttled": 3}
    tiers = sorted(c.tier for c in cases(container))
    assert tiers == [-1, -1, -1, 1, 1, 1]


def test_after_a_decision_public_repeats_join_it_but_flaggers_get_a_fresh_review(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    flagger: Callable[..., Any],
) -> None:
    from tests.nta import CSAM, MINORS, no_action

    first = submit(notice_body("post-1"))
    decided_case = case_of(first["id"])
    decide(decided_case, no_action())
    repeat = submit(notice_body("post-1", explanation="Same again."))
    assert repeat["status"] == "decided"
    assert "already decided" in repeat["next_steps"]
    assert case_of(repeat["id"]) == decided_case
    # More severe allegations and trusted flaggers open a new case for the item.
    graver = submit(notice_body("post-1", category=MINORS, category_specification=[CSAM]))
    assert graver["status"] == "received" and case_of(graver["id"]) != decided_case
    _, tf = flagger()
    assert case_of(submit(notice_body("post-1"), headers=tf)["id"]) == case_of(graver["id"])
    # After the cool-down a public notice gets a fresh review as well.
    container.clock.advance(timedelta(days=31))  # type: ignore[attr-defined]
    assert len(cases(container)) == 2
