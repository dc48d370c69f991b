"""Exchange actions: create an exchange (and its bank), apply one fetched page, record a
failed fetch. Each is one audited state change; values never reach the audit log (ids, counts
and SHA-256 digests only).

A page is applied incrementally: provider entries are upserted or deleted by their key, the
bank gains the values that are new and loses only those no other entry of the exchange still
carries (through `do_add_bank_entries` / `do_remove_bank_entries`, so nothing is rebuilt), and
the checkpoint after the page is written in the same transaction. A crash before the commit
leaves the previous checkpoint and none of the page; after it, the page and its checkpoint.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.actions import (
    do_add_bank_entries,
    do_create_bank,
    do_remove_bank_entries,
    get_bank,
)
from safeharbour.detection.banks.models import Bank
from safeharbour.detection.banks.values import Policy, Signal, normalise_value
from safeharbour.detection.exchanges.clients import KINDS, build_client
from safeharbour.detection.exchanges.clients.base import Page
from safeharbour.detection.exchanges.models import Exchange, ExchangeEntry
from safeharbour.detection.exchanges.surfaces import check_surfaces
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher

_CHUNK = 500


@dataclass(frozen=True, slots=True)
class Applied:
    added: int
    updated: int
    deleted: int
    unsupported: int
    rejected: int
    bank_added: int
    bank_removed: int
    more: bool


def get_exchange(session: Session, name: str) -> Exchange | None:
    return session.scalars(select(Exchange).where(Exchange.name == name)).one_or_none()


def do_create_exchange(
    unit: UnitOfWork,
    name: str,
    *,
    kind: str,
    settings: dict[str, Any],
    credentials: dict[str, str],
    cipher: FieldCipher,
    policy: str = Policy.REVIEW,
    category: str | None = None,
    pdq_threshold: int = 31,
    fetch_every_minutes: int = 60,
    actor: Actor,
) -> Exchange:
    """An exchange and the bank it fills (named like the exchange, source `exchange:<kind>`).

    The bank's policy is `review` unless `policy` says otherwise: a third-party hash acts
    automatically only when the operator configured it to."""
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("an exchange name has 1 to 100 characters", field="name")
    if kind not in KINDS:
        raise InvalidInput(f"expected one of {', '.join(KINDS)}", field="kind")
    if get_exchange(unit.session, name) is not None:
        raise Conflict("an exchange with this name exists", field="name")
    if get_bank(unit.session, name) is not None:
        raise Conflict("a bank with this name exists; exchanges fill their own bank", field="name")
    if not 1 <= fetch_every_minutes <= 10_080:
        raise InvalidInput("between 1 and 10080 (a week)", field="fetch_every_minutes")
    settings = check_surfaces(settings)
    build_client(kind, settings, credentials)  # validates the settings before anything is stored
    bank = do_create_bank(
        unit,
        name,
        policy=policy,
        category=category,
        source=f"exchange:{kind}",
        pdq_threshold=pdq_threshold,
        actor=actor,
    )
    now = unit.clock.now()
    exchange = Exchange(
        id=new_id(),
        name=name,
        kind=kind,
        bank_id=bank.id,
        settings=dict(settings),
        credentials_encrypted=cipher.encrypt(json.dumps(credentials)) if credentials else None,
        fetch_every_minutes=fetch_every_minutes,
        checkpoint=None,
        status="new",
        unsupported={},
        rejected=0,
        created_at=now,
        updated_at=now,
    )
    unit.session.add(exchange)
    unit.session.flush()
    unit.record(
        AuditTag.EXCHANGE_CREATED,
        actor=actor,
        subjects={"exchange": exchange.id, "bank": bank.id},
        snapshot={
            "kind": kind,
            "name_sha256": sha256_hex(name),
            "settings_sha256": sha256_hex(json.dumps(settings, sort_keys=True)),
            "credentials": sorted(credentials),
            "policy": bank.policy,
            "pdq_threshold": bank.pdq_threshold,
            "fetch_every_minutes": fetch_every_minutes,
        },
    )
    return exchange


def do_set_exchange_surfaces(
    unit: UnitOfWork,
    name: str,
    *,
    surfaces: list[str] | None = None,
    eu_private_basis: str | None = None,
    actor: Actor,
) -> Exchange:
    """Where the exchange's bank matches (`public`, `private`) and the legal basis recorded for
    matching EU users' private messages (docs/hash-sharing.md). The basis text is audited by
    its digest."""
    exchange = get_exchange(unit.session, name)
    if exchange is None:
        raise NotFound("no such exchange", field="name")
    changed = dict(exchange.settings)
    if surfaces is not None:
        changed["surfaces"] = surfaces
    if eu_private_basis is not None:
        changed["eu_private_basis"] = eu_private_basis
    checked = check_surfaces(changed)
    if checked == exchange.settings:
        return exchange
    exchange.settings = checked
    exchange.updated_at = unit.clock.now()
    basis = checked.get("eu_private_basis")
    unit.record(
        AuditTag.EXCHANGE_UPDATED,
        actor=actor,
        subjects={"exchange": exchange.id},
        snapshot={
            "surfaces": checked["surfaces"],
            "eu_private_basis_sha256": sha256_hex(basis) if basis else None,
        },
    )
    return exchange


def credentials_of(exchange: Exchange, cipher: FieldCipher) -> dict[str, str]:
    if not exchange.credentials_encrypted:
        return {}
    loaded = json.loads(cipher.decrypt(exchange.credentials_encrypted))
    return {str(k): str(v) for k, v in loaded.items()}


def do_apply_exchange_page(
    unit: UnitOfWork,
    exchange_id: Any,
    page: Page,
    *,
    expected_checkpoint: dict[str, Any] | None,
    actor: Actor,
) -> Applied:
    session = unit.session
    exchange = session.scalars(
        select(Exchange).where(Exchange.id == exchange_id).with_for_update()
    ).one_or_none()
    if exchange is None:
        raise NotFound("no such exchange", field="name")
    if exchange.checkpoint != expected_checkpoint:
        raise Conflict("another fetch of this exchange moved its checkpoint", field="checkpoint")
    bank = session.get(Bank, exchange.bank_id)
    assert bank is not None  # a foreign key with ON DELETE RESTRICT

    targets: dict[str, tuple[str, str, str | None] | None] = {}
    rejected = 0
    for update in page.updates:  # later updates of one key replace earlier ones
        if update.signal is None or update.value is None:
            targets[update.key] = None
            continue
        try:
            value = normalise_value(Signal(update.signal), update.value)
        except ValueError:
            rejected += 1
            continue
        targets[update.key] = (update.signal, value, update.label)

    keys = list(targets)
    existing: dict[str, ExchangeEntry] = {}
    for start in range(0, len(keys), _CHUNK):
        for found in session.scalars(
            select(ExchangeEntry).where(
                ExchangeEntry.exchange_id == exchange.id,
                ExchangeEntry.provider_key.in_(keys[start : start + _CHUNK]),
            )
        ):
            existing[found.provider_key] = found

    now = unit.clock.now()
    to_add: dict[str, set[str]] = {}
    maybe_remove: set[tuple[str, str]] = set()
    gone: list[Any] = []
    fresh: list[dict[str, Any]] = []  # inserted in bulk: a page is usually all new entries
    added = updated = deleted = 0
    for key, target in targets.items():
        row = existing.get(key)
        if target is None:
            if row is not None:
                maybe_remove.add((row.signal, row.value))
                gone.append(row.id)
                deleted += 1
            continue
        signal, value, label = target
        if row is None:
            fresh.append(
                {
                    "id": new_id(),
                    "exchange_id": exchange.id,
                    "provider_key": key,
                    "signal": signal,
                    "value": value,
                    "value_sha256": sha256_hex(value),
                    "label": label,
                    "updated_at": now,
                }
            )
            to_add.setdefault(signal, set()).add(value)
            added += 1
        elif (row.signal, row.value) != (signal, value) or row.label != label:
            if (row.signal, row.value) != (signal, value):
                maybe_remove.add((row.signal, row.value))
                to_add.setdefault(signal, set()).add(value)
            row.signal, row.value, row.value_sha256 = signal, value, sha256_hex(value)
            row.label, row.updated_at = label, now
            updated += 1
    if fresh:
        session.execute(insert(ExchangeEntry), fresh)
    for start in range(0, len(gone), _CHUNK):
        session.execute(
            delete(ExchangeEntry).where(ExchangeEntry.id.in_(gone[start : start + _CHUNK]))
        )
    session.flush()

    bank_added = sum(
        do_add_bank_entries(unit, bank, Signal(signal), sorted(values), actor=actor)
        for signal, values in sorted(to_add.items())
    )
    bank_removed = 0
    for signal in sorted({s for s, _ in maybe_remove}):
        values = [v for s, v in maybe_remove if s == signal]
        still = _still_carried(session, exchange.id, signal, values)
        orphaned = sorted(v for v in values if v not in still)
        if orphaned:
            bank_removed += do_remove_bank_entries(
                unit, bank, Signal(signal), orphaned, actor=actor
            )

    unsupported = sum(page.skipped.values())
    if unsupported:
        merged = dict(exchange.unsupported or {})
        for kind, count in page.skipped.items():
            merged[kind] = int(merged.get(kind, 0)) + count
        exchange.unsupported = merged
    exchange.rejected += rejected
    exchange.checkpoint = dict(page.checkpoint)
    exchange.status = "ok"
    exchange.last_error = None
    exchange.last_fetch_at = now
    if not page.more:
        exchange.last_complete_at = now
    exchange.updated_at = now
    applied = Applied(
        added, updated, deleted, unsupported, rejected, bank_added, bank_removed, page.more
    )
    unit.record(
        AuditTag.EXCHANGE_PAGE_APPLIED,
        actor=actor,
        subjects={"exchange": exchange.id, "bank": bank.id},
        snapshot={
            "added": added,
            "updated": updated,
            "deleted": deleted,
            "unsupported": unsupported,
            "rejected": rejected,
            "bank_added": bank_added,
            "bank_removed": bank_removed,
            "checkpoint_sha256": sha256_hex(json.dumps(page.checkpoint, sort_keys=True)),
            "more": page.more,
        },
    )
    return applied


def _still_carried(session: Session, exchange_id: Any, signal: str, values: list[str]) -> set[str]:
    digests = {sha256_hex(v): v for v in values}
    keys = list(digests)
    found: set[str] = set()
    for start in range(0, len(keys), _CHUNK):
        found.update(
            digests[d]
            for d in session.scalars(
                select(ExchangeEntry.value_sha256).where(
                    ExchangeEntry.exchange_id == exchange_id,
                    ExchangeEntry.signal == signal,
                    ExchangeEntry.value_sha256.in_(keys[start : start + _CHUNK]),
                )
            )
        )
    return found


def do_record_fetch_failure(
    unit: UnitOfWork, exchange_id: Any, reason: str, *, actor: Actor
) -> None:
    """The fetch stopped (provider error, malformed page, rate limit past its retries): the
    pages before it stay applied, the checkpoint stays where they left it."""
    exchange = unit.session.get(Exchange, exchange_id)
    if exchange is None:
        raise NotFound("no such exchange", field="name")
    now = unit.clock.now()
    exchange.status = "error"
    exchange.last_error = reason[:2000]
    exchange.last_fetch_at = now
    exchange.updated_at = now
    unit.record(
        AuditTag.EXCHANGE_FETCH_FAILED,
        actor=actor,
        subjects={"exchange": exchange.id},
        snapshot={"reason": reason[:300]},
    )
