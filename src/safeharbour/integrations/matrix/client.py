"""A small synchronous client for the Synapse admin, client and media APIs.

Retries follow the webhook adapter's rule: a 5xx, a timeout or a refused connection is retried
on a short bounded schedule (`backoff`); a 4xx is an answer, returned to the caller. When the
schedule is spent, `HomeserverUnavailable` is raised and the adapter answers `failed` with
`retry=True`, so the enforcement dispatcher retries later with its own backoff.

Two identities: the admin user's token (`admin`, enforcement and reports) and the application
service's `as_token` (`bot`: the moderation bot, and media downloads).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, Literal
from urllib.parse import quote

import httpx

Identity = Literal["admin", "bot", "none"]


class HomeserverUnavailable(Exception):
    """The homeserver did not answer usefully within the retry schedule (5xx, timeouts)."""


def enc(value: str) -> str:
    """One path segment: Matrix ids hold `!`, `@`, `:` and `$`."""
    return quote(value, safe="")


class SynapseClient:
    def __init__(
        self,
        base_url: str,
        *,
        admin_token: str,
        as_token: str,
        timeout: float = 10.0,
        backoff: Sequence[float] = (0.5, 2.0),
        sleep: Callable[[float], None] = time.sleep,
        client: httpx.Client | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._tokens = {"admin": admin_token, "bot": as_token}
        self.backoff = tuple(backoff)
        self._sleep = sleep
        self._client = client or httpx.Client(timeout=timeout)
        self._whoami: dict[str, str] = {}

    def close(self) -> None:
        self._client.close()

    def request(
        self,
        method: str,
        path: str,
        *,
        as_: Identity = "admin",
        json: Any = None,
        params: dict[str, Any] | None = None,
        timeout: float | None = None,
        attempts: int | None = None,
    ) -> httpx.Response:
        """One call, retried on 5xx and transport errors; any answer below 500 is returned."""
        headers = {}
        if as_ != "none":
            headers["Authorization"] = f"Bearer {self._tokens[as_]}"
        tries = attempts if attempts is not None else len(self.backoff) + 1
        last = "no attempt"
        for attempt in range(tries):
            if attempt:
                self._sleep(self.backoff[min(attempt, len(self.backoff)) - 1])
            try:
                extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
                reply = self._client.request(
                    method,
                    self.base_url + path,
                    json=json,
                    params=params,
                    headers=headers,
                    **extra,
                )
            except httpx.TimeoutException:
                last = "timed out"
                continue
            except httpx.TransportError as exc:
                last = f"transport error: {type(exc).__name__}"
                continue
            if reply.status_code >= 500:
                last = f"HTTP {reply.status_code}: {reply.text[:300]}"
                continue
            return reply
        raise HomeserverUnavailable(f"{method} {path}: {tries} attempts failed; last: {last}")

    def user_id(self, as_: Identity) -> str:
        """The Matrix id behind a token (`GET /_matrix/client/v3/account/whoami`), cached."""
        if as_ not in self._whoami:
            reply = self.request("GET", "/_matrix/client/v3/account/whoami", as_=as_)
            if reply.status_code != 200:
                raise HomeserverUnavailable(
                    f"whoami with the {as_} token: HTTP {reply.status_code} {reply.text[:200]}"
                )
            self._whoami[as_] = str(reply.json()["user_id"])
        return self._whoami[as_]

    def download(self, mxc: str, *, max_bytes: int) -> bytes | None:
        """Media bytes through the authenticated media API with the AS token; None when the
        homeserver has no such media (quarantined, deleted) or it is larger than `max_bytes`."""
        server, media_id = parse_mxc(mxc)
        path = f"/_matrix/client/v1/media/download/{enc(server)}/{enc(media_id)}"
        reply = self.request("GET", path, as_="bot")
        if reply.status_code != 200 or len(reply.content) > max_bytes:
            return None
        return reply.content


def parse_mxc(uri: str) -> tuple[str, str]:
    """`mxc://server/media-id` → (server, media id); ValueError otherwise."""
    if not uri.startswith("mxc://"):
        raise ValueError(f"not an mxc:// URI: {uri[:80]!r}")
    server, _, media_id = uri[len("mxc://") :].partition("/")
    if not server or not media_id or "/" in media_id:
        raise ValueError(f"not an mxc:// URI: {uri[:80]!r}")
    return server, media_id
