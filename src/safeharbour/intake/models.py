"""The platform mirror: the minimum Safeharbour must know about the platform it protects.

Never the content of private end-to-end chats: platforms send public or reported content
only. Mirror rows carry `source_version`, the `occurred_at` of the last event applied, so that
late or replayed events never roll state back. References between mirror rows are not foreign
keys: a post may arrive before its channel.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True, comment="platform's id")
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    created_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="on the platform"
    )
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    official: Mapped[bool] = mapped_column(Boolean, default=False)
    display_name: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="shown to staff; without it, a stable pseudonym"
    )
    source_version: Mapped[datetime] = mapped_column(UTCDateTime())
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Channel(Base):
    __tablename__ = "channels"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), comment="channel | group")
    title: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    subscribers: Mapped[int] = mapped_column(Integer, default=0)
    public: Mapped[bool] = mapped_column(Boolean, default=True)
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    source_version: Mapped[datetime] = mapped_column(UTCDateTime())
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Post(Base):
    __tablename__ = "posts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    channel_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    author_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    text: Mapped[str | None] = mapped_column(Text, nullable=True, comment="NULL once purged")
    text_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="deleted on the platform"
    )
    purged_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="stored copy erased"
    )
    sealed_sha256: Mapped[str | None] = mapped_column(
        String(64),
        nullable=True,
        comment="set when a deleted post is kept under a legal hold: digest of the kept copy",
    )
    url: Mapped[str | None] = mapped_column(
        String(2048),
        nullable=True,
        comment="the post's address on the platform, if the event gave it",
    )
    source_version: Mapped[datetime] = mapped_column(UTCDateTime())
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_posts_channel", "channel_id"),
        Index("ix_posts_author", "author_id"),
        Index("ix_posts_sealed", "sealed_sha256"),
        Index("ix_posts_url", "url"),
    )


class Media(Base):
    __tablename__ = "media"

    post_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    mime: Mapped[str | None] = mapped_column(String(200), nullable=True)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    md5: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    pdq: Mapped[str | None] = mapped_column(String(64), nullable=True)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)


class Membership(Base):
    __tablename__ = "memberships"

    channel_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    account_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    source_version: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_memberships_account", "account_id"),)


class IngestedEvent(Base):
    """Idempotency record per platform event: its id and a digest, never its payload."""

    __tablename__ = "ingested_events"

    event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    type: Mapped[str] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(120), comment="actor that delivered it")


class TrustedFlagger(Base):
    """An organisation whose notices get priority (DSA Art. 22)."""

    __tablename__ = "trusted_flaggers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    details: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    sla_critical_minutes: Mapped[int | None] = mapped_column(
        Integer,
        nullable=True,
        comment="deadline for child sexual abuse and terrorist content; NULL = the default",
    )
    sla_default_minutes: Mapped[int | None] = mapped_column(
        Integer, nullable=True, comment="deadline for other notices; NULL = the default"
    )
    suspended_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="status suspended (Art. 22(6)); its notices are refused until reinstated",
    )


class Notice(Base):
    """A notice (DSA Art. 16) from anyone, or from a trusted flagger (Art. 22).

    The notifier's name and e-mail are personal data: stored only as Fernet tokens, never in
    an audit entry or an export. `source_key` names the source for rate accounting and Art. 23
    (a flagger id, or a keyed digest of the e-mail or of the client address), never the value.
    The status link's token is not stored, only its SHA-256 (see kit/tokens.py).
    """

    __tablename__ = "notices"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source_type: Mapped[str] = mapped_column(
        String(40), comment="DSA source_type: SOURCE_ARTICLE_16 | SOURCE_TRUSTED_FLAGGER"
    )
    flagger_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("trusted_flaggers.id"), nullable=True
    )
    api_key_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, nullable=True, comment="the key a trusted flagger sent it with"
    )
    source_key: Mapped[str] = mapped_column(
        String(80), comment="flagger:<id> | email:<keyed digest> | client:<keyed digest>"
    )
    location_kind: Mapped[str] = mapped_column(
        String(10), comment="as given: post | channel | group | account | url"
    )
    location_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    location_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    item_kind: Mapped[str] = mapped_column(String(10), comment="post | channel | account | url")
    item_id: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(80), comment="STATEMENT_CATEGORY_*")
    category_specification: Mapped[list[str]] = mapped_column(
        JSONType, default=list, comment="KEYWORD_*"
    )
    explanation: Mapped[str] = mapped_column(Text)
    notifier_name_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    notifier_email_encrypted: Mapped[str | None] = mapped_column(Text, nullable=True)
    good_faith: Mapped[bool] = mapped_column(Boolean)
    handling: Mapped[str] = mapped_column(
        String(20),
        comment="normal | throttled (over the source's hourly budget: adds no priority) | "
        "suspended_source (Art. 23: not processed, unless critical)",
    )
    sla_due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("cases.id"), nullable=True, comment="NULL when not processed"
    )
    status_token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    idempotency_scope: Mapped[str | None] = mapped_column(
        String(80), nullable=True, comment="api_key:<id> or anonymous"
    )
    idempotency_digest: Mapped[str | None] = mapped_column(
        String(64),
        nullable=True,
        comment="SHA-256 of the key (flagger) or of key + body digest (anonymous)",
    )
    body_sha256: Mapped[str] = mapped_column(String(64), comment="canonical JSON of the body")
    manifestly_unfounded: Mapped[bool] = mapped_column(
        Boolean, default=False, comment="set by the decision that rejected it (Art. 23)"
    )
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_notices_source", "source_key", "received_at"),
        Index("ix_notices_case", "case_id", "source_key"),
        Index("ix_notices_flagger", "flagger_id", "received_at"),
        Index("ix_notices_received", "received_at", "id"),
        # The paged list of one flagger's (or the public's: NULL) notices, newest first.
        Index("ix_notices_flagger_keyset", "flagger_id", "received_at", "id"),
        Index("ux_notices_idempotency", "idempotency_scope", "idempotency_digest", unique=True),
    )


class SourceSanction(Base):
    """An Art. 23 measure against a source of manifestly unfounded notices or complaints.

    A suspension needs an earlier warning to the same source on the same ground; it runs for a
    stated period and can be lifted. The source is named by its key only (a flagger id or a
    keyed digest of an e-mail address), never by the address itself.
    """

    __tablename__ = "source_sanctions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(80), index=True)
    flagger_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("trusted_flaggers.id"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(20), comment="warning | suspension")
    ground: Mapped[str] = mapped_column(
        String(60), comment="manifestly_unfounded_notices | manifestly_unfounded_complaints"
    )
    reason: Mapped[str] = mapped_column(Text)
    evidence: Mapped[dict[str, Any]] = mapped_column(
        JSONType, default=dict, comment="counts and notice ids the measure rests on"
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_by: Mapped[str] = mapped_column(String(120))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    lifted_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    lift_reason: Mapped[str | None] = mapped_column(Text, nullable=True)


encrypted_column(Notice, "notifier_name_encrypted")
encrypted_column(Notice, "notifier_email_encrypted")
