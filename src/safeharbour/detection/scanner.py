"""Scanning events against the banks: the matchers built from one snapshot of the banks.

`Scanner.from_session(session)` loads every enabled bank and its entries once and builds:
exact sets (md5, sha256, url, domain), Aho-Corasick keywords, a Hyperscan regex set and the
PDQ multi-index (`PdqIndex`, one search at the largest bank threshold, then each bank's own
threshold). `scan(event)` stores nothing.

What is scanned: `post.created` and `post.edited` events, their `text` (keywords, regexes,
URLs extracted from it; regexes see the text after NFKC and zero-width removal, with its case
and script) and each media item's `sha256`, `md5`, `pdq` and `url`. A media PDQ
whose `pdq_quality` is given and below `MIN_PDQ_QUALITY` is not matched.

Allow-lists (banks with `allow_list`): a value of the content (a media hash, a URL, a domain
or any parent domain of a URL's host down to its registrable domain, a PDQ within the
allow-list bank's threshold) that is allow-listed matches nothing, and a bank value that is
allow-listed (the same signal and normalised value) never matches.

Verdict: the strongest policy among the matching banks that are not in shadow mode
(act > review > tag); shadow banks' matches are reported but do not count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import Bank, BankEntry
from safeharbour.detection.banks.values import POLICY_STRENGTH, Policy, Signal
from safeharbour.detection.matching.regex import RegexSet
from safeharbour.detection.matching.text import KeywordMatcher, clean, normalise
from safeharbour.detection.matching.urls import domain_candidates, extract_urls, host_of

_POST_EVENTS = ("post.created", "post.edited")
VERDICT_NONE = "none"


@dataclass(frozen=True, slots=True)
class BankInfo:
    name: str
    policy: str
    category: str | None = None
    shadow: bool = False
    allow_list: bool = False
    irreversible_ok: bool = False
    pdq_threshold: int = 31


@dataclass(frozen=True, slots=True, order=True)
class Match:
    bank: str
    signal: str
    value: str
    distance: int

    def as_json(self) -> dict[str, Any]:
        return {
            "bank": self.bank,
            "signal": self.signal,
            "value": self.value,
            "distance": self.distance,
        }


@dataclass(frozen=True, slots=True)
class ScanResult:
    event_id: str
    matches: tuple[Match, ...]
    verdict: str
    banks: tuple[BankInfo, ...] = field(default=(), compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "matches": [m.as_json() for m in self.matches],
            "verdict": self.verdict,
        }


@dataclass(frozen=True, slots=True)
class ScanInput:
    """What one event gives the scanner: its text and media signals."""

    event_id: str
    text: str = ""
    media: Sequence[dict[str, Any]] = ()


class Scanner:
    def __init__(
        self,
        banks: Sequence[BankInfo],
        entries: Iterable[tuple[int, str, str]],
        *,
        use_hyperscan: bool = True,
    ) -> None:
        """`entries` are (index into `banks`, signal, value) with values already normalised."""
        self.banks = list(banks)
        self._entries: list[tuple[int, str, str]] = []
        self._exact: dict[tuple[str, str], list[int]] = defaultdict(list)
        self._allowed: set[tuple[str, str]] = set()
        keywords: list[tuple[str, int]] = []
        patterns: list[tuple[str, int]] = []
        pdq_hashes: list[str] = []
        pdq_ids: list[int] = []
        allow_pdq: list[tuple[str, int]] = []
        for bank_index, signal, value in entries:
            bank = self.banks[bank_index]
            if bank.allow_list:
                if signal == Signal.PDQ:
                    allow_pdq.append((value, bank.pdq_threshold))
                key = normalise(value) if signal == Signal.KEYWORD else value
                self._allowed.add((signal, key))
                continue
            ident = len(self._entries)
            self._entries.append((bank_index, signal, value))
            if signal == Signal.KEYWORD:
                keywords.append((value, ident))
            elif signal == Signal.REGEX:
                patterns.append((value, ident))
            elif signal == Signal.PDQ:
                pdq_hashes.append(value)
                pdq_ids.append(ident)
            else:
                self._exact[(signal, value)].append(ident)
        self._keywords = KeywordMatcher(keywords)
        self._regexes = RegexSet(patterns, use_hyperscan=use_hyperscan)
        block_radius = max(
            (self.banks[self._entries[i][0]].pdq_threshold for i in pdq_ids), default=0
        )
        self._pdq = _PdqMatcher(pdq_hashes, pdq_ids, radius=block_radius)
        self._allow_pdq = _PdqMatcher(
            [h for h, _ in allow_pdq], list(range(len(allow_pdq))), radii=[t for _, t in allow_pdq]
        )
        self._pdq_thresholds = [self.banks[b].pdq_threshold for b, _, _ in self._entries]

    @classmethod
    def from_session(cls, session: Session, *, use_hyperscan: bool = True) -> Scanner:
        banks = list(
            session.scalars(select(Bank).where(Bank.enabled.is_(True)).order_by(Bank.name))
        )
        position = {bank.id: i for i, bank in enumerate(banks)}
        infos = [
            BankInfo(
                name=b.name,
                policy=b.policy,
                category=b.category,
                shadow=b.shadow,
                allow_list=b.allow_list,
                irreversible_ok=b.irreversible_ok,
                pdq_threshold=b.pdq_threshold,
            )
            for b in banks
        ]
        rows = session.execute(
            select(BankEntry.bank_id, BankEntry.signal, BankEntry.value).where(
                BankEntry.bank_id.in_(list(position))
            )
        ).all()
        return cls(infos, ((position[r[0]], r[1], r[2]) for r in rows), use_hyperscan=use_hyperscan)

    def scan_event(self, event: Any) -> ScanResult:
        """Scan a validated `intake.schemas.PlatformEvent`."""
        if str(event.type) not in _POST_EVENTS:
            return ScanResult(event.event_id, (), VERDICT_NONE)
        data = event.data
        media = [m.model_dump() for m in data.media]
        return self.scan(ScanInput(event.event_id, data.text or "", media))

    def scan(self, item: ScanInput) -> ScanResult:
        hits: dict[int, int] = {}  # entry id -> distance

        def hit(ident: int, distance: int = 0) -> None:
            if ident not in hits or distance < hits[ident]:
                hits[ident] = distance

        if item.text:
            for ident in self._keywords.find(item.text) | self._regexes.find(clean(item.text)):
                hit(ident)
        urls = extract_urls(item.text) if item.text else []
        pdqs: list[str] = []
        for media in item.media:
            for signal in (Signal.SHA256, Signal.MD5):
                value = media.get(signal.value)
                if value and (signal, value.lower()) not in self._allowed:
                    for ident in self._exact.get((signal, value.lower()), ()):
                        hit(ident)
            if media.get("url"):
                urls.extend(extract_urls(media["url"]))
            pdq = media.get("pdq")
            quality = media.get("pdq_quality")
            if pdq and (quality is None or quality >= _min_pdq_quality()):
                pdqs.append(pdq.lower())
        for url in dict.fromkeys(urls):
            domains = domain_candidates(host_of(url))
            if (Signal.URL, url) in self._allowed or any(
                (Signal.DOMAIN, d) in self._allowed for d in domains
            ):
                continue
            for ident in self._exact.get((Signal.URL, url), ()):
                hit(ident)
            for domain in domains:
                for ident in self._exact.get((Signal.DOMAIN, domain), ()):
                    hit(ident)
        if pdqs:
            allowed = self._allow_pdq.search(pdqs)
            queries = [q for q, found in zip(pdqs, allowed, strict=True) if not found]
            for found in self._pdq.search(queries):
                for ident, distance in found:
                    if distance <= self._pdq_thresholds[ident]:
                        hit(ident, distance)
        matches = set()
        for ident, distance in hits.items():
            bank_index, kind, value = self._entries[ident]
            key = normalise(value) if kind == Signal.KEYWORD else value
            if (kind, key) in self._allowed:
                continue
            matches.add(Match(self.banks[bank_index].name, kind, value, distance))
        ordered = tuple(sorted(matches))
        return ScanResult(item.event_id, ordered, self.verdict(ordered), tuple(self.banks))

    def verdict(self, matches: Iterable[Match]) -> str:
        by_name = {b.name: b for b in self.banks}
        best = 0
        verdict = VERDICT_NONE
        for match in matches:
            bank = by_name[match.bank]
            if bank.shadow:
                continue
            strength = POLICY_STRENGTH[Policy(bank.policy)]
            if strength > best:
                best, verdict = strength, bank.policy
        return verdict


def _min_pdq_quality() -> int:
    from safeharbour.detection.signals.hashing import MIN_PDQ_QUALITY

    return MIN_PDQ_QUALITY


class _PdqMatcher:
    """The PDQ index over bank entries; `radii` gives each id its own threshold (allow-lists)."""

    def __init__(
        self, hashes: list[str], ids: list[int], *, radius: int = 0, radii: list[int] | None = None
    ) -> None:
        self._radii = radii
        self._index = None
        self._radius = max(radii) if radii else radius
        if hashes:
            from safeharbour.detection.matching.pdq_index import PdqIndex

            self._index = PdqIndex(hashes, ids)

    def search(self, queries: list[str]) -> list[list[tuple[int, int]]]:
        if self._index is None or not queries:
            return [[] for _ in queries]
        found = self._index.search(queries, radius=self._radius)
        if self._radii is None:
            return found
        radii = self._radii
        return [[(i, d) for i, d in row if d <= radii[i]] for row in found]
