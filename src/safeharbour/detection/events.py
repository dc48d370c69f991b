"""Decoding post events for the scanner at stream speed, with the ingest format's validation.

The ingest validation (`intake.schemas.parse_event`, pydantic) costs ~20 µs per event: as much
as the whole scan. Here `msgspec` decodes and validates the common case (a `post.created` or
`post.edited` event) straight from the JSON bytes into typed structs in ~2 µs. The structs
mirror `intake.schemas` and are never looser: unknown fields refused, strict types (no
string-to-number coercion, no bool for int), the same lengths and bounds, hex fields anchored
with `\\Z` (Python's `$` would accept a trailing newline), `occurred_at` through the same
`kit.clock.parse_rfc3339`.

Anything the fast decoder does not accept (an invalid line, another event type, an edge case
it is stricter about) goes through `orjson` + `parse_event` as in ingest: errors are exactly
ingest's (`line N.field`), and whatever ingest accepts is accepted. A test feeds both paths the
same valid and invalid events and compares.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any, Literal

import msgspec
import orjson

from safeharbour.detection.scanner import ScanInput, scan_input_of
from safeharbour.kit.clock import parse_rfc3339
from safeharbour.kit.errors import FieldError, InvalidInput

_PlatformId = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
_Hex64 = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-fA-F]{64}\Z")]
_Hex32 = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-fA-F]{32}\Z")]


class _Media(msgspec.Struct, forbid_unknown_fields=True):
    id: _PlatformId
    kind: Literal["image", "video", "audio", "file"]
    mime: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    sha256: _Hex64 | None = None
    md5: _Hex32 | None = None
    pdq: _Hex64 | None = None
    pdq_quality: Annotated[int, msgspec.Meta(ge=0, le=100)] | None = None
    url: Annotated[str, msgspec.Meta(max_length=4000)] | None = None


class _Post(msgspec.Struct, forbid_unknown_fields=True):
    id: _PlatformId
    channel_id: _PlatformId | None = None
    author_id: _PlatformId | None = None
    text: Annotated[str, msgspec.Meta(max_length=100_000)] = ""
    media: Annotated[list[_Media], msgspec.Meta(max_length=100)] = []


class _PostEvent(msgspec.Struct, forbid_unknown_fields=True):
    event_id: _PlatformId
    type: Literal["post.created", "post.edited"]
    occurred_at: str
    data: _Post


_decoder = msgspec.json.Decoder(_PostEvent)


def _fast(line: bytes) -> ScanInput | None:
    """The event as the scanner needs it, or None when the slow path must decide."""
    try:
        event = _decoder.decode(line)
        occurred_at = parse_rfc3339(event.occurred_at)
    except (msgspec.ValidationError, msgspec.DecodeError, ValueError):
        return None
    data = event.data
    media = [
        {
            "id": m.id,
            "kind": m.kind,
            "mime": m.mime,
            "sha256": m.sha256.lower() if m.sha256 else None,
            "md5": m.md5.lower() if m.md5 else None,
            "pdq": m.pdq.lower() if m.pdq else None,
            "pdq_quality": m.pdq_quality,
            "url": m.url,
        }
        for m in data.media
    ]
    return ScanInput(
        event.event_id,
        data.text,
        media,
        post_id=data.id,
        author_id=data.author_id,
        channel_id=data.channel_id,
        occurred_at=occurred_at,
    )


def decode_scan_inputs(
    lines: Iterable[bytes], *, first_line: int = 1
) -> list[tuple[str, ScanInput | None]]:
    """Validate JSON Lines events as ingest does; one (event id, `ScanInput`) per non-blank
    line, the input None for a valid event the scanner does not read (not a post).

    Raises `InvalidInput` naming `line N` / `line N.field` (every error, up to
    MAX_REPORTED_ERRORS) when any line is invalid."""
    from safeharbour.intake.schemas import MAX_REPORTED_ERRORS, parse_event

    out: list[tuple[str, ScanInput | None]] = []
    errors: list[FieldError] = []
    for number, line in enumerate(lines, start=first_line):
        item = _fast(line)
        if item is not None:
            out.append((item.event_id, item))
            continue
        if not line.strip():
            continue
        try:
            raw: Any = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            errors.append(FieldError(f"line {number}", f"not valid JSON: {exc}"))
            continue
        try:
            event = parse_event(raw, prefix=f"line {number}")
            out.append((event.event_id, scan_input_of(event)))
        except InvalidInput as exc:
            errors.extend(exc.errors)
        if len(errors) >= MAX_REPORTED_ERRORS:
            break
    if errors:
        raise InvalidInput(f"{len(errors)} invalid line(s); nothing was used", errors=errors)
    return out
