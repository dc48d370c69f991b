"""Canonical JSON (RFC 8785, JCS) and digests: what the audit chain and signatures hash.

The `rfc8785` package is the reference implementation, but it is pure Python and was the
largest cost of ingestion (about 40% of a batch). For the values the system hashes on hot
paths — no floats, ASCII object keys, integers within ±(2^53 - 1) — RFC 8785 output is exactly
what orjson produces with sorted keys: keys then sort the same by UTF-16 code units as by
bytes, and both escape only `"`, `\\` and control characters, writing all else as UTF-8. Anything
outside that domain goes to `rfc8785`. `tests/kit/test_canonical.py` checks the equivalence.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson
import rfc8785

_MAX_SAFE_INT = 2**53 - 1
_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS


def _orjson_safe(value: Any) -> bool:
    # Plain loops rather than `all(generator)`: this walk runs for every digest on the ingest
    # path and was costing more than the encoding it guards.
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return True
    if kind is int:
        return bool(-_MAX_SAFE_INT <= value <= _MAX_SAFE_INT)
    if kind is dict:
        for key, item in value.items():
            if type(key) is not str or not key.isascii():
                return False
            item_kind = type(item)
            if item_kind is str or item_kind is bool or item is None:
                continue
            if not _orjson_safe(item):
                return False
        return True
    if kind is list or kind is tuple:
        for item in value:
            item_kind = type(item)
            if item_kind is str or item_kind is bool or item is None:
                continue
            if not _orjson_safe(item):
                return False
        return True
    return False


def canonical_json(value: Any) -> bytes:
    if _orjson_safe(value):
        return orjson.dumps(value, option=_ORJSON_OPTIONS)
    return rfc8785.dumps(value)


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def digest_of(value: Any) -> str:
    """SHA-256 of the canonical JSON of `value`."""
    return sha256_hex(canonical_json(value))
