from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.db import Base, UTCDateTime
from safeharbour.kit.encrypted_fields import encrypted_column


class User(Base):
    """A console user. Passwords are argon2 hashes; the TOTP secret is encrypted at rest."""

    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True, comment="lower-cased")
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))
    display_name: Mapped[str | None] = mapped_column(
        String(200), nullable=True, comment="shown to colleagues; without it, a stable pseudonym"
    )
    time_zone: Mapped[str | None] = mapped_column(
        String(64),
        nullable=True,
        comment="IANA name (Europe/Berlin) the consoles show times in; without it, UTC",
    )
    agency_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("agencies.id"), nullable=True
    )
    flagger_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("trusted_flaggers.id"), nullable=True
    )
    totp_secret_encrypted: Mapped[str | None] = mapped_column(
        Text, nullable=True, comment="Fernet token of the base32 TOTP secret"
    )
    totp_required: Mapped[bool] = mapped_column(Boolean, default=False)
    totp_last_counter: Mapped[int | None] = mapped_column(
        BigInteger,
        nullable=True,
        comment="30-second step of the last accepted TOTP code; an older or equal step is a replay",
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False, comment="seeded by --demo")


class ConsoleSession(Base):
    """A signed-in browser. Only the SHA-256 of the cookie value is stored."""

    __tablename__ = "console_sessions"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ApiKey(Base):
    """A machine credential. The key is shown once; only its SHA-256 is kept.

    Keys are 256-bit random, so a plain SHA-256 (not a slow password hash) is the right
    storage: there is nothing to brute-force, and lookups stay one indexed read per request.
    """

    __tablename__ = "api_keys"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    key_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(16), comment="first characters, to recognise it")
    role: Mapped[str] = mapped_column(String(40))
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, nullable=True, comment="agency, trusted flagger or platform the key acts for"
    )
    label: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_api_keys_owner", "owner_id"),)


encrypted_column(User, "totp_secret_encrypted")
