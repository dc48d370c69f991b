"""E-mails waiting for, or past, delivery through the `Notifier` port.

The recipient address is personal data and the body carries secret links (a notice's status, a
statement of reasons): both are Fernet tokens while the message waits, and both are erased once
it is sent (or dead), so the table never becomes a list of who reported what, nor a key ring.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class Notification(Base):
    __tablename__ = "notifications"

    id: Mapped[uuid.UUID] = mapped_column(
        Uuid, primary_key=True, comment="also the idempotency key (Message-ID)"
    )
    purpose: Mapped[str] = mapped_column(
        String(40), comment="notice_receipt | notice_outcome | appeal_outcome | ..."
    )
    recipient_encrypted: Mapped[str | None] = mapped_column(
        Text, nullable=True, comment="erased after delivery"
    )
    subject: Mapped[str] = mapped_column(String(300))
    body_encrypted: Mapped[str | None] = mapped_column(
        Text,
        nullable=True,
        comment="Fernet token: bodies carry secret links; erased after delivery",
    )
    related: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict, comment="ids")
    status: Mapped[str] = mapped_column(String(20), comment="pending | sent | dead")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    adapter: Mapped[str | None] = mapped_column(String(60), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(
        String(36), nullable=True, comment="the delivery pass sending it now"
    )
    claimed_until: Mapped[datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="lease: other processes leave the row alone until then (a crash frees it)",
    )

    __table_args__ = (Index("ix_notifications_due", "status", "next_attempt_at"),)


encrypted_column(Notification, "recipient_encrypted")
encrypted_column(Notification, "body_encrypted")
