"""Meta ThreatExchange through `threatexchange`'s Graph API client (`ThreatExchangeAPI`).

`GET /<privacy group>/threat_updates/?start_time=&stop_time=&limit=&fields=` answers
`{"data": [{"id", "indicator", "type", "last_updated", "should_delete", "tags", ...}],
"paging": {"next": "<url>"}}`. An update is the current state of one indicator (its `id`);
`should_delete` removes it. Like NCMEC, a time window is done only when its paging ends: the
checkpoint holds the window and the paging URL **without** its `access_token` (the token stays
encrypted with the credentials and is added back on resume). `HASH_PDQ`, `HASH_MD5`,
`HASH_SHA256` and `URI` are matched; other types (`HASH_PHOTODNA`, `HASH_TMK`, text, ...) are
counted. The library's client has `endpoint_override` (`base_url`) and makes plain requests
without retries: 429 (and 503) become rate limits waited out by the fetch.
"""

from __future__ import annotations

import time
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests

from safeharbour.detection.exchanges.clients.base import (
    ExchangeError,
    MalformedPage,
    Page,
    RateLimited,
    Update,
    check_url,
    retry_after_seconds,
)
from safeharbour.kit.errors import InvalidInput

_SIGNALS = {"HASH_PDQ": "pdq", "HASH_MD5": "md5", "HASH_SHA256": "sha256", "URI": "url"}


def without_token(url: str) -> str:
    parts = urlsplit(url)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "access_token"
    ]
    return urlunsplit(parts._replace(query=urlencode(query)))


class ThreatExchangeClient:
    def __init__(self, settings: dict[str, Any], credentials: dict[str, str]) -> None:
        from threatexchange.exchanges.clients.fb_threatexchange.api import ThreatExchangeAPI

        token = credentials.get("api_token")
        if not token:
            raise InvalidInput("ThreatExchange needs an app access token", field="api_token")
        try:
            self.privacy_group = int(settings.get("privacy_group") or 0)
        except (TypeError, ValueError):
            self.privacy_group = 0
        if self.privacy_group <= 0:
            raise InvalidInput("the privacy group's numeric id", field="privacy_group")
        self.page_size = int(settings.get("page_size") or 500)
        self.token = token
        base_url = settings.get("base_url")
        self.api = ThreatExchangeAPI(
            token, endpoint_override=check_url(str(base_url), "base_url") if base_url else None
        )

    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        window = checkpoint or {}
        start = int(window.get("start") or 0)
        stop = int(window.get("stop") or time.time())
        cursor = self.api.get_threat_updates(
            self.privacy_group, start_time=start or None, stop_time=stop, page_size=self.page_size
        )
        if window.get("next"):
            cursor.next_url = str(window["next"])
            cursor.params = {"access_token": self.token}
        try:
            data = cursor.next()  # type: ignore[no-untyped-call]  # the library is untyped
        except requests.HTTPError as exc:
            response = exc.response
            status = response.status_code if response is not None else 0
            if status in (429, 503) and response is not None:
                raise RateLimited(
                    f"ThreatExchange answered {status}",
                    retry_after_seconds(response.headers.get("retry-after")),
                ) from None
            raise ExchangeError(f"ThreatExchange answered {status or 'nothing'}") from None
        except requests.RequestException as exc:
            raise ExchangeError(f"ThreatExchange unreachable: {type(exc).__name__}") from None
        except ValueError:
            raise MalformedPage("ThreatExchange page is not JSON") from None
        except AttributeError:
            raise MalformedPage("ThreatExchange page is not an object") from None
        if not isinstance(data, list):
            raise MalformedPage("ThreatExchange page has no data list")
        updates: list[Update] = []
        skipped: dict[str, int] = {}
        for position, item in enumerate(data):
            if not isinstance(item, dict) or not isinstance(item.get("id"), str | int):
                raise MalformedPage(f"data.{position} has no id")
            kind = str(item.get("type") or "")
            key = str(item["id"])
            signal = _SIGNALS.get(kind)
            tags = item.get("tags")
            label = (
                ",".join(str(t) for t in tags)[:200] if isinstance(tags, list) and tags else None
            )
            if signal is None:
                if not item.get("should_delete"):
                    skipped[kind] = skipped.get(kind, 0) + 1
                updates.append(Update(key, kind, None, None, label))
            elif item.get("should_delete"):
                updates.append(Update(key, kind, signal, None, label))
            else:
                indicator = item.get("indicator")
                if not isinstance(indicator, str):
                    raise MalformedPage(f"data.{position}.indicator is not a string")
                updates.append(Update(key, kind, signal, indicator, label))
        if cursor.next_url:
            after = {"start": start, "stop": stop, "next": without_token(cursor.next_url)}
            return Page(updates, after, True, skipped)
        return Page(updates, {"start": stop, "stop": None, "next": ""}, False, skipped)
