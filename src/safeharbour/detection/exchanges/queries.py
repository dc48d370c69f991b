"""Read-only queries on exchanges: their state, provenance of a bank value."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import Bank
from safeharbour.detection.exchanges.models import Exchange, ExchangeEntry
from safeharbour.kit.canonical import sha256_hex


def exchange_states(session: Session) -> list[dict[str, Any]]:
    """One dict per exchange, by name: kind, bank and its controls, state, counts."""
    counts: dict[Any, int] = {
        r[0]: int(r[1])
        for r in session.execute(
            select(ExchangeEntry.exchange_id, func.count()).group_by(ExchangeEntry.exchange_id)
        ).all()
    }
    rows = session.execute(
        select(Exchange, Bank).join(Bank, Bank.id == Exchange.bank_id).order_by(Exchange.name)
    ).all()
    return [
        {
            "name": exchange.name,
            "kind": exchange.kind,
            "bank": bank.name,
            "policy": bank.policy,
            "category": bank.category,
            "pdq_threshold": bank.pdq_threshold,
            "enabled": bank.enabled,
            "shadow": bank.shadow,
            "status": exchange.status,
            "last_error": exchange.last_error,
            "last_fetch_at": _iso(exchange.last_fetch_at),
            "last_complete_at": _iso(exchange.last_complete_at),
            "fetch_every_minutes": exchange.fetch_every_minutes,
            "entries": int(counts.get(exchange.id, 0)),
            "unsupported": dict(exchange.unsupported or {}),
            "rejected": exchange.rejected,
            "checkpoint": exchange.checkpoint,
            "surfaces": (exchange.settings or {}).get("surfaces", ["private", "public"]),
            "eu_private_basis": (exchange.settings or {}).get("eu_private_basis"),
        }
        for exchange, bank in rows
    ]


def _iso(value: Any) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def exchange_bank_names(session: Session) -> set[str]:
    """Names of the banks exchanges fill: their data never leaves through `bank export`."""
    return set(session.scalars(select(Bank.name).join(Exchange, Exchange.bank_id == Bank.id)).all())


def provenance(session: Session, bank: str, signal: str, value: str) -> list[dict[str, Any]]:
    """Which exchange and which of its entries carry a bank value (empty for other banks)."""
    rows = session.execute(
        select(Exchange.name, Exchange.kind, ExchangeEntry.provider_key, ExchangeEntry.label)
        .join(ExchangeEntry, ExchangeEntry.exchange_id == Exchange.id)
        .join(Bank, Bank.id == Exchange.bank_id)
        .where(
            Bank.name == bank,
            ExchangeEntry.signal == signal,
            ExchangeEntry.value_sha256 == sha256_hex(value),
        )
        .order_by(ExchangeEntry.provider_key)
    ).all()
    return [{"exchange": r[0], "kind": r[1], "entry": r[2], "label": r[3]} for r in rows]


def provider_set(session: Session, name: str) -> dict[str, tuple[str, str]]:
    """provider key -> (signal, value) of everything the exchange holds now."""
    rows = session.execute(
        select(ExchangeEntry.provider_key, ExchangeEntry.signal, ExchangeEntry.value)
        .join(Exchange, Exchange.id == ExchangeEntry.exchange_id)
        .where(Exchange.name == name)
    ).all()
    return {r[0]: (r[1], r[2]) for r in rows}


def exchange_summaries(session: Session) -> list[dict[str, Any]]:
    """What the operator status shows per exchange: no checkpoint, no settings."""
    keys = ("name", "kind", "status", "last_error", "last_fetch_at", "last_complete_at")
    return [
        {**{k: state[k] for k in keys}, "entries": state["entries"]}
        for state in exchange_states(session)
    ]
