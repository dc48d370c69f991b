"""Bounded values: what every body, query and form field of a given kind is parsed through.

A value a handler cannot use must be refused where it is parsed, as a 422 naming the field,
not discovered later as an `OverflowError` (adding a day to 9999-12-31, moving
`9999-12-31T23:59:59-14:00` to UTC), a `TypeError` (comparing a time without a zone with one
with a zone), a `ValueError` from `urlsplit("http://[::1")`, or an integer the database cannot
bind (SQLite holds 64 bits, a PostgreSQL `integer` 32). Use these types in pydantic models and
FastAPI parameters (`Instant`, `Day`, `DbInt`, `BigDbInt`) and these checks in hand-written
parsers (`check_instant`, `check_day`, `check_http_url`); the bad-values property test walks
every route to hold new ones to it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from urllib.parse import SplitResult, urlsplit

import annotated_types
from pydantic import BeforeValidator
from pydantic.json_schema import WithJsonSchema

MIN_YEAR = 1900
"""Nothing the system handles happened before: platforms, orders and accounts are recent."""
MAX_YEAR = 9000
"""Far enough for any deadline or gag order, far enough from 9999 that adding a legal period
(at most a few years) or moving to UTC can never overflow."""

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1

BOUNDS_NOTE = f"years {MIN_YEAR} to {MAX_YEAR}"


def _check_year(year: int, what: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"{what} must fall between the years {MIN_YEAR} and {MAX_YEAR}")


def check_instant(value: Any) -> dt.datetime:
    """An RFC 3339 date-time with a UTC offset (a string, or an aware `datetime`), within
    `MIN_YEAR`..`MAX_YEAR`; the result is in UTC. ValueError otherwise, never an overflow."""
    if isinstance(value, dt.datetime):
        parsed = value
    elif isinstance(value, str):
        text = value.strip()
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?.*", text):
            raise ValueError("expected an RFC 3339 date-time such as 2026-01-31T12:00:00Z")
        if text[-1:] in ("z", "Z"):
            text = text[:-1] + "+00:00"
        try:
            parsed = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                "expected an RFC 3339 date-time such as 2026-01-31T12:00:00Z"
            ) from None
    else:
        raise ValueError("expected an RFC 3339 date-time string such as 2026-01-31T12:00:00Z")
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("needs a time zone offset (use Z for UTC)")
    _check_year(parsed.year, "a date-time")
    return parsed.astimezone(dt.UTC)


def check_day(value: Any) -> dt.date:
    """A calendar date `YYYY-MM-DD` (or a `date`) within `MIN_YEAR`..`MAX_YEAR`."""
    if isinstance(value, dt.datetime):
        raise ValueError("expected a date written YYYY-MM-DD, not a date-time")
    if isinstance(value, dt.date):
        day = value
    elif isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            day = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError("is not a valid calendar date") from None
    else:
        raise ValueError("expected a date written YYYY-MM-DD")
    _check_year(day.year, "a date")
    return day


def split_url(text: str) -> SplitResult:
    """`urlsplit` that answers ValueError with a readable message for a malformed authority
    (`http://[::1`, a port that is not a number) instead of failing later."""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise ValueError(f"is not a valid URL ({exc})") from None
    return parts


def check_http_url(value: Any, *, max_length: int = 2000) -> str:
    """An absolute http(s) URL with a host, no blanks or control characters; stripped."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected an absolute http(s) URL")
    text = value.strip()
    if len(text) > max_length:
        raise ValueError(f"a URL is at most {max_length} characters")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ValueError("a URL holds no blanks or control characters")
    parts = split_url(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError("expected an absolute http(s) URL")
    return text


_INSTANT_SCHEMA = {"type": "string", "format": "date-time", "x-bounds": BOUNDS_NOTE}
_DAY_SCHEMA = {"type": "string", "format": "date", "x-bounds": BOUNDS_NOTE}

Instant = Annotated[dt.datetime, BeforeValidator(check_instant), WithJsonSchema(_INSTANT_SCHEMA)]
"""A date-time field: RFC 3339 with an offset, years 1900-9000, parsed to UTC."""
Day = Annotated[dt.date, BeforeValidator(check_day), WithJsonSchema(_DAY_SCHEMA)]
"""A calendar-date field, years 1900-9000."""
DbInt = Annotated[int, annotated_types.Ge(INT32_MIN), annotated_types.Le(INT32_MAX)]
"""An integer stored in or compared with an `integer` column (32 bits on PostgreSQL)."""
BigDbInt = Annotated[int, annotated_types.Ge(INT64_MIN), annotated_types.Le(INT64_MAX)]
"""An integer compared with a `bigint` column such as the audit sequence (64 bits)."""
