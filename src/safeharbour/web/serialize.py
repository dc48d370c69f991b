"""Query results to JSON: RFC 3339 UTC timestamps (with `Z`) and string ids, like every reply."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import Enum
from typing import Any

from safeharbour.kit.clock import rfc3339


def to_json(value: Any) -> Any:
    if isinstance(value, datetime):
        return rfc3339(value)
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    return value
