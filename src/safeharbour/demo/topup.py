"""The demo's open work, topped up relative to now at every start.

Past days (`demo/activity.py`) close every story inside their day and depend only on (seed,
day, volume). What a visitor finds open must be open *now* and on time, whenever the demo is
started, so it is made here, from the real clock, through the same audited actions:

- authority requests: a few open and on time (received minutes to hours ago), and one whose
  clock is past 90 % of its deadline, so it has escalated to the legal on-call;
- the moderation queue: a few fresh notices (one from a trusted flagger) waiting for review;
- one internal complaint (appeal) waiting for a decision;
- the blind QA: the newest sample's last item waiting (older waiting items are reviewed now);
- one dead letter: a removal the platform refused until the retries ran out.

Nothing is written into a day that is already published: backdated steps stay inside today
(UTC), and in the first hours after midnight what cannot fit (the escalated request needs 91 %
of its four-hour window, the dead letter about four hours of retries) waits for a later start.

Open items left by an earlier start are settled first (answered, decided, reviewed) when they
would no longer be on time, so the demo never shows a wall of overdue work. The settling is
as honest as the rest: an answer given after a deadline because the demo was stopped for days
is recorded as late.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from safeharbour.bootstrap import Container, build_container
from safeharbour.demo.activity import ROUTINE, LegalTemplate, _prepare_cast
from safeharbour.demo.platform import post_url
from safeharbour.demo.seed import DEMO_ACTOR
from safeharbour.enforcement.actions import MAX_ATTEMPTS, count_dead_letters
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.models import Notice, Post
from safeharbour.intake.notice_schemas import parse_notice
from safeharbour.intake.notices import NoticeSource, do_submit_notice
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.clock import ManualClock, SystemClock
from safeharbour.kit.db import SYSTEM, Actor
from safeharbour.kit.errors import DomainError
from safeharbour.legal.gateway import (
    Verification,
    do_answer_legal_request,
    do_escalate_deadlines,
    do_start_assessment,
    do_submit_legal_request,
    parse_submission,
)
from safeharbour.legal.gateway.models import LegalRequest
from safeharbour.legal.gateway.repository import assessment_of
from safeharbour.legal.gateway.schemas import OPEN_STATUSES
from safeharbour.legal.models import Agency
from safeharbour.review.appeals import do_submit_appeal
from safeharbour.review.decisions import do_approve_decision, do_decide_case
from safeharbour.review.leases import do_claim_case
from safeharbour.review.models import Appeal, Case, Decision, QaReview
from safeharbour.review.qa import do_record_qa_verdict
from safeharbour.review.schemas import DecisionIn
from safeharbour.transparency.models import Statement
from safeharbour.transparency.statements import statement_token

log = logging.getLogger(__name__)

OPEN_REQUESTS = ("NL", "US", "DE")
"""Routine requests kept open and on time (their templates in `activity.ROUTINE`)."""
ESCALATED = "IE"
"""The request kept past 90 % of its deadline (escalated, still on time): the Irish
information order, marked urgent, so its window is four hours (DSA Art. 10, internal SLA)."""
ESCALATED_SHARE = 0.91
SETTLE_BEFORE = 0.96
"""An open demo request past this share of its deadline window is answered at start."""
OPEN_NOTICES = 3
HATE = "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"
FLAGGER_ACTOR = Actor("api_key", "demo-flagger", "trusted_flagger")


@dataclass
class TopUp:
    counts: Counter[str]


def _floor(real: datetime) -> datetime:
    """The earliest moment the top-up may write at: just after today's (UTC) midnight, so that
    no published day changes."""
    return datetime.combine(real.date(), time(), tzinfo=UTC) + timedelta(minutes=1)


def _at(real: datetime, back: timedelta) -> datetime:
    return max(real - back, _floor(real))


def _template(country: str) -> LegalTemplate:
    return next(t for t in ROUTINE if t.country == country)


def top_up_open_work(container: Container, *, now: datetime | None = None) -> TopUp:
    """Settle stale open demo work and top it up (see the module docstring)."""
    real = now or SystemClock().now()
    clock = ManualClock(real)
    sibling = build_container(container.settings, clock=clock, migrate=False)
    counts: Counter[str] = Counter()
    try:
        cast = _prepare_cast(sibling)
        _settle_requests(sibling, clock, cast, real, counts)
        _top_up_requests(sibling, clock, cast, real, counts)
        _top_up_queue(sibling, clock, cast, real, counts)
        _top_up_appeal(sibling, clock, real, counts)
        _settle_qa(sibling, clock, cast, real, counts)
        _top_up_dead_letter(sibling, clock, cast, real, counts)
    finally:
        sibling.close()
    return TopUp(counts)


# -- authority requests -------------------------------------------------------------------------
def _open_demo_requests(session: Any) -> list[LegalRequest]:
    return list(
        session.scalars(
            select(LegalRequest)
            .join(Agency, Agency.id == LegalRequest.agency_id)
            .where(
                Agency.demo.is_(True),
                LegalRequest.status.in_([s.value for s in OPEN_STATUSES]),
            )
            .order_by(LegalRequest.received_at)
        )
    )


def _follow_proposal(unit: Any, request: LegalRequest, cast: Any, cipher: Any) -> str:
    """Answer as the engine proposes, the routine officers' way; returns the answer."""
    assessment = assessment_of(unit.session, request)
    proposal = assessment.proposal if assessment is not None else None
    proposed = proposal.get("proposed_answer") if proposal else None
    answer = proposed or "refused"
    extra: dict[str, Any] = {}
    if answer == "partially_complied":
        extra["what_and_why"] = "What the order asks for is produced where the law allows."
    do_answer_legal_request(
        unit,
        request.id,
        answer=answer,
        followed_proposal=proposal is not None,
        override_reason=None if proposal is not None else "Answered by the legal officers.",
        actor=cast.legal_officer,
        cipher=cipher,
        **extra,
    )
    return str(answer)


def _settle_requests(
    c: Container, clock: ManualClock, cast: Any, real: datetime, counts: Counter[str]
) -> None:
    with c.database.uow() as unit:
        for request in _open_demo_requests(unit.session):
            window = request.deadline_at - request.clock_started_at
            if real < request.clock_started_at + window * SETTLE_BEFORE:
                continue
            try:
                _follow_proposal(unit, request, cast, c.keys.cipher)
                counts["requests_settled"] += 1
            except DomainError as exc:  # never block the start on one odd request
                log.warning("demo: could not settle request %s: %s", request.id, exc.message)
        unit.commit()


def _submit(
    c: Container, cast: Any, template: LegalTemplate, reference: str, target_index: int
) -> uuid.UUID:
    agency_id, sender = cast.agencies[template.country]
    targets: list[dict[str, str]]
    if template.target == "account":
        targets = [{"kind": "account", "id": cast.accounts[target_index % len(cast.accounts)]}]
    else:
        targets = [{"kind": "post", "id": f"demo-post-{target_index:05d}"}]
    body: dict[str, Any] = {
        "type": template.type,
        "reference": reference,
        "legal_instrument": template.instrument,
        "statement": template.statement,
        "targets": targets,
        **template.extra,
    }
    if template.basis:
        body["legal_basis"] = template.basis
    with c.database.uow() as unit:
        receipt = do_submit_legal_request(
            unit,
            parse_submission(body),
            agency_id=agency_id,
            verification=Verification.API_KEY,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=c.keys.cipher,
            status_secret=c.keys.secret_key,
            actor=sender,
        )
        unit.commit()
    return receipt.request_id


def _window(c: Container, cast: Any, template: LegalTemplate) -> timedelta:
    """The deadline the engine gives this kind of request, learnt in a transaction that is
    rolled back (it depends on the policy, not on the demo)."""
    agency_id, sender = cast.agencies[template.country]
    with c.database.uow() as unit:
        body: dict[str, Any] = {
            "type": template.type,
            "reference": "probe",
            "legal_instrument": template.instrument,
            "statement": template.statement,
            "targets": [{"kind": "account", "id": cast.accounts[0]}],
            **template.extra,
        }
        if template.basis:
            body["legal_basis"] = template.basis
        receipt = do_submit_legal_request(
            unit,
            parse_submission(body),
            agency_id=agency_id,
            verification=Verification.API_KEY,
            body_sha256=digest_of(body),
            idempotency_key=None,
            cipher=c.keys.cipher,
            status_secret=c.keys.secret_key,
            actor=sender,
        )
        request = unit.session.get(LegalRequest, receipt.request_id)
        assert request is not None
        window = request.deadline_at - request.clock_started_at
        unit.rollback()  # a probe: nothing of it is kept
    return window


def _top_up_requests(
    c: Container, clock: ManualClock, cast: Any, real: datetime, counts: Counter[str]
) -> None:
    with c.database.reader() as session:
        open_now = _open_demo_requests(session)
        escalated = [r for r in open_now if r.escalation_level >= 2]
        on_time = [r for r in open_now if r.escalation_level < 2]
    stamp = f"{real:%Y%m%d%H%M}"
    for n, country in enumerate(OPEN_REQUESTS[len(on_time) :], start=len(on_time)):
        template = _template(country)
        clock.set(_at(real, timedelta(minutes=20 + 35 * n)))
        request_id = _submit(c, cast, template, f"{country}-{stamp}-open{n}", 40 + n)
        if n % 2 == 0:
            clock.set(max(clock.now(), _at(real, timedelta(minutes=10 + 20 * n))))
            with c.database.uow() as unit:
                do_start_assessment(unit, request_id, actor=cast.legal_officer)
                unit.commit()
        counts["requests_opened"] += 1
    template = replace(
        _template(ESCALATED), extra={**_template(ESCALATED).extra, "urgency": "urgent"}
    )
    window = _window(c, cast, template) if not escalated else timedelta(0)
    if not escalated and real - window * ESCALATED_SHARE < _floor(real):
        counts["requests_escalated_later"] += 1  # too soon after midnight; a later start
    elif not escalated:
        clock.set(real - window * ESCALATED_SHARE)
        request_id = _submit(c, cast, template, f"{ESCALATED}-{stamp}-esc", 77)
        clock.set(real - window * (ESCALATED_SHARE - 0.4))
        with c.database.uow() as unit:
            do_start_assessment(unit, request_id, actor=cast.legal_officer)
            unit.commit()
        counts["requests_escalated"] += 1
    clock.set(real)
    with c.database.uow() as unit:
        do_escalate_deadlines(unit, actor=SYSTEM)
        unit.commit()


# -- the moderation queue, appeals, blind QA, dead letters ----------------------------------------
def _notice(c: Container, post_id: str, *, flagger: uuid.UUID | None, n: int) -> uuid.UUID | None:
    # People report by link (the demo platform's own scheme); flaggers by id, like their tools.
    where = {"url": post_url(post_id)} if flagger is None else {"kind": "post", "id": post_id}
    body: dict[str, Any] = {
        "location": where,
        "category": HATE,
        "explanation": "The post insults people for their religion and calls for them to leave.",
        "good_faith": True,
    }
    source = (
        NoticeSource(flagger_id=flagger, caller=f"api_key:demo-flagger-{flagger}")
        if flagger is not None
        else NoticeSource(client_address=f"198.51.100.{200 + n}")
    )
    with c.database.uow() as unit:
        receipt = do_submit_notice(
            unit,
            parse_notice(body),
            source=source,
            policy=c.nta.notices,
            review=c.nta.review,
            actor=DEMO_ACTOR if flagger is None else FLAGGER_ACTOR,
            demo=True,
        )
        case_id = unit.session.scalar(
            select(Notice.case_id).where(Notice.id == uuid.UUID(receipt.id))
        )
        unit.commit()
    return case_id


def _fresh_posts(session: Any, count: int, offset: int) -> list[str]:
    """Posts of the seeded platform no case has been opened on (stable, by id)."""
    taken = select(Case.item_id).where(Case.item_kind == "post")
    return list(
        session.scalars(
            select(Post.id)
            .where(Post.demo.is_(True), Post.id.not_in(taken))
            .order_by(Post.id)
            .offset(offset)
            .limit(count)
        )
    )


def _decide(c: Container, cast: Any, case_id: uuid.UUID, *, act: bool) -> Decision:
    body: dict[str, Any] = {
        "outcome": "action" if act else "no_action",
        "category": HATE,
        "explanation": "Reviewed against the report and the item's context.",
        "automated_decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
    }
    if act:
        body["actions"] = [
            {
                "kind": "remove_post",
                "ground": {
                    "kind": "terms_of_service",
                    "reference": "ToS 4.2 (hateful conduct)",
                    "explanation": "The post attacks people for their religion.",
                },
            }
        ]
    with c.database.uow() as unit:
        do_claim_case(unit, case_id, policy=c.nta.review, actor=cast.moderator)
        decision_in = DecisionIn.model_validate(body)
        decision = do_decide_case(
            unit, case_id, decision_in, policy=c.nta.review, actor=cast.moderator
        )
        unit.commit()
    return decision


def _top_up_queue(
    c: Container, clock: ManualClock, cast: Any, real: datetime, counts: Counter[str]
) -> None:
    with c.database.reader() as session:
        open_cases = list(
            session.execute(select(Case.id, Case.due_at).where(Case.status == "open")).tuples()
        )
    fresh = 0
    for case_id, due_at in open_cases:
        if due_at is not None and due_at - real < timedelta(hours=2):
            clock.set(real)
            try:
                _decide(c, cast, case_id, act=False)
                counts["cases_settled"] += 1
            except DomainError as exc:
                log.warning("demo: could not settle case %s: %s", case_id, exc.message)
        else:
            fresh += 1
    if fresh >= OPEN_NOTICES:
        return
    with c.database.reader() as session:
        posts = _fresh_posts(session, OPEN_NOTICES - fresh, 0)
    for n, post_id in enumerate(posts):
        clock.set(_at(real, timedelta(minutes=5 + 17 * n)))
        flagger = cast.flaggers[0] if n == 0 else None
        if _notice(c, post_id, flagger=flagger, n=n) is not None:
            counts["notices_opened"] += 1
    clock.set(real)


def _top_up_appeal(c: Container, clock: ManualClock, real: datetime, counts: Counter[str]) -> None:
    with c.database.reader() as session:
        if session.scalar(select(func.count()).select_from(Appeal).where(Appeal.status == "open")):
            return
        appealed = select(Appeal.decision_id)
        statement = session.scalar(
            select(Statement)
            .join(Decision, Decision.id == Statement.decision_id)
            .where(
                Decision.outcome == "action",
                Decision.status == "effective",
                Decision.id.not_in(appealed),
                Decision.effective_at > real - timedelta(days=2),
            )
            .order_by(Decision.effective_at.desc(), Statement.id)
            .limit(1)
        )
    if statement is None:
        return
    clock.set(_at(real, timedelta(minutes=25)))
    with c.database.uow() as unit:
        do_submit_appeal(
            unit,
            token=statement_token(c.nta.review.tokens, statement.id),
            explanation="I quoted the post to criticise it; I did not write or endorse it.",
            policy=c.nta.review,
            actor=Actor("anonymous", "affected-user"),
        )
        unit.commit()
    clock.set(real)
    counts["appeals_opened"] += 1


def _settle_qa(
    c: Container, clock: ManualClock, cast: Any, real: datetime, counts: Counter[str]
) -> None:
    """Review waiting QA items of older samples now; the newest sample's stay waiting."""
    with c.database.reader() as session:
        waiting = list(
            session.scalars(
                select(QaReview).where(QaReview.status == "open").order_by(QaReview.sampled_at)
            )
        )
    if not waiting:
        return
    newest = max(r.sample_day for r in waiting)
    clock.set(real)
    with c.database.uow() as unit:
        for review in waiting:
            if review.sample_day == newest:
                continue
            do_record_qa_verdict(
                unit,
                review.id,
                outcome=review.automated_outcome,
                category=review.category if review.automated_outcome == "action" else None,
                actor=cast.moderator,
            )
            counts["qa_settled"] += 1
        unit.commit()


def _top_up_dead_letter(
    c: Container, clock: ManualClock, cast: Any, real: datetime, counts: Counter[str]
) -> None:
    """A removal the demo platform failed to carry out until the retries ran out: it answered
    "simulated platform failure" (its outage switch) to every attempt, over about four hours."""
    with c.database.reader() as session:
        if count_dead_letters(session):
            return
        posts = _fresh_posts(session, 1, OPEN_NOTICES + 2)
    if not posts:
        return
    start = real - timedelta(hours=5)
    if start < _floor(real):
        counts["dead_letters_later"] += 1  # its retries would reach into a published day
        return
    clock.set(start)
    case_id = _notice(c, posts[0], flagger=None, n=50)
    if case_id is None:
        return
    clock.set(start + timedelta(minutes=20))
    decision = _decide(c, cast, case_id, act=True)
    if decision.status == "pending_approval":  # a large channel's post: four eyes first
        clock.set(start + timedelta(minutes=45))
        with c.database.uow() as unit:
            decision = do_approve_decision(
                unit, decision.id, policy=c.nta.review, actor=cast.senior
            )
            unit.commit()
    platform = c.nta.platform
    fail_next = getattr(platform, "fail_next", None)
    if fail_next is None:  # a real adapter: no outage to simulate
        return
    # Every call of this decision fails (the removal and the statement sent to the author).
    fail_next(MAX_ATTEMPTS * 4)
    moment = clock.now()
    for _ in range(MAX_ATTEMPTS):
        clock.set(moment)
        c.nta.dispatch_enforcement(decision_ids=[decision.id])
        with c.database.reader() as session:
            pending = session.scalar(
                select(func.min(EnforcementAction.next_attempt_at)).where(
                    EnforcementAction.decision_id == decision.id,
                    EnforcementAction.status == "pending",
                )
            )
        if pending is None:
            break
        moment = max(moment + timedelta(seconds=1), pending)
        if moment >= real:
            break
    fail_next(0)
    clock.set(real)
    with c.database.reader() as session:
        counts["dead_letters"] += count_dead_letters(session)


__all__ = ["TopUp", "top_up_open_work"]
