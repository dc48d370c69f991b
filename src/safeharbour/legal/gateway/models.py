"""Tables of the authority gateway: requests, their timeline, assessments, answers and evidence.

What must never change:
* `legal_requests.status` is `answered` only with `answer_id` set (a CHECK constraint, on both
  backends): a request is never closed without a final answer row. `answer_id` is not a
  foreign key because answers reference their request (a cycle SQLite cannot add later); the
  actions write the answer row first, then point the request at it, in one transaction.
* The timeline (`legal_request_events`) is append-only and gap-free per request (`seq`); a
  missed deadline is an event like any other and is never removed.
* Free text an authority sends (statement, supplements) and attachments may hold personal data:
  they are encrypted at rest (Fernet, `kit.encrypted_fields`); only their SHA-256 digests go to
  the audit log.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class LegalRequest(Base):
    """One authority request, from receipt to its final answer."""

    __tablename__ = "legal_requests"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid,
        ForeignKey("agencies.id"),
        nullable=True,
        comment="the sending agency; NULL when the sender is no onboarded agency (held)",
    )
    submitted_by: Mapped[str] = mapped_column(String(120), comment="actor ref of the sender")
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    body_sha256: Mapped[str] = mapped_column(
        String(64), comment="SHA-256 of the canonical JSON of the submitted body"
    )
    # What was asked (the current state: supplements may amend the amendable fields).
    type: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    legal_instrument: Mapped[str] = mapped_column(String(20))
    legal_process: Mapped[str] = mapped_column(String(20))
    legal_basis: Mapped[str | None] = mapped_column(Text, nullable=True)
    offence_category: Mapped[str | None] = mapped_column(String(80), nullable=True)
    offence_keywords: Mapped[list[str]] = mapped_column(JSONType)
    judicial_authorisation: Mapped[bool] = mapped_column(Boolean)
    urgency: Mapped[str] = mapped_column(String(20))
    threat_to_life: Mapped[bool] = mapped_column(Boolean)
    gag_order: Mapped[bool] = mapped_column(Boolean)
    gag_order_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    statement_encrypted: Mapped[str] = mapped_column(
        Text, comment="Fernet token of the authority's statement"
    )
    statement_sha256: Mapped[str] = mapped_column(String(64))
    targets: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONType,
        comment="as sent ({kind, id} or {url}) plus `resolved` {kind, id} for links found",
    )
    data_requested: Mapped[list[str]] = mapped_column(JSONType)
    # Sender verification and anti-fraud.
    verification: Mapped[str] = mapped_column(
        String(40), comment="api_key | api_key+signature | console_totp | none"
    )
    sender_verified: Mapped[bool] = mapped_column(Boolean)
    held: Mapped[bool] = mapped_column(Boolean, comment="flagged: never acted on automatically")
    flags: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONType, comment="anti-fraud findings [{code, detail}] (internal, never shown to agency)"
    )
    oob_verified_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="a legal officer confirmed the request by call-back to the agency record's number",
    )
    # Clock.
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    clock_started_at: Mapped[dt.datetime] = mapped_column(
        UTCDateTime(), comment="receipt, or the supplement that answered need_more_info"
    )
    deadline_duration: Mapped[str] = mapped_column(String(20), comment="ISO 8601, from policy")
    deadline_basis: Mapped[str] = mapped_column(Text)
    deadline_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    escalation_level: Mapped[int] = mapped_column(
        Integer, default=0, comment="0 none, 1 at 50%, 2 at 90%, 3 deadline missed"
    )
    next_escalation_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="when the escalation job next looks; NULL: never"
    )
    deadline_missed_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="set once when a deadline passed unanswered"
    )
    # State.
    status: Mapped[str] = mapped_column(
        String(20), comment="received | held | acknowledged | under_assessment | answered"
    )
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    answer_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, nullable=True, comment="the latest answer; required when status is answered"
    )
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    effect_planned_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="a complied order's platform calls were planned"
    )
    effect_given_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="when the platform carried out the order (reported to the authority, Art. 9)",
    )
    auto_executed: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="answered and executed at receipt by the policy"
    )
    after_review_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="a legal officer reviewed the automatic execution"
    )
    after_review_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    last_event_seq: Mapped[int] = mapped_column(
        Integer, default=0, comment="seq of the latest timeline event (taken under the row lock)"
    )
    status_token_sha256: Mapped[str] = mapped_column(
        String(64), comment="SHA-256 of the status URL's secret token"
    )
    receipt: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="the first receipt, replayed for a repeated Idempotency-Key"
    )

    __table_args__ = (
        CheckConstraint(
            "status <> 'answered' OR (answer_id IS NOT NULL AND answered_at IS NOT NULL)",
            name="answered_has_answer",
        ),
        UniqueConstraint("agency_id", "idempotency_key", name="uq_legal_requests_idempotency"),
        Index("ix_legal_requests_agency", "agency_id", "received_at"),
        Index("ix_legal_requests_open", "status", "deadline_at"),
        Index("ix_legal_requests_escalation", "next_escalation_at"),
        # The legal officer's paged queue (`officer_queue_page`): deadline order, whole or
        # narrowed to one status, one request type or one agency.
        Index("ix_legal_requests_deadline", "deadline_at", "id"),
        Index("ix_legal_requests_status_deadline", "status", "deadline_at", "id"),
        Index("ix_legal_requests_type_deadline", "type", "deadline_at", "id"),
        Index("ix_legal_requests_agency_deadline", "agency_id", "deadline_at", "id"),
    )


class LegalRequestEvent(Base):
    """The status timeline: append-only, one row per event, gap-free `seq` per request."""

    __tablename__ = "legal_request_events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), comment="the request's status after it")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120))
    details: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="ids, levels, digests: no personal data"
    )

    __table_args__ = (UniqueConstraint("request_id", "seq", name="uq_legal_request_events_seq"),)


class LegalRequestAssessment(Base):
    """One run of the legal engine on the request as it then stood (receipt, supplement, ...)."""

    __tablename__ = "legal_request_assessments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    trigger: Mapped[str] = mapped_column(
        String(40), comment="receipt | supplement | callback | release"
    )
    proposal: Mapped[dict[str, Any] | None] = mapped_column(
        JSONType, nullable=True, comment="the engine's Assessment; NULL when it cannot run"
    )
    engine_input_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    proposal_digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    policy_version: Mapped[str] = mapped_column(String(40))
    policy_digest: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


class LegalRequestAnswer(Base):
    """An answer sent to the authority; the final one is the request's `answer_id`."""

    __tablename__ = "legal_request_answers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    answer: Mapped[str] = mapped_column(
        String(30), comment="complied | partially_complied | refused | need_more_info"
    )
    scope: Mapped[str] = mapped_column(String(30), comment="global | requesting_country | none")
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, comment="[{rule, text}]")
    what_and_why: Mapped[str | None] = mapped_column(Text, nullable=True)
    missing: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONType, comment="[{field, need}] for need_more_info"
    )
    followed_proposal: Mapped[bool] = mapped_column(Boolean)
    override_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    assessment_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    proposal_digest: Mapped[str | None] = mapped_column(
        String(64), nullable=True, comment="the proposal the answer followed or overrode"
    )
    policy_version: Mapped[str | None] = mapped_column(String(40), nullable=True)
    answered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    answered_by: Mapped[str] = mapped_column(String(120))
    late: Mapped[bool] = mapped_column(Boolean, comment="given after the deadline")
    targets: Mapped[list[dict[str, Any]] | None] = mapped_column(
        JSONType,
        nullable=True,
        comment="per-target answers [{kind, id, answer, scope, missing, acted_under_terms}]",
    )


class LegalRequestSupplement(Base):
    """Information an agency added to its request; may amend fields and restart the clock."""

    __tablename__ = "legal_request_supplements"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    body_sha256: Mapped[str] = mapped_column(String(64))
    statement_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    amended: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="the amended fields and their new values (statement excluded)"
    )
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    submitted_by: Mapped[str] = mapped_column(String(120))
    verification: Mapped[str] = mapped_column(String(40))
    restarted_clock: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (
        UniqueConstraint("request_id", "idempotency_key", name="uq_legal_supplements_idempotency"),
    )


class LegalRequestAttachment(Base):
    """A file an authority attached (the order itself, a warrant scan): encrypted at rest."""

    __tablename__ = "legal_request_attachments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    supplement_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("legal_request_supplements.id"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), comment="of the decoded bytes")
    content_encrypted: Mapped[str] = mapped_column(
        Text, comment="Fernet token of the base64 of the bytes"
    )
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class LegalRequestCallback(Base):
    """An out-of-band verification call made by a legal officer to the agency record's number."""

    __tablename__ = "legal_request_callbacks"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    agency_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("agencies.id"))
    phone_encrypted: Mapped[str] = mapped_column(
        Text, comment="the number dialled, copied from the agency record (never the request)"
    )
    phone_sha256: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(20), comment="confirmed | not_confirmed")
    note_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    by: Mapped[str] = mapped_column(String(120))


class LegalRequestEscalation(Base):
    """A deadline alert: at 50% and 90% of the time to the deadline, and the missed deadline."""

    __tablename__ = "legal_request_escalations"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    level: Mapped[str] = mapped_column(String(20), comment="50% | 90% | missed")
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    deadline_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    clock_started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint(
            "request_id", "clock_started_at", "level", name="uq_legal_escalations_level"
        ),
    )


class LegalDisclosure(Base):
    """A disclosure package: only fields the legal basis allows, released after four-eyes
    approval, sealed (SHA-256 of the canonical content, Ed25519 signature with the platform
    key), downloadable by the requesting agency until it expires. Content encrypted at rest."""

    __tablename__ = "legal_disclosures"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    fields: Mapped[list[str]] = mapped_column(JSONType, comment="data fields it holds")
    content_encrypted: Mapped[str] = mapped_column(
        Text, comment="Fernet token of the canonical JSON of the package"
    )
    content_sha256: Mapped[str] = mapped_column(String(64))
    signature_b64: Mapped[str | None] = mapped_column(
        Text, nullable=True, comment="Ed25519 over the SHA-256 hex digest, set at release"
    )
    state: Mapped[str] = mapped_column(String(20), comment="pending_approval | released")
    prepared_by: Mapped[str] = mapped_column(String(120))
    prepared_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    approved_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    released_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    downloads: Mapped[int] = mapped_column(Integer, default=0)


class OutboundReport(Base):
    """A report the platform sends itself (DSA Art. 18, TCO Art. 14(5), 18 U.S.C. 2258A),
    created from a moderator's decision: the recipient chosen from the jurisdiction and why,
    the minimum data (encrypted at rest, SHA-256 kept), the evidence under legal holds, and a
    timeline (created → sent → acknowledged | failed)."""

    __tablename__ = "outbound_reports"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), comment="art18_threat | tco_art14_5 | ncmec_csam")
    decision_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True, index=True)
    case_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    item_kind: Mapped[str] = mapped_column(String(10))
    item_id: Mapped[str] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(
        String(2), nullable=True, comment="the member state it was attributed to, if any"
    )
    recipient_key: Mapped[str] = mapped_column(String(40), comment="registry key, e.g. DE, EUROPOL")
    recipient_name: Mapped[str] = mapped_column(String(300))
    recipient_email: Mapped[str] = mapped_column(String(320))
    recipient_why: Mapped[str] = mapped_column(Text)
    data_encrypted: Mapped[str] = mapped_column(
        Text, comment="Fernet token of the canonical JSON of the minimum data"
    )
    data_sha256: Mapped[str] = mapped_column(String(64))
    hold_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    held_until: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(
        String(20), comment="created | sent | acknowledged | failed"
    )
    timeline: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONType, default=list, comment="[{event, at, by, note}] append-only"
    )
    notification_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    recipient_reference: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_by: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    acknowledged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    __table_args__ = (
        UniqueConstraint("decision_id", "kind", name="uq_outbound_reports_decision_kind"),
    )


class PreservationSnapshot(Base):
    """The targets' stored data frozen for a request (mirror rows of posts, accounts and
    channels, media hashes), sealed with the SHA-256 of its canonical JSON, kept under legal
    holds for the legal period and purged by the scheduler when it ends. Encrypted at rest."""

    __tablename__ = "preservation_snapshots"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    basis: Mapped[str] = mapped_column(String(20), comment="epoc_pr | us_sca | tco | other")
    targets: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, comment="[{kind, id}]")
    content_encrypted: Mapped[str | None] = mapped_column(
        Text, nullable=True, comment="Fernet token of the canonical JSON; NULL once purged"
    )
    content_sha256: Mapped[str] = mapped_column(String(64), comment="the seal")
    hold_ids: Mapped[list[str]] = mapped_column(JSONType, default=list)
    held_until: Mapped[dt.datetime] = mapped_column(UTCDateTime(), index=True)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(120))
    purged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class DeferredUserNotice(Base):
    """The user notification an authority's confidentiality requirement postponed (DSA Art. 9(5),
    TCO Art. 11(3)): due the day the gag order ends, or, without an end date, shown to legal
    officers for periodic review. Delivered through the platform port (`notify_user`)."""

    __tablename__ = "legal_deferred_notices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    request_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("legal_requests.id"), index=True)
    account_id: Mapped[str] = mapped_column(String(200))
    message: Mapped[str] = mapped_column(Text, comment="what the user will be told")
    due_at: Mapped[dt.datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="the day the gag ends; NULL = periodic review"
    )
    state: Mapped[str] = mapped_column(String(20), comment="waiting | delivered")
    enforcement_action_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    delivered_by: Mapped[str | None] = mapped_column(String(120), nullable=True)

    __table_args__ = (
        UniqueConstraint("request_id", "account_id", name="uq_legal_deferred_notices_account"),
        Index("ix_legal_deferred_notices_due", "state", "due_at"),
    )


encrypted_column(PreservationSnapshot, "content_encrypted")
encrypted_column(OutboundReport, "data_encrypted")
encrypted_column(LegalDisclosure, "content_encrypted")
encrypted_column(LegalRequest, "statement_encrypted")
encrypted_column(LegalRequestSupplement, "statement_encrypted")
encrypted_column(LegalRequestAttachment, "content_encrypted")
encrypted_column(LegalRequestCallback, "phone_encrypted")
encrypted_column(LegalRequestCallback, "note_encrypted")
