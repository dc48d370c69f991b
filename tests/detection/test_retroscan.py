"""Retro-scans: a changed bank is matched against stored posts in the background, once per
(post, bank version), resumable after a crash; `bank rescan NAME`; status on /readyz."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.detection.banks.actions import (
    do_add_bank_entries,
    do_create_bank,
    do_update_bank,
    get_bank,
)
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.models import Rescan, RescannedPost
from safeharbour.detection.retroscan import (
    do_rescan_batch,
    do_start_rescan,
    due_banks,
    run_rescans,
)
from safeharbour.review.models import Case, CaseSignal, Decision
from tests.detection.rules_support import cli_runner
from tests.detection.test_pipeline import ACTOR, ingest
from tests.factories import account, channel, post


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    return cli_runner(settings, monkeypatch)


SCAMS = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"


def add(container: Any, name: str, values: list[str], *, policy: str = "review") -> None:
    with container.database.uow() as unit:
        bank = get_bank(unit.session, name)
        if bank is None:
            bank = do_create_bank(unit, name, policy=policy, category=SCAMS, actor=ACTOR)
        do_add_bank_entries(unit, bank, Signal.KEYWORD, values, actor=ACTOR)
        unit.commit()


def signalled(container: Any) -> dict[str, int]:
    """post id -> signals raised on it."""
    counts: dict[str, int] = {}
    with container.database.reader() as session:
        for signal in session.scalars(select(CaseSignal)):
            case = session.get(Case, signal.case_id)
            assert case is not None
            counts[case.item_id] = counts.get(case.item_id, 0) + 1
    return counts


def rescans(container: Any) -> list[Rescan]:
    with container.database.reader() as session:
        return list(session.scalars(select(Rescan).order_by(Rescan.started_at)))


def stored_posts(container: Any, count: int) -> None:
    texts = ["free money now" if i % 3 == 0 else f"hello {i}" for i in range(count)]
    ingest(
        container,
        [account("acc-1"), channel("chan-1")]
        + [post(f"p{i:02d}", text) for i, text in enumerate(texts)],
    )


def job(container: Any, **options: Any) -> int:
    return run_rescans(container.database, policy=container.nta.review, **options)


def test_a_new_bank_is_matched_against_stored_posts_once(container: Any, clock: Any) -> None:
    stored_posts(container, 9)  # no banks yet: nothing scanned on ingest
    assert signalled(container) == {}
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["free money"])
    assert job(container, batch=4) == 9
    assert signalled(container) == {"p00": 1, "p03": 1, "p06": 1}
    [rescan] = rescans(container)
    assert (rescan.status, rescan.scanned, rescan.matched, rescan.total) == ("done", 9, 3, 9)
    with container.database.reader() as session:
        [signal] = session.scalars(select(CaseSignal)).all()[:1]
        assert signal.details["event_id"].startswith("rescan:scam:")
        assert signal.details["rule"] == "builtin:bank-review"
    # Runs again: nothing due, nothing raised twice.
    assert job(container) == 0
    assert signalled(container) == {"p00": 1, "p03": 1, "p06": 1}


def test_added_entries_match_only_what_is_new(container: Any, clock: Any) -> None:
    add(container, "scam", ["free money"])
    stored_posts(container, 6)  # scanned on ingest: p00 and p03 signalled
    stored = signalled(container)
    assert stored == {"p00": 1, "p03": 1}
    job(container)  # the bank's first version: every post was scanned with it on ingest
    assert signalled(container) == stored
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["hello 4", "hello 5"])
    job(container)
    assert signalled(container) == {"p00": 1, "p03": 1, "p04": 1, "p05": 1}
    assert [r.mode for r in rescans(container)] == ["entries", "entries"]
    # Policy change: every entry counts again (review -> act acts on what was only reviewed).
    clock.advance(timedelta(minutes=1))
    with container.database.uow() as unit:
        do_update_bank(unit, "scam", policy="act", actor=ACTOR)
        unit.commit()
    job(container)
    assert rescans(container)[-1].mode == "full"
    with container.database.reader() as session:
        decided = set(
            session.scalars(select(Case.item_id).join(Decision, Decision.case_id == Case.id))
        )
    assert decided == {"p00", "p03", "p04", "p05"}


def test_an_interrupted_rescan_resumes_from_its_cursor(container: Any, clock: Any) -> None:
    stored_posts(container, 12)
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["free money"])
    with container.database.uow() as unit:
        bank = get_bank(unit.session, "scam")
        assert bank is not None and due_banks(unit.session) == [bank]
        rescan_id = do_start_rescan(unit, bank, actor=ACTOR).id
        unit.commit()
    policy = container.nta.review
    with container.database.uow() as unit:
        first = do_rescan_batch(unit, rescan_id, policy=policy, batch=5)
        unit.commit()
    assert (first.scanned, first.matched, first.finished) == (5, 2, False)
    # A crash in the middle of the next batch: its transaction never commits.
    with container.database.uow() as unit:
        do_rescan_batch(unit, rescan_id, policy=policy, batch=5)
        unit.rollback()
    assert signalled(container) == {"p00": 1, "p03": 1}
    [row] = rescans(container)
    assert (row.cursor, row.scanned, row.status) == ("p04", 5, "running")
    # Another process picks it up (no new rescan: the version has one).
    assert job(container, batch=5) == 7
    assert signalled(container) == {"p00": 1, "p03": 1, "p06": 1, "p09": 1}
    [row] = rescans(container)
    assert (row.status, row.scanned, row.matched) == ("done", 12, 4)
    with container.database.reader() as session:
        fed = sorted(r.post_id for r in session.scalars(select(RescannedPost)))
    assert fed == ["p00", "p03", "p06", "p09"]


def test_a_bank_changing_during_a_rescan_supersedes_it(container: Any, clock: Any) -> None:
    stored_posts(container, 6)
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["free money"])
    with container.database.uow() as unit:
        bank = get_bank(unit.session, "scam")
        assert bank is not None
        rescan_id = do_start_rescan(unit, bank, actor=ACTOR).id
        do_rescan_batch(unit, rescan_id, policy=container.nta.review, batch=2)
        unit.commit()
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["hello 5"])
    job(container)
    states = [(r.status, r.mode) for r in rescans(container)]
    assert states == [("superseded", "entries"), ("done", "entries")]
    # The newer rescan covered what the superseded one had not finished.
    assert signalled(container) == {"p00": 1, "p03": 1, "p05": 1}


def test_bank_rescan_command_and_readyz(
    run: Any, container: Any, clock: Any, client: Any, operator_status: Any
) -> None:
    stored_posts(container, 7)
    clock.advance(timedelta(minutes=1))
    add(container, "scam", ["free money"])
    result = run("bank", "rescan", "scam", "--batch", "3")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert (summary["bank"], summary["status"], summary["scanned"], summary["matched"]) == (
        "scam",
        "done",
        7,
        3,
    )
    assert signalled(container) == {"p00": 1, "p03": 1, "p06": 1}
    again = json.loads(run("bank", "rescan", "scam").stdout)
    assert again["status"] == "done" and again["matched"] == 3  # the same version: nothing redone
    assert signalled(container) == {"p00": 1, "p03": 1, "p06": 1}
    [status] = operator_status()["detection"]["rescans"]
    assert (status["bank"], status["status"], status["scanned"]) == ("scam", "done", 7)
    missing = run("bank", "rescan", "nope")
    assert missing.exit_code == 2 and "name" in missing.stderr
