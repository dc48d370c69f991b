"""Matrix events pushed by Synapse → platform events for the mirror (`do_ingest_events`).

| Matrix event                      | platform events (ingest `event_id`)                       |
|-----------------------------------|-----------------------------------------------------------|
| m.room.create                     | channel.upserted (`$e`), kind `group`, owner = creator    |
| m.room.name, m.room.join_rules    | channel.upserted (`$e`): title; public = join rule public |
| m.room.member join                | account.upserted (`$e:account`), member.joined (`$e`),    |
|                                   | channel.upserted (`$e:channel`) with the member count     |
| m.room.member leave / ban         | member.left (`$e`), channel.upserted (`$e:channel`)       |
| m.room.message text/notice/emote  | post.created (`$e`): room → channel, sender → author      |
| m.room.message m.image            | post.created, the image downloaded (AS token,             |
|                                   | authenticated media) and hashed: SHA-256, MD5, PDQ        |
| m.room.message m.file/video/audio | post.created with the media's mxc URL (not downloaded)    |
| m.room.message with m.replace     | post.edited (`$e`) of the original event                  |
| m.room.redaction                  | post.deleted (`$e`) of the redacted event                 |

Dedupe is by Matrix event id, not by transaction id (Synapse's transaction ids restart when
its database does): events whose id is already ingested are dropped before mapping, so a
re-pushed event never conflicts even though a channel's merged state has moved on since.
Everything a transaction maps to is ingested in one database transaction; the caller answers
Synapse only after it committed, so an acknowledged event is stored. Events the bot itself sent
(statements of reasons) and encrypted events are not mapped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from safeharbour.detection.signals.hashing import hash_bytes
from safeharbour.intake import repository as repo
from safeharbour.intake.mirror import IngestResult, do_ingest_events
from safeharbour.intake.models import Channel
from safeharbour.intake.schemas import DEFAULT_MAX_FUTURE, future_event_errors, parse_events
from safeharbour.kit.db import Actor
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.transactions import Transactions

log = logging.getLogger(__name__)

MATRIX_ACTOR = Actor("system", "matrix-appservice", role="platform")
MAX_ID = 200
MAX_TEXT = 100_000
MAX_MEDIA_BYTES = 20 * 1024 * 1024
TEXT_TYPES = ("m.text", "m.notice", "m.emote")
MEDIA_KINDS = {"m.image": "image", "m.video": "video", "m.audio": "audio", "m.file": "file"}

Downloader = Callable[[str], bytes | None]


@dataclass
class TransactionResult:
    received: int = 0
    skipped: int = 0
    duplicates: int = 0
    ingested: IngestResult | None = None


def _when(event: dict[str, Any]) -> str:
    millis = event.get("origin_server_ts")
    moment = (
        datetime.fromtimestamp(millis / 1000, UTC)
        if isinstance(millis, int | float)
        else datetime.now(UTC)
    )
    return moment.isoformat().replace("+00:00", "Z")


def _usable(event: Any) -> bool:
    if not isinstance(event, dict):
        return False
    for name in ("event_id", "type", "room_id", "sender"):
        value = event.get(name)
        if not isinstance(value, str) or not value or len(value) > MAX_ID:
            return False
    return True


class _Mapper:
    def __init__(self, channels: dict[str, dict[str, Any]], download: Downloader) -> None:
        self.channels = channels
        self.download = download
        self.out: list[dict[str, Any]] = []

    def emit(self, event_id: str, kind: str, when: str, data: dict[str, Any]) -> None:
        self.out.append({"event_id": event_id, "type": kind, "occurred_at": when, "data": data})

    def channel(self, room_id: str) -> dict[str, Any]:
        current = self.channels.get(room_id)
        if current is None:
            current = {"title": "", "owner_id": None, "subscribers": 0, "public": False}
            self.channels[room_id] = current
        return current

    def upsert_channel(self, event_id: str, when: str, room_id: str) -> None:
        state = self.channel(room_id)
        self.emit(
            event_id,
            "channel.upserted",
            when,
            {
                "id": room_id,
                "kind": "group",
                "title": str(state["title"] or "")[:2000],
                "owner_id": state["owner_id"],
                "subscribers": max(0, int(state["subscribers"] or 0)),
                "public": bool(state["public"]),
            },
        )

    def map(self, event: dict[str, Any]) -> None:
        kind = event["type"]
        content = event.get("content") if isinstance(event.get("content"), dict) else {}
        assert isinstance(content, dict)
        event_id, room_id, sender = event["event_id"], event["room_id"], event["sender"]
        when = _when(event)
        if kind == "m.room.create":
            self.channel(room_id)["owner_id"] = sender
            self.upsert_channel(event_id, when, room_id)
        elif kind == "m.room.name":
            self.channel(room_id)["title"] = str(content.get("name") or "")
            self.upsert_channel(event_id, when, room_id)
        elif kind == "m.room.join_rules":
            self.channel(room_id)["public"] = content.get("join_rule") == "public"
            self.upsert_channel(event_id, when, room_id)
        elif kind == "m.room.member":
            self.member(event, content, when)
        elif kind == "m.room.message":
            self.message(event, content, when)
        elif kind == "m.room.redaction":
            redacts = event.get("redacts") or content.get("redacts")
            if isinstance(redacts, str) and 0 < len(redacts) <= MAX_ID:
                self.emit(event_id, "post.deleted", when, {"id": redacts})

    def member(self, event: dict[str, Any], content: dict[str, Any], when: str) -> None:
        account = event.get("state_key")
        if not isinstance(account, str) or not account or len(account) > MAX_ID:
            return
        event_id, room_id = event["event_id"], event["room_id"]
        unsigned = event.get("unsigned") if isinstance(event.get("unsigned"), dict) else {}
        assert isinstance(unsigned, dict)
        previous = unsigned.get("prev_content")
        was_joined = isinstance(previous, dict) and previous.get("membership") == "join"
        joined = content.get("membership") == "join"
        if joined == was_joined:
            return  # a profile change, or an invite: nothing for the mirror
        if joined:
            self.emit(f"{event_id}:account", "account.upserted", when, {"id": account})
        self.emit(
            event_id,
            "member.joined" if joined else "member.left",
            when,
            {"channel_id": room_id, "account_id": account},
        )
        self.channel(room_id)["subscribers"] += 1 if joined else -1
        self.upsert_channel(f"{event_id}:channel", when, room_id)

    def message(self, event: dict[str, Any], content: dict[str, Any], when: str) -> None:
        event_id, room_id, sender = event["event_id"], event["room_id"], event["sender"]
        relation = content.get("m.relates_to")
        new_content = content.get("m.new_content")
        if (
            isinstance(relation, dict)
            and relation.get("rel_type") == "m.replace"
            and isinstance(new_content, dict)
        ):
            original = relation.get("event_id")
            if isinstance(original, str) and 0 < len(original) <= MAX_ID:
                body = str(new_content.get("body") or "")[:MAX_TEXT]
                self.emit(event_id, "post.edited", when, {"id": original, "text": body})
            return
        msgtype = content.get("msgtype")
        data: dict[str, Any] = {"id": event_id, "channel_id": room_id, "author_id": sender}
        if msgtype in TEXT_TYPES:
            data["text"] = str(content.get("body") or "")[:MAX_TEXT]
        elif msgtype in MEDIA_KINDS:
            url = content.get("url")
            if isinstance(url, str) and url.startswith("mxc://") and len(url) <= MAX_ID:
                data["media"] = [self.media(url, MEDIA_KINDS[str(msgtype)], content)]
            body = str(content.get("body") or "")
            data["text"] = "" if body == content.get("filename") else body[:MAX_TEXT]
        else:
            return
        self.emit(event_id, "post.created", when, data)

    def media(self, url: str, kind: str, content: dict[str, Any]) -> dict[str, Any]:
        info = content.get("info") if isinstance(content.get("info"), dict) else {}
        assert isinstance(info, dict)
        item: dict[str, Any] = {"id": url, "kind": kind, "url": url}
        mime = info.get("mimetype")
        if isinstance(mime, str) and len(mime) <= 200:
            item["mime"] = mime
        if kind == "image":
            payload = self.download(url)
            if payload is not None:
                hashes = hash_bytes(payload, reduced=True)
                item.update(sha256=hashes.sha256, md5=hashes.md5)
                if hashes.pdq is not None:
                    item.update(pdq=hashes.pdq, pdq_quality=hashes.pdq_quality)
            else:
                log.warning("matrix media %s could not be downloaded; stored without hashes", url)
        return item


def ingest_transaction(
    tx: Transactions,
    events: list[Any],
    *,
    download: Downloader,
    ignore_sender: Callable[[str], bool] = lambda sender: False,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> TransactionResult:
    """Map and ingest one pushed transaction; returns once the mirror transaction committed."""
    result = TransactionResult(received=len(events))
    usable = []
    for event in events:
        if not _usable(event) or ignore_sender(event["sender"]):
            result.skipped += 1
            continue
        usable.append(event)
    if not usable:
        return result

    def known_rows(session: Session) -> tuple[list[Any], dict[str, dict[str, Any]]]:
        known = repo.known_event_digests(session, [e["event_id"] for e in usable])
        fresh = [e for e in usable if e["event_id"] not in known]
        rooms = {e["room_id"] for e in fresh}
        return fresh, (repo.load_rows(session, Channel, sorted(rooms)) if rooms else {})

    fresh, channels = tx.read(known_rows)
    result.duplicates = len(usable) - len(fresh)
    # Ingested twice in one transaction would be a conflict: keep the first copy.
    seen: set[str] = set()
    unique = []
    for event in fresh:
        if event["event_id"] not in seen:
            seen.add(event["event_id"])
            unique.append(event)
    mapper = _Mapper({k: dict(v) for k, v in channels.items()}, download)
    groups: list[list[dict[str, Any]]] = []
    for event in unique:
        start = len(mapper.out)
        mapper.map(event)
        if len(mapper.out) > start:
            groups.append(mapper.out[start:])
    if not groups:
        return result
    try:
        parsed = parse_events(mapper.out, max_events=len(mapper.out))
    except InvalidInput:
        # One odd event must not stall the push for ever (Synapse re-sends a refused
        # transaction until it is accepted): keep the valid ones, log the others.
        parsed = []
        for group in groups:
            try:
                parsed.extend(parse_events(group, max_events=len(group)))
            except InvalidInput as exc:
                result.skipped += 1
                log.warning("matrix event %s not ingested: %s", group[0]["event_id"], exc)
        if not parsed:
            return result
    # Same rule as every ingest path (do_ingest_events refuses the batch): here the event
    # dated too far ahead is left out and logged, so the push does not stall on it.
    late = future_event_errors(parsed, now=tx.database.clock.now(), max_future=max_future)
    if late:
        bad = {int(error.field.split(".")[1]) for error in late}
        for index in sorted(bad):
            log.warning("matrix event %s not ingested: %s", parsed[index].event_id, late[0].message)
        result.skipped += len(bad)
        parsed = [event for index, event in enumerate(parsed) if index not in bad]
        if not parsed:
            return result
    result.ingested = tx.write(
        lambda unit: do_ingest_events(unit, parsed, actor=MATRIX_ACTOR, max_future=max_future),
    )
    return result
