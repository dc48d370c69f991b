"""The detection pipeline on one core: a seeded, realistic event stream through the scanner,
next to the ceiling (the same work done by the bare library calls in a tight loop) in the same
run.

Stream (seed 6): post events in the ingest format as JSON lines; short chat texts drawn from a
word list, a third with one or two links (a few on banked domains), a tenth with a banked
keyword (some with leetspeak/zero-width tricks), a fifth with an image carrying a PDQ hash (a
few near-duplicates of banked hashes), and bursts: runs of the same text, as spam waves look.
Banks: 1,000 keywords, 500 domains, 200 URLs, 50 regexes, 10,000 PDQ hashes, one shadow bank.

Ours, in batches of 256 lines (as ingest and the bus deliver them):
`detection.events.decode_scan_inputs` (msgspec decode + the ingest validation; pydantic only
for lines msgspec refuses) -> `Scanner.scan_many` (normalisation, Aho-Corasick, Hyperscan
regex set, URL extraction and domain matching, allow-lists, verdict; one PDQ index search for
the batch's images; the default scam/spam classifier over the batch's texts).
Ceiling, per event: `orjson.loads` -> NFKC + casefold -> `pyahocorasick` iteration -> URL
regex + `tldextract` -> exact set look-ups -> the classifier's bare calls (token regex, weight
look-ups, sigmoid); no validation and no PDQ, as in the issue's bare-library figure.

Rows:
- ceiling; ours on the full stream (text and images);
- ours on text only (the same stream with media removed: the figure the bar is about, same work
  as the ceiling plus validation), and on text only with every text made distinct (the
  scanner remembers each text's hits, which a burst of one text reuses; the ceiling does not);
- ours without the classifier, and the classifier alone (its cost);
- images: the image events only, PDQ look-ups per second;
- before: the per-event path this replaced (pydantic `parse_event` + `scan_event`, one event
  at a time, no classifier) on the first 10,000 events.
Events per CPU second of the one thread that does the work (so "per core", and steady on a
machine that other work shares), p50/p99 CPU time per batch for batched rows (every event of a
batch waits for its batch) and per event for per-event rows, peak RSS.

    python bench/pipeline.py            # 100,000 events
    python bench/pipeline.py --quick    # 2,000 events, a few seconds; used by the test suite
"""

from __future__ import annotations

import argparse
import math
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
from safeharbour.detection.classifiers.linear import default_classifier
from safeharbour.detection.events import decode_scan_inputs
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
            _compact(
                {
                    "event_id": f"e{n}",
                    "type": "post.created",
                    "occurred_at": "2026-05-01T10:00:00Z",
                    "data": data,
                }
            )
        )
    return banks, entries, lines


def _compact(event: dict[str, Any]) -> bytes:
    # orjson's result keeps its ~4 KB output buffer: copied to its size, 100,000 events hold
    # 30 MB instead of 400 MB (which was most of the peak RSS this benchmark reported).
    return bytes(memoryview(orjson.dumps(event)))


def ceiling_worker(entries: list[tuple[int, str, str]]) -> Callable[[bytes], int]:
    automaton = ahocorasick.Automaton()
    for _, signal, value in entries:
        if signal == Signal.KEYWORD:
            automaton.add_word(value.casefold(), value)
    automaton.make_automaton()
    domains = {v for _, s, v in entries if s == Signal.DOMAIN}
    urls = {v for _, s, v in entries if s == Signal.URL}
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    model = default_classifier()
    weights, intercept = model._weight, model._intercept  # the bare look-up table
    token = re.compile(r"\w\w+")  # scikit-learn's token pattern, its fastest equivalent

    def work(line: bytes) -> int:
        event = orjson.loads(line)
        raw = event["data"]["text"]
        text = unicodedata.normalize("NFKC", raw).casefold()
        found = sum(1 for _ in automaton.iter(text))
        for url in URL_RE.findall(text):
            parts = extract(url)
            found += (url in urls) + (parts.top_domain_under_public_suffix in domains)
        known = [weights[t] for t in set(token.findall(raw.lower())) if t in weights]
        spam = 1 / (1 + math.exp(-(intercept + sum(known) / math.sqrt(max(len(known), 1)))))
        return found + (spam > 0.99)

    return work


BATCH = 256


def batched_worker(
    banks: list[BankInfo], entries: list[tuple[int, str, str]], *, classify: bool = True
) -> Callable[[list[bytes]], int]:
    """Ours: decode and validate a batch of lines, scan it; returns events with a match."""
    scanner = Scanner(banks, entries, classifiers=[default_classifier()] if classify else ())

    def work(batch: list[bytes]) -> int:
        items = [item for _, item in decode_scan_inputs(batch) if item is not None]
        return sum(1 for result in scanner.scan_many(items) if result.matches)

    return work


def classifier_worker() -> Callable[[list[bytes]], int]:
    """The classifier alone on the batch's texts (decoded beforehand)."""
    model = default_classifier()
    texts: dict[int, list[str]] = {}

    def work(batch: list[bytes]) -> int:
        key = id(batch)
        if key not in texts:
            texts[key] = [orjson.loads(line)["data"]["text"] for line in batch]
        return sum(1 for s in model.score(texts[key]) if s["spam"] > 0.99)

    return work


def legacy_worker(
    banks: list[BankInfo], entries: list[tuple[int, str, str]]
) -> Callable[[bytes], int]:
    """Before: one event at a time through pydantic validation and `scan_event`."""
    scanner = Scanner(banks, entries)

    def work(line: bytes) -> int:
        return len(scanner.scan_event(parse_event(orjson.loads(line))).matches)

    return work


def without_media(lines: list[bytes]) -> list[bytes]:
    out = []
    for line in lines:
        event = orjson.loads(line)
        event["data"].pop("media", None)
        out.append(_compact(event))
    return out


def distinct_texts(lines: list[bytes]) -> list[bytes]:
    """Every text made unique (a suffix word spelling N in letters, ` xbcd`: no digit, which
    would add leetspeak work): bursts no longer repeat a text, so the scanner's per-text
    memory never helps; the worst case for ours."""
    letters = str.maketrans("0123456789", "bcdfghjkmn")
    out = []
    for n, line in enumerate(lines):
        event = orjson.loads(line)
        event["data"]["text"] += " x" + str(n).translate(letters)
        out.append(_compact(event))
    return out


def with_media_only(lines: list[bytes]) -> list[bytes]:
    return [line for line in lines if b'"media"' in line]


def measure(name: str, work: Callable[[bytes], int], lines: list[bytes]) -> dict[str, Any]:
    for line in lines[:200]:  # warm caches (tldextract, normalisation tables)
        work(line)
    latencies = []
    matched = 0
    clock = time.thread_time  # CPU time of this thread: per core, whatever else runs
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


def measure_batches(
    name: str, work: Callable[[list[bytes]], int], lines: list[bytes], batch: int = BATCH
) -> dict[str, Any]:
    batches = [lines[i : i + batch] for i in range(0, len(lines), batch)]
    for chunk in batches[:2]:  # warm caches
        work(chunk)
    latencies = []
    matched = 0
    clock = time.thread_time  # CPU time of this thread: per core, whatever else runs
    started = clock()
    for chunk in batches:
        t0 = clock()
        matched += work(chunk)
        latencies.append(clock() - t0)
    elapsed = clock() - started
    latencies.sort()
    return {
        "name": name,
        "rate": len(lines) / elapsed,
        "p50": statistics.median(latencies) * 1e6,
        "p99": latencies[max(0, math.ceil(len(latencies) * 0.99) - 1)] * 1e6,
        "matched": matched,
        "unit": f"batch of {batch}",
    }


def show(row: dict[str, Any]) -> None:
    unit = row.get("unit", "event")
    print(
        f"{row['name']:<52} {row['rate']:>9,.0f} events/s per core   "
        f"p50 {row['p50']:>8.1f} µs   p99 {row['p99']:>8.1f} µs per {unit:<12}  "
        f"with a match {row['matched']:,}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 events (smoke test)")
    parser.add_argument("--events", type=int, default=None)
    args = parser.parse_args()
    events = args.events or (2_000 if args.quick else 100_000)
    rng = random.Random(SEED)
    banks, entries, lines = build(rng, events)
    text_lines = without_media(lines)
    image_lines = with_media_only(lines)
    print(
        f"stream: {events:,} events (seed {SEED}), {len(image_lines):,} with an image, "
        f"{len(entries):,} bank entries; classifier: default scam/spam model"
    )
    ceiling = measure("ceiling (bare library calls)", ceiling_worker(entries), lines)
    ours = measure_batches(
        "safeharbour scanner (decode+validate+scan+classify)", batched_worker(banks, entries), lines
    )
    text_only = measure_batches(
        "  text only (media removed)", batched_worker(banks, entries), text_lines
    )
    distinct = measure_batches(
        "  text only, every text distinct (no bursts)",
        batched_worker(banks, entries),
        distinct_texts(text_lines),
    )
    unclassified = measure_batches(
        "  without the classifier", batched_worker(banks, entries, classify=False), lines
    )
    classifier = measure_batches("  the classifier alone", classifier_worker(), lines)
    images = measure_batches(
        "  image events only (PDQ look-ups)", batched_worker(banks, entries), image_lines
    )
    legacy_lines = lines[:10_000]
    legacy = measure(
        "before: per event, pydantic + scan_event", legacy_worker(banks, entries), legacy_lines
    )
    for row in (ceiling, ours, text_only, distinct, unclassified, classifier, images, legacy):
        show(row)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ratio ours / ceiling: {ours['rate'] / ceiling['rate']:.2f}")
    print(f"ratio ours text only / ceiling: {text_only['rate'] / ceiling['rate']:.2f}")
    print(f"ratio ours distinct texts / ceiling: {distinct['rate'] / ceiling['rate']:.2f}")
    print(f"classifier share of ours: {ours['rate'] / classifier['rate']:.2f}")
    print(f"ratio ours / before: {ours['rate'] / legacy['rate']:.1f}")
    print(f"peak RSS: {peak:,.0f} MB")


# -- rule evaluation (detection/rules): added by the rules work, kept apart from the above --
BENCH_RULES = """
rules:
  - {id: r1, when: {match: {bank: domains}, account: {max_age_days: 7}}, act: {}}
  - {id: r2, when: {match: {bank: keywords}, channel: {max_subscribers: 1000}}, review: {}}
  - {id: r3, when: {score: {spam: 0.9}}, review: {priority: high}}
  - {id: r4, when: {any: [{score: {scam: 0.8}}, {behaviour: {posting_burst: 20}}]}, review: {}}
  - {id: r5, when: {match: {signal: pdq, max_distance: 10}}, act: {}}
  - {id: r6, when: {behaviour: {shared_link: 5}}, review: {queue: waves}}
  - id: r7
    when: {labels: {any: [journalism]}, not: {match: {policy: act}}}
    tag: {labels: [journalism]}
  - {id: r8, shadow: true, when: {match: {bank: keywords}, account: {verified: false}}, act: {}}
  - {id: r9, when: {channel: {verified: true}, match: {policy: [act, review]}}, review: {}}
  - id: r10
    when: {account: {min_age_days: 365}, match: {bank: trial, include_shadow: true}}
    tag: {labels: [spam]}
"""


def rules_cost() -> None:
    """Rule evaluation per event on top of the scanner: the built-in rules (the banks' policies,
    what runs without a rules file) and a file of 10 rules reading banks, scores, account,
    channel, labels and behaviour facts (facts given, as the pipeline reads them once)."""
    import sys
    import tempfile
    from datetime import UTC, datetime, timedelta
    from pathlib import Path

    from safeharbour.detection.rules.engine import (
        AccountFacts,
        ChannelFacts,
        RuleInput,
        builtin_ruleset,
    )
    from safeharbour.detection.rules.loader import load_rules

    events = 2_000 if "--quick" in sys.argv else 50_000
    banks, entries, lines = build(random.Random(SEED), events)
    scanner = Scanner(banks, entries)
    by_line = {line: parse_event(orjson.loads(line)) for line in lines}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yaml"
        path.write_text(BENCH_RULES)
        file_rules = load_rules([path])
    at = datetime(2026, 5, 1, 10, tzinfo=UTC)
    bank_map = {b.name: b for b in banks}
    rng = random.Random(SEED)

    def facts(event: Any) -> dict[str, Any]:
        return {
            "scores": {"spam": rng.random(), "scam": rng.random()},
            "account": AccountFacts(created_at=at - timedelta(days=rng.randint(0, 900))),
            "channel": ChannelFacts(subscribers=rng.randint(0, 5000), verified=rng.random() < 0.01),
            "behaviour": {"posting_burst": rng.randint(1, 30), "shared_link": rng.randint(0, 9)},
        }

    given = {line: facts(event) for line, event in by_line.items()}

    scanned = {line: scanner.scan_event(event) for line, event in by_line.items()}

    def scan_work(line: bytes) -> int:
        return len(scanner.scan_event(by_line[line]).matches)

    def worker(rules: Any) -> Callable[[bytes], int]:
        def work(line: bytes) -> int:
            result = scanned[line]
            item = RuleInput(
                event_id=result.event_id,
                post_id=None,
                at=at,
                matches=result.matches,
                banks=bank_map,
                **given[line],
            )
            return len(rules.evaluate(item).outcomes)

        return work

    alone = measure("scanner alone", scan_work, lines)
    builtin = measure("built-in rules", worker(builtin_ruleset()), lines)
    with_file = measure("10-rule file", worker(file_rules), lines)
    for row in (alone, builtin, with_file):
        print(
            f"rules: {row['name']:<16} {row['rate']:>10,.0f} events/s per core   "
            f"({1e6 / row['rate']:.2f} µs per event)"
        )
    for row in (builtin, with_file):
        print(f"rules: {row['name']} evaluation / scanner time {alone['rate'] / row['rate']:.3f}")


if __name__ == "__main__":
    main()
    rules_cost()
