"""Key/value facts about the installation itself (e.g. that it holds demo data)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, UTCDateTime


class InstallationFact(Base):
    __tablename__ = "installation_facts"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime())
