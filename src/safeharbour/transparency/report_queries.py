"""Reads behind the daily report: every row a leaf is made of, for one UTC day, in batches.

The report never loads a whole day at once: decisions are streamed in partitions of
`BATCH` rows (a server-side cursor on PostgreSQL), and each partition's notices, signals and
measures are fetched with one query each, so 1,000,000 decisions are about 1,500
statements and a bounded amount of memory (bench/report.py). On PostgreSQL a partition's ids
travel as one array parameter (`= ANY(:ids)`), not as a 2,000-parameter `IN (...)`: the
statement text stays the same for every batch (psycopg prepares it once) and the server parses
one parameter instead of thousands, which was most of the build's cost there.

Only pseudonymous facts leave this module: ids of decisions, requests, answers, appeals and QA
reviews, times, categories, types, outcomes, countries of measures and of authorities, never an
account, item, notifier or text.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Uuid, any_, bindparam, func, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session

from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.models import Notice
from safeharbour.kit.dsa import SourceType
from safeharbour.legal.gateway.models import (
    LegalRequest,
    LegalRequestAnswer,
    LegalRequestAssessment,
)
from safeharbour.legal.models import Agency
from safeharbour.review.models import Appeal, Case, CaseSignal, Decision, DecisionAction

BATCH = 2000
AUTHORITY_MEASURES = ("remove_post", "restrict_post", "suspend_account", "ban_channel")


@dataclass(frozen=True)
class DecisionRow:
    id: uuid.UUID
    effective_at: datetime
    category: str
    outcome: str
    automated_decision: str
    item_kind: str
    source: str
    first_notice_at: datetime | None
    automated_signal: bool
    actions: list[tuple[str, list[str]]]
    """(kind, countries) in position order."""


@dataclass(frozen=True)
class AuthorityEffectRow:
    """A complied content order given effect (legal/gateway/effect.py): a decision without a
    review `Decision` row, counted with the source `authority_order`."""

    answer_id: uuid.UUID
    planned_at: datetime
    received_at: datetime
    category: str | None
    automated: bool
    actions: list[tuple[str, str, list[str]]]
    """(kind, target kind, countries)."""


@dataclass(frozen=True)
class AuthorityRequestRow:
    id: uuid.UUID
    received_at: datetime
    country: str | None
    type: str
    outcome: str
    """The latest answer given before the day ended, else `pending`."""
    grounds: list[str]


@dataclass(frozen=True)
class AuthorityAnswerRow:
    id: uuid.UUID
    answered_at: datetime
    received_at: datetime
    country: str | None
    type: str
    outcome: str
    grounds: list[str]
    late: bool
    before_review: bool = False
    """A disclosure given in an emergency before the human-rights review (the proposal the
    answer followed said `review_after`): the review comes after the fact."""


@dataclass(frozen=True)
class AppealRow:
    id: uuid.UUID
    at: datetime
    event: str
    """received | decided"""
    appellant: str
    outcome: str | None
    decision_automated: bool
    category: str


def source_of(notice_kinds: set[str], automated_signal: bool) -> str:
    """The report's source of a decision: an authority's notice wins, then a trusted flagger's,
    then any notice; without notice, own initiative, automated when a machine raised it."""
    if SourceType.OTHER_NOTIFICATION.value in notice_kinds:
        return "authority_order"
    if SourceType.TRUSTED_FLAGGER.value in notice_kinds:
        return "trusted_flagger"
    if notice_kinds:
        return "user_notice"
    return "own_initiative_automated" if automated_signal else "own_initiative_human"


def _among(
    session: Session, column: InstrumentedAttribute[Any], ids: Sequence[uuid.UUID]
) -> ColumnElement[bool]:
    """`column IN ids`, written as `column = ANY(:ids)` with one array parameter on PostgreSQL.

    SQLite keeps `IN`: it has no arrays, and a full batch always renders the same statement
    there, which the driver's statement cache reuses."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("ids", list(ids), type_=ARRAY(Uuid), unique=True))
    return column.in_(ids)


def _notice_facts(
    session: Session, case_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, tuple[set[str], datetime | None]]:
    facts: dict[uuid.UUID, tuple[set[str], datetime | None]] = {}
    rows = session.execute(
        select(Notice.case_id, Notice.source_type, func.min(Notice.received_at))
        .where(_among(session, Notice.case_id, case_ids))
        .group_by(Notice.case_id, Notice.source_type)
    ).tuples()
    for case_id, kind, first in rows:
        if case_id is None:
            continue
        kinds, earliest = facts.get(case_id, (set(), None))
        kinds.add(kind)
        if first is not None and (earliest is None or first < earliest):
            earliest = first
        facts[case_id] = (kinds, earliest)
    return facts


def _automated_cases(session: Session, case_ids: Sequence[uuid.UUID]) -> set[uuid.UUID]:
    return set(
        session.scalars(
            select(CaseSignal.case_id)
            .where(_among(session, CaseSignal.case_id, case_ids), CaseSignal.automated.is_(True))
            .distinct()
        )
    )


def sources_of_cases(session: Session, case_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, str]:
    notices = _notice_facts(session, case_ids)
    automated = _automated_cases(session, case_ids)
    return {
        case_id: source_of(notices.get(case_id, (set(), None))[0], case_id in automated)
        for case_id in case_ids
    }


def _decision_batch(session: Session, batch: Sequence[Any]) -> list[DecisionRow]:
    case_ids = list({row[1] for row in batch})
    decision_ids = [row[0] for row in batch]
    notices = _notice_facts(session, case_ids)
    automated = _automated_cases(session, case_ids)
    actions: dict[uuid.UUID, list[tuple[str, list[str]]]] = defaultdict(list)
    for decision_id, kind, countries in session.execute(
        select(DecisionAction.decision_id, DecisionAction.kind, DecisionAction.countries)
        .where(_among(session, DecisionAction.decision_id, decision_ids))
        .order_by(DecisionAction.decision_id, DecisionAction.position)
    ).tuples():
        actions[decision_id].append((kind, list(countries or [])))
    out = []
    for decision_id, case_id, effective_at, category, outcome, automated_decision, kind in batch:
        kinds, first_notice = notices.get(case_id, (set(), None))
        out.append(
            DecisionRow(
                id=decision_id,
                effective_at=effective_at,
                category=category,
                outcome=outcome,
                automated_decision=automated_decision,
                item_kind=kind,
                source=source_of(kinds, case_id in automated),
                first_notice_at=first_notice,
                automated_signal=case_id in automated,
                actions=actions.get(decision_id, []),
            )
        )
    return out


def decision_rows(
    session: Session, start: datetime, end: datetime, *, batch: int = BATCH
) -> Iterator[DecisionRow]:
    """The decisions that became effective in [start, end), ordered by (effective time, id)."""
    query = (
        select(
            Decision.id,
            Decision.case_id,
            Decision.effective_at,
            Decision.category,
            Decision.outcome,
            Decision.automated_decision,
            Case.item_kind,
        )
        .join(Case, Case.id == Decision.case_id)
        .where(Decision.effective_at >= start, Decision.effective_at < end)
        .order_by(Decision.effective_at, Decision.id)
        .execution_options(yield_per=batch)
    )
    for partition in session.execute(query).partitions(batch):
        yield from _decision_batch(session, partition)


def raw_decision_rows(
    session: Session, start: datetime, end: datetime
) -> Iterator[tuple[object, ...]]:
    """The same decision rows as `decision_rows` without joins to notices, signals and measures
    and without any aggregation: the baseline of bench/report.py."""
    query = (
        select(
            Decision.id,
            Decision.case_id,
            Decision.effective_at,
            Decision.category,
            Decision.outcome,
            Decision.automated_decision,
        )
        .where(Decision.effective_at >= start, Decision.effective_at < end)
        .order_by(Decision.effective_at, Decision.id)
        .execution_options(yield_per=BATCH)
    )
    for row in session.execute(query):
        yield tuple(row)


def authority_effect_rows(
    session: Session, start: datetime, end: datetime
) -> list[AuthorityEffectRow]:
    """Complied content orders whose platform calls were planned in [start, end)."""
    requests = session.execute(
        select(LegalRequest, LegalRequestAnswer.id)
        .join(LegalRequestAnswer, LegalRequestAnswer.id == LegalRequest.answer_id)
        .where(LegalRequest.effect_planned_at >= start, LegalRequest.effect_planned_at < end)
    ).tuples()
    out = []
    for request, answer_id in requests:
        measures = session.scalars(
            select(EnforcementAction)
            .where(
                EnforcementAction.legal_request_id == request.id,
                EnforcementAction.kind.in_(AUTHORITY_MEASURES),
            )
            .order_by(EnforcementAction.id)
        ).all()
        planned_at = request.effect_planned_at
        assert planned_at is not None
        out.append(
            AuthorityEffectRow(
                answer_id=answer_id,
                planned_at=planned_at,
                received_at=request.received_at,
                category=request.offence_category,
                automated=bool(request.auto_executed),
                actions=[
                    (m.kind, m.target_kind, list((m.params or {}).get("countries") or []))
                    for m in measures
                ],
            )
        )
    return out


def _countries(session: Session, agency_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
    ids = [i for i in set(agency_ids) if i is not None]
    if not ids:
        return {}
    return dict(
        session.execute(select(Agency.id, Agency.country).where(Agency.id.in_(ids))).tuples().all()
    )


def _grounds(answer: LegalRequestAnswer) -> list[str]:
    if answer.answer != "refused":
        return []
    return sorted(
        {str(reason.get("rule")) for reason in answer.reasons or [] if reason.get("rule")}
    )


def authority_request_rows(
    session: Session, start: datetime, end: datetime
) -> list[AuthorityRequestRow]:
    """Requests received in [start, end), each with its outcome as the day ended."""
    requests = session.scalars(
        select(LegalRequest).where(
            LegalRequest.received_at >= start, LegalRequest.received_at < end
        )
    ).all()
    if not requests:
        return []
    countries = _countries(session, (r.agency_id for r in requests))
    latest: dict[uuid.UUID, LegalRequestAnswer] = {}
    for given in session.scalars(
        select(LegalRequestAnswer)
        .where(
            LegalRequestAnswer.request_id.in_([r.id for r in requests]),
            LegalRequestAnswer.answered_at < end,
        )
        .order_by(LegalRequestAnswer.answered_at, LegalRequestAnswer.id)
    ):
        latest[given.request_id] = given
    out = []
    for request in requests:
        answer = latest.get(request.id)
        out.append(
            AuthorityRequestRow(
                id=request.id,
                received_at=request.received_at,
                country=countries.get(request.agency_id) if request.agency_id else None,
                type=request.type,
                outcome=answer.answer if answer is not None else "pending",
                grounds=_grounds(answer) if answer is not None else [],
            )
        )
    return out


def authority_answer_rows(
    session: Session, start: datetime, end: datetime
) -> list[AuthorityAnswerRow]:
    """Answers given to authorities in [start, end)."""
    rows = session.execute(
        select(LegalRequestAnswer, LegalRequest)
        .join(LegalRequest, LegalRequest.id == LegalRequestAnswer.request_id)
        .where(LegalRequestAnswer.answered_at >= start, LegalRequestAnswer.answered_at < end)
    ).tuples()
    pairs = list(rows)
    countries = _countries(session, (request.agency_id for _, request in pairs))
    released = _released_before_review(session, [answer for answer, _ in pairs])
    return [
        AuthorityAnswerRow(
            id=answer.id,
            answered_at=answer.answered_at,
            received_at=request.received_at,
            country=countries.get(request.agency_id) if request.agency_id else None,
            type=request.type,
            outcome=answer.answer,
            grounds=_grounds(answer),
            late=bool(answer.late),
            before_review=answer.id in released,
        )
        for answer, request in pairs
    ]


def _released_before_review(
    session: Session, answers: Sequence[LegalRequestAnswer]
) -> set[uuid.UUID]:
    """The answers that disclosed data in an emergency ahead of the human-rights review: they
    complied (in whole or in part) and the proposal they answered said `review_after`."""
    disclosed = {
        a.assessment_id: a.id
        for a in answers
        if a.assessment_id is not None and a.answer in ("complied", "partially_complied")
    }
    if not disclosed:
        return set()
    rows = session.execute(
        select(LegalRequestAssessment.id, LegalRequestAssessment.proposal).where(
            LegalRequestAssessment.id.in_(list(disclosed))
        )
    )
    return {
        disclosed[assessment_id]
        for assessment_id, proposal in rows
        if proposal and proposal.get("review_after")
    }


def appeal_rows(session: Session, start: datetime, end: datetime) -> list[AppealRow]:
    """Appeals submitted in [start, end) and appeals decided in [start, end)."""
    received = session.execute(
        select(Appeal, Decision.automated_decision, Decision.category)
        .join(Decision, Decision.id == Appeal.decision_id)
        .where(Appeal.submitted_at >= start, Appeal.submitted_at < end)
    ).tuples()
    decided = session.execute(
        select(Appeal, Decision.automated_decision, Decision.category)
        .join(Decision, Decision.id == Appeal.decision_id)
        .where(Appeal.decided_at >= start, Appeal.decided_at < end)
    ).tuples()
    out = [
        AppealRow(
            id=appeal.id,
            at=appeal.submitted_at,
            event="received",
            appellant=appeal.appellant,
            outcome=None,
            decision_automated=automated == "AUTOMATED_DECISION_FULLY",
            category=category,
        )
        for appeal, automated, category in received
    ]
    for appeal, automated, category in decided:
        assert appeal.decided_at is not None
        out.append(
            AppealRow(
                id=appeal.id,
                at=appeal.decided_at,
                event="decided",
                appellant=appeal.appellant,
                outcome=appeal.outcome,
                decision_automated=automated == "AUTOMATED_DECISION_FULLY",
                category=category,
            )
        )
    return out


__all__ = [
    "AUTHORITY_MEASURES",
    "BATCH",
    "AppealRow",
    "AuthorityAnswerRow",
    "AuthorityEffectRow",
    "AuthorityRequestRow",
    "DecisionRow",
    "appeal_rows",
    "authority_answer_rows",
    "authority_effect_rows",
    "authority_request_rows",
    "decision_rows",
    "raw_decision_rows",
    "source_of",
    "sources_of_cases",
]
