"""An in-memory notifier: keeps every message it was given, for tests and development."""

from __future__ import annotations

import threading

from safeharbour.notifications.ports import OutgoingEmail, SendResult


class InMemoryNotifier:
    name = "memory"

    def __init__(self) -> None:
        self.sent: list[OutgoingEmail] = []
        self._keys: set[str] = set()
        self._failures = 0
        self._lock = threading.Lock()

    def fail_next(self, count: int = 1) -> None:
        with self._lock:
            self._failures = count

    def send(self, message: OutgoingEmail) -> SendResult:
        with self._lock:
            if self._failures > 0:
                self._failures -= 1
                return SendResult(False, "simulated delivery failure")
            if message.idempotency_key in self._keys:
                return SendResult(True, "already sent")
            self._keys.add(message.idempotency_key)
            self.sent.append(message)
            return SendResult(True)

    def to(self, address: str) -> list[OutgoingEmail]:
        with self._lock:
            return [m for m in self.sent if m.to == address]
