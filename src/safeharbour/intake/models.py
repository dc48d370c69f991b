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

from sqlalchemy import Boolean, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(String(200), primary_key=True, comment="platform's id")
    country: Mapped[str | None] = mapped_column(String(2), nullable=True)
    created_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="on the platform"
    )
    verified: Mapped[bool] = mapped_column(Boolean, default=False)
    official: Mapped[bool] = mapped_column(Boolean, default=False)
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
    source_version: Mapped[datetime] = mapped_column(UTCDateTime())
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        Index("ix_posts_channel", "channel_id"),
        Index("ix_posts_author", "author_id"),
        Index("ix_posts_sealed", "sealed_sha256"),
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
