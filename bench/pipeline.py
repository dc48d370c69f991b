"""The detection pipeline on one core: a seeded, realistic event stream through the scanner,
next to the ceiling (the same work done by the bare library calls in a tight loop) in the same
run.

Stream (seed 6): post events in the ingest format as JSON lines; short chat texts drawn from a
word list, a third with one or two links (a few on banked domains), a tenth with a banked
keyword (some with leetspeak/zero-width tricks), a fifth with an image carrying a PDQ hash (a
few near-duplicates of banked hashes), and bursts: runs of the same text, as spam waves look.
Banks: 1,000 keywords, 500 domains, 200 URLs, 50 regexes, 10,000 PDQ hashes, one shadow bank.

Ours, per event: `orjson.loads` → `intake.schemas.parse_event` (the ingest validation) →
`Scanner.scan_event` (normalisation, Aho-Corasick, regex set, URL extraction and domain
matching, PDQ index, allow-lists, verdict). Ceiling, per event: `orjson.loads` → NFKC +
casefold → `pyahocorasick` iteration → URL regex + `tldextract` → exact set look-ups, no
validation and no PDQ, as in the issue's bare-library figure. Classifiers and YAML rules do
not exist yet, so neither side runs them.

Reported: events/s on one core (one thread), p50/p99 latency per event, peak RSS.

    python bench/pipeline.py            # 100,000 events
    python bench/pipeline.py --quick    # 2,000 events, a second or two; used by the test suite
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import time
import unicodedata
from collections.abc import Callable
from typing import Any

import ahocorasick
import orjson
import tldextract

from safeharbour.detection.banks.values import Signal
from safeharbour.detection.scanner import BankInfo, Scanner
from safeharbour.intake.schemas import parse_event

SEED = 6
WORDS = [
    "hello",
    "world",
    "today",
    "meeting",
    "tomorrow",
    "price",
    "offer",
    "channel",
    "group",
    "news",
    "photo",
    "video",
    "link",
    "thanks",
    "please",
    "check",
    "this",
    "great",
    "deal",
    "new",
    "update",
    "release",
    "weather",
    "football",
    "music",
    "coffee",
    "train",
    "late",
    "город",
    "привет",
    "новости",
    "مرحبا",
    "أخبار",
]
URL_RE = re.compile(r"https?://[^\s<>\"']+")


def _hex(rng: random.Random, bits: int = 256) -> str:
    return f"{rng.getrandbits(bits):0{bits // 4}x}"


def _flip(rng: random.Random, hex_hash: str, count: int) -> str:
    value = int(hex_hash, 16)
    for bit in rng.sample(range(256), count):
        value ^= 1 << bit
    return f"{value:064x}"


def build(
    rng: random.Random, events: int
) -> tuple[list[BankInfo], list[tuple[int, str, str]], list[bytes]]:
    banks = [
        BankInfo("keywords", "review", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
        BankInfo("domains", "act", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
        BankInfo("hashes", "act", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS", irreversible_ok=True),
        BankInfo("trial", "act", shadow=True),
    ]
    keywords = [f"scamword{i} offer{i}" for i in range(1000)]
    domains = [f"bad{i}.example.com" for i in range(500)]
    urls = [f"https://shop{i}.example.org/p/{i}" for i in range(200)]
    regexes = [rf"win(ner)?\s+{i}\s+prizes?" for i in range(50)]
    pdq = [_hex(rng) for _ in range(10_000)]
    entries: list[tuple[int, str, str]] = []
    entries += [(0, Signal.KEYWORD, k) for k in keywords]
    entries += [(0, Signal.REGEX, r) for r in regexes]
    entries += [(1, Signal.DOMAIN, d) for d in domains]
    entries += [(1, Signal.URL, u) for u in urls]
    entries += [(2, Signal.PDQ, h) for h in pdq]
    entries += [(3, Signal.KEYWORD, "great deal")]
    lines: list[bytes] = []
    burst_text, burst_left = "", 0
    for n in range(events):
        if burst_left:
            text, burst_left = burst_text, burst_left - 1
        else:
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(4, 24)))
            roll = rng.random()
            if roll < 0.33:
                host = (
                    rng.choice(domains)
                    if rng.random() < 0.1
                    else f"site{rng.randint(0, 10**6)}.com"
                )
                text += f" https://{host}/a/{rng.randint(0, 999)}?ref=x"
            if rng.random() < 0.1:
                word = rng.choice(keywords)
                text += " " + (word.replace("o", "0") if rng.random() < 0.3 else word)
            if rng.random() < 0.02:
                burst_text, burst_left = text, rng.randint(20, 200)
        data: dict[str, Any] = {
            "id": f"p{n}",
            "channel_id": f"c{rng.randint(0, 5000)}",
            "author_id": f"a{rng.randint(0, 100_000)}",
            "text": text,
        }
        if rng.random() < 0.2:
            near = rng.random() < 0.05
            data["media"] = [
                {
                    "id": f"m{n}",
                    "kind": "image",
                    "mime": "image/jpeg",
                    "pdq": _flip(rng, rng.choice(pdq), rng.randint(0, 20)) if near else _hex(rng),
                    "pdq_quality": 90,
                }
            ]
        lines.append(
            orjson.dumps(
                {
                    "event_id": f"e{n}",
                    "type": "post.created",
                    "occurred_at": "2026-05-01T10:00:00Z",
                    "data": data,
                }
            )
        )
    return banks, entries, lines


def ceiling_worker(entries: list[tuple[int, str, str]]) -> Callable[[bytes], int]:
    automaton = ahocorasick.Automaton()
    for _, signal, value in entries:
        if signal == Signal.KEYWORD:
            automaton.add_word(value.casefold(), value)
    automaton.make_automaton()
    domains = {v for _, s, v in entries if s == Signal.DOMAIN}
    urls = {v for _, s, v in entries if s == Signal.URL}
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    def work(line: bytes) -> int:
        event = orjson.loads(line)
        text = unicodedata.normalize("NFKC", event["data"]["text"]).casefold()
        found = sum(1 for _ in automaton.iter(text))
        for url in URL_RE.findall(text):
            parts = extract(url)
            found += (url in urls) + (parts.top_domain_under_public_suffix in domains)
        return found

    return work


def ours_worker(
    banks: list[BankInfo], entries: list[tuple[int, str, str]]
) -> Callable[[bytes], int]:
    scanner = Scanner(banks, entries)

    def work(line: bytes) -> int:
        return len(scanner.scan_event(parse_event(orjson.loads(line))).matches)

    return work


def scan_only_worker(
    banks: list[BankInfo], entries: list[tuple[int, str, str]], lines: list[bytes]
) -> tuple[Callable[[bytes], int], list[bytes]]:
    """The scanner alone: events validated beforehand (the breakdown of ours)."""
    scanner = Scanner(banks, entries)
    parsed = {line: parse_event(orjson.loads(line)) for line in lines}

    def work(line: bytes) -> int:
        return len(scanner.scan_event(parsed[line]).matches)

    return work, lines


def measure(name: str, work: Callable[[bytes], int], lines: list[bytes]) -> dict[str, Any]:
    for line in lines[:200]:  # warm caches (tldextract, normalisation tables)
        work(line)
    latencies = []
    matched = 0
    clock = time.perf_counter
    started = clock()
    for line in lines:
        t0 = clock()
        matched += work(line) > 0
        latencies.append(clock() - t0)
    elapsed = clock() - started
    latencies.sort()
    return {
        "name": name,
        "rate": len(lines) / elapsed,
        "p50": statistics.median(latencies) * 1e6,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1e6,
        "matched": matched,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 events (smoke test)")
    parser.add_argument("--events", type=int, default=None)
    args = parser.parse_args()
    events = args.events or (2_000 if args.quick else 100_000)
    rng = random.Random(SEED)
    banks, entries, lines = build(rng, events)
    print(f"stream: {events:,} events (seed {SEED}), {len(entries):,} bank entries")
    ceiling = measure("ceiling (bare library calls)", ceiling_worker(entries), lines)
    ours = measure("safeharbour scanner", ours_worker(banks, entries), lines)
    scan_only, _ = scan_only_worker(banks, entries, lines)
    breakdown = measure("  of which scanner alone", scan_only, lines)
    for row in (ceiling, ours, breakdown):
        print(
            f"{row['name']:<30} {row['rate']:>10,.0f} events/s per core   "
            f"p50 {row['p50']:>7.1f} µs   p99 {row['p99']:>8.1f} µs   "
            f"events with a match {row['matched']:,}"
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ratio ours / ceiling: {ours['rate'] / ceiling['rate']:.2f}")
    print(f"peak RSS: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
