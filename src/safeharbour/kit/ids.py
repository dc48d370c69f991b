"""Identifiers. Ids are lowercase UUIDs, printed alone on a line by the CLI."""

from __future__ import annotations

import uuid

# A fixed namespace so that seeded (demo) ids are the same on every machine.
SAFEHARBOUR_NAMESPACE = uuid.UUID("6f1f6a43-3d39-4c55-9a3b-3b1f0c9a5e21")


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def stable_id(*parts: str) -> uuid.UUID:
    """Deterministic id for seeded records: the same parts always give the same id."""
    return uuid.uuid5(SAFEHARBOUR_NAMESPACE, "/".join(parts))


def parse_id(value: str, *, field: str = "id") -> uuid.UUID:
    from safeharbour.kit.errors import InvalidInput

    try:
        return uuid.UUID(str(value))
    except (ValueError, AttributeError, TypeError):
        raise InvalidInput(f"{field} is not a UUID", field=field) from None
