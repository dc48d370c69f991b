"""Tables of rules outcomes, behaviour windows and retro-scans (banks: banks/models.py)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime


class BehaviourHit(Base):
    """One member counted once in a sliding window: a post of an account (posting bursts), a new
    account joining a channel (mass joins), a new account posting a link (shared links).

    Rows live in the database so that several worker processes and restarts see the same
    windows; the primary key makes a replayed event count once. Rows older than the longest
    possible window are pruned by the scheduler (`detection-behaviour-prune`)."""

    __tablename__ = "detection_behaviour_hits"

    window: Mapped[str] = mapped_column(
        String(20), primary_key=True, comment="posting_burst | mass_joins | shared_link"
    )
    key: Mapped[str] = mapped_column(
        String(200), primary_key=True, comment="account id, channel id or link digest"
    )
    member: Mapped[str] = mapped_column(
        String(200), primary_key=True, comment="post id or account id"
    )
    hit_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_detection_behaviour_hits_key_time", "window", "key", "hit_at"),
        Index("ix_detection_behaviour_hits_time", "hit_at"),
    )


class RuleOutcome(Base):
    """What one rule decided (or, in shadow mode, would have decided) about one event.

    Every outcome names the rule and the version (digest) of the rules it came from, and the
    bank entries (digests) that caused it, so an automatic action can always be explained."""

    __tablename__ = "detection_rule_outcomes"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(200))
    post_id: Mapped[str] = mapped_column(String(200), index=True)
    rule_id: Mapped[str] = mapped_column(String(100))
    rules_version: Mapped[str] = mapped_column(String(64))
    outcome: Mapped[str] = mapped_column(String(10), comment="act | review | tag")
    shadow: Mapped[bool] = mapped_column(Boolean, default=False)
    details: Mapped[dict[str, Any]] = mapped_column(
        JSONType, default=dict, comment="banks, entry digests, guard, signal, decision; no content"
    )
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        Index("ix_detection_rule_outcomes_rule", "rule_id", "decided_at"),
        Index("ix_detection_rule_outcomes_shadow", "shadow", "decided_at"),
    )


class Rescan(Base):
    """A retro-scan of the stored posts against one version of one bank; `cursor` is the last
    post id done, so an interrupted scan resumes where it stopped."""

    __tablename__ = "detection_rescans"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    bank_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    bank_name: Mapped[str] = mapped_column(String(100))
    bank_version: Mapped[str] = mapped_column(
        String(40), comment="the bank's updated_at when the scan started"
    )
    settings_sha256: Mapped[str] = mapped_column(
        String(64), comment="digest of the bank's matching settings (policy, category, ...)"
    )
    mode: Mapped[str] = mapped_column(
        String(10),
        comment="entries: only entries newer than what a post was last scanned with count; "
        "full: the bank's matching settings changed, every entry counts",
    )
    entries_since: Mapped[datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="entries mode: only entries added after this (the last finished rescan)",
    )
    status: Mapped[str] = mapped_column(
        String(10), comment="running | done | superseded (the bank changed again)"
    )
    cursor: Mapped[str | None] = mapped_column(String(200), nullable=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    scanned: Mapped[int] = mapped_column(Integer, default=0)
    matched: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (UniqueConstraint("bank_id", "bank_version", name="uq_rescan_bank_version"),)


class RescannedPost(Base):
    """A post a retro-scan matched and fed through the pipeline: once per (post, bank version)."""

    __tablename__ = "detection_rescanned_posts"

    bank_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    bank_version: Mapped[str] = mapped_column(String(40), primary_key=True)
    post_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime())
