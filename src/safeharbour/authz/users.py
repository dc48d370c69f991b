"""Console users: creation, TOTP enrolment, disabling, and password hashing.

Contracts:
- E-mail addresses are stored lower-cased and are unique; they never enter the audit log (the
  entries name the user id only).
- Passwords are hashed with argon2id (`argon2-cffi` defaults, which follow RFC 9106's
  recommendations). A hash made with older parameters is replaced at the next successful login
  (`verify_password` tells the caller), so raising the cost needs no migration.
- A TOTP secret is stored only as a `KeyRing.cipher` token and is shown once, as an otpauth://
  URI, to whoever created it.
- Users of the authority role act for an agency, trusted-flagger users for a trusted flagger;
  no other role may name either, so a principal's `owner_id` always means what its role says.

The `do_*` functions are the only writers of `users`; they never commit (the transport owns the
unit of work) and each leaves one audit record in it.
"""

from __future__ import annotations

import re
import secrets
import uuid
import zoneinfo
from dataclasses import dataclass
from functools import cache

import pyotp
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import ConsoleSession, User
from safeharbour.authz.roles import Role, requires_second_factor
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher

MIN_PASSWORD_LENGTH = 12
MAX_DISPLAY_NAME = 200
# Long enough for any passphrase or generated password; short enough that nobody can make the
# server hash megabytes per login attempt.
MAX_PASSWORD_LENGTH = 1024
TOTP_ISSUER = "Safeharbour"

_HASHER = PasswordHasher()

# Deliberately narrower than RFC 5321: ASCII addresses with a dotted domain, which is what
# staff and agency accounts use. Internationalised domains are given in their xn-- form.
_LOCAL_PART = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN = re.compile(r"(?=.{1,253}\Z)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}")


@dataclass(frozen=True)
class _OwnerRule:
    """The organisation a role acts for: the action keyword, the CLI field, how to name it."""

    keyword: str
    field: str
    noun: str

    @property
    def a_noun(self) -> str:
        return ("an " if self.noun[0] in "aeiou" else "a ") + self.noun


_OWNER_OF_ROLE: dict[Role, _OwnerRule] = {
    Role.AUTHORITY: _OwnerRule("agency_id", "agency", "agency"),
    Role.TRUSTED_FLAGGER: _OwnerRule("flagger_id", "flagger", "trusted flagger"),
}


# -- passwords --------------------------------------------------------------------------------
def hash_password(password: str) -> str:
    """argon2id hash in PHC string form (parameters and salt included)."""
    return _HASHER.hash(password)


@dataclass(frozen=True)
class PasswordCheck:
    ok: bool
    needs_rehash: bool = False
    """True when the hash was made with other parameters than the current ones."""


def verify_password(password_hash: str, password: str) -> PasswordCheck:
    """Check a password against a stored hash; never raises for a wrong or malformed hash."""
    try:
        _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return PasswordCheck(ok=False)
    return PasswordCheck(ok=True, needs_rehash=_HASHER.check_needs_rehash(password_hash))


@cache
def _decoy_hash() -> str:
    return _HASHER.hash(secrets.token_urlsafe(24))


def burn_password_check(password: str) -> None:
    """Spend the time of a real verification, for logins naming no (usable) account.

    Without it a login for an unknown e-mail would answer in microseconds and one for a known
    e-mail in tens of milliseconds, telling an attacker which addresses have accounts.
    """
    verify_password(_decoy_hash(), password)


def check_password_policy(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"the password must be at least {MIN_PASSWORD_LENGTH} characters long",
            field="password",
        )
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(
            f"the password must be at most {MAX_PASSWORD_LENGTH} characters long",
            field="password",
        )


# -- e-mail -----------------------------------------------------------------------------------
def normalise_email(email: str) -> str:
    """The stored form of an e-mail address (trimmed, lower-cased), or InvalidInput on `email`."""
    candidate = (email or "").strip().lower()
    local, at, domain = candidate.rpartition("@")
    if (
        not at
        or len(candidate) > 254
        or not 1 <= len(local) <= 64
        or not _LOCAL_PART.fullmatch(local)
        or not _DOMAIN.fullmatch(domain)
    ):
        raise InvalidInput("not a valid e-mail address (expected name@example.org)", field="email")
    return candidate


# -- TOTP -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TotpEnrolment:
    secret: str
    """Base32 secret, for authenticator apps that cannot scan a URI. Shown once."""
    provisioning_uri: str
    """otpauth://totp/... URI carrying the secret; render it as a QR code or paste it."""


def _enrol_totp(user: User, cipher: FieldCipher) -> TotpEnrolment:
    secret = pyotp.random_base32()
    user.totp_secret_encrypted = cipher.encrypt(secret)
    user.totp_required = True
    user.totp_last_counter = None
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=TOTP_ISSUER)
    return TotpEnrolment(secret=secret, provisioning_uri=uri)


# -- actions ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CreatedUser:
    id: uuid.UUID
    totp: TotpEnrolment | None
    """The TOTP enrolment when one was asked for: its secret is never shown again."""


def _parse_role(role: Role | str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise InvalidInput(
            f"unknown role; expected one of {', '.join(r.value for r in Role)}", field="role"
        ) from None


def _check_owner(
    unit: UnitOfWork, role: Role, agency_id: uuid.UUID | None, flagger_id: uuid.UUID | None
) -> None:
    from safeharbour.intake.models import TrustedFlagger
    from safeharbour.legal.models import Agency

    given = {"agency_id": agency_id, "flagger_id": flagger_id}
    wanted = _OWNER_OF_ROLE.get(role)
    for owner_role, rule in _OWNER_OF_ROLE.items():
        if given[rule.keyword] is not None and rule != wanted:
            raise InvalidInput(
                f"only role {owner_role} acts for {rule.a_noun}; role {role} cannot",
                field=rule.field,
            )
    if wanted is None:
        return
    owner_id = given[wanted.keyword]
    if owner_id is None:
        raise InvalidInput(
            f"role {role} needs --{wanted.field} (the id of {wanted.a_noun} the user acts for)",
            field=wanted.field,
        )
    model = Agency if wanted.keyword == "agency_id" else TrustedFlagger
    if unit.session.get(model, owner_id) is None:
        raise NotFound(f"no {wanted.noun} with this id", field=wanted.field)


def email_taken(session: Session, email: str) -> bool:
    found = session.scalar(select(func.count()).select_from(User).where(User.email == email))
    return bool(found)


def do_create_user(
    unit: UnitOfWork,
    *,
    email: str,
    password: str,
    role: Role | str,
    agency_id: uuid.UUID | None = None,
    flagger_id: uuid.UUID | None = None,
    totp: bool | None = None,
    display_name: str | None = None,
    cipher: FieldCipher,
    actor: Actor,
    demo: bool = False,
) -> CreatedUser:
    """Create a console user; enrol a TOTP secret and require it at every login when the role
    needs a second factor (`requires_second_factor`) or `totp` asks for one.

    `totp=False` for a role that needs a second factor is InvalidInput on `totp`: an officer
    who can see or release personal data is never created with a password alone.

    `display_name` (optional, 1 to 200 printable characters) is what colleagues see instead of
    a pseudonym; the audit entry holds only its digest.

    Errors: InvalidInput on `email`, `password`, `role`, `agency`, `flagger`, `display_name`;
    NotFound on
    `agency`/`flagger` when the id names nothing; Conflict on `email` when it is taken (also
    when a concurrent request took it first: the unique index fails the flush, and
    `run_in_unit` re-runs this action, which then sees the other row).
    """
    address = normalise_email(email)
    check_password_policy(password)
    parsed_role = _parse_role(role)
    name = (display_name or "").strip() or None
    if name is not None and (len(name) > MAX_DISPLAY_NAME or not name.isprintable()):
        raise InvalidInput(f"at most {MAX_DISPLAY_NAME} printable characters", field="display_name")
    if totp is False and requires_second_factor(parsed_role):
        raise InvalidInput(
            f"role {parsed_role} can see or release personal data and needs a second factor; "
            "it is always created with TOTP",
            field="totp",
        )
    _check_owner(unit, parsed_role, agency_id, flagger_id)
    if email_taken(unit.session, address):
        raise Conflict("a user with this e-mail address already exists", field="email")
    user = User(
        id=new_id(),
        email=address,
        password_hash=hash_password(password),
        role=parsed_role.value,
        display_name=name,
        agency_id=agency_id,
        flagger_id=flagger_id,
        totp_secret_encrypted=None,
        totp_required=False,
        created_at=unit.clock.now(),
        demo=demo,
    )
    wants_totp = bool(totp) or requires_second_factor(parsed_role)
    enrolment = _enrol_totp(user, cipher) if wants_totp else None
    unit.session.add(user)
    unit.session.flush()
    owner = {"agency": agency_id} if agency_id else {"flagger": flagger_id} if flagger_id else {}
    unit.record(
        AuditTag.AUTHZ_USER_CREATED,
        actor=actor,
        subjects={"user": user.id, **owner},
        snapshot={
            "role": parsed_role.value,
            "totp_required": user.totp_required,
            **({"display_name_sha256": sha256_hex(name)} if name else {}),
        },
    )
    return CreatedUser(id=user.id, totp=enrolment)


def do_enable_totp(
    unit: UnitOfWork, user_id: uuid.UUID, *, cipher: FieldCipher, actor: Actor
) -> TotpEnrolment:
    """Enrol a new TOTP secret for a user who has none and require it from the next login.

    Conflict when TOTP is already required: replacing a working second factor is a different
    decision (a lost device) and must not happen as a side effect of re-running enrolment.
    """
    user = unit.session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no user with this id", field="user_id")
    if user.totp_required:
        raise Conflict("TOTP is already enabled for this user", field="user_id")
    enrolment = _enrol_totp(user, cipher)
    unit.record(AuditTag.AUTHZ_USER_TOTP_ENABLED, actor=actor, subjects={"user": user.id})
    return enrolment


@dataclass(frozen=True)
class PendingEnrolment:
    """A second factor being set up at sign-in: shown until the user confirms it with a code."""

    enrolment: TotpEnrolment
    started: bool
    """True when this call generated the secret (it was not shown before)."""


def do_begin_totp_enrolment(
    unit: UnitOfWork, user_id: uuid.UUID, *, cipher: FieldCipher, actor: Actor
) -> PendingEnrolment:
    """The secret a user without a second factor is setting up, generated on first call.

    For users whose role needs a second factor but who were created before it was mandatory:
    their sessions open only the enrolment page until `do_confirm_totp_enrolment`. The same
    secret is shown again on a reload until it is confirmed, so an authenticator app that
    already scanned it keeps working. Conflict when a second factor is already required.
    """
    user = unit.session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no user with this id", field="user_id")
    if user.totp_required:
        raise Conflict("TOTP is already enabled for this user", field="user_id")
    started = user.totp_secret_encrypted is None
    if started:
        user.totp_secret_encrypted = cipher.encrypt(pyotp.random_base32())
        user.totp_last_counter = None
        unit.record(
            AuditTag.AUTHZ_USER_TOTP_ENROLMENT_STARTED, actor=actor, subjects={"user": user.id}
        )
    assert user.totp_secret_encrypted is not None
    secret = cipher.decrypt(user.totp_secret_encrypted)
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=TOTP_ISSUER)
    return PendingEnrolment(TotpEnrolment(secret=secret, provisioning_uri=uri), started)


def do_confirm_totp_enrolment(
    unit: UnitOfWork, user_id: uuid.UUID, code: str, *, cipher: FieldCipher, actor: Actor
) -> None:
    """Require the pending secret from now on, once the user proved their app shows its codes.

    InvalidInput on `code` when the code does not match the pending secret (one step of clock
    skew either way); the code's step is remembered, so it cannot also sign in later.
    """
    user = unit.session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no user with this id", field="user_id")
    if user.totp_required:
        raise Conflict("TOTP is already enabled for this user", field="user_id")
    if user.totp_secret_encrypted is None:
        raise Conflict("no second factor is being set up for this user", field="user_id")
    totp = pyotp.TOTP(cipher.decrypt(user.totp_secret_encrypted))
    cleaned = (code or "").replace(" ", "").strip()
    current = totp.timecode(unit.clock.now())
    matched = next(
        (
            step
            for step in range(current - 1, current + 2)
            if len(cleaned) == 6 and secrets.compare_digest(totp.generate_otp(step), cleaned)
        ),
        None,
    )
    if matched is None:
        raise InvalidInput(
            "the code does not match; check the app's clock and enter the current code",
            field="code",
        )
    user.totp_required = True
    user.totp_last_counter = matched
    unit.record(
        AuditTag.AUTHZ_USER_TOTP_ENABLED,
        actor=actor,
        subjects={"user": user.id},
        snapshot={"enrolled_at_sign_in": True},
    )


def do_disable_user(unit: UnitOfWork, user_id: uuid.UUID, *, actor: Actor) -> User:
    """Disable a user and end every session they have open, in the same transaction.

    The row is kept (audit entries and decisions refer to it); a disabled user cannot sign in.
    """
    user = unit.session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no user with this id", field="user_id")
    if user.disabled_at is not None:
        raise Conflict("the user is already disabled", field="user_id")
    now = unit.clock.now()
    user.disabled_at = now
    closed = unit.session.execute(
        update(ConsoleSession)
        .where(ConsoleSession.user_id == user.id, ConsoleSession.closed_at.is_(None))
        .values(closed_at=now)
    )
    unit.record(
        AuditTag.AUTHZ_USER_DISABLED,
        actor=actor,
        subjects={"user": user.id},
        snapshot={"sessions_closed": int(getattr(closed, "rowcount", 0) or 0)},
    )
    return user


@cache
def known_time_zones() -> frozenset[str]:
    """The IANA zone names this machine's time zone database knows (Europe/Berlin, UTC, ...)."""
    return frozenset(zoneinfo.available_timezones())


def do_set_user_time_zone(
    unit: UnitOfWork, user_id: uuid.UUID, time_zone: str, *, actor: Actor
) -> User:
    """Set the IANA time zone a user reads the consoles' dates and times in.

    Only names from the IANA database are kept, so that every page can rely on the zone
    existing; "UTC" is stored like any other choice.
    """
    name = time_zone.strip()
    if name not in known_time_zones():
        raise InvalidInput(
            "choose a time zone from the list, such as Europe/Berlin or UTC", field="time_zone"
        )
    user = unit.session.get(User, user_id, with_for_update=True)
    if user is None:
        raise NotFound("no user with this id", field="user_id")
    before = user.time_zone
    user.time_zone = name
    unit.record(
        AuditTag.AUTHZ_USER_TIME_ZONE_SET,
        actor=actor,
        subjects={"user": user.id},
        snapshot={"time_zone": name, "previous": before},
    )
    return user


# -- reads ------------------------------------------------------------------------------------
def list_users(session: Session, *, limit: int = 1000) -> list[User]:
    """Users, newest first. Callers show e-mail addresses only to those with USERS_READ."""
    return list(session.scalars(select(User).order_by(User.created_at.desc()).limit(limit)))
