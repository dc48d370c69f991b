"""Secret tokens in links, and keyed digests of personal identifiers.

Contracts:
- A link token (notice status, statement of reasons) is `HMAC-SHA-256(purpose key, id)`,
  base64url without padding: the server can give the same link again (an idempotent repeat of
  a notice answers its first receipt) without storing the token, and the database keeps only
  `SHA-256(token)`, so a copy of the database opens no link. Purpose keys are derived from the
  installation's secret key; rotating that key invalidates every link issued before.
- A keyed digest (`HMAC-SHA-256(purpose key, value)`) stands in for an e-mail address or a client
  address where the system must recognise a repeat (rate accounting, Art. 23 misuse) but must not
  be able to list the values: a plain SHA-256 of an e-mail address is reversed by hashing
  candidates; a keyed digest is not, without the key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

from safeharbour.kit.canonical import sha256_hex


class TokenKeys:
    """Purpose-bound keys derived from the installation's secret key."""

    def __init__(self, secret_key: bytes) -> None:
        self._secret = secret_key

    def _key(self, purpose: str) -> bytes:
        return hmac.new(self._secret, f"safeharbour/{purpose}/v1".encode(), "sha256").digest()

    def link_token(self, purpose: str, ident: str) -> str:
        mac = hmac.new(self._key(f"link/{purpose}"), ident.encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).rstrip(b"=").decode("ascii")

    def digest(self, purpose: str, value: str) -> str:
        return hmac.new(self._key(f"digest/{purpose}"), value.encode(), hashlib.sha256).hexdigest()


def token_sha256(token: str) -> str:
    """What is stored for a link token."""
    return sha256_hex(token)
