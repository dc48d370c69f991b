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
