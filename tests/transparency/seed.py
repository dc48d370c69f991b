"""Seeding a day of every kind of fact the daily report counts, straight into the tables.

Decisions from every source (no notice, user notices, trusted flaggers, authority notices;
with or without automated signals), their measures, appeals received and decided, and blind
QA verdicts. Authority requests go through the real gateway in the tests that need them.
"""

from __future__ import annotations

import hashlib
import random
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.review.models import Appeal, Case, CaseSignal, Decision, DecisionAction, QaReview

CATEGORIES = [
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    "STATEMENT_CATEGORY_VIOLENCE",
    "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
]
KINDS = ["remove_post", "restrict_post", "ban_channel", "suspend_account", "label"]
NOTICE_KINDS = [
    None,
    "SOURCE_ARTICLE_16",
    "SOURCE_TRUSTED_FLAGGER",
    "SOURCE_TYPE_OTHER_NOTIFICATION",
]


def seed_everything(
    container: Container,
    day: date,
    *,
    n: int = 2000,
    seed: int = 88,
    spill: bool = True,
    qa: bool = True,
) -> list[uuid.UUID]:
    """`n` decisions around `day` (most on it) with notices, signals, measures, appeals and QA
    reviews. Returns the ids of the decisions. Uses the row ids' randomness only from `seed`."""
    rnd = random.Random(seed)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    spread = 3600 if spill else 0
    decisions: list[uuid.UUID] = []
    rows: dict[type, list[Any]] = defaultdict(list)
    with container.database.uow() as unit:
        for i in range(n):
            when = start + timedelta(seconds=rnd.randrange(-spread, 86400 + spread))
            case_id = uuid.UUID(int=rnd.getrandbits(128))
            decision_id = uuid.UUID(int=rnd.getrandbits(128))
            category = rnd.choice(CATEGORIES)
            item_kind = rnd.choice(["post", "channel", "account"])
            key = f"{seed}-{i}"
            rows[Case].append(
                Case(
                    id=case_id,
                    item_kind=item_kind,
                    item_id=f"item-{key}",
                    item_key=hashlib.sha256(key.encode()).hexdigest(),
                    status="decided",
                    opened_at=when - timedelta(hours=2),
                    updated_at=when,
                    decided_at=when,
                    tier=0,
                    rank_key=0.0,
                    due_at=when,
                    severity=1,
                    category=category,
                    reach=1.0,
                )
            )
            notice_kind = rnd.choice(NOTICE_KINDS)
            for j in range(rnd.randint(1, 3) if notice_kind else 0):
                kind = notice_kind if j == 0 else rnd.choice(NOTICE_KINDS[1:2])
                rows[Notice].append(
                    Notice(
                        id=uuid.UUID(int=rnd.getrandbits(128)),
                        received_at=when - timedelta(seconds=rnd.randrange(60, 86400)),
                        source_type=kind,
                        source_key=f"src-{rnd.randrange(50)}",
                        location_kind="post",
                        location_id=f"item-{key}",
                        item_kind=item_kind,
                        item_id=f"item-{key}",
                        category=category,
                        category_specification=[],
                        explanation="seeded",
                        good_faith=True,
                        handling="normal",
                        sla_due_at=when,
                        case_id=case_id,
                        status_token_sha256=uuid.UUID(int=rnd.getrandbits(128)).hex * 2,
                        body_sha256="0" * 64,
                        manifestly_unfounded=False,
                    )
                )
            if rnd.random() < 0.4:
                rows[CaseSignal].append(
                    CaseSignal(
                        id=uuid.UUID(int=rnd.getrandbits(128)),
                        case_id=case_id,
                        raised_at=when,
                        source="detection:pdq",
                        category=category,
                        automated=rnd.random() < 0.9,
                    )
                )
            acted = rnd.random() < 0.75
            automated = rnd.random() < 0.3
            rows[Decision].append(
                Decision(
                    id=decision_id,
                    case_id=case_id,
                    status="effective",
                    outcome="action" if acted else "no_action",
                    category=category,
                    explanation="seeded",
                    automated_decision="AUTOMATED_DECISION_FULLY"
                    if automated
                    else "AUTOMATED_DECISION_NOT_AUTOMATED",
                    decided_by="seed",
                    decided_at=when,
                    effective_at=when,
                    evidence={},
                    evidence_sha256="0" * 64,
                )
            )
            decisions.append(decision_id)
            for position in range(rnd.randint(1, 2) if acted else 0):
                kind = rnd.choice(KINDS)
                rows[DecisionAction].append(
                    DecisionAction(
                        id=uuid.UUID(int=rnd.getrandbits(128)),
                        decision_id=decision_id,
                        position=position,
                        kind=kind,
                        target_kind="post",
                        target_id=f"item-{key}",
                        countries=rnd.sample(["DE", "FR", "TR", "AT", "PL"], 2)
                        if kind == "restrict_post"
                        else [],
                        ground_kind="terms_of_service",
                        ground_reference="§ 1",
                        ground_explanation="seeded",
                        status="active",
                    )
                )
            if rnd.random() < 0.08:
                submitted = when + timedelta(seconds=rnd.randrange(0, 3 * 86400))
                decided = rnd.random() < 0.6
                rows[Appeal].append(
                    Appeal(
                        id=uuid.UUID(int=rnd.getrandbits(128)),
                        decision_id=decision_id,
                        case_id=case_id,
                        appellant=rnd.choice(["affected_user", "notifier"]),
                        explanation="seeded",
                        submitted_at=submitted,
                        status="decided" if decided else "open",
                        outcome=rnd.choice(["upheld", "reversed", "partially_reversed"])
                        if decided
                        else None,
                        decided_by="seed-2" if decided else None,
                        decided_at=submitted + timedelta(seconds=rnd.randrange(0, 86400))
                        if decided
                        else None,
                    )
                )
            if qa and automated and rnd.random() < 0.3:
                reviewed = rnd.random() < 0.8
                reviewer_outcome = rnd.choice(["action", "no_action"])
                agreed = reviewer_outcome == ("action" if acted else "no_action")
                rows[QaReview].append(
                    QaReview(
                        id=uuid.UUID(int=rnd.getrandbits(128)),
                        decision_id=decision_id,
                        sample_day=when.date().isoformat(),
                        sampled_at=when + timedelta(hours=1),
                        automated_outcome="action" if acted else "no_action",
                        category=category,
                        source=rnd.choice(["own_initiative_automated", "user_notice"]),
                        status="done" if reviewed else "open",
                        reviewer_outcome=reviewer_outcome if reviewed else None,
                        reviewer_category=category if reviewed else None,
                        agreed=agreed if reviewed else None,
                        reviewed_by="seed-qa" if reviewed else None,
                        reviewed_at=when + timedelta(seconds=rnd.randrange(0, 86400))
                        if reviewed
                        else None,
                    )
                )
        # Parents before children: the tables' foreign keys are checked at each insert.
        for model in (Case, Notice, CaseSignal, Decision, DecisionAction, Appeal, QaReview):
            unit.session.add_all(rows[model])
            unit.session.flush()
        unit.commit()
    return decisions
