"""Statements of reasons (DSA Art. 17) as issued to the affected recipient."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, JSONType, UTCDateTime


class Statement(Base):
    """One statement per measure. `elements` holds every Art. 17(3) element; `dsa` the same
    facts as Transparency Database fields (enum keys), for the export. Neither holds personal
    data: no names, no e-mail addresses, no notifier identity."""

    __tablename__ = "statements"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    puid: Mapped[str] = mapped_column(
        String(100), unique=True, comment="platform unique id for the Transparency Database"
    )
    decision_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("decisions.id"), index=True)
    decision_action_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    account_id: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="the affected recipient on the platform"
    )
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reversed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    elements: Mapped[dict[str, Any]] = mapped_column(JSONType)
    dsa: Mapped[dict[str, Any]] = mapped_column(JSONType)
    text: Mapped[str] = mapped_column(Text, comment="the statement as the recipient reads it")


class PublishedReport(Base):
    """A published daily report: the exact bytes of every file, so that re-emitting a day gives
    the same bytes and a report cannot change silently; `previous_root` chains the days."""

    __tablename__ = "published_reports"

    date: Mapped[str] = mapped_column(String(10), primary_key=True, comment="YYYY-MM-DD (UTC)")
    tree_size: Mapped[int] = mapped_column(Integer)
    root: Mapped[str] = mapped_column(String(64), comment="hex Merkle root (RFC 9162)")
    previous_root: Mapped[str | None] = mapped_column(String(64), nullable=True)
    published_at: Mapped[datetime] = mapped_column(UTCDateTime())
    numbers: Mapped[dict[str, Any]] = mapped_column(
        JSONType, default=dict, comment="report.json parsed: the index page's trends read it"
    )
    files: Mapped[dict[str, Any]] = mapped_column(
        JSONType, comment="file name -> exact UTF-8 text of report.json, leaves.jsonl, ..."
    )
