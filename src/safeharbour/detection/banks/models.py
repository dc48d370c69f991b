"""Bank tables: a bank and its entries (values of one signal type each)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, UTCDateTime


class Bank(Base):
    """A named list of signals with what a match means.

    `policy` is what a match asks for (`act`, `review`, `tag`); `shadow` banks are matched and
    reported but never count toward a verdict; `allow_list` banks suppress matches of the other
    banks (known false positives, the platform's own assets) and have no policy of their own.
    """

    __tablename__ = "detection_banks"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    category: Mapped[str | None] = mapped_column(
        String(80), nullable=True, comment="kit.dsa.StatementCategory value"
    )
    source: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="where the list comes from, e.g. an NGO programme"
    )
    policy: Mapped[str] = mapped_column(String(10), comment="act | review | tag")
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    shadow: Mapped[bool] = mapped_column(Boolean, default=False)
    allow_list: Mapped[bool] = mapped_column(Boolean, default=False)
    irreversible_ok: Mapped[bool] = mapped_column(Boolean, default=False)
    pdq_threshold: Mapped[int] = mapped_column(Integer, default=31)
    quarantine_threshold: Mapped[int] = mapped_column(
        Integer,
        default=100,
        comment="an act-bank entry matching more distinct posts than this in the window is "
        "quarantined",
    )
    quarantine_window_minutes: Mapped[int] = mapped_column(Integer, default=60)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BankEntry(Base):
    """One value of a bank. Removal deletes the row; the audit log keeps the value's digest."""

    __tablename__ = "detection_bank_entries"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    bank_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("detection_banks.id", ondelete="CASCADE")
    )
    signal: Mapped[str] = mapped_column(
        String(10), comment="pdq|md5|sha256|url|domain|keyword|regex"
    )
    value: Mapped[str] = mapped_column(Text)
    value_sha256: Mapped[str] = mapped_column(String(64), comment="digest of value: the unique key")
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[str] = mapped_column(String(120))
    quarantined_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="set: matches go to review, never act automatically"
    )
    counted_since: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="release time: hits before it no longer count"
    )

    __table_args__ = (
        UniqueConstraint("bank_id", "signal", "value_sha256", name="uq_bank_entry_value"),
        Index("ix_detection_bank_entries_signal", "signal"),
    )


class DetectionScan(Base):
    """One stored post event scanned on ingest: the idempotency key of the pipeline hook."""

    __tablename__ = "detection_scans"

    event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    post_id: Mapped[str] = mapped_column(
        String(200), index=True, comment="indexed: retro-scans skip posts scanned since a change"
    )
    verdict: Mapped[str] = mapped_column(String(10), comment="act | review | tag | none")
    signals_raised: Mapped[int] = mapped_column(Integer, default=0)
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EntryHit(Base):
    """A post an act-bank entry matched (first time), for the quarantine's sliding window.

    Rows older than the bank's window are pruned as new hits of the entry arrive."""

    __tablename__ = "detection_entry_hits"

    entry_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("detection_bank_entries.id", ondelete="CASCADE"), primary_key=True
    )
    post_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    hit_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_detection_entry_hits_entry_time", "entry_id", "hit_at"),)
