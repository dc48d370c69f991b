"""Tech Against Terrorism's hash list (TCAP) through `threatexchange`'s `TATHashListAPI`.

TCAP's hash list v2 (`GET api/hash-list/v2/all?order=asc&after=<checkpoint>`, a bearer token
from `POST token-auth/tcap/`) answers `{"count", "next", "previous", "checkpoint", "results"}`;
each result has `id`, `hash_digest`, `algorithm`, `ideology`, `file_type`, `deleted`,
`updated_on`, `created_on`, and `checkpoint` is "<timestamp>,<id>" of the page's last record.
Records come in ascending order after the checkpoint, so asking again `after` the stored
checkpoint is the next page: the client keeps nothing but that string (the library's `next`
URL is not used). PDQ is matched, and MD5 of video files (the library's choice: an MD5 of an
image file is counted, as are SHA-256 and others); `ideology` is kept as the label.
`base_url` in the settings replaces the library's fixed address (a subclass: the address is a
class attribute). Its session retries GETs on 429 and 5xx itself.
"""

from __future__ import annotations

from typing import Any

import requests

from safeharbour.detection.exchanges.clients.base import (
    ExchangeError,
    MalformedPage,
    Page,
    Update,
    check_url,
)
from safeharbour.kit.errors import InvalidInput

_VIDEO_TYPES = ("mov", "m4v", "mp4", "webm")


class TATClient:
    def __init__(self, settings: dict[str, Any], credentials: dict[str, str]) -> None:
        from threatexchange.exchanges.clients.techagainstterrorism.api import TATHashListAPI

        user, password = credentials.get("username"), credentials.get("password")
        if not user:
            raise InvalidInput("TCAP needs a username", field="username")
        if not password:
            raise InvalidInput("TCAP needs a password", field="password")
        base_url = settings.get("base_url")
        api_class: type[TATHashListAPI] = TATHashListAPI
        if base_url:
            api_class = type(
                "TATHashListAPIAt",
                (TATHashListAPI,),
                {"BASE_URL": check_url(str(base_url), "base_url").rstrip("/") + "/"},
            )
        self.api = api_class(user, password)

    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        after = str((checkpoint or {}).get("after") or "")
        try:
            result = self.api.fetch_hashes(after=after)
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "no answer"
            raise ExchangeError(f"TCAP answered {status}") from None
        except requests.RequestException as exc:
            raise ExchangeError(f"TCAP unreachable: {type(exc).__name__}") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise MalformedPage(f"TCAP page has another shape: {type(exc).__name__}") from None
        updates: list[Update] = []
        skipped: dict[str, int] = {}
        for record in result.results:
            algorithm = str(record.algorithm).upper()
            key = str(record.id)
            label = str(getattr(record.ideology, "value", record.ideology) or "") or None
            if algorithm == "PDQ":
                signal: str | None = "pdq"
            elif algorithm == "MD5" and str(record.file_type).lower() in _VIDEO_TYPES:
                signal = "md5"
            else:
                signal = None
                if not record.deleted:
                    kind = f"{algorithm.lower()}/{str(record.file_type).lower()}"
                    skipped[kind] = skipped.get(kind, 0) + 1
            value = None if record.deleted or signal is None else str(record.hash_digest)
            updates.append(Update(key, algorithm.lower(), signal, value, label))
        if result.results and not result.checkpoint:
            raise MalformedPage("TCAP page has records but no checkpoint")
        after_page = {"after": result.checkpoint or after}
        return Page(updates, after_page, bool(result.next), skipped)
