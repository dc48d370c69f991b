"""The event bus port and its embedded (in-process) implementation.

Messages reach the bus only through the outbox relay, after the transaction that produced them
has committed. Delivery is at least once: every handler must be idempotent by `message.id`.
The NATS JetStream adapter (scale-out) implements the same Protocol.
"""

from __future__ import annotations

import fnmatch
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BusMessage:
    id: str
    topic: str
    key: str | None
    payload: dict[str, Any]


Handler = Callable[[BusMessage], None]


class EventBus(Protocol):
    name: str

    def publish(self, message: BusMessage) -> None:
        """Deliver or durably enqueue; raise if that failed, so the relay retries."""

    def subscribe(self, pattern: str, handler: Handler, *, group: str) -> None:
        """Call `handler` for messages whose topic matches `pattern` (shell-style)."""


class EmbeddedBus:
    """Synchronous in-process delivery, used on a single node.

    A handler that raises makes `publish` raise after every handler has been tried, so the
    outbox keeps the message and the relay retries it (the other handlers see it again and
    must be idempotent).
    """

    name = "embedded"

    def __init__(self) -> None:
        self._subs: list[tuple[str, str, Handler]] = []
        self._lock = threading.Lock()

    def subscribe(self, pattern: str, handler: Handler, *, group: str) -> None:
        with self._lock:
            self._subs.append((pattern, group, handler))

    def publish(self, message: BusMessage) -> None:
        with self._lock:
            subs = list(self._subs)
        failures: list[str] = []
        for pattern, group, handler in subs:
            if not fnmatch.fnmatchcase(message.topic, pattern):
                continue
            try:
                handler(message)
            except Exception as exc:
                log.exception("bus handler %s failed on %s", group, message.id)
                failures.append(f"{group}: {exc!r}")
        if failures:
            raise RuntimeError("; ".join(failures))
