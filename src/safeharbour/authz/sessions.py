"""Console sign-in: opening and closing sessions, resolving a cookie, throttling guessers.

Contracts:
- A session is a random 256-bit cookie token; only its SHA-256 is stored, so a copy of the
  database cannot be replayed as a login. Each session has its own CSRF token, which every
  signed-in form and HTMX request must send back.
- A refused login answers the same way whatever went wrong (unknown e-mail, wrong password,
  wrong or missing TOTP code, disabled user) and takes about as long: an unknown e-mail still
  costs one argon2 verification. The reason is kept in the audit log, for investigators only.
- Refused logins are audited, so `do_open_session` does not raise for them: it returns
  `LoginFailed`, and the transport commits (keeping the audit entry) before answering 401.
- Audit entries never hold the e-mail address or the client's IP address. They hold the user
  id when there is one, and keyed digests (HMAC-SHA-256 under a key derived from the
  installation's secret key) of the address and the IP: a plain SHA-256 of an e-mail address
  is reversed by hashing a list of candidate addresses; a keyed digest is not, yet an
  investigator holding the key can still tell whether two entries came from one address.
- The throttle counts refused logins per e-mail digest and per client IP over a sliding
  minute; at `login_attempts_per_minute` failures, further attempts for that e-mail or from
  that IP are refused with RateLimited before any password is checked, and are not audited
  (an attack must not be able to grow the append-only log without bound through this door).
- A TOTP code is accepted once: the 30-second step it belongs to is remembered, and a code of
  that step or an earlier one is refused, so a code read over a shoulder cannot be replayed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import uuid
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import ConsoleSession, User
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Role
from safeharbour.authz.users import burn_password_check, hash_password, verify_password
from safeharbour.config import Settings
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, NotFound, RateLimited
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher

LOGIN_ACTOR = Actor("anonymous", "login")
"""Who a refused login is attributed to: nobody proved who they were."""

TOTP_SKEW_STEPS = 1
"""Accept the codes of one 30-second step before and after now, for phone clocks that drift."""


# -- throttle ---------------------------------------------------------------------------------
class LoginThrottle:
    """Failed sign-ins per key over a sliding window, in this process's memory.

    In memory on purpose: a login storm must not turn into a write storm, and the counts only
    need to live for a minute. Behind several server processes each keeps its own counts, so
    the effective limit is the setting times the number of processes. At most `max_keys` keys
    are tracked; past that the oldest are forgotten first, which costs an attacker who sprays
    that many addresses or IPs nothing they did not already have.
    """

    def __init__(
        self,
        attempts_per_minute: int,
        *,
        window: timedelta = timedelta(minutes=1),
        max_keys: int = 100_000,
    ) -> None:
        if attempts_per_minute < 1:
            raise ValueError("attempts_per_minute must be at least 1")
        self.limit = attempts_per_minute
        self.window = window
        self.max_keys = max_keys
        self._failures: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: datetime) -> deque[datetime] | None:
        stamps = self._failures.get(key)
        if stamps is None:
            return None
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        if not stamps:
            del self._failures[key]
            return None
        return stamps

    def check(self, keys: Iterable[str], now: datetime) -> None:
        """Raise RateLimited if any key has used up its attempts in the window."""
        with self._lock:
            for key in keys:
                stamps = self._recent(key, now)
                if stamps is not None and len(stamps) >= self.limit:
                    wait = int((stamps[0] + self.window - now).total_seconds()) + 1
                    raise RateLimited(
                        f"too many sign-in attempts; try again in {wait} seconds", field="login"
                    )

    def record_failure(self, keys: Iterable[str], now: datetime) -> None:
        with self._lock:
            for key in keys:
                stamps = self._recent(key, now)
                if stamps is None:
                    stamps = self._failures[key] = deque()
                stamps.append(now)
            self._shrink(now)

    def forget(self, key: str) -> None:
        """Clear a key's count (an e-mail after its owner signed in)."""
        with self._lock:
            self._failures.pop(key, None)

    def _shrink(self, now: datetime) -> None:
        if len(self._failures) <= self.max_keys:
            return
        for key in list(self._failures):
            self._recent(key, now)
        while len(self._failures) > self.max_keys:
            del self._failures[next(iter(self._failures))]


@dataclass(frozen=True)
class LoginPolicy:
    """What a sign-in needs besides the credentials: one instance per server process."""

    throttle: LoginThrottle
    digest_key: bytes
    session_ttl: timedelta

    @classmethod
    def from_settings(cls, settings: Settings, secret_key: bytes) -> LoginPolicy:
        return cls(
            throttle=LoginThrottle(settings.login_attempts_per_minute),
            # A key of its own, so that these digests reveal nothing about other uses of the
            # secret key, and vice versa.
            digest_key=hmac.new(secret_key, b"safeharbour/login-digests/v1", "sha256").digest(),
            session_ttl=timedelta(hours=settings.session_ttl_hours),
        )

    def digest(self, purpose: str, value: str) -> str:
        """Keyed SHA-256 digest, for audit entries and throttle keys (never the value itself)."""
        message = f"{purpose}\x00{value}".encode()
        return hmac.new(self.digest_key, message, hashlib.sha256).hexdigest()


# -- opening and closing ----------------------------------------------------------------------
class LoginRefusal(StrEnum):
    """Why a login was refused: written to the audit log, never shown to the caller."""

    UNKNOWN_EMAIL = "unknown_email"
    BAD_PASSWORD = "bad_password"  # noqa: S105 (a refusal reason, not a password)
    BAD_TOTP = "bad_totp"
    DISABLED = "disabled"


@dataclass(frozen=True)
class OpenedSession:
    session_id: uuid.UUID
    user_id: uuid.UUID
    token: str
    """The cookie value. Exists only in this object and the browser; the database has its hash."""
    csrf_token: str
    expires_at: datetime


@dataclass(frozen=True)
class LoginFailed:
    reason: LoginRefusal


def _totp_accepted(user: User, code: str | None, cipher: FieldCipher, now: datetime) -> bool:
    """Check a code and, when it is good, remember its step so that it cannot be used again."""
    if not user.totp_secret_encrypted or not code:
        return False
    code = code.replace(" ", "").strip()
    if len(code) != 6 or not code.isdigit():
        return False
    totp = pyotp.TOTP(cipher.decrypt(user.totp_secret_encrypted))
    current = totp.timecode(now)
    for counter in range(current - TOTP_SKEW_STEPS, current + TOTP_SKEW_STEPS + 1):
        if user.totp_last_counter is not None and counter <= user.totp_last_counter:
            continue
        if hmac.compare_digest(totp.generate_otp(counter), code):
            user.totp_last_counter = counter
            return True
    return False


def do_open_session(
    unit: UnitOfWork,
    *,
    email: str,
    password: str,
    totp_code: str | None,
    client_ip: str | None,
    policy: LoginPolicy,
    cipher: FieldCipher,
    actor: Actor = LOGIN_ACTOR,
) -> OpenedSession | LoginFailed:
    """Sign a user in with e-mail, password and (when the user requires it) a TOTP code.

    Raises RateLimited (nothing written) when the e-mail or the client is throttled. Returns
    LoginFailed, with the refusal audited under `actor`, for any wrong credential; the caller
    commits either way. On success the session-opened entry's actor is the user.
    """
    now = unit.clock.now()
    address = (email or "").strip().lower()
    email_key = "email:" + policy.digest("email", address)
    client_digest = policy.digest("client", client_ip or "unknown")
    throttle_keys = [email_key, "client:" + client_digest]
    policy.throttle.check(throttle_keys, now)

    user = unit.session.scalars(
        select(User).where(User.email == address).with_for_update()
    ).one_or_none()
    refusal: LoginRefusal | None = None
    rehashed = False
    if user is None:
        burn_password_check(password)
        refusal = LoginRefusal.UNKNOWN_EMAIL
    else:
        check = verify_password(user.password_hash, password)
        if not check.ok:
            refusal = LoginRefusal.BAD_PASSWORD
        elif user.totp_required and not _totp_accepted(user, totp_code, cipher, now):
            refusal = LoginRefusal.BAD_TOTP
        elif user.disabled_at is not None:
            # Checked last so that a disabled account answers exactly like a wrong password.
            refusal = LoginRefusal.DISABLED
        elif check.needs_rehash:
            user.password_hash = hash_password(password)
            rehashed = True

    if refusal is not None:
        policy.throttle.record_failure(throttle_keys, now)
        unit.record(
            AuditTag.AUTHZ_LOGIN_FAILED,
            actor=actor,
            subjects={"user": user.id} if user is not None else {},
            snapshot={
                "reason": refusal.value,
                "email_digest": policy.digest("email", address),
                "client_digest": client_digest,
            },
        )
        return LoginFailed(reason=refusal)

    assert user is not None
    policy.throttle.forget(email_key)
    token = _random_token()
    opened = ConsoleSession(
        id=new_id(),
        token_sha256=sha256_hex(token),
        csrf_token=_random_token(),
        user_id=user.id,
        created_at=now,
        expires_at=now + policy.session_ttl,
    )
    unit.session.add(opened)
    unit.session.flush()
    unit.record(
        AuditTag.AUTHZ_SESSION_OPENED,
        actor=Actor("user", str(user.id), user.role),
        subjects={"user": user.id, "session": opened.id},
        snapshot={
            "totp_used": user.totp_required,
            "password_rehashed": rehashed,
            "client_digest": client_digest,
        },
    )
    return OpenedSession(
        session_id=opened.id,
        user_id=user.id,
        token=token,
        csrf_token=opened.csrf_token,
        expires_at=opened.expires_at,
    )


def do_close_session(unit: UnitOfWork, session_id: uuid.UUID, *, actor: Actor) -> None:
    """Sign out: the session's cookie stops working at once, even if a copy of it exists."""
    row = unit.session.get(ConsoleSession, session_id, with_for_update=True)
    if row is None:
        raise NotFound("no such session", field="session_id")
    if row.closed_at is not None:
        raise Conflict("the session is already closed", field="session_id")
    row.closed_at = unit.clock.now()
    unit.record(
        AuditTag.AUTHZ_SESSION_CLOSED,
        actor=actor,
        subjects={"user": row.user_id, "session": row.id},
    )


def _random_token() -> str:
    return secrets.token_urlsafe(32)


# -- resolving a cookie -----------------------------------------------------------------------
@dataclass(frozen=True)
class ActiveSession:
    """A signed-in browser, as the console guard sees it."""

    session_id: uuid.UUID
    email: str
    csrf_token: str
    expires_at: datetime
    principal: Principal


def active_session(session: Session, token: str, *, now: datetime) -> ActiveSession | None:
    """The open, unexpired session of an enabled user that `token` belongs to, or None."""
    if not token:
        return None
    row = session.execute(
        select(ConsoleSession, User)
        .join(User, User.id == ConsoleSession.user_id)
        .where(
            ConsoleSession.token_sha256 == sha256_hex(token),
            ConsoleSession.closed_at.is_(None),
            ConsoleSession.expires_at > now,
            User.disabled_at.is_(None),
        )
    ).first()
    if row is None:
        return None
    console_session, user = row
    role = Role(user.role)
    return ActiveSession(
        session_id=console_session.id,
        email=user.email,
        csrf_token=console_session.csrf_token,
        expires_at=console_session.expires_at,
        principal=Principal(
            actor=Actor("user", str(user.id), role.value),
            role=role,
            owner_id=user.agency_id or user.flagger_id,
            user_id=user.id,
        ),
    )


def session_principal(session: Session, token: str, *, now: datetime) -> Principal | None:
    """The principal a session cookie signs in as, or None when it is not (or no longer) valid."""
    found = active_session(session, token, now=now)
    return found.principal if found else None
