"""`MatrixPlatformAdapter`: the `PlatformAdapter` port on a Synapse homeserver.

| port call            | Synapse                                                              |
|----------------------|----------------------------------------------------------------------|
| remove_post(event)   | the admin is made room admin and joined (`make_room_admin`, admin    |
|                      | `join`), then redacts the event (client API, txn id = idempotency    |
|                      | key). IRREVERSIBLE: a redaction strips the content for good.         |
| restrict_post        | not_supported (Matrix has no per-country visibility)                 |
| suspend_account      | admin suspend API (`PUT /_synapse/admin/v1/suspend/{user}`); until a |
|                      | `reverse`: Synapse suspensions do not expire on their own            |
| terminate_account    | redact all the user's events (admin redact API, when                 |
|                      | `matrix_terminate_redacts`), then deactivate. IRREVERSIBLE.          |
| ban_channel(room)    | room shut down with `block: true, purge: false` (members removed,    |
|                      | joins refused, history kept); reverse: unblock                       |
| quarantine_media     | admin media quarantine of the mxc URI; reverse: unquarantine         |
| shadow_ban (extra)   | admin shadow-ban; reverse: lift it                                   |
| label                | not_supported                                                        |
| notify_user          | an `m.notice` from the moderation bot (the application service's    |
|                      | sender) in a direct room with the user, kept in the bot's `m.direct` |
| reverse(key)         | undoes suspend / ban / quarantine / shadow-ban; not_supported for    |
|                      | the irreversible kinds and for anything never applied                |

Outcomes: `already_applied` when Synapse shows the state in force (redacted, suspended,
deactivated, blocked, quarantined). A 4xx is `failed` with `retry=False` (dead-lettered at
once); 5xx, timeouts and refused connections are retried on the client's short schedule and
then answered `failed` with `retry=True`, so the dispatcher retries with its backoff.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind
from safeharbour.integrations.matrix.client import (
    HomeserverUnavailable,
    Identity,
    SynapseClient,
    enc,
    parse_mxc,
)
from safeharbour.integrations.matrix.registration import AppserviceTokens

ADMIN_V1 = "/_synapse/admin/v1"
CLIENT_V3 = "/_matrix/client/v3"
REASON = "Removed by the platform's moderation (a statement of reasons follows)"


class Rejected(Exception):
    """The homeserver refused the call (4xx): retrying cannot help."""


@dataclass(frozen=True)
class ActionRecord:
    kind: str
    target_id: str
    done: bool


@dataclass
class MatrixStatus:
    """What the application-service side has seen, for health and lag."""

    transactions: int = 0
    events: int = 0
    skipped: int = 0
    last_transaction_at: datetime | None = None
    lag_seconds: float | None = None
    """Between the newest event's `origin_server_ts` and its arrival here."""
    last_error: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record_transaction(self, events: list[Any], skipped: int) -> None:
        now = datetime.now(UTC)
        stamps = [
            e["origin_server_ts"]
            for e in events
            if isinstance(e, dict) and isinstance(e.get("origin_server_ts"), int | float)
        ]
        with self._lock:
            self.transactions += 1
            self.events += len(events)
            self.skipped += skipped
            self.last_transaction_at = now
            if stamps:
                self.lag_seconds = round(max(0.0, now.timestamp() - max(stamps) / 1000), 3)
            self.last_error = None


def _check(reply: httpx.Response, what: str) -> dict[str, Any]:
    if reply.status_code >= 400:
        raise Rejected(f"{what}: HTTP {reply.status_code} {reply.text[:300]}")
    try:
        body = reply.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


class MatrixPlatformAdapter:
    name = "matrix"
    irreversible_actions: frozenset[str] = frozenset({"remove_post", "terminate_account"})

    def __init__(
        self,
        client: SynapseClient,
        tokens: AppserviceTokens,
        *,
        bot_localpart: str,
        room_of_post: Callable[[str], str | None],
        action_of: Callable[[str], ActionRecord | None],
        terminate_redacts: bool = True,
        poll_seconds: float = 0.2,
        poll_limit_seconds: float = 30.0,
    ) -> None:
        self.client = client
        self.tokens = tokens
        self.bot_localpart = bot_localpart
        self.status = MatrixStatus()
        self._room_of_post = room_of_post
        self._action_of = action_of
        self._terminate_redacts = terminate_redacts
        self._poll = poll_seconds
        self._poll_limit = poll_limit_seconds
        self._joined: set[str] = set()
        self._lock = threading.Lock()

    def close(self) -> None:
        self.client.close()

    def is_bot(self, sender: str) -> bool:
        return sender.startswith(f"@{self.bot_localpart}:")

    # -- plumbing ---------------------------------------------------------------------------
    def _run(self, work: Callable[[], ActOutcome | ActResult]) -> ActResult:
        try:
            answer = work()
        except Rejected as exc:
            return ActResult(ActOutcome.FAILED, str(exc), retry=False)
        except HomeserverUnavailable as exc:
            return ActResult(ActOutcome.FAILED, str(exc), retry=True)
        return answer if isinstance(answer, ActResult) else ActResult(answer)

    def _get(self, path: str, what: str, *, as_: Identity = "admin") -> dict[str, Any]:
        return _check(self.client.request("GET", path, as_=as_), what)

    def _send(
        self, method: str, path: str, what: str, body: Any = None, *, as_: Identity = "admin"
    ) -> dict[str, Any]:
        return _check(self.client.request(method, path, json=body, as_=as_), what)

    def _admin_in_room(self, room_id: str) -> None:
        """Redacting through the client API needs the admin joined with power in the room
        (`make_room_admin` alone does not join it: the notes' trap)."""
        if room_id in self._joined:
            return
        admin = self.client.user_id("admin")
        room = enc(room_id)
        # Refused when the admin already holds power there; the join below still decides.
        self.client.request(
            "POST", f"{ADMIN_V1}/rooms/{room}/make_room_admin", json={"user_id": admin}
        )
        self._send("POST", f"{ADMIN_V1}/join/{room}", "admin join", {"user_id": admin})
        self._joined.add(room_id)

    def _wait(self, path: str, what: str) -> dict[str, Any]:
        deadline = time.monotonic() + self._poll_limit
        while True:
            status = self._get(path, what)
            if status.get("status") in ("complete", "failed"):
                return status
            if time.monotonic() > deadline:
                raise HomeserverUnavailable(f"{what}: still {status.get('status')}")
            time.sleep(self._poll)

    def _user(self, account_id: str) -> dict[str, Any]:
        return self._get(f"/_synapse/admin/v2/users/{enc(account_id)}", "user lookup")

    # -- the port ---------------------------------------------------------------------------
    def remove_post(self, post_id: str, *, idempotency_key: str) -> ActResult:
        def work() -> ActOutcome | ActResult:
            room_id = self._room_of_post(post_id)
            if room_id is None:
                return ActResult(
                    ActOutcome.FAILED, "the post's room is not in the mirror", retry=False
                )
            self._admin_in_room(room_id)
            room, event = enc(room_id), enc(post_id)
            current = self.client.request("GET", f"{CLIENT_V3}/rooms/{room}/event/{event}")
            if current.status_code == 200:
                found = current.json()
                if (found.get("unsigned") or {}).get("redacted_because") or not found.get(
                    "content"
                ):
                    return ActOutcome.ALREADY_APPLIED
            elif current.status_code != 404:
                _check(current, "event lookup")
            self._send(
                "PUT",
                f"{CLIENT_V3}/rooms/{room}/redact/{event}/{enc(idempotency_key)}",
                "redact",
                {"reason": REASON},
            )
            return ActOutcome.APPLIED

        return self._run(work)

    def restrict_post(
        self, post_id: str, countries: list[str], *, idempotency_key: str
    ) -> ActResult:
        return ActResult(ActOutcome.NOT_SUPPORTED, "Matrix cannot restrict a post by country")

    def suspend_account(
        self, account_id: str, until: datetime, *, idempotency_key: str
    ) -> ActResult:
        def work() -> ActOutcome:
            if self._user(account_id).get("suspended"):
                return ActOutcome.ALREADY_APPLIED
            self._send("PUT", f"{ADMIN_V1}/suspend/{enc(account_id)}", "suspend", {"suspend": True})
            return ActOutcome.APPLIED

        return self._run(work)

    def terminate_account(self, account_id: str, *, idempotency_key: str) -> ActResult:
        def work() -> ActOutcome:
            if self._user(account_id).get("deactivated"):
                return ActOutcome.ALREADY_APPLIED
            user = enc(account_id)
            if self._terminate_redacts:
                started = self._send(
                    "POST", f"{ADMIN_V1}/user/{user}/redact", "redact all", {"rooms": []}
                )
                redact_id = started.get("redact_id")
                if redact_id:
                    self._wait(f"{ADMIN_V1}/user/redact_status/{enc(str(redact_id))}", "redact")
            self._send("POST", f"{ADMIN_V1}/deactivate/{user}", "deactivate", {"erase": False})
            return ActOutcome.APPLIED

        return self._run(work)

    def ban_channel(self, channel_id: str, *, idempotency_key: str) -> ActResult:
        def work() -> ActOutcome | ActResult:
            room = enc(channel_id)
            if self._get(f"{ADMIN_V1}/rooms/{room}/block", "block status").get("block"):
                return ActOutcome.ALREADY_APPLIED
            started = self._send(
                "DELETE",
                f"/_synapse/admin/v2/rooms/{room}",
                "room shutdown",
                {"block": True, "purge": False},
            )
            delete_id = started.get("delete_id")
            if delete_id:
                status = self._wait(
                    f"/_synapse/admin/v2/rooms/delete_status/{enc(str(delete_id))}", "shutdown"
                )
                if status.get("status") == "failed":
                    return ActResult(
                        ActOutcome.FAILED, f"room shutdown failed: {status.get('error')}"
                    )
            self._joined.discard(channel_id)
            return ActOutcome.APPLIED

        return self._run(work)

    def quarantine_media(self, media_id: str, *, idempotency_key: str) -> ActResult:
        def work() -> ActOutcome | ActResult:
            try:
                server, media = parse_mxc(media_id)
            except ValueError as exc:
                return ActResult(ActOutcome.FAILED, str(exc), retry=False)
            path = f"{enc(server)}/{enc(media)}"
            info = self._get(f"{ADMIN_V1}/media/{path}", "media info")
            if (info.get("media_info") or info).get("quarantined_by"):
                return ActOutcome.ALREADY_APPLIED
            self._send("POST", f"{ADMIN_V1}/media/quarantine/{path}", "quarantine")
            return ActOutcome.APPLIED

        return self._run(work)

    def shadow_ban(self, account_id: str, *, idempotency_key: str) -> ActResult:
        """Not in the port: Synapse's shadow-ban (sends look accepted, nothing is delivered)."""

        def work() -> ActOutcome:
            if self._user(account_id).get("shadow_banned"):
                return ActOutcome.ALREADY_APPLIED
            self._send("POST", f"{ADMIN_V1}/users/{enc(account_id)}/shadow_ban", "shadow-ban")
            return ActOutcome.APPLIED

        return self._run(work)

    def label(self, item_kind: str, item_id: str, text: str, *, idempotency_key: str) -> ActResult:
        return ActResult(ActOutcome.NOT_SUPPORTED, "Matrix has no labels on events or rooms")

    def notify_user(
        self, account_id: str, kind: NotifyKind, text: str, url: str, *, idempotency_key: str
    ) -> ActResult:
        def work() -> ActOutcome:
            room = self._direct_room(account_id)
            body = text if (not url or url in text) else f"{text}\n\n{url}"
            self._send(
                "PUT",
                f"{CLIENT_V3}/rooms/{enc(room)}/send/m.room.message/{enc(idempotency_key)}",
                "send notice",
                {"msgtype": "m.notice", "body": body, "org.safeharbour.kind": str(kind)},
                as_="bot",
            )
            return ActOutcome.APPLIED

        return self._run(work)

    def _direct_room(self, account_id: str) -> str:
        """The bot's direct room with the user, from (and recorded in) its `m.direct`."""
        with self._lock:
            bot = enc(self.client.user_id("bot"))
            path = f"{CLIENT_V3}/user/{bot}/account_data/m.direct"
            reply = self.client.request("GET", path, as_="bot")
            direct: dict[str, Any] = reply.json() if reply.status_code == 200 else {}
            rooms = direct.get(account_id) or []
            if rooms:
                return str(rooms[-1])
            created = self._send(
                "POST",
                f"{CLIENT_V3}/createRoom",
                "create direct room",
                {
                    "preset": "trusted_private_chat",
                    "is_direct": True,
                    "invite": [account_id],
                    "name": "Moderation notices",
                },
                as_="bot",
            )
            room_id = str(created["room_id"])
            direct[account_id] = [*rooms, room_id]
            self._send("PUT", path, "record m.direct", direct, as_="bot")
            return room_id

    def reverse(self, action_key: str, *, idempotency_key: str) -> ActResult:
        record = self._action_of(action_key)
        if record is None or not record.done:
            return ActResult(ActOutcome.NOT_SUPPORTED, "nothing was applied under this key")
        target = enc(record.target_id)

        def work() -> ActOutcome | ActResult:
            if record.kind == "suspend_account":
                if not self._user(record.target_id).get("suspended"):
                    return ActOutcome.ALREADY_APPLIED
                self._send("PUT", f"{ADMIN_V1}/suspend/{target}", "unsuspend", {"suspend": False})
            elif record.kind == "ban_channel":
                if not self._get(f"{ADMIN_V1}/rooms/{target}/block", "block status").get("block"):
                    return ActOutcome.ALREADY_APPLIED
                self._send("PUT", f"{ADMIN_V1}/rooms/{target}/block", "unblock", {"block": False})
            elif record.kind == "quarantine_media":
                server, media = parse_mxc(record.target_id)
                path = f"{enc(server)}/{enc(media)}"
                self._send("POST", f"{ADMIN_V1}/media/unquarantine/{path}", "unquarantine")
            elif record.kind == "shadow_ban":
                if not self._user(record.target_id).get("shadow_banned"):
                    return ActOutcome.ALREADY_APPLIED
                self._send("DELETE", f"{ADMIN_V1}/users/{target}/shadow_ban", "lift shadow-ban")
            else:
                return ActResult(
                    ActOutcome.NOT_SUPPORTED, f"Matrix cannot undo {record.kind} (irreversible)"
                )
            return ActOutcome.APPLIED

        return self._run(work)

    # -- health -----------------------------------------------------------------------------
    def health(self) -> dict[str, Any]:
        """Connectivity (the homeserver answers, the admin token works) and ingest lag."""
        report: dict[str, Any] = {"adapter": self.name, "homeserver": self.client.base_url}
        try:
            versions = self.client.request(
                "GET", "/_matrix/client/versions", as_="none", timeout=2.0, attempts=1
            )
            report["connected"] = versions.status_code == 200
            report["admin"] = self.client.user_id("admin")
        except HomeserverUnavailable as exc:
            report["connected"] = False
            report["error"] = str(exc)[:300]
        status = self.status
        report["appservice"] = {
            "transactions": status.transactions,
            "events": status.events,
            "last_transaction_at": status.last_transaction_at.isoformat()
            if status.last_transaction_at
            else None,
            "lag_seconds": status.lag_seconds,
            "last_error": status.last_error,
        }
        return report


def database_lookups(
    database: Any,
) -> tuple[Callable[[str], str | None], Callable[[str], ActionRecord | None]]:
    """`room_of_post` (the mirror's channel of a post) and `action_of` (an enforcement row)."""
    from safeharbour.enforcement.actions import DONE
    from safeharbour.enforcement.models import EnforcementAction
    from safeharbour.intake.models import Post

    def room_of_post(post_id: str) -> str | None:
        with database.reader() as session:
            post = session.get(Post, post_id)
            return post.channel_id if post is not None else None

    def action_of(key: str) -> ActionRecord | None:
        try:
            ident = uuid.UUID(key)
        except ValueError:
            return None
        with database.reader() as session:
            row = session.get(EnforcementAction, ident)
            if row is None:
                return None
            return ActionRecord(row.kind, row.target_id, row.status in DONE)

    return room_of_post, action_of
