"""What every exchange client returns: pages of updates with the checkpoint after them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Update:
    """One provider entry as of this page: `value` None means the provider deleted it.

    `signal` is ours (`pdq`, `md5`, ...), or None when we cannot match the provider's type
    (`provider_type`, e.g. PhotoDNA): such entries are counted, never stored."""

    key: str
    provider_type: str
    signal: str | None
    value: str | None
    label: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    updates: list[Update]
    checkpoint: dict[str, Any]
    more: bool
    skipped: dict[str, int] = field(default_factory=dict)


class ExchangeError(Exception):
    """The provider answered with an error or could not be reached; nothing was applied."""


class MalformedPage(ExchangeError):
    """The provider's answer does not have the documented shape; nothing was applied."""


class RateLimited(ExchangeError):
    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ExchangeClient(Protocol):
    def fetch_page(self, checkpoint: dict[str, Any] | None) -> Page:
        """The updates after `checkpoint` (None: from the beginning)."""
        ...


def retry_after_seconds(header: str | None, default: float = 5.0) -> float:
    """Retry-After as seconds (only the delta form; an HTTP date falls back to `default`)."""
    if header:
        try:
            return max(0.0, min(float(header), 3600.0))
        except ValueError:
            pass
    return default


_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_url(url: str, field: str) -> str:
    """An https URL; plain http only to this machine (a local stand-in or test server), so that
    credentials and hashes never cross a network in clear."""
    from urllib.parse import urlsplit

    from safeharbour.kit.errors import InvalidInput

    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname in _LOOPBACK:
        return url
    raise InvalidInput("an https:// URL (http:// only to this machine)", field=field)
