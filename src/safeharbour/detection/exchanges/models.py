"""Exchange tables: a configured source of one bank, and the provider's entries it holds."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class Exchange(Base):
    """A hash-sharing programme this platform fetches from, and the bank it fills.

    The bank carries the precision controls (policy, category, PDQ threshold, enabled, shadow);
    an exchange's bank is created with policy `review`, so a third-party hash acts only when an
    operator sets `act` for it. `checkpoint` is the provider's resume point, written in the same
    transaction as the page it ends, so a fetch killed at any moment resumes after the last
    applied page."""

    __tablename__ = "exchanges"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(
        String(30), comment="hashlist | stopncii | ncmec | tat | threatexchange"
    )
    bank_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("detection_banks.id", ondelete="RESTRICT"), unique=True
    )
    settings: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="non-secret settings: url, page size"
    )
    credentials_encrypted: Mapped[str | None] = mapped_column(
        Text, nullable=True, comment="Fernet token (field cipher) of the credentials JSON"
    )
    fetch_every_minutes: Mapped[int] = mapped_column(Integer, default=60)
    checkpoint: Mapped[dict[str, Any] | None] = mapped_column(JSONType, nullable=True)
    status: Mapped[str] = mapped_column(String(20), comment="new | ok | error")
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_fetch_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_complete_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="last time the provider said nothing more is left"
    )
    unsupported: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="provider signal type -> entries seen that we cannot match (PhotoDNA)"
    )
    rejected: Mapped[int] = mapped_column(
        Integer, default=0, comment="entries whose value failed validation"
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


encrypted_column(Exchange, "credentials_encrypted")


class ExchangeEntry(Base):
    """One provider entry (its own key) and the bank value it contributes.

    Several provider entries may carry the same value; the bank entry is removed only when the
    last of them is deleted or changes value. This row is the provenance of a match."""

    __tablename__ = "exchange_entries"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    exchange_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("exchanges.id", ondelete="CASCADE")
    )
    provider_key: Mapped[str] = mapped_column(String(300), comment="the provider's entry id")
    signal: Mapped[str] = mapped_column(String(10))
    value: Mapped[str] = mapped_column(Text)
    value_sha256: Mapped[str] = mapped_column(String(64))
    label: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="the provider's category or tag"
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("exchange_id", "provider_key", name="uq_exchange_entry_key"),
        Index("ix_exchange_entries_value", "exchange_id", "signal", "value_sha256"),
    )
