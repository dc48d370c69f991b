"""Seeding the demo: platform events through the real ingest action, one user per role,
a demo agency and trusted flagger, and API keys. Idempotent; refuses non-demo data."""

from __future__ import annotations

import contextlib
import hashlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import exists, select

from safeharbour.authz.keys import do_create_api_key
from safeharbour.authz.models import ApiKey, User
from safeharbour.authz.roles import Role
from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container
from safeharbour.demo.platform import DemoPlatform
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.models import Account, Channel, Post, TrustedFlagger
from safeharbour.intake.schemas import parse_event
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.meta import InstallationFact
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.models import Agency

DEMO_ACTOR = Actor("system", "demo-seed")
DEMO_FACT = "demo_seed"
DEMO_DOMAIN = "demo.safeharbour.example"
BATCH = 1000


@dataclass
class DemoSeed:
    seed: int
    created: bool
    credentials: list[tuple[str, str, str]] = field(default_factory=list)
    api_keys: list[tuple[str, str]] = field(default_factory=list)
    totp_secrets: dict[str, str] = field(default_factory=dict)

    def print_welcome(self, base_url: str) -> None:
        """Where to go and how to sign in, on stderr (plain lines, easy to copy)."""
        lines = [
            "",
            f"Safeharbour demo is starting. Console: {base_url}/console/",
            f"API docs: {base_url}/api/v1/docs",
            "Console users (role, e-mail, password):",
        ]
        lines += [
            f"  {role:<17} {email:<42} {password}" for role, email, password in self.credentials
        ]
        lines += [
            f"  TOTP secret for {email}: {secret}" for email, secret in self.totp_secrets.items()
        ]
        lines.append("API keys (role, key):")
        lines += [f"  {role:<17} {key}" for role, key in self.api_keys]
        sys.stderr.write("\n".join(lines) + "\n\n")
        sys.stderr.flush()


def _demo_secret(seed: int, purpose: str) -> str:
    """Demo-only credentials derived from the seed, so they can be printed on every start."""
    return hashlib.sha256(f"safeharbour-demo/{seed}/{purpose}".encode()).hexdigest()[:24]


def _demo_totp(seed: int, email: str) -> str:
    import base64

    digest = hashlib.sha256(f"safeharbour-demo-totp/{seed}/{email}".encode()).digest()
    return base64.b32encode(digest[:20]).decode()


def refuse_non_demo_data(unit: UnitOfWork) -> None:
    """A data directory holding real records must never receive demo data."""
    session = unit.session
    for model in (User, ApiKey, Account, Channel, Post, Agency, TrustedFlagger):
        if session.scalar(select(exists().where(model.demo.is_(False)))):
            raise InvalidInput(
                f"this data directory holds non-demo data ({model.__tablename__}); "
                "use an empty --data-dir for the demo",
                field="data_dir",
            )


def seed_demo(
    container: Container,
    *,
    seed: int = 2024,
    platform: DemoPlatform | None = None,
    progress: Callable[[], Any] | None = None,
) -> DemoSeed:
    platform = platform or DemoPlatform(seed=seed)
    database = container.database
    with database.uow() as unit:
        refuse_non_demo_data(unit)
        already = unit.session.get(InstallationFact, DEMO_FACT)
    result = DemoSeed(seed=seed, created=already is None)

    events = [parse_event(raw) for raw in platform.events()]
    bar = progress() if progress else contextlib.nullcontext()
    with bar as shown:
        task = shown.add_task("seeding demo platform", total=len(events)) if shown else None
        for start in range(0, len(events), BATCH):
            chunk = events[start : start + BATCH]
            with database.uow() as unit:
                do_ingest_events(unit, chunk, actor=DEMO_ACTOR, demo=True)
                unit.commit()
            if shown is not None:
                shown.advance(task, len(chunk))

    with database.uow() as unit:
        agency = unit.session.scalar(select(Agency).where(Agency.demo.is_(True)))
        if agency is None:
            agency = do_add_agency(
                unit,
                name="Demo Federal Criminal Police",
                country="DE",
                kind="police",
                domains=["police.demo.example"],
                actor=DEMO_ACTOR,
                demo=True,
            )
        flagger = unit.session.scalar(select(TrustedFlagger).where(TrustedFlagger.demo.is_(True)))
        if flagger is None:
            flagger = do_add_trusted_flagger(
                unit, name="Demo Child Safety Hotline", actor=DEMO_ACTOR, demo=True
            )
        unit.commit()

    for role in Role:
        if role == Role.PLATFORM:
            continue
        email = f"{role.value.replace('_', '-')}@{DEMO_DOMAIN}"
        password = f"demo-{role.value}-{_demo_secret(seed, role.value)[:8]}"
        result.credentials.append((role.value, email, password))
        with database.uow() as unit:
            if unit.session.scalar(select(exists().where(User.email == email))):
                continue
            do_create_user(
                unit,
                email=email,
                password=password,
                role=role,
                agency_id=agency.id if role == Role.AUTHORITY else None,
                flagger_id=flagger.id if role == Role.TRUSTED_FLAGGER else None,
                totp=False,
                cipher=container.keys.cipher,
                actor=DEMO_ACTOR,
                demo=True,
            )
            unit.commit()

    # Officers of authorities log in with TOTP; the demo one gets a secret derived from the
    # seed so that the printed secret stays valid across restarts.
    authority_email = f"authority@{DEMO_DOMAIN}"
    totp_secret = _demo_totp(seed, authority_email)
    with database.uow() as unit:
        user = unit.session.scalar(select(User).where(User.email == authority_email))
        if user is not None and not user.totp_required:
            user.totp_secret_encrypted = container.keys.cipher.encrypt(totp_secret)
            user.totp_required = True
            unit.record("authz:user:totp_enabled", actor=DEMO_ACTOR, subjects={"user": user.id})
        unit.commit()
    result.totp_secrets[authority_email] = totp_secret

    owners = {Role.AUTHORITY: agency.id, Role.TRUSTED_FLAGGER: flagger.id}
    for role in (Role.PLATFORM, Role.TRUSTED_FLAGGER, Role.AUTHORITY):
        secret = f"shk_demo_{role.value}_{_demo_secret(seed, 'key-' + role.value)}"
        result.api_keys.append((role.value, secret))
        with database.uow() as unit:
            if unit.session.scalar(select(exists().where(ApiKey.key_sha256 == sha256_hex(secret)))):
                continue
            do_create_api_key(
                unit,
                role=role,
                owner_id=owners.get(role),
                label="demo",
                actor=DEMO_ACTOR,
                demo=True,
                secret=secret,
            )
            unit.commit()

    with database.uow() as unit:
        if unit.session.get(InstallationFact, DEMO_FACT) is None:
            unit.session.add(
                InstallationFact(name=DEMO_FACT, value=str(seed), set_at=unit.clock.now())
            )
            unit.record(
                "system:demo:seeded",
                actor=DEMO_ACTOR,
                subjects={"seed": seed},
                snapshot={"events": len(events)},
            )
        unit.commit()
    return result
