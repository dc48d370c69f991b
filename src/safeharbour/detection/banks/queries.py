"""Read-only queries on banks."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import Bank, BankEntry
from safeharbour.kit.errors import NotFound


def bank_entries(session: Session, name: str, signal: str | None = None) -> list[tuple[str, str]]:
    """(signal, value) of every entry of bank `name` (of one signal if given), ordered by
    signal then value; NotFound naming `name` when there is no such bank."""
    bank_id = session.scalars(select(Bank.id).where(Bank.name == name)).one_or_none()
    if bank_id is None:
        raise NotFound("no such bank", field="name")
    query = select(BankEntry.signal, BankEntry.value).where(BankEntry.bank_id == bank_id)
    if signal is not None:
        query = query.where(BankEntry.signal == signal)
    rows = session.execute(query).all()
    return sorted((str(r[0]), str(r[1])) for r in rows)
