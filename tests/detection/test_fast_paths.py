"""The scanner's fast paths give exactly what the plain paths give: normalisation with its
shortcuts, msgspec decoding against the ingest validation, and batches against single scans."""

# ruff: noqa: RUF001  (Cyrillic, Greek and full-width text on purpose)

from __future__ import annotations

import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeharbour.detection.events import decode_scan_inputs
from safeharbour.detection.matching import text as text_module
from safeharbour.detection.matching.text import clean, normalise
from safeharbour.detection.scanner import ScanInput, Scanner, scan_input_of
from safeharbour.intake.schemas import read_events_jsonl
from safeharbour.kit.errors import InvalidInput

BENCH = Path(__file__).resolve().parents[2] / "bench"

# --- normalisation: every step, written out plainly (the module's steps before its shortcuts)

_LEET_CHARS = "0134573@$"


def _reference_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if re.search("[a-z]", token):
        if any(ch in text_module._CONFUSABLES for ch in map(ord, token)):
            token = token.translate(text_module._CONFUSABLES)
        if any(ch.isalpha() for ch in token) and any(ch in _LEET_CHARS for ch in token):
            token = token.translate(text_module._LEET)
    elif any(ch.isdigit() or ch in "@$" for ch in token) and any(ch.isalpha() for ch in token):
        token = token.translate(text_module._LEET)
    return token


def reference_normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(text_module._ZERO_WIDTH).casefold()
    return re.sub(r"\s+", " ", re.sub(r"[^\s]+", _reference_token, text))


def reference_clean(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(text_module._ZERO_WIDTH)


ALPHABET = "ab xZ01345 7@$\t\n\u00a0раеoсαβÉe\u0301ﬁｆ²٣\u200b\u00ad\ufeffпр!.-"


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=24))
def test_normalise_equals_every_step_applied(text: str) -> None:
    assert normalise(text) == reference_normalise(text)
    assert clean(text) == reference_clean(text)


@pytest.mark.parametrize(
    "text",
    [
        "FREE  Money",
        "frее mоney",
        "fr33 m0n3y",
        "привет 3 мир",
        "ｆｒｅｅ",
        "x\u200by",
        "a" * 10_000,
    ],
)
def test_normalise_examples_equal_every_step_applied(text: str) -> None:
    assert normalise(text) == reference_normalise(text)


# --- msgspec decoding vs the ingest validation ---------------------------------------------

HEX = "a" * 64


def event(**data: Any) -> dict[str, Any]:
    return {
        "event_id": "e1",
        "type": "post.created",
        "occurred_at": "2026-05-01T10:00:00Z",
        "data": {"id": "p1", **data},
    }


VALID = [
    event(text="hello"),
    event(),
    event(text="x", media=[{"id": "m", "kind": "image", "pdq": HEX.upper(), "pdq_quality": 90}]),
    event(channel_id=None, author_id="a", media=[{"id": "m", "kind": "file", "md5": "B" * 32}]),
    {**event(text="edited"), "type": "post.edited", "occurred_at": "2026-05-01t10:00:00+02:00"},
    {
        "event_id": "e2",
        "type": "account.upserted",
        "occurred_at": "2026-05-01T10:00:00Z",
        "data": {"id": "a1"},
    },
]
INVALID = [
    event(text=5),
    event(text=None),
    event(extra=1),
    event(media=[{"id": "m", "kind": "image", "pdq": HEX + "\n"}]),
    event(media=[{"id": "m", "kind": "image", "pdq": "g" * 64}]),
    event(media=[{"id": "m", "kind": "image", "pdq_quality": 101}]),
    event(media=[{"id": "m", "kind": "image", "pdq_quality": 90.0}]),
    event(media=[{"id": "m", "kind": "image", "pdq_quality": True}]),
    event(media=[{"id": "m", "kind": "gif"}]),
    event(media=[{"id": "", "kind": "image"}]),
    event(text="x" * 100_001),
    {**event(), "occurred_at": "2026-05-01T10:00:00"},
    {**event(), "occurred_at": "yesterday"},
    {**event(), "type": "post.liked"},
    {**event(), "event_id": ""},
    {"event_id": "e", "type": "post.created", "occurred_at": "2026-05-01T10:00:00Z"},
    {**event(), "data": {"text": "no id"}},
]


def _lines(events: list[Any]) -> list[bytes]:
    return [orjson.dumps(e) for e in events]


def _ingest(tmp_path: Path, lines: list[bytes]) -> list[Any]:
    path = tmp_path / "events.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return read_events_jsonl(path)


def test_valid_events_decode_as_ingest_validates_them(tmp_path: Path) -> None:
    lines = _lines(VALID)
    assert decode_scan_inputs(lines) == [
        (e.event_id, scan_input_of(e)) for e in _ingest(tmp_path, lines)
    ]


@pytest.mark.parametrize("bad", INVALID, ids=lambda e: orjson.dumps(e).decode()[-60:])
def test_invalid_events_get_the_ingest_errors(tmp_path: Path, bad: Any) -> None:
    lines = [*_lines(VALID[:1]), orjson.dumps(bad), b"{not json"]
    with pytest.raises(InvalidInput) as ingest:
        _ingest(tmp_path, lines)
    with pytest.raises(InvalidInput) as ours:
        decode_scan_inputs(lines)
    assert ours.value.errors == ingest.value.errors
    assert ours.value.errors[0].field.startswith("line 2")


# --- batches ------------------------------------------------------------------------------


def test_a_batch_scans_like_its_items_one_by_one() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from pipeline import build  # the benchmark's seeded stream: banks, PDQ near-misses
    finally:
        sys.path.remove(str(BENCH))
    banks, entries, lines = build(random.Random(6), 1500)
    scanner = Scanner(banks, entries)
    items = [item for _, item in decode_scan_inputs(lines) if item is not None]
    batch = scanner.scan_many(items)
    # Another scanner, one item at a time, in reverse order: its per-text memory fills in
    # another order, so equal results also show that the memory changes nothing.
    other = Scanner(banks, entries)
    alone = [other.scan(item) for item in reversed(items)][::-1]
    assert batch == alone
    assert batch == scanner.scan_many(items)  # again, now from the memory
    assert sum(1 for r in batch if any(m.signal == "pdq" for m in r.matches)) > 0
    assert {r.verdict for r in batch} >= {"act", "review", "none"}
    assert scanner.scan_many([]) == []
    assert scanner.scan(ScanInput("e")).matches == ()


def test_threads_sharing_a_regex_set_each_get_every_match() -> None:
    """Hyperscan's scratch serves one scan at a time (sharing it raised ScratchInUseError on
    most scans here); a thread that finds it busy scans with its own."""
    import threading

    from safeharbour.detection.matching.regex import RegexSet, hyperscan_available

    if not hyperscan_available():
        pytest.skip("hyperscan is not installed")
    regexes = RegexSet([(rf"win(ner)?\s+{i}\s+prizes?", i) for i in range(50)])
    assert regexes.hyperscan_patterns == 50
    text = " ".join(f"winner {i} prizes" for i in range(50))
    problems: list[str] = []

    def work() -> None:
        for _ in range(1000):
            try:
                if regexes.find(text) != set(range(50)):
                    problems.append("wrong matches")
            except Exception as exc:  # what the test is about
                problems.append(repr(exc))
                return

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
