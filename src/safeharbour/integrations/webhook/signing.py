"""The webhook signature: `v1=<hex HMAC-SHA256(secret, timestamp + "." + raw body)>`.

Both directions use it: Safeharbour signs the actions it POSTs to the platform, the platform
signs the events it POSTs to `/api/v1/platform/events`. The receiver rejects timestamps more
than `WINDOW_SECONDS` away from its own clock (replays) and compares in constant time.
"""

from __future__ import annotations

import hashlib
import hmac

TIMESTAMP_HEADER = "Safeharbour-Timestamp"
SIGNATURE_HEADER = "Safeharbour-Signature"
WINDOW_SECONDS = 300


class SignatureError(Exception):
    """The request is not signed, is signed wrongly, or is too old (or too far ahead)."""

    def __init__(self, message: str, header: str) -> None:
        super().__init__(message)
        self.header = header


def sign(secret: str, timestamp: int, body: bytes) -> str:
    mac = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def signed_headers(secret: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }


def verify(
    secret: str,
    body: bytes,
    timestamp: str | None,
    signature: str | None,
    *,
    now: float,
    window: int = WINDOW_SECONDS,
) -> None:
    """Raise `SignatureError` unless `signature` signs `body` at `timestamp`, within `window`."""
    if not timestamp:
        raise SignatureError(f"the {TIMESTAMP_HEADER} header is missing", TIMESTAMP_HEADER)
    try:
        stamp = int(timestamp.strip())
    except ValueError:
        raise SignatureError(
            f"the {TIMESTAMP_HEADER} header is not unix seconds", TIMESTAMP_HEADER
        ) from None
    if abs(now - stamp) > window:
        raise SignatureError(
            f"the {TIMESTAMP_HEADER} header is more than {window} s away (replay?)",
            TIMESTAMP_HEADER,
        )
    if not signature:
        raise SignatureError(f"the {SIGNATURE_HEADER} header is missing", SIGNATURE_HEADER)
    expected = sign(secret, stamp, body)
    # Several comma-separated values are accepted (secret rotation on the sender's side).
    candidates = [part.strip() for part in signature.split(",")]
    if not any(hmac.compare_digest(expected.encode(), c.encode()) for c in candidates):
        raise SignatureError(
            f"the {SIGNATURE_HEADER} header does not match the body", SIGNATURE_HEADER
        )
