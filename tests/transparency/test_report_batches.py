"""The daily report's batched look-ups (report_queries.decision_rows: per-batch notices, signals
and measures, `= ANY(:ids)` on PostgreSQL, `IN` on SQLite) give exactly the rows that plain
one-decision-at-a-time queries give, whatever the batch size, so the leaves and the root do not
depend on how the reads are batched."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.kit.canonical import canonical_json
from safeharbour.kit.merkle import merkle_root
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction
from safeharbour.transparency import report_queries as rq
from safeharbour.transparency.reports import iter_day_leaves
from tests.transparency.seed import seed_everything

DAY = date(2026, 6, 1)


def one_at_a_time(container: Container, start: datetime, end: datetime) -> list[rq.DecisionRow]:
    """The reference: each decision's notices, signals and measures read on their own."""
    out = []
    with container.database.uow() as unit:
        session = unit.session
        decisions = session.execute(
            select(Decision, Case.item_kind)
            .join(Case, Case.id == Decision.case_id)
            .where(Decision.effective_at >= start, Decision.effective_at < end)
            .order_by(Decision.effective_at, Decision.id)
        ).tuples()
        for decision, item_kind in decisions:
            notices = session.scalars(select(Notice).where(Notice.case_id == decision.case_id))
            kinds: set[str] = set()
            first = None
            for notice in notices:
                kinds.add(notice.source_type)
                if first is None or notice.received_at < first:
                    first = notice.received_at
            automated = (
                session.scalar(
                    select(CaseSignal.id).where(
                        CaseSignal.case_id == decision.case_id, CaseSignal.automated.is_(True)
                    )
                )
                is not None
            )
            measures = session.scalars(
                select(DecisionAction)
                .where(DecisionAction.decision_id == decision.id)
                .order_by(DecisionAction.position)
            )
            assert decision.effective_at is not None
            out.append(
                rq.DecisionRow(
                    id=decision.id,
                    effective_at=decision.effective_at,
                    category=decision.category,
                    outcome=decision.outcome,
                    automated_decision=decision.automated_decision,
                    item_kind=item_kind,
                    source=rq.source_of(kinds, automated),
                    first_notice_at=first,
                    automated_signal=automated,
                    actions=[(m.kind, list(m.countries or [])) for m in measures],
                )
            )
    return out


def test_batched_rows_equal_one_at_a_time_reads(container: Container) -> None:
    seed_everything(container, DAY, n=400, seed=11)
    start = datetime(DAY.year, DAY.month, DAY.day, tzinfo=UTC)
    end = start + timedelta(days=1)
    expected = one_at_a_time(container, start, end)
    assert len(expected) > 300
    assert {row.source for row in expected} >= {
        "user_notice",
        "trusted_flagger",
        "authority_order",
        "own_initiative_automated",
        "own_initiative_human",
    }
    assert any(countries for row in expected for _, countries in row.actions)
    for batch in (1, 7, 150, rq.BATCH):
        with container.database.uow() as unit:
            got = list(rq.decision_rows(unit.session, start, end, batch=batch))
        assert got == expected, f"batch={batch}"


def test_leaves_and_root_do_not_depend_on_the_batch_size(
    container: Container, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_everything(container, DAY, n=300, seed=12)

    def lines() -> list[bytes]:
        with container.database.uow() as unit:
            return [canonical_json(leaf) for leaf in iter_day_leaves(unit.session, DAY)]

    whole = lines()
    monkeypatch.setattr(rq, "BATCH", 13)
    monkeypatch.setattr(rq.decision_rows, "__kwdefaults__", {"batch": 13})
    assert lines() == whole
    assert merkle_root(lines()) == merkle_root(whole)
