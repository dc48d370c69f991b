"""Signed webhooks: the outbound `PlatformAdapter` and the signature scheme (docs/webhooks.md)."""

from safeharbour.integrations.webhook.adapter import WebhookPlatform
from safeharbour.integrations.webhook.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    sign,
    verify,
)

__all__ = [
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "SignatureError",
    "WebhookPlatform",
    "sign",
    "verify",
]
