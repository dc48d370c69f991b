"""`WebhookPlatform`: the `PlatformAdapter` that POSTs signed JSON actions (docs/webhooks.md).

Body: `{"action_id", "type", "target": {"kind", "id"}, "params", "decision_id", "issued_at"}`;
headers `Safeharbour-Timestamp` and `Safeharbour-Signature` (signing.py). The receiver answers
2xx `{"outcome": "applied|already_applied|not_supported"}`.

Retries: a 5xx, a timeout or a refused connection is retried here on a short bounded schedule
(`backoff`, seconds between attempts; three attempts by default). When the schedule is spent
the call is `failed` with `retry=False`, so the enforcement row goes straight to the dead-letter
list (a moderator or admin re-sends it with `POST /api/v1/enforcement/{id}/retry`). A 4xx is
never retried: `failed` with the receiver's reason, dead-lettered at once.

`action_id` is the idempotency key (the enforcement row's id), so a re-send after a lost reply
answers `already_applied`. Port vocabulary to contract types:

| port call                         | type              | params                               |
|-----------------------------------|-------------------|--------------------------------------|
| remove_post(post)                 | remove_post       | {}                                   |
| restrict_post(post, countries)    | restrict_post     | {"countries": [...]}                 |
| suspend_account(account, until)   | suspend_account   | {"until": RFC 3339}                  |
| terminate_account(account)        | terminate_account | {}                                   |
| ban_channel(channel)              | ban_channel       | {} (target kind `channel`)           |
| label(kind, item, text)           | label             | {"label": text, "text": text}        |
| notify_user(account, kind, ...)   | notify_user       | {"kind": statement_of_reasons for a  |
|                                   |                   | statement, else notice, "text","url"}|
| quarantine_media(media)           | quarantine_media  | {} (target kind `media`)             |
| reverse(action_key)               | reverse           | {"action_id": action_key}            |

`decision_id` is looked up from the enforcement row when a database is given (an authority
order's calls carry its legal request id there); otherwise it is empty. A `reverse` names the
target of the action it undoes.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import httpx
import orjson

from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind
from safeharbour.integrations.webhook.signing import signed_headers


@dataclass(frozen=True)
class ActionContext:
    decision_id: str | None
    target_kind: str
    target_id: str


_OUTCOMES = {o.value: o for o in (ActOutcome.APPLIED, ActOutcome.ALREADY_APPLIED)}
_OUTCOMES[ActOutcome.NOT_SUPPORTED.value] = ActOutcome.NOT_SUPPORTED


def _rfc3339(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class WebhookPlatform:
    name = "webhook"
    irreversible_actions: frozenset[str] = frozenset()
    """Every action is undone by a `reverse` the receiver applies (the contract)."""

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        timeout: float = 5.0,
        backoff: Sequence[float] = (0.5, 2.0),
        context_of: Callable[[str], ActionContext | None] | None = None,
        now: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        client: httpx.Client | None = None,
    ) -> None:
        self.url = url
        self._secret = secret
        self.backoff = tuple(backoff)
        self._context_of = context_of
        self._targets: dict[str, tuple[str, str]] = {}
        self._now = now
        self._sleep = sleep
        self._client = client or httpx.Client(timeout=timeout)
        self._last_success: str | None = None
        self._last_failure: str | None = None

    def close(self) -> None:
        self._client.close()

    # -- wire -----------------------------------------------------------------------------
    def build(
        self, kind: str, target_kind: str, target_id: str, params: dict[str, Any], key: str
    ) -> bytes:
        context = self._context_of(key) if self._context_of else None
        decision = context.decision_id if context else None
        self._targets[key] = (target_kind, target_id)
        return orjson.dumps(
            {
                "action_id": key,
                "type": kind,
                "target": {"kind": target_kind, "id": target_id},
                "params": params,
                "decision_id": decision or "",
                "issued_at": _rfc3339(datetime.fromtimestamp(self._now(), UTC)),
            }
        )

    def send(self, body: bytes) -> ActResult:
        """POST one signed body, retrying 5xx and transport errors on the bounded schedule."""
        last = "no attempt"
        for attempt in range(len(self.backoff) + 1):
            if attempt:
                self._sleep(self.backoff[attempt - 1])
            stamp = int(self._now())
            try:
                reply = self._client.post(
                    self.url, content=body, headers=signed_headers(self._secret, stamp, body)
                )
            except httpx.TimeoutException:
                last = "timed out"
                continue
            except httpx.TransportError as exc:
                last = f"transport error: {type(exc).__name__}"
                continue
            if reply.status_code >= 500:
                last = f"HTTP {reply.status_code}: {reply.text[:300]}"
                continue
            if reply.status_code >= 400:
                return ActResult(
                    ActOutcome.FAILED,
                    f"rejected, HTTP {reply.status_code}: {reply.text[:500]}",
                    retry=False,
                )
            if reply.status_code >= 300:
                last = f"HTTP {reply.status_code} (redirects are not followed)"
                return ActResult(ActOutcome.FAILED, last, retry=False)
            try:
                outcome = _OUTCOMES[str(reply.json()["outcome"])]
            except (ValueError, KeyError, TypeError):
                return ActResult(
                    ActOutcome.FAILED,
                    f"HTTP {reply.status_code} without a valid outcome: {reply.text[:300]}",
                    retry=False,
                )
            detail = None
            with contextlib.suppress(ValueError):
                detail = reply.json().get("detail")
            return ActResult(outcome, str(detail) if detail else None)
        return ActResult(
            ActOutcome.FAILED,
            f"{len(self.backoff) + 1} attempts failed; last: {last}",
            retry=False,
        )

    def _act(
        self, kind: str, target_kind: str, target_id: str, params: dict[str, Any], key: str
    ) -> ActResult:
        result = self.send(self.build(kind, target_kind, target_id, params, key))
        # A 4xx is the receiver answering: reachable. Only spent retries count as down.
        if result.outcome == ActOutcome.FAILED and "attempts failed" in (result.detail or ""):
            self._last_failure = result.detail
        else:
            self._last_success = _rfc3339(datetime.fromtimestamp(self._now(), UTC))
            self._last_failure = None
        return result

    # -- the port -------------------------------------------------------------------------
    def remove_post(self, post_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("remove_post", "post", post_id, {}, idempotency_key)

    def restrict_post(
        self, post_id: str, countries: list[str], *, idempotency_key: str
    ) -> ActResult:
        params = {"countries": [c.upper() for c in countries]}
        return self._act("restrict_post", "post", post_id, params, idempotency_key)

    def suspend_account(
        self, account_id: str, until: datetime, *, idempotency_key: str
    ) -> ActResult:
        params = {"until": _rfc3339(until) if until is not None else None}
        return self._act("suspend_account", "account", account_id, params, idempotency_key)

    def terminate_account(self, account_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("terminate_account", "account", account_id, {}, idempotency_key)

    def ban_channel(self, channel_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("ban_channel", "channel", channel_id, {}, idempotency_key)

    def label(self, item_kind: str, item_id: str, text: str, *, idempotency_key: str) -> ActResult:
        params = {"label": text, "text": text}
        return self._act("label", item_kind, item_id, params, idempotency_key)

    def quarantine_media(self, media_id: str, *, idempotency_key: str) -> ActResult:
        return self._act("quarantine_media", "media", media_id, {}, idempotency_key)

    def health(self) -> dict[str, Any]:
        """What the last calls showed: the receiver reachable, and when it last answered."""
        return {
            "adapter": self.name,
            "url": self.url,
            "connected": self._last_failure is None,
            "last_success_at": self._last_success,
            "last_failure": self._last_failure,
        }

    def notify_user(
        self, account_id: str, kind: NotifyKind, text: str, url: str, *, idempotency_key: str
    ) -> ActResult:
        wire = "statement_of_reasons" if kind == NotifyKind.STATEMENT_OF_REASONS else "notice"
        params = {"kind": wire, "text": text, "url": url}
        return self._act("notify_user", "account", account_id, params, idempotency_key)

    def reverse(self, action_key: str, *, idempotency_key: str) -> ActResult:
        target = self._targets.get(action_key)
        if target is None and self._context_of is not None:
            context = self._context_of(action_key)
            target = (context.target_kind, context.target_id) if context else None
        kind, ident = target or ("post", "")
        params = {"action_id": action_key}
        return self._act("reverse", kind, ident, params, idempotency_key)


def context_lookup(database: Any) -> Callable[[str], ActionContext | None]:
    """`context_of` for the adapter: the decision (or legal request) and target of an action."""
    from safeharbour.enforcement.models import EnforcementAction

    def lookup(key: str) -> ActionContext | None:
        try:
            ident = uuid.UUID(key)
        except ValueError:
            return None
        with database.reader() as session:
            row = session.get(EnforcementAction, ident)
            if row is None:
                return None
            origin = row.decision_id or row.legal_request_id
            return ActionContext(str(origin) if origin else None, row.target_kind, row.target_id)

    return lookup
