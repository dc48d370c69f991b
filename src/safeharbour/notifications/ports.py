"""The `Notifier` port: e-mail to people outside the platform (notifiers, appellants).

Contract every adapter keeps (tests/contract/test_notifier.py runs the SMTP and the in-memory
adapter through the same tests):
- `send` delivers one plain-text message and answers a `SendResult`; it raises only for
  programming errors. A transient failure (server down, refused) is `failed` and is retried.
- `idempotency_key` is unique per message; it becomes the Message-ID, so a message sent twice
  after a crash can be recognised by any mail system as the same message.
- Adapters keep no copy of the recipient address after the call returns, except the in-memory
  one, whose whole purpose is to show tests what was sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class OutgoingEmail:
    to: str
    subject: str
    body: str
    idempotency_key: str


@dataclass(frozen=True)
class SendResult:
    sent: bool
    detail: str | None = None


class Notifier(Protocol):
    name: str

    def send(self, message: OutgoingEmail) -> SendResult: ...
