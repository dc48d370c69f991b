"""NCMEC hash sharing through `threatexchange`'s low-level client (`NCMECHashAPI`), page by page.

NCMEC's `GET /v2/entries?from=&to=` answers XML: `<images maxTimestamp>` and `<videos>` holding
`<image>` / `<video>` entries (`id`, `member id=`, `classification`, `fingerprints` with one
child per type: `md5`, `sha1`, `pdna`, `pdq`, `netclean`, `videntifier`, `tmk_pdqf`, ...)
and `<deletedImage>` / `<deletedVideo>` tombstones, and `<paging><next>` (a path with `start`,
`size` and `max`) while more entries remain in the time window. Entries within a window come in
no time order, so a window is only done when its paging ends: the checkpoint holds the window
(`start`, `end`) and the paging path, and moves `start` to `end` only after the last page.

What we match is what the library reads: an image's PDQ and a video's MD5; the entry's
`classification` (A1, B2, ...) is kept as its label. Every other fingerprint (PhotoDNA, SHA-1,
NetClean, ...) is counted by type. The library's endpoints are fixed per environment
(`NCMECEnvironment`); `base_url` in the settings replaces the environment's address (a local
stand-in in tests). Its session retries 429 and 5xx itself (4 tries).
"""

from __future__ import annotations

import time
from typing import Any
from xml.etree.ElementTree import ParseError

import requests

from safeharbour.detection.exchanges.clients.base import (
    ExchangeError,
    MalformedPage,
    Page,
    Update,
    check_url,
)
from safeharbour.kit.errors import InvalidInput

_USED = {"image": "pdq", "video": "md5"}


class NCMECClient:
    def __init__(self, settings: dict[str, Any], credentials: dict[str, str]) -> None:
        from threatexchange.exchanges.clients.ncmec.hash_api import NCMECEnvironment, NCMECHashAPI

        user, password = credentials.get("username"), credentials.get("password")
        if not user:
            raise InvalidInput("NCMEC needs a username", field="username")
        if not password:
            raise InvalidInput("NCMEC needs a password", field="password")
        environment_name = str(settings.get("environment") or "test_Industry")
        try:
            environment = NCMECEnvironment[environment_name]
        except KeyError:
            names = ", ".join(e.name for e in NCMECEnvironment)
            raise InvalidInput(f"expected one of {names}", field="environment") from None
        self.api = NCMECHashAPI(user, password, environment)
        base_url = settings.get("base_url")
        if base_url:
            # The library has no override; its requests are all built on this attribute.
            self.api._base_url = check_url(str(base_url), "base_url").rstrip("/")

    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        window = checkpoint or {}
        start = int(window.get("start") or 0)
        end = int(window.get("end") or time.time())
        paging = str(window.get("next") or "")
        try:
            result = self.api.get_entries(start_timestamp=start, end_timestamp=end, next_=paging)
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "no answer"
            raise ExchangeError(f"NCMEC answered {status}") from None
        except requests.RequestException as exc:
            raise ExchangeError(f"NCMEC unreachable: {type(exc).__name__}") from None
        except ParseError:
            raise MalformedPage("NCMEC page is not XML") from None
        except Exception as exc:  # the library wraps a parse failure in a bare Exception
            raise MalformedPage(f"NCMEC page has another shape: {type(exc).__name__}") from None
        updates: list[Update] = []
        skipped: dict[str, int] = {}
        for entry in result.updates:
            kind = entry.entry_type.value
            key = f"{entry.member_id}-{entry.id}"
            used = _USED[kind]
            for fingerprint in entry.fingerprints:
                if fingerprint != used:
                    skipped[fingerprint] = skipped.get(fingerprint, 0) + 1
            value = entry.fingerprints.get(used)
            if entry.deleted or not value:
                updates.append(Update(key, kind, used, None, entry.classification))
            else:
                updates.append(Update(key, f"{kind}/{used}", used, value, entry.classification))
        if result.next:
            return Page(updates, {"start": start, "end": end, "next": result.next}, True, skipped)
        return Page(updates, {"start": end, "end": None, "next": ""}, False, skipped)
