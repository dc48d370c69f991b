"""Heartbeats of the processes that run work, so that any node can tell who is alive.

Each worker process (and each API process) writes its row every few seconds. A heartbeat is
bookkeeping about processes, not a change to anything a person decided: it is not audited.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, UTCDateTime


class ProcessHeartbeat(Base):
    __tablename__ = "process_heartbeats"

    id: Mapped[str] = mapped_column(String(120), primary_key=True, comment="host:pid:nonce")
    kind: Mapped[str] = mapped_column(String(20), comment="api | worker")
    roles: Mapped[str] = mapped_column(
        String(200), comment="comma-separated: detection, enforcement, notify, scheduler"
    )
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    processed: Mapped[int] = mapped_column(BigInteger, default=0)
    errors: Mapped[int] = mapped_column(BigInteger, default=0)
    leader: Mapped[bool] = mapped_column(Boolean, default=False, comment="holds the scheduler lock")
    state: Mapped[str] = mapped_column(String(20), comment="running | stopping | stopped")

    __table_args__ = (Index("ix_process_heartbeats_seen", "seen_at"),)
