"""Bank actions: create, update, add and remove entries. Each is one audited state change.

Entries change incrementally: `do_add_bank_entries` inserts only the values not there yet and
`do_remove_bank_entries` deletes only the named ones; nothing is rebuilt. Audit entries carry the
bank id, counts and the SHA-256 of the sorted added or removed values, never the values.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, BankEntry
from safeharbour.detection.banks.values import Policy, Signal, normalise_value
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import StatementCategory
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id

DEFAULT_PDQ_THRESHOLD = 31
MAX_PDQ_THRESHOLD = 64
_CHUNK = 500


def get_bank(session: Session, name: str) -> Bank | None:
    return session.scalars(select(Bank).where(Bank.name == name)).one_or_none()


def _check_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 100:
        raise InvalidInput("a bank name has 1 to 100 characters", field="name")
    return name


def _policy(value: str) -> Policy:
    try:
        return Policy(value)
    except ValueError:
        raise InvalidInput("expected act, review or tag", field="policy") from None


def _category(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return StatementCategory(value).value
    except ValueError:
        raise InvalidInput("expected a STATEMENT_CATEGORY_* value", field="category") from None


def _threshold(value: int) -> int:
    if not 0 <= value <= MAX_PDQ_THRESHOLD:
        raise InvalidInput(f"between 0 and {MAX_PDQ_THRESHOLD}", field="pdq_threshold")
    return value


def _digest(values: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(values)).encode()).hexdigest()


def do_create_bank(
    unit: UnitOfWork,
    name: str,
    *,
    policy: str = Policy.REVIEW,
    category: str | None = None,
    source: str | None = None,
    enabled: bool = True,
    shadow: bool = False,
    allow_list: bool = False,
    irreversible_ok: bool = False,
    pdq_threshold: int = DEFAULT_PDQ_THRESHOLD,
    quarantine_threshold: int = 100,
    quarantine_window_minutes: int = 60,
    actor: Actor,
) -> Bank:
    name = _check_name(name)
    if get_bank(unit.session, name) is not None:
        raise Conflict("a bank with this name exists", field="name")
    now = unit.clock.now()
    bank = Bank(
        id=new_id(),
        name=name,
        policy=_policy(policy).value,
        category=_category(category),
        source=(source or "").strip()[:200] or None,
        enabled=enabled,
        shadow=shadow,
        allow_list=allow_list,
        irreversible_ok=irreversible_ok,
        pdq_threshold=_threshold(pdq_threshold),
        quarantine_threshold=_positive(quarantine_threshold, "quarantine_threshold"),
        quarantine_window_minutes=_positive(quarantine_window_minutes, "quarantine_window_minutes"),
        created_at=now,
        updated_at=now,
    )
    unit.session.add(bank)
    unit.session.flush()
    unit.record(
        AuditTag.DETECTION_BANK_CREATED,
        actor=actor,
        subjects={"bank": bank.id},
        snapshot={"name_sha256": sha256_hex(name), **_settings(bank)},
    )
    return bank


def _settings(bank: Bank) -> dict[str, object]:
    return {
        "policy": bank.policy,
        "category": bank.category,
        "enabled": bank.enabled,
        "shadow": bank.shadow,
        "allow_list": bank.allow_list,
        "irreversible_ok": bank.irreversible_ok,
        "pdq_threshold": bank.pdq_threshold,
        "quarantine_threshold": bank.quarantine_threshold,
        "quarantine_window_minutes": bank.quarantine_window_minutes,
    }


def _positive(value: int, field: str) -> int:
    if not 1 <= value <= 10_000_000:
        raise InvalidInput("between 1 and 10,000,000", field=field)
    return value


def do_update_bank(
    unit: UnitOfWork,
    name: str,
    *,
    policy: str | None = None,
    category: str | None = None,
    enabled: bool | None = None,
    shadow: bool | None = None,
    irreversible_ok: bool | None = None,
    pdq_threshold: int | None = None,
    quarantine_threshold: int | None = None,
    quarantine_window_minutes: int | None = None,
    actor: Actor,
) -> Bank:
    bank = get_bank(unit.session, name)
    if bank is None:
        raise NotFound("no such bank", field="name")
    before = _settings(bank)
    if policy is not None:
        bank.policy = _policy(policy).value
    if category is not None:
        bank.category = _category(category)
    if enabled is not None:
        bank.enabled = enabled
    if shadow is not None:
        bank.shadow = shadow
    if irreversible_ok is not None:
        bank.irreversible_ok = irreversible_ok
    if pdq_threshold is not None:
        bank.pdq_threshold = _threshold(pdq_threshold)
    if quarantine_threshold is not None:
        bank.quarantine_threshold = _positive(quarantine_threshold, "quarantine_threshold")
    if quarantine_window_minutes is not None:
        bank.quarantine_window_minutes = _positive(
            quarantine_window_minutes, "quarantine_window_minutes"
        )
    after = _settings(bank)
    changed = {k: v for k, v in after.items() if before[k] != v}
    if changed:
        bank.updated_at = unit.clock.now()
        unit.record(
            AuditTag.DETECTION_BANK_UPDATED,
            actor=actor,
            subjects={"bank": bank.id},
            snapshot={"changed": changed},
        )
    return bank


def _normalised(signal: Signal, values: Iterable[str]) -> dict[str, str]:
    """value_sha256 -> normalised value, first occurrence wins; InvalidInput names `values.N`."""
    out: dict[str, str] = {}
    for position, raw in enumerate(values):
        try:
            value = normalise_value(signal, raw)
        except ValueError as exc:
            raise InvalidInput(str(exc), field=f"values.{position}") from None
        out.setdefault(sha256_hex(value), value)
    return out


def do_add_bank_entries(
    unit: UnitOfWork, bank: Bank, signal: Signal, values: Iterable[str], *, actor: Actor
) -> int:
    """Add the values not in the bank yet; returns how many were added."""
    wanted = _normalised(signal, values)
    existing: set[str] = set()
    keys = list(wanted)
    for start in range(0, len(keys), _CHUNK):
        existing.update(
            unit.session.scalars(
                select(BankEntry.value_sha256).where(
                    BankEntry.bank_id == bank.id,
                    BankEntry.signal == signal.value,
                    BankEntry.value_sha256.in_(keys[start : start + _CHUNK]),
                )
            )
        )
    new = {k: v for k, v in wanted.items() if k not in existing}
    if not new:
        return 0
    now = unit.clock.now()
    unit.session.add_all(
        BankEntry(
            id=new_id(),
            bank_id=bank.id,
            signal=signal.value,
            value=value,
            value_sha256=digest,
            added_at=now,
            added_by=actor.ref,
        )
        for digest, value in new.items()
    )
    bank.updated_at = now
    unit.session.flush()
    unit.record(
        AuditTag.DETECTION_BANK_ENTRIES_ADDED,
        actor=actor,
        subjects={"bank": bank.id},
        snapshot={
            "signal": signal.value,
            "count": len(new),
            "values_sha256": _digest(new.values()),
        },
    )
    return len(new)


def do_remove_bank_entries(
    unit: UnitOfWork, bank: Bank, signal: Signal, values: Iterable[str], *, actor: Actor
) -> int:
    """Remove the named values from the bank; returns how many were there."""
    wanted = _normalised(signal, values)
    keys = list(wanted)
    removed: list[str] = []
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        rows = unit.session.execute(
            select(BankEntry.id, BankEntry.value).where(
                BankEntry.bank_id == bank.id,
                BankEntry.signal == signal.value,
                BankEntry.value_sha256.in_(chunk),
            )
        ).all()
        if rows:
            unit.session.execute(delete(BankEntry).where(BankEntry.id.in_([r[0] for r in rows])))
            removed.extend(r[1] for r in rows)
    if removed:
        bank.updated_at = unit.clock.now()
        unit.record(
            AuditTag.DETECTION_BANK_ENTRIES_REMOVED,
            actor=actor,
            subjects={"bank": bank.id},
            snapshot={
                "signal": signal.value,
                "count": len(removed),
                "values_sha256": _digest(removed),
            },
        )
    return len(removed)
