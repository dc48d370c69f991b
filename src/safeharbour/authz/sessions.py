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
- Every attempt is counted before any password is checked (`LoginPolicy.admit`), so that
  concurrent guesses cannot all slip past the count. Budgets per account + address pair and
  per address refuse with RateLimited, and such refusals are not audited (an attack must not
  be able to grow the append-only log without bound through this door); the account alone
  only earns a growing delay, so nobody can lock its owner out (`LoginThrottle`).
- argon2 runs with no transaction open (`check_login_password`), then a short write
  transaction opens the session (`do_open_session`): sign-ins never hold other writers.
- Roles that can see or release personal data need a second factor (`requires_second_factor`).
  Such a user without one signs in to a session that opens only the enrolment page, so
  existing officers are led through enrolment instead of being locked out.
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
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import pyotp
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import ConsoleSession, User
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Role, requires_second_factor
from safeharbour.authz.users import burn_password_check, hash_password, verify_password
from safeharbour.config import Settings
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, NotFound, RateLimited
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.kit.transactions import Transactions

LOGIN_ACTOR = Actor("anonymous", "login")
"""Who a refused login is attributed to: nobody proved who they were."""

TOTP_SKEW_STEPS = 1
"""Accept the codes of one 30-second step before and after now, for phone clocks that drift."""


# -- throttle ---------------------------------------------------------------------------------
class LoginThrottle:
    """Sign-in attempts per key over a sliding window, in this process's memory.

    Three budgets, so that guessing is slowed without anyone being able to lock a user out:

    - per account + address pair (`attempts_per_minute`): one address guessing one account is
      refused (429) once the pair's budget is spent;
    - per address (`address_attempts_per_minute`, larger): one address spraying many accounts
      is refused; a shared address (an office behind NAT) is not locked by one person's typos;
    - per account alone: never a refusal, only a delay that grows with the account's attempts
      from all addresses (`account_delay`), so guessers spread over many addresses are slowed
      while the account's owner, from their own address, still gets in.

    An attempt is counted when it is admitted, before any password is checked: concurrent
    attempts cannot all pass the check before the first failure is recorded. A successful
    sign-in clears its pair. In memory on purpose: a login storm must not turn into a write
    storm, and the counts only need to live for a minute. Behind several server processes each
    keeps its own counts, so the effective limits are the settings times the number of
    processes. At most `max_keys` keys are tracked; past that the oldest are forgotten first.
    """

    def __init__(
        self,
        attempts_per_minute: int,
        *,
        address_attempts_per_minute: int | None = None,
        max_account_delay: float = 8.0,
        window: timedelta = timedelta(minutes=1),
        max_keys: int = 100_000,
    ) -> None:
        if attempts_per_minute < 1:
            raise ValueError("attempts_per_minute must be at least 1")
        self.limit = attempts_per_minute
        self.address_limit = address_attempts_per_minute or 5 * attempts_per_minute
        if self.address_limit < self.limit:
            raise ValueError("the per-address budget cannot be smaller than the per-pair one")
        self.max_account_delay = max_account_delay
        self.window = window
        self.max_keys = max_keys
        self._attempts: dict[str, deque[datetime]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: datetime) -> deque[datetime] | None:
        stamps = self._attempts.get(key)
        if stamps is None:
            return None
        while stamps and stamps[0] <= now - self.window:
            stamps.popleft()
        if not stamps:
            del self._attempts[key]
            return None
        return stamps

    def _refuse_if_spent(self, key: str, limit: int, now: datetime) -> None:
        stamps = self._recent(key, now)
        if stamps is not None and len(stamps) >= limit:
            wait = int((stamps[0] + self.window - now).total_seconds()) + 1
            raise RateLimited(
                f"too many sign-in attempts; try again in {wait} seconds", field="login"
            )

    def _count(self, key: str, now: datetime) -> int:
        stamps = self._recent(key, now)
        if stamps is None:
            stamps = self._attempts[key] = deque()
        stamps.append(now)
        return len(stamps)

    def admit(self, *, pair: str, address: str, account: str, now: datetime) -> float:
        """Count one attempt, or raise RateLimited (nothing counted) when the pair's or the
        address's budget is spent. Returns the delay, in seconds, to wait before checking the
        password: zero until the account alone has used its budget, then doubling per attempt
        up to `max_account_delay`."""
        with self._lock:
            self._refuse_if_spent(pair, self.limit, now)
            self._refuse_if_spent(address, self.address_limit, now)
            self._count(pair, now)
            self._count(address, now)
            beyond = self._count(account, now) - self.limit
            self._shrink(now)
        if beyond <= 0:
            return 0.0
        return float(min(self.max_account_delay, 0.25 * 2 ** min(beyond - 1, 16)))

    def forget(self, key: str) -> None:
        """Clear a key's count (a pair after the account's owner signed in from it)."""
        with self._lock:
            self._attempts.pop(key, None)

    def _shrink(self, now: datetime) -> None:
        if len(self._attempts) <= self.max_keys:
            return
        for key in list(self._attempts):
            self._recent(key, now)
        while len(self._attempts) > self.max_keys:
            del self._attempts[next(iter(self._attempts))]


@dataclass(frozen=True)
class LoginPolicy:
    """What a sign-in needs besides the credentials: one instance per server process."""

    throttle: LoginThrottle
    digest_key: bytes
    session_ttl: timedelta

    @classmethod
    def from_settings(cls, settings: Settings, secret_key: bytes) -> LoginPolicy:
        return cls(
            throttle=LoginThrottle(
                settings.login_attempts_per_minute,
                address_attempts_per_minute=settings.login_address_attempts_per_minute,
                max_account_delay=settings.login_max_delay_seconds,
            ),
            # A key of its own, so that these digests reveal nothing about other uses of the
            # secret key, and vice versa.
            digest_key=hmac.new(secret_key, b"safeharbour/login-digests/v1", "sha256").digest(),
            session_ttl=timedelta(hours=settings.session_ttl_hours),
        )

    def digest(self, purpose: str, value: str) -> str:
        """Keyed SHA-256 digest, for audit entries and throttle keys (never the value itself)."""
        message = f"{purpose}\x00{value}".encode()
        return hmac.new(self.digest_key, message, hashlib.sha256).hexdigest()

    def admit(self, *, email: str, client_ip: str | None, now: datetime) -> LoginAttempt:
        """Count a sign-in attempt before anything is checked (RateLimited when over budget)."""
        address = (email or "").strip().lower()
        email_digest = self.digest("email", address)
        client_digest = self.digest("client", client_ip or "unknown")
        pair = f"pair:{email_digest}:{client_digest}"
        delay = self.throttle.admit(
            pair=pair, address="client:" + client_digest, account="email:" + email_digest, now=now
        )
        return LoginAttempt(
            email=address,
            email_digest=email_digest,
            client_digest=client_digest,
            pair_key=pair,
            delay_seconds=delay,
        )


@dataclass(frozen=True)
class LoginAttempt:
    """An admitted sign-in attempt: the normalised e-mail, its digests and the delay to wait
    (the transport waits it without holding a thread or a transaction)."""

    email: str
    email_digest: str
    client_digest: str
    pair_key: str
    delay_seconds: float


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
    second_factor_pending: bool = False
    """The role needs a second factor the user has not enrolled: only enrolment is open."""


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


@dataclass(frozen=True)
class CheckedPassword:
    """The outcome of a password check made outside any transaction.

    `password_hash` is the hash the password was checked against: the action that opens the
    session compares it with the row it locks, so a password changed between the check and
    the transaction is not accepted on the strength of the old one.
    """

    user_id: uuid.UUID | None
    password_hash: str | None
    ok: bool
    new_hash: str | None = None
    """An argon2 hash with the current parameters, when the stored one is older."""


def check_login_password(session: Session, attempt: LoginAttempt, password: str) -> CheckedPassword:
    """Read the account's hash, end the read, then run argon2: nothing is locked while the
    password is checked (a burst of sign-ins must not hold writers such as ingest).

    An unknown e-mail still costs one verification, so timing does not tell which addresses
    have accounts.
    """
    found = session.execute(
        select(User.id, User.password_hash).where(User.email == attempt.email)
    ).first()
    session.rollback()
    if found is None:
        burn_password_check(password)
        return CheckedPassword(user_id=None, password_hash=None, ok=False)
    user_id, stored = found
    check = verify_password(stored, password)
    new_hash = hash_password(password) if check.ok and check.needs_rehash else None
    return CheckedPassword(user_id=user_id, password_hash=stored, ok=check.ok, new_hash=new_hash)


def do_open_session(
    unit: UnitOfWork,
    *,
    attempt: LoginAttempt,
    checked: CheckedPassword,
    totp_code: str | None,
    policy: LoginPolicy,
    cipher: FieldCipher,
    actor: Actor = LOGIN_ACTOR,
) -> OpenedSession | LoginFailed:
    """Sign a user in whose password `check_login_password` checked, with (when the user has
    one) a TOTP code.

    The attempt was admitted and counted by `LoginPolicy.admit` before the password was
    checked. Returns LoginFailed, with the refusal audited under `actor`, for any wrong
    credential; the caller commits either way. On success the session-opened entry's actor is
    the user. A user whose role needs a second factor but who has none yet gets a session
    that opens only the enrolment page (`ActiveSession.second_factor_pending`).
    """
    now = unit.clock.now()
    user = unit.session.scalars(
        select(User).where(User.email == attempt.email).with_for_update()
    ).one_or_none()
    refusal: LoginRefusal | None = None
    rehashed = False
    if user is None:
        refusal = LoginRefusal.UNKNOWN_EMAIL
    elif (
        not checked.ok
        or checked.user_id != user.id
        or checked.password_hash is None
        or not hmac.compare_digest(checked.password_hash, user.password_hash)
    ):
        refusal = LoginRefusal.BAD_PASSWORD
    elif user.totp_required and not _totp_accepted(user, totp_code, cipher, now):
        refusal = LoginRefusal.BAD_TOTP
    elif user.disabled_at is not None:
        # Checked last so that a disabled account answers exactly like a wrong password.
        refusal = LoginRefusal.DISABLED
    elif checked.new_hash is not None:
        user.password_hash = checked.new_hash
        rehashed = True

    if refusal is not None:
        unit.record(
            AuditTag.AUTHZ_LOGIN_FAILED,
            actor=actor,
            subjects={"user": user.id} if user is not None else {},
            snapshot={
                "reason": refusal.value,
                "email_digest": attempt.email_digest,
                "client_digest": attempt.client_digest,
            },
        )
        return LoginFailed(reason=refusal)

    assert user is not None
    policy.throttle.forget(attempt.pair_key)
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
            "second_factor_pending": _second_factor_pending(user),
            "password_rehashed": rehashed,
            "client_digest": attempt.client_digest,
        },
    )
    return OpenedSession(
        session_id=opened.id,
        user_id=user.id,
        token=token,
        csrf_token=opened.csrf_token,
        expires_at=opened.expires_at,
        second_factor_pending=_second_factor_pending(user),
    )


def sign_in(
    tx: Transactions,
    attempt: LoginAttempt,
    *,
    password: str,
    totp_code: str | None,
    policy: LoginPolicy,
    cipher: FieldCipher,
) -> OpenedSession | LoginFailed:
    """The whole sign-in after admission: a short read, argon2 with no transaction open, then
    the short write transaction that opens the session or audits the refusal."""
    checked = tx.read(lambda session: check_login_password(session, attempt, password))
    return tx.write(
        lambda unit: do_open_session(
            unit,
            attempt=attempt,
            checked=checked,
            totp_code=totp_code,
            policy=policy,
            cipher=cipher,
        )
    )


def _second_factor_pending(user: User) -> bool:
    return requires_second_factor(user.role) and not user.totp_required


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
    second_factor_pending: bool = False
    """The role needs a second factor the user has not enrolled yet: the console guard opens
    only the enrolment page to this session."""
    time_zone: str = "UTC"
    """The IANA zone the user chose to read dates and times in (UTC unless they chose one)."""


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
        second_factor_pending=_second_factor_pending(user),
        time_zone=user.time_zone or "UTC",
    )


def session_principal(session: Session, token: str, *, now: datetime) -> Principal | None:
    """The principal a session cookie signs in as, or None when it is not (or no longer) valid."""
    found = active_session(session, token, now=now)
    return found.principal if found and not found.second_factor_pending else None
