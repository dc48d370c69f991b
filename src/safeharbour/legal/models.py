from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class Agency(Base):
    """An onboarded authority. Onboarding by an admin is the verification record."""

    __tablename__ = "agencies"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    country: Mapped[str] = mapped_column(String(2))
    kind: Mapped[str] = mapped_column(String(40))
    domains: Mapped[list[str]] = mapped_column(JSONType, comment="official e-mail domains")
    signing_key_b64: Mapped[str | None] = mapped_column(
        String(64), nullable=True, comment="raw 32-byte Ed25519 public key, base64"
    )
    callback_phone_encrypted: Mapped[str | None] = mapped_column(
        Text,
        nullable=True,
        comment="Fernet token of the pre-verified call-back number (E.164) for out-of-band checks",
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    tco_designation: Mapped[str | None] = mapped_column(
        String(300),
        nullable=True,
        comment="designated under TCO Art. 12: the Commission register entry it is listed in",
    )


class LegalHold(Base):
    """Keeps data that would otherwise be purged: what is held, why, until when.

    A hold on an account or a channel holds every post of it. Purging (a platform deletion,
    retention) checks active holds first; when a hold ends, the data it kept is purged by the
    scheduler.
    """

    __tablename__ = "legal_holds"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    subject_kind: Mapped[str] = mapped_column(String(20), comment="post | account | channel")
    subject_id: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text, comment="legal ground, e.g. TCO Art. 6")
    reference: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="request or case id that caused the hold"
    )
    held_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(120))
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    released_by: Mapped[str | None] = mapped_column(String(120), nullable=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)

    __table_args__ = (Index("ix_legal_holds_subject", "subject_kind", "subject_id"),)


encrypted_column(Agency, "callback_phone_encrypted")
