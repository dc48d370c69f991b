"""A hash list over HTTPS: our own documented feed format (docs/hash-sharing.md).

    GET <url>?limit=<page size>[&cursor=<cursor>]     Authorization: Bearer <token> (optional)

    200 {"entries": [{"id": "e1", "type": "pdq", "value": "<64 hex>", "label": "ncii"},
                     {"id": "e2", "deleted": true}],
         "next_cursor": "c2", "has_more": true}

Entries are changes in the provider's order: a later entry with the same `id` replaces an
earlier one, `deleted: true` removes it. `type` is one of `pdq`, `md5`, `sha256`, `url`,
`domain`; any other type (`photodna`, `tmk`, ...) is counted and skipped. The checkpoint is
`next_cursor`; a feed with nothing more answers `has_more: false` with the cursor to ask
again from. 429 and 503 with `Retry-After` are rate limits; any other error, a body that is not
JSON or a page of another shape fails the fetch with nothing of that page applied.
"""

from __future__ import annotations

from typing import Any

import httpx

from safeharbour.detection.exchanges.clients.base import (
    ExchangeError,
    MalformedPage,
    Page,
    RateLimited,
    Update,
    check_url,
    retry_after_seconds,
)

SUPPORTED_TYPES = ("pdq", "md5", "sha256", "url", "domain")
DEFAULT_PAGE_SIZE = 1000
MAX_KEY_LENGTH = 300


class HashListClient:
    def __init__(self, settings: dict[str, Any], credentials: dict[str, str]) -> None:
        self.url = check_url(str(settings.get("url") or ""), "url")
        self.page_size = int(settings.get("page_size") or DEFAULT_PAGE_SIZE)
        self.token = credentials.get("token")
        self.timeout = float(settings.get("timeout_seconds") or 60)

    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        params: dict[str, str | int] = {"limit": self.page_size}
        cursor = (checkpoint or {}).get("cursor")
        if cursor:
            params["cursor"] = cursor
        headers = {"Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            response = httpx.get(self.url, params=params, headers=headers, timeout=self.timeout)
        except httpx.HTTPError as exc:
            raise ExchangeError(f"hash list unreachable: {exc}") from None
        if response.status_code in (429, 503):
            raise RateLimited(
                f"hash list answered {response.status_code}",
                retry_after_seconds(response.headers.get("retry-after")),
            )
        if response.status_code != 200:
            raise ExchangeError(f"hash list answered {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise MalformedPage("hash list page is not JSON") from None
        return parse_page(body)


def parse_page(body: Any) -> Page:
    if not isinstance(body, dict) or not isinstance(body.get("entries"), list):
        raise MalformedPage("hash list page has no entries list")
    more = body.get("has_more")
    if not isinstance(more, bool):
        raise MalformedPage("hash list page has no boolean has_more")
    cursor = body.get("next_cursor")
    if not isinstance(cursor, str) or not cursor:
        raise MalformedPage("hash list page has no next_cursor")
    updates: list[Update] = []
    skipped: dict[str, int] = {}
    for position, entry in enumerate(body["entries"]):
        if not isinstance(entry, dict):
            raise MalformedPage(f"entries.{position} is not an object")
        key = entry.get("id")
        if not isinstance(key, str) or not key or len(key) > MAX_KEY_LENGTH:
            raise MalformedPage(f"entries.{position}.id is not a string of 1-300 characters")
        label = entry.get("label")
        label = label[:200] if isinstance(label, str) and label else None
        if entry.get("deleted") is True:
            updates.append(Update(key, str(entry.get("type") or ""), None, None, label))
            continue
        kind, value = entry.get("type"), entry.get("value")
        if not isinstance(kind, str) or not isinstance(value, str):
            raise MalformedPage(f"entries.{position} needs a string type and value")
        kind = kind.lower()
        if kind not in SUPPORTED_TYPES:
            skipped[kind] = skipped.get(kind, 0) + 1
            # Counted, and removed if it ever held a value we could use.
            updates.append(Update(key, kind, None, None, label))
            continue
        updates.append(Update(key, kind, kind, value, label))
    return Page(updates, {"cursor": cursor}, more, skipped)
