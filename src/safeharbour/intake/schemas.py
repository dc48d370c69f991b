"""Platform events as the ingest API and `safeharbour ingest` accept them.

`E = {"event_id", "type", "occurred_at", "data"}`; `data` depends on `type`. Validation
collects every error with a dotted field path (`events.3.data.kind`) so a platform engineer
sees all mistakes of a batch at once.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    ValidationError,
)

from safeharbour.kit.clock import parse_rfc3339
from safeharbour.kit.errors import FieldError, InvalidInput
from safeharbour.kit.values import check_instant


class EventType(StrEnum):
    ACCOUNT_UPSERTED = "account.upserted"
    CHANNEL_UPSERTED = "channel.upserted"
    POST_CREATED = "post.created"
    POST_EDITED = "post.edited"
    POST_DELETED = "post.deleted"
    MEMBER_JOINED = "member.joined"
    MEMBER_LEFT = "member.left"


def _timestamp(value: Any) -> datetime:
    if isinstance(value, datetime):
        return check_instant(value)
    return parse_rfc3339(value)


def _country(value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value):
        raise ValueError("expected an ISO 3166-1 alpha-2 country code such as 'DE'")
    code = value.upper()
    try:
        from safeharbour.kit.countries import is_country
    except ImportError:  # pragma: no cover - the country list ships with the legal engine
        return code
    if not is_country(code):
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    return code


Timestamp = Annotated[datetime, BeforeValidator(_timestamp)]
PlatformId = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{64}$", to_lower=True)]
Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-fA-F]{32}$", to_lower=True)]
Country = Annotated[str | None, BeforeValidator(_country)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class AccountData(_Strict):
    id: PlatformId
    country: Country = None
    created_at: Annotated[Timestamp | None, Field(strict=False)] = None
    verified: bool = False
    official: bool = False
    display_name: Annotated[str, StringConstraints(min_length=1, max_length=200)] | None = None


class ChannelData(_Strict):
    id: PlatformId
    kind: Literal["channel", "group"]
    title: Annotated[str, StringConstraints(max_length=2000)] = ""
    owner_id: PlatformId | None = None
    subscribers: Annotated[int, Field(ge=0)] = 0
    public: bool = True
    verified: bool = False


class MediaItem(_Strict):
    id: PlatformId
    kind: Literal["image", "video", "audio", "file"]
    mime: Annotated[str, StringConstraints(max_length=200)] | None = None
    sha256: Hex64 | None = None
    md5: Hex32 | None = None
    pdq: Hex64 | None = None
    pdq_quality: Annotated[int, Field(ge=0, le=100)] | None = None  # below 50: not matched
    url: Annotated[str, StringConstraints(max_length=4000)] | None = None


class PostData(_Strict):
    id: PlatformId
    channel_id: PlatformId | None = None
    author_id: PlatformId | None = None
    text: Annotated[str, StringConstraints(max_length=100_000)] = ""
    media: Annotated[list[MediaItem], Field(max_length=100)] = []
    url: Annotated[str, StringConstraints(min_length=1, max_length=2048)] | None = None
    """The post's address on the platform; a notice naming it resolves to the post."""


class PostDeletedData(_Strict):
    id: PlatformId


class MembershipData(_Strict):
    channel_id: PlatformId
    account_id: PlatformId


DATA_MODELS: dict[EventType, type[_Strict]] = {
    EventType.ACCOUNT_UPSERTED: AccountData,
    EventType.CHANNEL_UPSERTED: ChannelData,
    EventType.POST_CREATED: PostData,
    EventType.POST_EDITED: PostData,
    EventType.POST_DELETED: PostDeletedData,
    EventType.MEMBER_JOINED: MembershipData,
    EventType.MEMBER_LEFT: MembershipData,
}


class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    event_id: PlatformId
    type: Annotated[str, StringConstraints(min_length=1, max_length=60)]
    occurred_at: Annotated[Timestamp, Field(strict=False)]
    data: dict[str, Any]


class PlatformEvent(BaseModel):
    """A validated event: the envelope plus its typed data, and the raw data for digests."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    event_id: str
    type: EventType
    occurred_at: datetime
    data: Any
    raw: dict[str, Any]


_envelope_adapter = TypeAdapter(Envelope)
MAX_REPORTED_ERRORS = 100


def _field(prefix: str, loc: tuple[Any, ...]) -> str:
    parts = [prefix] if prefix else []
    parts.extend(str(p) for p in loc)
    return ".".join(parts)


def _errors(exc: ValidationError, prefix: str) -> list[FieldError]:
    out = []
    for item in exc.errors(include_url=False):
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field"
        elif item["type"] == "missing":
            message = "field required"
        out.append(FieldError(_field(prefix, tuple(item["loc"])), message))
    return out


def parse_event(raw: Any, *, prefix: str = "") -> PlatformEvent:
    """Validate one event; raises InvalidInput naming every offending field."""
    if not isinstance(raw, dict):
        raise InvalidInput("an event must be a JSON object", field=prefix or "event")
    try:
        envelope = _envelope_adapter.validate_python(raw)
    except ValidationError as exc:
        raise InvalidInput("invalid event", errors=_errors(exc, prefix)) from None
    try:
        event_type = EventType(envelope.type)
    except ValueError:
        allowed = ", ".join(t.value for t in EventType)
        raise InvalidInput(
            f"unknown event type {envelope.type!r}; expected one of {allowed}",
            field=_field(prefix, ("type",)),
        ) from None
    try:
        data = DATA_MODELS[event_type].model_validate(envelope.data)
    except ValidationError as exc:
        raise InvalidInput(
            "invalid event data", errors=_errors(exc, _field(prefix, ("data",)))
        ) from None
    return PlatformEvent(
        event_id=envelope.event_id,
        type=event_type,
        occurred_at=envelope.occurred_at,
        data=data,
        raw=raw,
    )


def parse_events(items: Any, *, max_events: int, prefix: str = "events") -> list[PlatformEvent]:
    if not isinstance(items, list):
        raise InvalidInput("expected a list of events", field=prefix)
    if not 1 <= len(items) <= max_events:
        raise InvalidInput(f"a batch holds 1 to {max_events} events", field=prefix)
    events: list[PlatformEvent] = []
    errors: list[FieldError] = []
    for index, item in enumerate(items):
        try:
            events.append(parse_event(item, prefix=f"{prefix}.{index}"))
        except InvalidInput as exc:
            errors.extend(exc.errors)
            if len(errors) >= MAX_REPORTED_ERRORS:
                break
    if errors:
        raise InvalidInput(
            f"{len(errors)} invalid field(s) in the batch; nothing was stored",
            errors=errors[:MAX_REPORTED_ERRORS],
        )
    return events


DEFAULT_MAX_FUTURE = timedelta(hours=24)
"""`settings.ingest_max_future_seconds`' default: how far ahead of our clock an event may be."""


def future_event_errors(
    events: list[PlatformEvent], *, now: datetime, max_future: timedelta, prefix: str = "events"
) -> list[FieldError]:
    """`occurred_at` later than `now + max_future`, one error per event naming its field.

    Mirror rows keep the `occurred_at` of the last event applied and ignore older ones, so one
    event dated next year would make a row ignore every real update until then. One comparison
    per event: cheap enough for the hot ingest path."""
    latest = now + max_future
    return [
        FieldError(
            f"{prefix}.{index}.occurred_at",
            f"event {event.event_id!r} is dated more than {max_future} ahead of the server's "
            "clock; check the sender's clock",
        )
        for index, event in enumerate(events)
        if event.occurred_at > latest
    ]


def check_event_times(
    events: list[PlatformEvent], *, now: datetime, max_future: timedelta, prefix: str = "events"
) -> None:
    """InvalidInput naming every event dated too far ahead (`future_event_errors`)."""
    errors = future_event_errors(events, now=now, max_future=max_future, prefix=prefix)
    if errors:
        raise InvalidInput(
            f"{len(errors)} event(s) dated in the future; nothing was stored",
            errors=errors[:MAX_REPORTED_ERRORS],
        )


def parse_batch_body(body: Any, *, max_events: int) -> list[PlatformEvent]:
    """The API body `{"events": [E, ...]}`."""
    if not isinstance(body, dict):
        raise InvalidInput('expected a JSON object {"events": [...]}', field="body")
    extra = sorted(set(body) - {"events"})
    if extra:
        raise InvalidInput("unknown field", field=extra[0])
    if "events" not in body:
        raise InvalidInput("field required", field="events")
    return parse_events(body["events"], max_events=max_events)


def read_events_jsonl(path: Path) -> list[PlatformEvent]:
    """Every event of a JSON Lines file, validated in full before anything is used.

    Errors name `line N` (not JSON) or `line N.<field>`; at most MAX_REPORTED_ERRORS are kept.
    """
    import orjson

    if not path.is_file():
        raise InvalidInput("no such file", field=str(path))
    events: list[PlatformEvent] = []
    errors: list[FieldError] = []
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                raw = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                errors.append(FieldError(f"line {number}", f"not valid JSON: {exc}"))
                continue
            try:
                events.append(parse_event(raw, prefix=f"line {number}"))
            except InvalidInput as exc:
                errors.extend(exc.errors)
            if len(errors) >= MAX_REPORTED_ERRORS:
                break
    if errors:
        raise InvalidInput(f"{len(errors)} invalid line(s); nothing was used", errors=errors)
    return events
