"""Exchange clients: each fetches one page of a provider's updates from a checkpoint.

`build_client(kind, settings, credentials)` picks the client; `KINDS` lists what exists.
GIFCT's hash-sharing database publishes no API documentation, so it has no client.
"""

from __future__ import annotations

from typing import Any

from safeharbour.detection.exchanges.clients.base import ExchangeClient
from safeharbour.kit.errors import InvalidInput

KINDS = ("hashlist", "stopncii", "ncmec", "tat", "threatexchange")


def build_client(
    kind: str, settings: dict[str, Any], credentials: dict[str, str]
) -> ExchangeClient:
    if kind == "hashlist":
        from safeharbour.detection.exchanges.clients.hashlist import HashListClient

        return HashListClient(settings, credentials)
    if kind == "stopncii":
        from safeharbour.detection.exchanges.clients.stopncii import StopNCIIClient

        return StopNCIIClient(settings, credentials)
    if kind == "ncmec":
        from safeharbour.detection.exchanges.clients.ncmec import NCMECClient

        return NCMECClient(settings, credentials)
    if kind == "tat":
        from safeharbour.detection.exchanges.clients.tat import TATClient

        return TATClient(settings, credentials)
    if kind == "threatexchange":
        from safeharbour.detection.exchanges.clients.threatexchange import ThreatExchangeClient

        return ThreatExchangeClient(settings, credentials)
    raise InvalidInput(f"expected one of {', '.join(KINDS)}", field="kind")
