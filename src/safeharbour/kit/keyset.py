"""Keyset pagination for long lists (notices, cases, appeals, authority requests, the audit log).

A page is the next `limit` rows after (or before) the last row seen, in a fixed order whose
keys end with a unique column. The position is an opaque cursor holding the last row's key
values, so a page costs one index range scan wherever it is in the list: no OFFSET, no count.

    keys = (SortKey(Notice.received_at, "datetime"), SortKey(Notice.id, "uuid"))
    page = keyset_page(session, query, keys, limit=50, cursor=Cursor.parse(after, keys))

Every sort key must be NOT NULL (a NULL never compares) and the list must have an index on the
filter columns followed by the keys in the same order; `tests/kit/test_keyset_plans.py` checks
the plans of the console lists. Queries live in the contexts' query modules; the consoles' side
(reading `after`/`before` and filters from a request, page links) is `consoles/paging.py`.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import orjson
from sqlalchemy import Select, and_, literal, or_, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from safeharbour.kit.errors import InvalidInput

KeyKind = Literal["datetime", "uuid", "int", "float", "str"]


@dataclass(frozen=True)
class SortKey:
    """One column of a list's order; `descending` for newest-first lists."""

    column: Any
    kind: KeyKind
    descending: bool = False

    def decode(self, value: Any) -> Any:
        if self.kind == "datetime":
            moment = datetime.fromisoformat(str(value))
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
        if self.kind == "uuid":
            return uuid.UUID(str(value))
        if self.kind == "int":
            return int(value)
        if self.kind == "float":
            return float(value)
        return str(value)

    @staticmethod
    def encode(value: Any) -> Any:
        if isinstance(value, datetime):
            return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
        if isinstance(value, uuid.UUID):
            return str(value)
        return value


@dataclass(frozen=True)
class Cursor:
    """A position in a list: the key values of a row, and whether to read after or before it."""

    values: tuple[Any, ...]
    backwards: bool = False

    def token(self, keys: Sequence[SortKey]) -> str:
        raw = orjson.dumps([SortKey.encode(v) for v in self.values])
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def parse(
        cls,
        token: str | None,
        keys: Sequence[SortKey],
        *,
        backwards: bool = False,
        field_name: str = "after",
    ) -> Cursor | None:
        """The cursor a page link carries; InvalidInput naming `field_name` when it is not one
        of this list's (edited by hand, or from another list)."""
        if not token:
            return None
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            items = orjson.loads(raw)
            if not isinstance(items, list) or len(items) != len(keys):
                raise ValueError("wrong length")
            values = tuple(key.decode(item) for key, item in zip(keys, items, strict=True))
        except (ValueError, TypeError, orjson.JSONDecodeError) as exc:
            raise InvalidInput(
                "this page link is not valid for this list; start again from the first page",
                field=field_name,
            ) from exc
        return cls(values, backwards=backwards)


@dataclass
class KeysetPage:
    """One page: its rows in list order, and the cursors of the pages on either side (None
    when there is none, or for `previous`, when this is the first page)."""

    rows: list[Any]
    next: str | None = None
    previous: str | None = None
    limit: int = 50
    extra: dict[str, Any] = field(default_factory=dict)


def _beyond(keys: Sequence[SortKey], values: tuple[Any, ...], backwards: bool) -> Any:
    """Rows strictly past `values` in list order (or before them, `backwards`)."""
    literals = [literal(v, k.column.type) for k, v in zip(keys, values, strict=True)]
    directions = {k.descending for k in keys}
    if len(directions) == 1:
        # One row-value comparison: both databases seek the index to it.
        descending = directions.pop() != backwards
        left = tuple_(*(k.column for k in keys))
        right = tuple_(*literals)
        return left < right if descending else left > right
    # Mixed directions: the first key bounds the range (so the index is still sought), the
    # chain breaks ties.
    terms: list[ColumnElement[bool]] = []
    for i, key in enumerate(keys):
        descending = key.descending != backwards
        past = key.column < literals[i] if descending else key.column > literals[i]
        terms.append(and_(*(keys[j].column == literals[j] for j in range(i)), past))
    first = keys[0]
    first_desc = first.descending != backwards
    bound = first.column <= literals[0] if first_desc else first.column >= literals[0]
    return and_(bound, or_(*terms))


def _ordering(keys: Sequence[SortKey], backwards: bool) -> list[Any]:
    return [k.column.desc() if (k.descending != backwards) else k.column.asc() for k in keys]


def keyset_statement(
    query: Select[Any], keys: Sequence[SortKey], *, limit: int, cursor: Cursor | None = None
) -> Select[Any]:
    """The statement one page runs: `limit + 1` rows (the extra one says whether there is a
    next page) past the cursor, in the keys' order. Query-plan tests explain it."""
    backwards = bool(cursor and cursor.backwards)
    if cursor is not None:
        query = query.where(_beyond(keys, cursor.values, backwards))
    return query.order_by(*_ordering(keys, backwards)).limit(max(1, limit) + 1)


def keyset_page(
    session: Session,
    query: Select[Any],
    keys: Sequence[SortKey],
    *,
    limit: int,
    cursor: Cursor | None = None,
    key_of: Callable[[Any], tuple[Any, ...]] | None = None,
    scalars: bool = False,
) -> KeysetPage:
    """Run `query` (filtered, not yet ordered or limited) for one page.

    `key_of` reads a row's key values (default: attributes named like the key columns);
    `scalars` returns the first column of each row (an entity) instead of rows.
    """
    limit = max(1, limit)
    backwards = bool(cursor and cursor.backwards)
    result = session.execute(keyset_statement(query, keys, limit=limit, cursor=cursor))
    rows: list[Any] = list(result.scalars() if scalars else result.all())
    more = len(rows) > limit
    rows = rows[:limit]
    if backwards:
        rows.reverse()

    def key(row: Any) -> tuple[Any, ...]:
        if key_of is not None:
            return key_of(row)
        return tuple(getattr(row, k.column.key) for k in keys)

    page = KeysetPage(rows=rows, limit=limit)
    if rows:
        last, first = key(rows[-1]), key(rows[0])
        has_next = more if not backwards else True
        has_previous = (cursor is not None) if not backwards else more
        if has_next:
            page.next = Cursor(last).token(keys)
        if has_previous:
            page.previous = Cursor(first, backwards=True).token(keys)
    elif cursor is not None and backwards:
        page.next = None
    return page


__all__ = ["Cursor", "KeysetPage", "SortKey", "keyset_page", "keyset_statement"]
