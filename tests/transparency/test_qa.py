"""Blind QA of automated decisions: the seeded daily sample, the blind view, the audited verdict,
the scheduler job, and the precision the next report publishes."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.bootstrap import Container, qa_policy
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.errors import InvalidInput
from safeharbour.review.models import Decision, QaReview
from safeharbour.review.qa import QaPolicy, _rng, do_sample_qa, sample_size
from safeharbour.transparency.reports import do_publish_day, verify_dir, write_files
from tests.conftest import bearer
from tests.nta import audit_actions
from tests.transparency.seed import seed_everything

DAY = date(2026, 5, 31)  # yesterday for the fixtures' clock (2026-06-01 12:00 UTC)
POLICY = QaPolicy(rate=0.05, minimum=5, seed=b"test-seed")


def _automated(container: Container) -> list[Decision]:
    with container.database.reader() as s:
        return [
            d
            for d in s.scalars(select(Decision))
            if d.automated_decision == "AUTOMATED_DECISION_FULLY"
            and d.effective_at is not None
            and d.effective_at.date() == DAY
        ]


def _sample(container: Container, policy: QaPolicy = POLICY, day: date = DAY) -> list[QaReview]:
    with container.database.uow() as unit:
        rows = do_sample_qa(unit, day, policy=policy, actor=SYSTEM)
        unit.commit()
        return rows


def test_sample_size_follows_rate_and_minimum() -> None:
    policy = QaPolicy(rate=0.02, minimum=5)
    assert [sample_size(n, policy) for n in (0, 3, 5, 100, 250, 251, 10_000)] == [
        0,
        3,
        5,
        5,
        5,
        6,
        200,
    ]
    with pytest.raises(InvalidInput) as bad:
        QaPolicy(rate=1.5)
    assert bad.value.errors[0].field == "rate"


def test_the_daily_sample_is_seeded_sized_once_and_audited(container: Container) -> None:
    seed_everything(container, DAY, n=900, qa=False, spill=False)
    population = _automated(container)
    rows = _sample(container)
    expected = sample_size(len(population), POLICY)
    assert len(rows) == expected == max(5, math.ceil(0.05 * len(population)))
    # Deterministic: the same seed and day draw the same decisions (and another seed others).
    ordered = sorted(population, key=lambda d: str(d.id).replace("-", ""))
    with container.database.reader() as s:
        sql_order = list(
            s.scalars(
                select(Decision.id)
                .where(Decision.id.in_([d.id for d in population]))
                .order_by(Decision.id)
            )
        )
    assert sql_order == [d.id for d in ordered]
    drawn = {d[0] for d in _rng(POLICY, DAY).sample([(d.id,) for d in ordered], expected)}
    assert {r.decision_id for r in rows} == drawn
    other = {
        d[0]
        for d in _rng(QaPolicy(rate=0.05, minimum=5, seed=b"other"), DAY).sample(
            [(d.id,) for d in ordered], expected
        )
    }
    assert other != drawn
    assert _sample(container) == []  # a day is sampled once
    [entry] = audit_actions(container, "system:qa:sampled")
    assert entry.snapshot["population"] == len(population)
    assert entry.snapshot["sampled"] == expected
    with pytest.raises(InvalidInput):
        _sample(container, day=date(2026, 6, 1))  # today is not finished


def test_a_moderator_decides_blind_and_the_report_publishes_the_precision(
    client: Any,
    container: Container,
    clock: ManualClock,
    make_key: Any,
    tmp_path: Path,
) -> None:
    seed_everything(container, DAY, n=400, qa=False, spill=False)
    rows = _sample(container)
    assert len(rows) >= 5
    moderator = bearer(make_key("moderator"))
    queue = client.get("/api/v1/qa/reviews", headers=moderator)
    assert queue.status_code == 200, queue.text
    assert len(queue.json()["reviews"]) == len(rows)
    truth = {str(r.id): (r.automated_outcome, r.category) for r in rows}
    verdicts = {}
    for i, review in enumerate(queue.json()["reviews"]):
        view = client.get(f"/api/v1/qa/reviews/{review['id']}", headers=moderator)
        assert view.status_code == 200, view.text
        text = view.text
        # Blind: nothing of the machine's call (outcome, category, source) is in the view.
        assert "automated" not in text and "STATEMENT_CATEGORY" not in text
        assert "own_initiative" not in text and "verdict" not in text
        outcome, category = truth[review["id"]]
        # Agree with the first three, disagree with the rest.
        if i < 3:
            body = {"outcome": outcome, "category": category if outcome == "action" else None}
        else:
            flipped = "no_action" if outcome == "action" else "action"
            body = {"outcome": flipped, "category": "STATEMENT_CATEGORY_VIOLENCE"}
        reply = client.post(
            f"/api/v1/qa/reviews/{review['id']}/verdict", json=body, headers=moderator
        )
        assert reply.status_code == 200, reply.text
        verdict = reply.json()["verdict"]
        assert verdict["agreed"] is (i < 3)
        assert verdict["automated_outcome"] == outcome
        verdicts[review["id"]] = verdict
    again = client.post(
        f"/api/v1/qa/reviews/{rows[0].id}/verdict", json={"outcome": "action"}, headers=moderator
    )
    assert again.status_code == 409
    assert len(audit_actions(container, "review:qa:reviewed")) == len(rows)

    clock.advance(timedelta(days=1))
    with container.database.uow() as unit:
        report = do_publish_day(unit, date(2026, 6, 1), signer=container.keys.signer)
        unit.commit()
        write_files(report, tmp_path / "r")
    numbers = json.loads((tmp_path / "r" / "report.json").read_text())
    assert numbers["automated_precision"]["qa_reviewed"] == len(rows)
    assert numbers["automated_precision"]["qa_agreed"] == 3
    assert numbers["automated_precision"]["qa_precision"] == round(3 / len(rows), 4)
    assert sum(numbers["qa_reviewed_by_category"].values()) == len(rows)
    assert verify_dir(tmp_path / "r") is None


def test_verdicts_name_the_field_that_is_wrong(
    client: Any, container: Container, make_key: Any
) -> None:
    seed_everything(container, DAY, n=200, qa=False, spill=False)
    [first, *_] = _sample(container)
    moderator = bearer(make_key("moderator"))
    url = f"/api/v1/qa/reviews/{first.id}/verdict"
    bad = client.post(url, json={"outcome": "maybe"}, headers=moderator)
    assert bad.status_code == 422 and "outcome" in bad.text
    no_category = client.post(url, json={"outcome": "action"}, headers=moderator)
    assert no_category.status_code == 422, no_category.text
    assert "category" in no_category.text
    wrong = client.post(url, json={"outcome": "action", "category": "X"}, headers=moderator)
    assert wrong.status_code == 422 and "category" in wrong.text
    platform = bearer(make_key("platform"))
    assert client.get("/api/v1/qa/reviews", headers=platform).status_code == 403


def test_the_scheduler_samples_yesterday(
    container: Container, clock: ManualClock, settings: Any
) -> None:
    seed_everything(container, DAY, n=300, qa=False, spill=False)
    container.scheduler.run_due()
    with container.database.reader() as s:
        sampled = list(s.scalars(select(QaReview)))
    expected = sample_size(len(_automated(container)), qa_policy(container))
    assert len(sampled) == expected > 0
    assert {r.sample_day for r in sampled} == {DAY.isoformat()}
    clock.set(datetime(2026, 6, 1, 23, 59, tzinfo=clock.now().tzinfo))
    container.scheduler.run_due()  # same day: nothing new
    with container.database.reader() as s:
        assert len(list(s.scalars(select(QaReview)))) == expected
