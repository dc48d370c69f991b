"""The public URLs the system writes into receipts, e-mails and statements of reasons.

One place, so that the transports serving these paths and the documents pointing at them agree.
Every link that opens something private carries a secret token (kit/tokens.py); the database
keeps only the token's SHA-256.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import quote


@dataclass(frozen=True)
class PublicLinks:
    base_url: str

    def _url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path

    def notice_status_api(self, token: str) -> str:
        return self._url(f"/api/v1/notices/status?token={quote(token)}")

    def notice_status_page(self, token: str) -> str:
        return self._url(f"/console/public/notices/status?token={quote(token)}")

    def statement_api(self, statement_id: uuid.UUID, token: str) -> str:
        return self._url(f"/api/v1/statements/{statement_id}?token={quote(token)}")

    def statement_page(self, statement_id: uuid.UUID, token: str) -> str:
        return self._url(f"/console/public/statements/{statement_id}?token={quote(token)}")

    def appeal_page(self, token: str) -> str:
        """The internal complaint form (Art. 20); `token` is a statement's or a notice's."""
        return self._url(f"/console/public/appeals/new?token={quote(token)}")

    def notice_form(self) -> str:
        return self._url("/console/public/notices/new")


def same_origin_path(url: object) -> bool:
    """Whether `url` can only ever point at this site: an absolute path such as
    `/media/1.png`, never a protocol-relative `//host/x` (or `/\\host/x`, which browsers read
    the same way), never a scheme (`https:`, `javascript:`, `mxc:`), never control characters
    (browsers drop tabs and newlines inside URLs: `/<tab>/host` is `//host`). Media the
    consoles show in an `<img>` pass this check first."""
    if not isinstance(url, str) or not url.startswith("/") or len(url) > 4000:
        return False
    if any(ch < " " or ch == "\x7f" or ch == "\\" for ch in url):
        return False
    return not url.startswith("//")


FRONT_DOOR_ADDRESSES: tuple[tuple[str, str], ...] = (
    ("Front door", "/"),
    ("Report content", "/console/public/notices/new"),
    ("Transparency reports", "/transparency/"),
    ("For authorities", "/for-authorities"),
    ("Staff sign-in", "/console/login"),
    ("API documentation", "/api/v1/docs"),
)
"""The addresses a person starting the server needs, as the start-up banner prints them."""


def front_door_lines(base_url: str) -> list[str]:
    """The banner's lines: one address per line, titles aligned."""
    root = base_url.rstrip("/")
    width = max(len(title) for title, _ in FRONT_DOOR_ADDRESSES)
    return [f"  {title:<{width}}  {root}{path}" for title, path in FRONT_DOOR_ADDRESSES]
