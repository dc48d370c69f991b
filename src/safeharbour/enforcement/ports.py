"""The `PlatformAdapter` port: the act side of the platform (the ingest side comes later).

Contract every adapter keeps (tests/contract/test_platform_adapter.py runs it on each):
- Every call carries an `idempotency_key`. A repeat of a key the platform has already acted on
  changes nothing and answers `already_applied`, so the dispatcher may retry after any crash.
- A call answers an `ActResult`; it raises only for programming errors. A transient failure
  (platform down, timeout) is `failed` with a detail and is retried with backoff; an action the
  platform cannot perform at all is `not_supported` and is not retried.
- `reverse(action_key)` undoes the action that was sent under `action_key` (restores the post,
  lifts the restriction, the suspension or the ban, removes the label). Reversing something
  never applied answers `not_supported`; reversing twice answers `already_applied`.
- `notify_user` delivers a message (a statement of reasons, an appeal outcome) to the
  account in the platform's own inbox; `url` is where the user reads the full text.
- `quarantine_media` takes one media item (its mirror id) out of circulation on the platform
  (Matrix: the admin media quarantine); `reverse` releases it.
- `health()` (optional, read through `platform_health`): a dict with at least `adapter`, and
  `connected` and lag figures where the adapter knows them; it never raises.
- Reversibility: an adapter may declare `irreversible_actions`, the action kinds
  (`remove_post`, ...) it cannot undo with `reverse` (a Matrix redaction). Undeclared means
  every action is reversible; read it through `is_reversible(adapter, kind)`. Automatic
  detection actions run an irreversible kind only for banks marked `irreversible_ok`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Protocol


class ActOutcome(StrEnum):
    APPLIED = "applied"
    ALREADY_APPLIED = "already_applied"
    FAILED = "failed"
    NOT_SUPPORTED = "not_supported"


@dataclass(frozen=True)
class ActResult:
    outcome: ActOutcome
    detail: str | None = None
    retry: bool = True
    """For `failed` only: False when retrying cannot help (a 4xx from a webhook receiver, or
    an adapter that has spent its own retry schedule); the action is then dead-lettered at once."""

    @property
    def done(self) -> bool:
        return self.outcome in (ActOutcome.APPLIED, ActOutcome.ALREADY_APPLIED)


class NotifyKind(StrEnum):
    STATEMENT_OF_REASONS = "statement_of_reasons"
    APPEAL_OUTCOME = "appeal_outcome"
    REVERSAL = "reversal"
    AUTHORITY_ORDER = "authority_order"
    """an authority's order and its effect on the user's content (DSA Art. 9(5), TCO Art. 11)"""


class PlatformAdapter(Protocol):
    name: str
    """Stable name, stored with every action it performed."""

    def remove_post(self, post_id: str, *, idempotency_key: str) -> ActResult: ...

    def restrict_post(
        self, post_id: str, countries: list[str], *, idempotency_key: str
    ) -> ActResult: ...

    def suspend_account(
        self, account_id: str, until: datetime, *, idempotency_key: str
    ) -> ActResult: ...

    def terminate_account(self, account_id: str, *, idempotency_key: str) -> ActResult: ...

    def ban_channel(self, channel_id: str, *, idempotency_key: str) -> ActResult: ...

    def label(
        self, item_kind: str, item_id: str, text: str, *, idempotency_key: str
    ) -> ActResult: ...

    def notify_user(
        self, account_id: str, kind: NotifyKind, text: str, url: str, *, idempotency_key: str
    ) -> ActResult: ...

    def quarantine_media(self, media_id: str, *, idempotency_key: str) -> ActResult: ...

    def reverse(self, action_key: str, *, idempotency_key: str) -> ActResult: ...


def platform_health(adapter: object) -> dict[str, Any]:
    """The adapter's optional `health()`: connectivity and lag, shown on /readyz and in the
    console. It must not raise; an adapter without one reports only its name."""
    check = getattr(adapter, "health", None)
    if check is None:
        return {"adapter": getattr(adapter, "name", "?")}
    try:
        report = check()
    except Exception as exc:  # health is reported, never a reason to fail the caller
        return {"adapter": getattr(adapter, "name", "?"), "connected": False, "error": str(exc)}
    return dict(report)


def is_reversible(adapter: object, kind: str) -> bool:
    """Whether `adapter` can undo actions of `kind` (its optional `irreversible_actions`)."""
    irreversible = getattr(adapter, "irreversible_actions", None) or ()
    return str(kind) not in {str(k) for k in irreversible}
