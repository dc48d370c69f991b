"""Cases, their signals, decisions with their actions, labels, appeals and disputes.

A case gathers everything about one item (a post, a channel or group, an account, or a URL the
mirror cannot resolve yet): its notices, detection signals and decisions. At most one case per
item is undecided at a time (`open_item_key` is unique and cleared when the case is decided).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    item_kind: Mapped[str] = mapped_column(String(10), comment="post | channel | account | url")
    item_id: Mapped[str] = mapped_column(Text)
    item_key: Mapped[str] = mapped_column(
        String(64), index=True, comment="SHA-256 of '<kind>:<id>', for lookups of long URLs"
    )
    open_item_key: Mapped[str | None] = mapped_column(
        String(64),
        unique=True,
        nullable=True,
        comment="item_key while the case is undecided, NULL after: one undecided case per item",
    )
    status: Mapped[str] = mapped_column(String(20), comment="open | pending_approval | decided")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    decision_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, nullable=True, comment="the latest decision (any status)"
    )
    # -- priority (review/priority.py explains each component) ------------------------------
    tier: Mapped[int] = mapped_column(
        Integer,
        comment="2 critical (CSAM, terrorism) | 1 trusted flagger | 0 other | -1 only "
        "throttled or suspended sources",
    )
    rank_key: Mapped[float] = mapped_column(
        Float,
        comment="due - tau * ln(static score) - tier * 1e12 (epoch s): ascending order is "
        "tier first, then descending priority score at any instant",
    )
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), comment="earliest SLA deadline")
    severity: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(String(80), comment="the most severe one reported")
    reach: Mapped[float] = mapped_column(Float)
    trusted: Mapped[bool] = mapped_column(Boolean, default=False)
    distinct_sources: Mapped[int] = mapped_column(
        Integer, default=0, comment="distinct counted sources (not throttled or suspended)"
    )
    notice_count: Mapped[int] = mapped_column(Integer, default=0)
    signal_count: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[dict[str, Any]] = mapped_column(
        JSONType, default=dict, comment="the static components, for the explanation"
    )
    # -- lease: who is deciding it ------------------------------------------------------
    lease_holder: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_cases_queue", "status", "rank_key", "id"),
        Index("ix_cases_tier_queue", "status", "tier", "rank_key", "id"),
    )


class CaseSignal(Base):
    """A detection signal (hash match, classifier, rule) that raised or joined a case."""

    __tablename__ = "case_signals"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cases.id"), index=True)
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(120), comment="e.g. detection:pdq")
    category: Mapped[str] = mapped_column(String(80))
    category_specification: Mapped[list[str]] = mapped_column(JSONType, default=list)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)
    automated: Mapped[bool] = mapped_column(Boolean, default=True)
    details: Mapped[dict[str, Any]] = mapped_column(
        JSONType, default=dict, comment="ids and digests only"
    )


class Decision(Base):
    """A moderator's decision on a case, with the evidence it was made on.

    Heavy decisions wait in `pending_approval` for a second person (four-eyes); nothing is
    enforced before they become `effective`.
    """

    __tablename__ = "decisions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cases.id"), index=True)
    status: Mapped[str] = mapped_column(
        String(20),
        comment="pending_approval | effective | rejected | reversed | partially_reversed",
    )
    outcome: Mapped[str] = mapped_column(String(20), comment="no_action | action")
    category: Mapped[str] = mapped_column(String(80))
    category_specification: Mapped[list[str]] = mapped_column(JSONType, default=list)
    explanation: Mapped[str] = mapped_column(Text, comment="facts and circumstances")
    automated_decision: Mapped[str] = mapped_column(String(40), comment="AUTOMATED_DECISION_*")
    decided_by: Mapped[str] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requires_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    approval_reasons: Mapped[list[str]] = mapped_column(JSONType, default=list)
    approved_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    rejected_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    rejected_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    rejection_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    effective_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        index=True,  # daily reports and the DSA export select decisions by it
        comment="when notifiers were informed: the appeal clock",
    )
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    evidence: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="what the decision was made on: ids, digests, counts"
    )
    evidence_sha256: Mapped[str] = mapped_column(String(64))


class DecisionAction(Base):
    """One measure of a decision, with its own ground (the law or the terms clause cited)."""

    __tablename__ = "decision_actions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("decisions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(
        String(30),
        comment="remove_post | restrict_post | suspend_account | terminate_account | "
        "ban_channel | label | quarantine_media",
    )
    target_kind: Mapped[str] = mapped_column(String(10), comment="post | channel | account")
    target_id: Mapped[str] = mapped_column(String(200))
    affected_account_id: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="who receives the statement of reasons"
    )
    countries: Mapped[list[str]] = mapped_column(JSONType, default=list)
    until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    label_text: Mapped[str | None] = mapped_column(String(200), nullable=True)
    ground_kind: Mapped[str] = mapped_column(
        String(30), comment="illegal_content | terms_of_service"
    )
    ground_reference: Mapped[str] = mapped_column(
        String(500), comment="the law or the terms clause cited"
    )
    ground_explanation: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(
        String(20), comment="planned | active | reversed | rejected (four-eyes refused)"
    )
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ItemLabel(Base):
    """A label a moderator or legal officer put on a post, channel or account."""

    __tablename__ = "item_labels"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    item_kind: Mapped[str] = mapped_column(String(10), comment="post | channel | account")
    item_id: Mapped[str] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(60), comment="kit.labels.Label")
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    added_by: Mapped[str] = mapped_column(String(120))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ux_item_labels", "item_kind", "item_id", "label", unique=True),)


class Appeal(Base):
    """An internal complaint (DSA Art. 20) against a decision."""

    __tablename__ = "appeals"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("decisions.id"), index=True)
    case_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cases.id"))
    appellant: Mapped[str] = mapped_column(String(20), comment="affected_user | notifier")
    statement_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    notice_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    explanation: Mapped[str] = mapped_column(Text)
    contact_email_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), comment="open | decided")
    open_key: Mapped[str | None] = mapped_column(
        String(120),
        unique=True,
        nullable=True,
        comment="<decision>:<statement or notice> while open: one open appeal per appellant",
    )
    outcome: Mapped[str | None] = mapped_column(
        String(30), nullable=True, comment="upheld | reversed | partially_reversed"
    )
    reasoning: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        Index("ix_appeals_status", "status", "submitted_at"),
        # The console's paged appeal list: oldest first, the id breaking ties.
        Index("ix_appeals_queue", "status", "submitted_at", "id"),
    )


class Dispute(Base):
    """An out-of-court dispute settlement (DSA Art. 21) about a decision."""

    __tablename__ = "disputes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("decisions.id"), index=True)
    appeal_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    body_name: Mapped[str] = mapped_column(String(300), comment="the certified ODS body")
    body_reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), comment="to the body")
    recorded_by: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(20), comment="open | decided | withdrawn")
    outcome: Mapped[str | None] = mapped_column(
        String(30),
        nullable=True,
        comment="upheld | reversed | partially_reversed | omitted (no decision reached)",
    )
    outcome_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    implemented: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    implemented_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)


class QaReview(Base):
    """A fully automated decision drawn into the day's blind QA sample (review/qa.py).

    `automated_outcome`, `category` and `source` are what the machine decided and how the case
    came in: kept for the comparison and the report, never shown to the reviewer."""

    __tablename__ = "qa_reviews"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    decision_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("decisions.id"), unique=True, comment="one QA review per decision"
    )
    sample_day: Mapped[str] = mapped_column(String(10), index=True, comment="YYYY-MM-DD (UTC)")
    sampled_at: Mapped[datetime] = mapped_column(UTCDateTime())
    automated_outcome: Mapped[str] = mapped_column(String(20), comment="no_action | action")
    category: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(40), comment="the report's source of the decision")
    status: Mapped[str] = mapped_column(String(10), comment="open | done")
    reviewer_outcome: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reviewer_category: Mapped[str | None] = mapped_column(String(80), nullable=True)
    agreed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewed_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (Index("ix_qa_reviews_queue", "status", "sampled_at"),)


encrypted_column(Appeal, "contact_email_encrypted")
