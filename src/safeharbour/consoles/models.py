"""What the consoles keep for themselves: the one-time form nonces (`consoles/forms.py`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, UTCDateTime


class FormSubmission(Base):
    """A form nonce that has been used, and where its first submission led.

    The row is written in the same transaction as the action the form caused, so a nonce is
    spent exactly when the action committed. Only `SHA-256(nonce)` is stored, and the result
    address is encrypted under a key derived from the nonce itself: the address may carry a
    secret link token (a notice's status link), and a copy of this table opens nothing.
    """

    __tablename__ = "form_submissions"

    nonce_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    form: Mapped[str] = mapped_column(String(80), comment="which form, e.g. public.notice")
    result_encrypted: Mapped[str] = mapped_column(
        Text, comment="Fernet token of the address the first submission was sent on to"
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (Index("ix_form_submissions_created_at", "created_at"),)
