"""Every call Safeharbour makes to the platform, with its outcome.

A row is written (status `pending`) in the transaction that makes a decision effective, and the
call is made after commit by `enforcement.dispatch`: a crash in between retries the call with the
same idempotency key (the row id), which the platform answers `already_applied`.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime


class EnforcementAction(Base):
    __tablename__ = "enforcement_actions"

    id: Mapped[uuid.UUID] = mapped_column(
        Uuid, primary_key=True, comment="also the idempotency key sent to the platform"
    )
    decision_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid,
        ForeignKey("decisions.id"),
        nullable=True,
        index=True,
        comment="the decision it carries out; NULL for a legal request's effect",
    )
    legal_request_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid,
        ForeignKey("legal_requests.id"),
        nullable=True,
        index=True,
        comment="the authority order it carries out (gateway effect); NULL for a decision",
    )
    decision_action_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    kind: Mapped[str] = mapped_column(
        String(30),
        comment="remove_post | restrict_post | suspend_account | terminate_account | "
        "ban_channel | label | quarantine_media | notify_user | reverse",
    )
    target_kind: Mapped[str] = mapped_column(String(10))
    target_id: Mapped[str] = mapped_column(String(200))
    params: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    after_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, nullable=True, comment="run only once this action has been applied"
    )
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    status: Mapped[str] = mapped_column(
        String(20),
        comment="pending | applied | already_applied | failed | not_supported | cancelled",
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    adapter: Mapped[str | None] = mapped_column(String(60), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(
        String(36), nullable=True, comment="the dispatch pass making the call now"
    )
    claimed_until: Mapped[datetime | None] = mapped_column(
        UTCDateTime(),
        nullable=True,
        comment="lease: other processes leave the row alone until then (a crash frees it)",
    )

    __table_args__ = (Index("ix_enforcement_due", "status", "next_attempt_at"),)
