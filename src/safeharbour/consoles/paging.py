"""Paged, filtered console lists: reading the page and the filters from a request, and the
links a page shows. The SQL side is `kit/keyset.py` (used by the contexts' query modules).

A list page does:

    FILTERS = (
        Filter("status", "Status", choices=(("open", "Open"), ("decided", "Decided"))),
        Filter("q", "Search", placeholder="id or web address"),
    )
    listing = list_request(request, FILTERS, keys=NOTICE_KEYS)      # 422 naming a bad field
    page = await read(lambda s: list_notices_page(s, ..., limit=listing.limit,
                                                 cursor=listing.cursor, **listing.filters))
    render(..., {"rows": page.rows, "pager": pager(request, listing, page)})

and its template:

    {% from "_pager.html" import filter_form, pager_nav %}
    {{ filter_form(pager) }} ... the table ... {{ pager_nav(pager) }}

Links keep the filters and the page size; changing a filter starts again at the first page.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlencode

from fastapi import Request

from safeharbour.kit.errors import FieldError, InvalidInput
from safeharbour.kit.keyset import Cursor, KeysetPage, SortKey

DEFAULT_LIMIT = 50
PAGE_SIZES = (25, 50, 100, 200)


@dataclass(frozen=True)
class Filter:
    """One filter of a list: a choice (`choices`: value, label) or free text (`choices` None)."""

    name: str
    title: str
    choices: tuple[tuple[str, str], ...] | None = None
    placeholder: str = ""
    default: str = ""
    max_length: int = 300

    def clean(self, raw: str) -> str:
        value = raw.strip()
        if not value:
            return self.default
        if self.choices is not None and value not in {v for v, _ in self.choices}:
            allowed = ", ".join(label for _, label in self.choices)
            raise InvalidInput(f"choose one of: {allowed}", field=self.name)
        if len(value) > self.max_length:
            raise InvalidInput(f"at most {self.max_length} characters", field=self.name)
        return value


@dataclass(frozen=True)
class ListRequest:
    """What a request asks of a list: its filters' values, the page size and the position."""

    filters: dict[str, str]
    limit: int
    cursor: Cursor | None
    after: str = ""
    before: str = ""


def list_request(
    request: Request,
    filters: Sequence[Filter],
    *,
    keys: Sequence[SortKey],
    default_limit: int = DEFAULT_LIMIT,
) -> ListRequest:
    """Read `after`/`before`, `limit` and the filters from the query string; InvalidInput
    naming every bad field at once."""
    params = request.query_params
    problems: list[FieldError] = []
    values: dict[str, str] = {}
    for item in filters:
        try:
            values[item.name] = item.clean(params.get(item.name, ""))
        except InvalidInput as exc:
            problems.append(FieldError(item.name, exc.message))
    limit = default_limit
    raw_limit = params.get("limit", "")
    if raw_limit:
        if not raw_limit.isdigit() or int(raw_limit) not in PAGE_SIZES:
            sizes = ", ".join(str(n) for n in PAGE_SIZES)
            problems.append(FieldError("limit", f"choose a page size of {sizes}"))
        else:
            limit = int(raw_limit)
    after, before = params.get("after", ""), params.get("before", "")
    cursor: Cursor | None = None
    try:
        if after:
            cursor = Cursor.parse(after, keys, field_name="after")
        elif before:
            cursor = Cursor.parse(before, keys, backwards=True, field_name="before")
    except InvalidInput as exc:
        problems.extend(exc.errors or [FieldError("after", exc.message)])
    if problems:
        raise InvalidInput("the list's filters are not valid", errors=problems)
    return ListRequest(filters=values, limit=limit, cursor=cursor, after=after, before=before)


@dataclass
class Pager:
    """What `_pager.html` renders: the filter form and the page links."""

    path: str
    filters: Sequence[Filter]
    values: dict[str, str]
    limit: int
    default_limit: int
    next_url: str | None
    previous_url: str | None
    first_url: str | None
    shown: int
    keep: dict[str, str] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        """Whether any filter narrows the list (the form then offers "Clear")."""
        return any(self.values.get(f.name, "") != f.default for f in self.filters)

    @property
    def clear_url(self) -> str:
        return self._url({})

    def _url(self, extra: Mapping[str, str]) -> str:
        query = {**self.keep}
        query.update({k: v for k, v in extra.items() if v})
        if self.limit != self.default_limit:
            query["limit"] = str(self.limit)
        return f"{self.path}?{urlencode(query)}" if query else self.path


def pager(
    request: Request,
    listing: ListRequest,
    page: KeysetPage,
    filters: Sequence[Filter],
    *,
    default_limit: int = DEFAULT_LIMIT,
    keep: Mapping[str, str] | None = None,
) -> Pager:
    """The links of a page: next, previous and first, each keeping the filters.

    `keep` holds query parameters outside the filters that the page's links must carry (a
    queue tab, say)."""
    path = request.url.path  # the full path, the consoles' mount point included
    kept = {k: v for k, v in (keep or {}).items() if v}
    kept.update({f.name: v for f in filters if (v := listing.filters.get(f.name, "")) != f.default})
    result = Pager(
        path=path,
        filters=filters,
        values=dict(listing.filters),
        limit=listing.limit,
        default_limit=default_limit,
        next_url=None,
        previous_url=None,
        first_url=None,
        shown=len(page.rows),
        keep=kept,
    )
    if page.next:
        result.next_url = result._url({"after": page.next})
    if page.previous:
        result.previous_url = result._url({"before": page.previous})
    if listing.cursor is not None:
        result.first_url = result._url({})
    return result


__all__ = ["DEFAULT_LIMIT", "Filter", "ListRequest", "Pager", "list_request", "pager"]
