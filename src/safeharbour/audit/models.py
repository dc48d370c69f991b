from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime


class AuditEntry(Base):
    """One link of the chain. Never updated or deleted: database triggers refuse both."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(BigInteger, "postgresql"),
        primary_key=True,
        autoincrement=False,
        comment="Position in the chain, 1-based and gap-free.",
    )
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor: Mapped[str] = mapped_column(String(120), comment="kind:pseudonymous id")
    action: Mapped[str] = mapped_column(String(80), comment="AuditTag, source:subject:action")
    subjects: Mapped[dict[str, Any]] = mapped_column(JSONType, comment="role -> id")
    snapshot: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="What changed, as ids and SHA-256 digests only."
    )
    prev_hash: Mapped[str] = mapped_column(String(64), comment="entry_hash of seq - 1")
    entry_hash: Mapped[str] = mapped_column(
        String(64), comment="SHA-256 of this entry's canonical JSON (prev_hash included)."
    )

    __table_args__ = (
        Index("ix_audit_log_action", "action"),
        # The auditor's browser (audit/browse.py) filters by action, actor or day, newest
        # first by seq: filter column then seq, so a filtered page is one index range.
        Index("ix_audit_log_action_seq", "action", "seq"),
        Index("ix_audit_log_actor_seq", "actor", "seq"),
        Index("ix_audit_log_occurred_at", "occurred_at"),
    )


class AuditHead(Base):
    """The last link, updated in the same transaction as each append.

    The chain alone cannot show that its newest entries were cut off; the head can.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditCheckpoint(Base):
    """A signed statement "the chain's entry `seq` has hash `entry_hash`", made at `signed_at`.

    Written by the scheduler leader at least every minute while the head moves, at each clean
    shutdown and on demand (audit/anchor.py); each is also appended to a file in the data
    directory. `line` is the exact signed JSON as written to that file. Append-only, like the
    chain (database triggers refuse UPDATE and DELETE).
    """

    __tablename__ = "audit_checkpoints"

    seq: Mapped[int] = mapped_column(
        BigInteger, primary_key=True, autoincrement=False, comment="audit_log.seq attested"
    )
    entry_hash: Mapped[str] = mapped_column(String(64), comment="audit_log.entry_hash at seq")
    signed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    line: Mapped[str] = mapped_column(
        String(1000), comment="The signed checkpoint as canonical JSON (what the file holds)."
    )
