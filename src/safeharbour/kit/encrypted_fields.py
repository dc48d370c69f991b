"""Registry of encrypted columns, so key rotation re-encrypts every one of them.

A context that stores personal data encrypted registers the column next to its model:
`encrypted_column(User, "totp_secret_encrypted")`. Values are Fernet tokens made by
`KeyRing.cipher` (see kit/keys.py for rotation).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.keys import FieldCipher

ENCRYPTED_COLUMNS: list[tuple[Any, str]] = []


def encrypted_column(model: Any, column: str) -> None:
    if (model, column) not in ENCRYPTED_COLUMNS:
        ENCRYPTED_COLUMNS.append((model, column))


def do_rotate_encrypted_fields(unit: UnitOfWork, cipher: FieldCipher, *, actor: Actor) -> int:
    """Re-encrypt all registered columns under the primary key; returns the values rewritten.

    The caller imports every model first (`safeharbour.models_registry`) so that every
    context has registered its columns.
    """
    total = 0
    for model, column in ENCRYPTED_COLUMNS:
        table = model.__table__
        pk = next(iter(table.primary_key.columns))
        rows = unit.session.execute(
            select(pk, table.c[column]).where(table.c[column].is_not(None))
        ).all()
        for key, token in rows:
            unit.session.execute(
                update(table).where(pk == key).values({column: cipher.rotate(token)})
            )
            total += 1
    unit.record(
        "system:keys:rotated",
        actor=actor,
        subjects={"columns": ",".join(f"{m.__tablename__}.{c}" for m, c in ENCRYPTED_COLUMNS)},
        snapshot={"values": total},
    )
    return total
