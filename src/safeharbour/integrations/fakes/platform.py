"""An in-memory platform: records what it was asked and keeps the resulting state.

It keeps the port's contract (idempotency, reversal) so that tests which merely use the port
see the behaviour a real platform shows. Tests may make it fail: `fail_next(n)` answers the
next n calls `failed`, `unsupported` lists kinds it answers `not_supported`, and
`irreversible_actions` (empty: everything here is reversible) lets a test declare kinds the
platform cannot undo, as a Matrix adapter declares redactions.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind


@dataclass(frozen=True)
class PlatformCall:
    kind: str
    target: str
    idempotency_key: str
    args: dict[str, Any] = field(default_factory=dict)


class InMemoryPlatform:
    name = "memory"

    def __init__(self) -> None:
        self.calls: list[PlatformCall] = []
        self.applied: dict[str, PlatformCall] = {}
        self.reversed: set[str] = set()
        self.unsupported: set[str] = set()
        self.irreversible_actions: set[str] = set()
        self._failures = 0
        self._lock = threading.Lock()

    # -- test controls ------------------------------------------------------------------
    def fail_next(self, count: int = 1) -> None:
        with self._lock:
            self._failures = count

    def state_of(self, target: str) -> list[str]:
        """Kinds of actions in force on a target (applied and not reversed)."""
        with self._lock:
            return sorted(
                c.kind
                for key, c in self.applied.items()
                if c.target == target and key not in self.reversed and c.kind != "notify_user"
            )

    def messages_to(self, account_id: str) -> list[PlatformCall]:
        with self._lock:
            return [
                c
                for c in self.applied.values()
                if c.kind == "notify_user" and c.target == account_id
            ]

    # -- the port -----------------------------------------------------------------------
    def _act(self, kind: str, target: str, key: str, **args: Any) -> ActResult:
        call = PlatformCall(kind=kind, target=target, idempotency_key=key, args=args)
        with self._lock:
            self.calls.append(call)
            if self._failures > 0:
                self._failures -= 1
                return ActResult(ActOutcome.FAILED, "simulated platform failure")
            if kind in self.unsupported:
                return ActResult(ActOutcome.NOT_SUPPORTED, f"{kind} is not supported")
            if key in self.applied:
                return ActResult(ActOutcome.ALREADY_APPLIED)
            self.applied[key] = call
            return ActResult(ActOutcome.APPLIED)

    def remove_post(self, post_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("remove_post", post_id, idempotency_key)

    def restrict_post(
        self, post_id: str, countries: list[str], *, idempotency_key: str
    ) -> ActResult:
        return self._act("restrict_post", post_id, idempotency_key, countries=list(countries))

    def suspend_account(
        self, account_id: str, until: datetime, *, idempotency_key: str
    ) -> ActResult:
        return self._act("suspend_account", account_id, idempotency_key, until=until.isoformat())

    def terminate_account(self, account_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("terminate_account", account_id, idempotency_key)

    def ban_channel(self, channel_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("ban_channel", channel_id, idempotency_key)

    def label(self, item_kind: str, item_id: str, text: str, *, idempotency_key: str) -> ActResult:
        return self._act("label", item_id, idempotency_key, item_kind=item_kind, text=text)

    def quarantine_media(self, media_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("quarantine_media", media_id, idempotency_key)

    def health(self) -> dict[str, Any]:
        return {"adapter": self.name, "connected": True, "lag_seconds": 0.0}

    def notify_user(
        self, account_id: str, kind: NotifyKind, text: str, url: str, *, idempotency_key: str
    ) -> ActResult:
        return self._act(
            "notify_user", account_id, idempotency_key, notify=str(kind), text=text, url=url
        )

    def reverse(self, action_key: str, *, idempotency_key: str) -> ActResult:
        with self._lock:
            self.calls.append(
                PlatformCall("reverse", action_key, idempotency_key, {"action_key": action_key})
            )
            if self._failures > 0:
                self._failures -= 1
                return ActResult(ActOutcome.FAILED, "simulated platform failure")
            if action_key not in self.applied:
                return ActResult(ActOutcome.NOT_SUPPORTED, "nothing was applied under this key")
            if action_key in self.reversed:
                return ActResult(ActOutcome.ALREADY_APPLIED)
            self.reversed.add(action_key)
            return ActResult(ActOutcome.APPLIED)
