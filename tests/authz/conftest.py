"""Identity fixtures: agencies, trusted flaggers and console users, made through their actions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.authz.users import CreatedUser, do_create_user
from safeharbour.bootstrap import Container
from safeharbour.intake.flaggers import do_add_trusted_flagger
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency

PASSWORD = "correct horse battery staple"


@pytest.fixture
def agency_id(container: Container) -> uuid.UUID:
    return run_in_unit(
        container.database,
        lambda unit: do_add_agency(
            unit,
            name="Bundeskriminalamt",
            country="DE",
            kind="police",
            domains=["bka.example.de"],
            actor=SYSTEM,
        ),
    ).id


@pytest.fixture
def flagger_id(container: Container) -> uuid.UUID:
    return run_in_unit(
        container.database,
        lambda unit: do_add_trusted_flagger(unit, name="Hotline e.V.", actor=SYSTEM),
    ).id


@pytest.fixture
def make_user(container: Container) -> Callable[..., CreatedUser]:
    def make(email: str, role: str = "moderator", **fields: Any) -> CreatedUser:
        return run_in_unit(
            container.database,
            lambda unit: do_create_user(
                unit,
                email=email,
                password=fields.pop("password", PASSWORD),
                role=role,
                cipher=container.keys.cipher,
                actor=SYSTEM,
                **fields,
            ),
        )

    return make


def audit_entries(container: Container, action: str | None = None) -> list[AuditEntry]:
    with container.database.reader() as session:
        query = select(AuditEntry).order_by(AuditEntry.seq)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        return list(session.scalars(query))


def audit_text(container: Container) -> str:
    """Everything the audit log holds, as one lower-cased string to search for leaks."""
    return "\n".join(
        f"{e.actor} {e.action} {e.subjects} {e.snapshot}" for e in audit_entries(container)
    ).lower()
