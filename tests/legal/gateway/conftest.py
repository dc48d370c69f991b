"""Gateway fixtures: agencies (with or without signing keys), their keys, request bodies."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import orjson
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.outbox import OutboxRow
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from safeharbour.legal.gateway import (
    LegalRequest,
    LegalRequestAnswer,
    LegalRequestAssessment,
    LegalRequestAttachment,
    LegalRequestEvent,
    LegalRequestSupplement,
)
from safeharbour.legal.tco_designation import do_set_agency_tco_designation
from tests.conftest import bearer
from tests.nta import (  # noqa: F401  (decisions for outbound reports)
    case_of,
    decide,
    ingest,
    mirror,
    platform_key,
    staff,
    submit,
)

REQUESTS = "/api/v1/legal/requests"
OFFICER = "/api/v1/legal/officer/requests"


@dataclass
class Agent:
    """An onboarded agency and what it sends with: its API key, maybe a signing key."""

    id: uuid.UUID
    key: str
    private_key: Ed25519PrivateKey | None = None

    def headers(self, raw: bytes, **extra: str) -> dict[str, str]:
        headers = {**bearer(self.key), "Content-Type": "application/json", **extra}
        if self.private_key is not None and "Signature-Ed25519" not in extra:
            headers["Signature-Ed25519"] = base64.b64encode(self.private_key.sign(raw)).decode()
        return headers

    def post(self, client: Any, path: str, body: Any, **extra: str) -> Any:
        raw = orjson.dumps(body)
        return client.post(path, content=raw, headers=self.headers(raw, **extra))

    def submit(self, client: Any, body: dict[str, Any], **extra: str) -> Any:
        return self.post(client, REQUESTS, body, **extra)

    def get(self, client: Any, path: str) -> Any:
        return client.get(path, headers=bearer(self.key))


def public_key_b64(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return base64.b64encode(raw).decode()


@pytest.fixture
def make_agent(container: Container, make_key: Callable[..., str]) -> Callable[..., Agent]:
    def make(
        name: str = "Bundeskriminalamt",
        *,
        country: str = "DE",
        kind: str = "police",
        domains: tuple[str, ...] = ("bka.example.de",),
        signed: bool = False,
        callback_phone: str | None = None,
        tco_designation: str | None = "TCO register (Art. 12(4)): DE, Bundeskriminalamt",
    ) -> Agent:
        private = Ed25519PrivateKey.generate() if signed else None

        def add(unit: Any) -> Any:
            agency = do_add_agency(
                unit,
                name=name,
                country=country,
                kind=kind,
                domains=domains,
                signing_key_b64=public_key_b64(private) if private else None,
                callback_phone=callback_phone,
                cipher=container.keys.cipher,
                actor=SYSTEM,
            )
            # The default agency is the German BKA, designated for TCO removal orders; only
            # EU agencies can be, so the designation is dropped for any other country.
            if tco_designation and country == "DE":
                do_set_agency_tco_designation(
                    unit, agency.id, reference=tco_designation, actor=SYSTEM
                )
            return agency

        agency = run_in_unit(container.database, add)
        return Agent(id=agency.id, key=make_key("authority", agency.id), private_key=private)

    return make


@pytest.fixture
def agent(make_agent: Callable[..., Agent]) -> Agent:
    return make_agent()


@pytest.fixture
def officer(make_key: Callable[..., str]) -> dict[str, str]:
    return bearer(make_key("legal_officer"))


def removal_order(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "removal_order",
        "reference": "BKA-2026-0042",
        "legal_instrument": "dsa_art9",
        "legal_basis": "§ 130 StGB; DSA Art. 9",
        "statement": "The post incites violence against a named group.",
        "targets": [{"kind": "post", "id": "post-1"}],
    }
    body.update(fields)
    return body


TABLES = (
    LegalRequest,
    LegalRequestEvent,
    LegalRequestAssessment,
    LegalRequestAnswer,
    LegalRequestSupplement,
    LegalRequestAttachment,
    AuditEntry,
    OutboxRow,
)


def counts(container: Container) -> dict[str, int]:
    with container.database.reader() as session:
        return {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in TABLES
        }


def outbox(container: Container, topic: str) -> list[dict[str, Any]]:
    with container.database.reader() as session:
        return [
            row.payload
            for row in session.scalars(
                select(OutboxRow).where(OutboxRow.topic == topic).order_by(OutboxRow.position)
            )
        ]


def answer(client: Any, officer: dict[str, str], request_id: str, **body: Any) -> Any:
    return client.post(f"{OFFICER}/{request_id}/answer", json=body, headers=officer)
