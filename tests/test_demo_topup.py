"""The demo's open work, topped up relative to now (`demo/topup.py`): whatever is open is open
and on time, whenever the demo is started, and a second start adds nothing."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from safeharbour.audit.chain import verify_chain
from safeharbour.bootstrap import build_container
from safeharbour.config import Settings
from safeharbour.demo import seed_demo
from safeharbour.demo.activity import seed_activity
from safeharbour.demo.topup import top_up_open_work
from safeharbour.enforcement.actions import count_dead_letters
from safeharbour.kit.clock import SystemClock
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestAnswer
from safeharbour.review.models import Appeal, Case, QaReview


def test_open_work_is_on_time_at_every_start(settings: Settings) -> None:
    container = build_container(settings)
    try:
        seed_demo(container)
        seed_activity(container, days=2, volume=0.05)
        # Midday or later, so that the escalated request and the dead letter fit into today
        # (backdated steps never reach into a published day).
        real = SystemClock().now()
        now = max(real, datetime.combine(real.date(), time(12), tzinfo=UTC))
        first = top_up_open_work(container, now=now).counts
        assert first["requests_opened"] == 3 and first["requests_escalated"] == 1
        assert first["notices_opened"] >= 1 and first["dead_letters"] == 1
        with container.database.reader() as session:
            late = session.scalars(select(LegalRequestAnswer).where(LegalRequestAnswer.late))
            assert list(late) == []  # every answer so far within its deadline
        # A start two days later: what would no longer be on time is settled (an answer whose
        # deadline passed while the demo was stopped is honestly late), then topped up.
        later = now + timedelta(days=2)
        top_up_open_work(container, now=later)
        again = top_up_open_work(container, now=later)
        assert sum(again.counts.values()) == 0  # nothing more to do on a second start

        with container.database.reader() as session:
            open_requests = list(
                session.scalars(select(LegalRequest).where(LegalRequest.status != "answered"))
            )
            assert len(open_requests) == 4
            assert all(r.deadline_at > later for r in open_requests)
            assert [r.escalation_level for r in open_requests].count(2) == 1  # the 90 % one
            cases: list[Any] = list(session.scalars(select(Case).where(Case.status == "open")))
            assert cases and all(c.due_at > later for c in cases)
            assert session.scalar(
                select(func.count()).select_from(Appeal).where(Appeal.status == "open")
            )
            assert session.scalar(
                select(func.count()).select_from(QaReview).where(QaReview.status == "open")
            )
            assert count_dead_letters(session) == 1
            assert verify_chain(session).ok
    finally:
        container.close()


def test_top_up_never_writes_into_a_published_day(settings: Settings) -> None:
    container = build_container(settings)
    try:
        seed_demo(container)
        real = SystemClock().now()
        just_after_midnight = datetime.combine(real.date(), time(0, 20), tzinfo=UTC)
        counts = top_up_open_work(container, now=just_after_midnight).counts
        assert counts["requests_escalated_later"] == 1 and counts["dead_letters_later"] == 1
        with container.database.reader() as session:
            first = session.scalar(select(func.min(LegalRequest.received_at)))
            assert first is not None and first.date() == real.date()
            opened = session.scalar(select(func.min(Case.opened_at)))
            assert opened is not None and opened.date() == real.date()
    finally:
        container.close()
