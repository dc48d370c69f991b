"""Seeding the demo: platform events through the real ingest action, one user per role,
a demo agency and trusted flagger, and API keys. Idempotent; refuses non-demo data.

The demo's credentials (passwords, TOTP secrets of the roles that need a second factor, API
keys) are random per installation: a fixed seed would give every demo on the internet the same
admin password. They are generated at the first start, kept only in
`<data dir>/demo-credentials.json` (0600, the database holds hashes), printed on that first
start, and later starts say where the file is.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
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
from safeharbour.kit.links import front_door_lines
from safeharbour.kit.meta import InstallationFact
from safeharbour.kit.private_files import FILE_MODE
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.models import Agency

DEMO_ACTOR = Actor("system", "demo-seed")
DEMO_FACT = "demo_seed"
DEMO_DOMAIN = "demo.safeharbour.example"
BATCH = 1000


CREDENTIALS_FILE = "demo-credentials.json"


@dataclass
class DemoSeed:
    seed: int
    created: bool
    credentials_path: Path
    credentials: list[tuple[str, str, str]] = field(default_factory=list)
    api_keys: list[tuple[str, str]] = field(default_factory=list)
    totp_secrets: dict[str, str] = field(default_factory=dict)

    def print_welcome(self, base_url: str) -> None:
        """Where to go and how to sign in, on stderr (plain lines, easy to copy).

        The credentials themselves only on the first start; afterwards where they are kept."""
        lines = ["", "Safeharbour demo is starting:", *front_door_lines(base_url)]
        if not self.created:
            lines.append(f"Demo credentials (made at the first start): {self.credentials_path}")
            sys.stderr.write("\n".join(lines) + "\n\n")
            sys.stderr.flush()
            return
        lines.append("Console users (role, e-mail, password):")
        lines += [
            f"  {role:<17} {email:<42} {password}" for role, email, password in self.credentials
        ]
        lines += [
            f"  TOTP secret for {email}: {secret}" for email, secret in self.totp_secrets.items()
        ]
        lines.append("API keys (role, key):")
        lines += [f"  {role:<17} {key}" for role, key in self.api_keys]
        lines.append(f"Kept (readable by this account only) in {self.credentials_path}")
        sys.stderr.write("\n".join(lines) + "\n\n")
        sys.stderr.flush()


def _write_credentials(path: Path, stored: dict[str, Any]) -> None:
    """Replace the credentials file atomically, owner-only whatever the umask."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        os.write(fd, json.dumps(stored, indent=2, sort_keys=True).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    os.chmod(path, FILE_MODE)


def _load_or_make_credentials(path: Path) -> dict[str, Any]:
    """This installation's demo credentials: read back, or generated and stored once."""
    if path.exists():
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    stored: dict[str, Any] = {
        "passwords": {
            role.value: f"demo-{role.value.replace('_', '-')}-{secrets.token_urlsafe(12)}"
            for role in Role
            if role != Role.PLATFORM
        },
        "api_keys": {
            role.value: f"shk_demo_{role.value}_{secrets.token_urlsafe(24)}"
            for role in (Role.PLATFORM, Role.TRUSTED_FLAGGER, Role.AUTHORITY)
        },
        "totp_secrets": {},
    }
    _write_credentials(path, stored)
    return stored


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
    credentials_path = container.settings.resolved_data_dir / CREDENTIALS_FILE
    result = DemoSeed(seed=seed, created=already is None, credentials_path=credentials_path)
    stored = _load_or_make_credentials(credentials_path)

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
        password = stored["passwords"][role.value]
        result.credentials.append((role.value, email, password))
        with database.uow() as unit:
            if unit.session.scalar(select(exists().where(User.email == email))):
                continue
            created = do_create_user(
                unit,
                email=email,
                password=password,
                role=role,
                agency_id=agency.id if role == Role.AUTHORITY else None,
                flagger_id=flagger.id if role == Role.TRUSTED_FLAGGER else None,
                cipher=container.keys.cipher,
                actor=DEMO_ACTOR,
                demo=True,
            )
            unit.commit()
        if created.totp is not None:
            # Roles that can see or release personal data get a second factor, as in
            # production; its secret is kept with the password.
            stored["totp_secrets"][email] = created.totp.secret
            _write_credentials(credentials_path, stored)
    result.totp_secrets = dict(stored["totp_secrets"])

    owners = {Role.AUTHORITY: agency.id, Role.TRUSTED_FLAGGER: flagger.id}
    for role in (Role.PLATFORM, Role.TRUSTED_FLAGGER, Role.AUTHORITY):
        secret = stored["api_keys"][role.value]
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
