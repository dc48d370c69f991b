"""StopNCII through `threatexchange`'s low-level client (`StopNCIIAPI`), page by page.

StopNCII's FetchHashes answers pages of hash records (`hashRecords`, `hasMoreRecords`,
`nextPageToken`, `nextSetTimestamp`). A record is the current state of one (signal type, hash):
`Withdrawn` or `Deleted` removes it. Image PDQ and video MD5 are what we match; other types
(video TMK, text, URL) are counted. The checkpoint is the start timestamp and, inside a
series, the page token; when a series ends, `nextSetTimestamp` starts the next one. The
library's session retries 429 and 5xx itself (4 tries); what still fails fails the fetch.
`base_url` in the settings points the client elsewhere (tests use a local server).
"""

from __future__ import annotations

import enum
from typing import Any

import dacite
import requests

from safeharbour.detection.exchanges.clients.base import (
    ExchangeError,
    MalformedPage,
    Page,
    Update,
    check_url,
)
from safeharbour.kit.errors import InvalidInput

_SIGNALS = {"ImagePDQ": "pdq", "VideoMD5": "md5"}
_GONE = ("Withdrawn", "Deleted")


class StopNCIIClient:
    def __init__(self, settings: dict[str, Any], credentials: dict[str, str]) -> None:
        from threatexchange.exchanges.clients.stopncii.api import StopNCIIAPI

        subscription = credentials.get("subscription_key")
        function_key = credentials.get("fetch_function_key")
        if not subscription:
            raise InvalidInput("StopNCII needs a subscription key", field="subscription_key")
        if not function_key:
            raise InvalidInput("StopNCII needs a fetch function key", field="fetch_function_key")
        self.page_size = int(settings.get("page_size") or 800)
        self.api = StopNCIIAPI(subscription, function_key, base_url_override=_base_url(settings))

    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        start = int((checkpoint or {}).get("start_timestamp") or self.api.DEFAULT_START_TIME)
        token = str((checkpoint or {}).get("page_token") or "")
        try:
            result = self.api.fetch_hashes(
                page_size=self.page_size, start_timestamp=start, next_page=token
            )
        except requests.HTTPError as exc:
            status = exc.response.status_code if exc.response is not None else "no answer"
            raise ExchangeError(f"StopNCII answered {status}") from None
        except requests.RequestException as exc:
            raise ExchangeError(f"StopNCII unreachable: {type(exc).__name__}") from None
        except (ValueError, KeyError, TypeError, dacite.DaciteError) as exc:
            raise MalformedPage(f"StopNCII page has another shape: {exc}") from None
        updates: list[Update] = []
        skipped: dict[str, int] = {}
        for record in result.hashRecords:
            kind = _name(record.signalType)
            key = f"{kind}:{record.hashValue}"
            status = _name(record.hashStatus)
            signal = _SIGNALS.get(kind)
            if signal is None:
                skipped[kind] = skipped.get(kind, 0) + 1
                updates.append(Update(key, kind, None, None))
            elif status in _GONE:
                updates.append(Update(key, kind, signal, None))
            else:
                updates.append(Update(key, kind, signal, record.hashValue))
        if result.hasMoreRecords:
            if not result.nextPageToken:
                raise MalformedPage("StopNCII page has more records but no nextPageToken")
            after = {"start_timestamp": start, "page_token": result.nextPageToken}
        else:
            after = {"start_timestamp": int(result.nextSetTimestamp), "page_token": ""}
        return Page(updates, after, bool(result.hasMoreRecords), skipped)


def _name(value: Any) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _base_url(settings: dict[str, Any]) -> str | None:
    url = settings.get("base_url")
    return check_url(str(url), "base_url") if url else None
