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

Classifiers (`detection.classifiers`, given as `classifiers=`) score each event's text;
`ScanResult.scores` maps label -> probability (the highest when two classifiers share a
label; empty without classifiers or text). Scores do not change the verdict: rules decide.

Batches: `scan_many(items)` is the fast path. Text matching runs per item, but the PDQ look-ups
of the whole batch are one index search and each classifier scores the batch's distinct texts
at once; `scan(item)` is `scan_many([item])[0]`. A text's keyword, regex and URL hits are
remembered (up to 8,192 texts of at most 4,000 characters; the scanner is rebuilt when a bank
changes), since spam waves post one text many times.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.detection.banks.models import Bank, BankEntry
from safeharbour.detection.banks.values import POLICY_STRENGTH, Policy, Signal
from safeharbour.detection.matching.regex import RegexSet
from safeharbour.detection.matching.text import (
    KeywordMatcher,
    clean,
    normalise,
    normalise_cleaned,
)
from safeharbour.detection.matching.urls import extract_urls, url_domains

if TYPE_CHECKING:
    from safeharbour.detection.classifiers import Classifier

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
    scores: Mapping[str, float] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "matches": [m.as_json() for m in self.matches],
            "verdict": self.verdict,
        }


@dataclass(frozen=True, slots=True)
class ScanInput:
    """What one event gives the scanner (its text and media signals) and, for the rules, where
    it comes from: the post, its author and channel, and when it happened (None when unknown)."""

    event_id: str
    text: str = ""
    media: Sequence[dict[str, Any]] = ()
    post_id: str | None = None
    author_id: str | None = None
    channel_id: str | None = None
    occurred_at: datetime | None = None


class Scanner:
    def __init__(
        self,
        banks: Sequence[BankInfo],
        entries: Iterable[tuple[int, str, str]],
        *,
        use_hyperscan: bool = True,
        classifiers: Sequence[Classifier] = (),
    ) -> None:
        """`entries` are (index into `banks`, signal, value) with values already normalised."""
        self.banks = list(banks)
        self.classifiers = tuple(classifiers)
        self._bank_tuple = tuple(self.banks)
        self._strength = [0 if b.shadow else POLICY_STRENGTH[Policy(b.policy)] for b in self.banks]
        self._min_quality = _min_pdq_quality()
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
        # Per entry: its Match, or None when an allow-list names the same value (never matches).
        self._entry_match: list[tuple[Match, int] | None] = []
        for bank_index, kind, value in self._entries:
            key = normalise(value) if kind == Signal.KEYWORD else value
            if (kind, key) in self._allowed:
                self._entry_match.append(None)
            else:
                match = Match(self.banks[bank_index].name, kind, value, 0)
                self._entry_match.append((match, bank_index))
        # URL -> matching entry ids, or None when allow-listed; URLs repeat across a stream.
        self._url_hits: dict[str, tuple[int, ...] | None] = {}
        self._text_cache: dict[str, tuple[int, ...]] = {}

    @classmethod
    def from_session(
        cls,
        session: Session,
        *,
        use_hyperscan: bool = True,
        classifiers: Sequence[Classifier] = (),
    ) -> Scanner:
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
        return cls(
            infos,
            ((position[r[0]], r[1], r[2]) for r in rows),
            use_hyperscan=use_hyperscan,
            classifiers=classifiers,
        )

    def scan_event(self, event: Any) -> ScanResult:
        """Scan a validated `intake.schemas.PlatformEvent` (not a post: no matches)."""
        item = scan_input_of(event)
        if item is None:
            return ScanResult(event.event_id, (), VERDICT_NONE)
        return self.scan(item)

    def scan(self, item: ScanInput) -> ScanResult:
        return self.scan_many([item])[0]

    def scan_many(self, items: Sequence[ScanInput], *, score: bool = True) -> list[ScanResult]:
        """Scan a batch; results in the order of `items`. `score=False` skips the classifiers
        (no rule in force reads scores): `ScanResult.scores` is then empty."""
        all_hits: list[dict[int, int]] = []  # per item: entry id -> distance
        pdq_queries: list[str] = []
        pdq_owner: list[int] = []
        for position, item in enumerate(items):
            hits = self._match_text_and_exact(item)
            all_hits.append(hits)
            for media in item.media:
                pdq = media.get("pdq")
                if not pdq:
                    continue
                quality = media.get("pdq_quality")
                if quality is None or quality >= self._min_quality:
                    pdq_queries.append(pdq.lower())
                    pdq_owner.append(position)
        if pdq_queries:
            allowed = self._allow_pdq.search(pdq_queries)
            kept = [i for i, found in enumerate(allowed) if not found]
            found_rows = self._pdq.search([pdq_queries[i] for i in kept])
            thresholds = self._pdq_thresholds
            for query, found in zip(kept, found_rows, strict=True):
                hits = all_hits[pdq_owner[query]]
                for ident, distance in found:
                    if distance <= thresholds[ident] and distance < hits.get(ident, 257):
                        hits[ident] = distance
        texts = [item.text for item in items]
        scores = self._score(texts) if score else [_NO_SCORES] * len(texts)
        return [
            self._result(item.event_id, hits, item_scores)
            for item, hits, item_scores in zip(items, all_hits, scores, strict=True)
        ]

    def _match_text_and_exact(self, item: ScanInput) -> dict[int, int]:
        text = item.text
        hits: dict[int, int] = dict.fromkeys(self._text_hits(text), 0) if text else {}
        urls: list[str] = []
        exact = self._exact
        for media in item.media:
            for signal in (Signal.SHA256, Signal.MD5):
                value = media.get(signal.value)
                if value:
                    key = (signal, value.lower())
                    if key not in self._allowed:
                        for ident in exact.get(key, ()):
                            hits[ident] = 0
            if media.get("url"):
                urls.extend(extract_urls(media["url"]))
        if urls:
            for url in dict.fromkeys(urls) if len(urls) > 1 else urls:
                for ident in self._url_entries(url) or ():
                    hits[ident] = 0
        return hits

    def _text_hits(self, text: str) -> tuple[int, ...]:
        """Entries matched by a text (keywords, regexes, its URLs), remembered per text: spam
        waves repeat one text many times, and the scanner's banks never change (a bank change
        builds a new scanner)."""
        cached = self._text_cache.get(text)
        if cached is not None:
            return cached
        cleaned = clean(text)
        found = self._keywords.find_normalised(normalise_cleaned(cleaned))
        if self._regexes:
            found |= self._regexes.find(cleaned)
        for url in extract_urls(text):
            found.update(self._url_entries(url) or ())
        hits = tuple(found)
        if len(text) <= _TEXT_CACHE_MAX_CHARS:
            if len(self._text_cache) >= _TEXT_CACHE_SIZE:
                self._text_cache.clear()
            self._text_cache[text] = hits
        return hits

    def _url_entries(self, url: str) -> tuple[int, ...] | None:
        cached = self._url_hits.get(url, False)
        if cached is not False:
            return cached  # type: ignore[return-value]
        domains = url_domains(url)
        found: tuple[int, ...] | None
        if (Signal.URL, url) in self._allowed or any(
            (Signal.DOMAIN, d) in self._allowed for d in domains
        ):
            found = None
        else:
            idents = list(self._exact.get((Signal.URL, url), ()))
            for domain in domains:
                idents.extend(self._exact.get((Signal.DOMAIN, domain), ()))
            found = tuple(idents)
        if len(self._url_hits) >= _URL_CACHE_SIZE:
            self._url_hits.clear()
        self._url_hits[url] = found
        return found

    def _score(self, texts: list[str]) -> list[Mapping[str, float]]:
        if not self.classifiers:
            return [_NO_SCORES] * len(texts)
        # Each distinct non-empty text once (a spam wave repeats one text across the batch).
        slot = {text: n for n, text in enumerate(dict.fromkeys(t for t in texts if t))}
        if not slot:
            return [_NO_SCORES] * len(texts)
        distinct = list(slot)
        per_classifier = []
        for classifier in self.classifiers:
            scored = classifier.score(distinct)
            if len(scored) != len(distinct):
                raise ValueError(f"{type(classifier).__name__} returned the wrong number of scores")
            per_classifier.append(scored)
        if len(per_classifier) == 1:
            (only,) = per_classifier
            return [only[slot[t]] if t else _NO_SCORES for t in texts]
        merged: list[dict[str, float]] = [{} for _ in distinct]
        for scored in per_classifier:
            for target, scores in zip(merged, scored, strict=True):
                for label, probability in scores.items():
                    if probability > target.get(label, -1.0):
                        target[label] = probability
        return [merged[slot[t]] if t else _NO_SCORES for t in texts]

    def _result(
        self, event_id: str, hits: dict[int, int], scores: Mapping[str, float]
    ) -> ScanResult:
        if not hits:
            return ScanResult(event_id, (), VERDICT_NONE, self._bank_tuple, scores)
        matches = set()
        best = 0
        entry_match = self._entry_match
        strength = self._strength
        for ident, distance in hits.items():
            known = entry_match[ident]
            if known is None:
                continue
            match, bank_index = known
            if distance:
                match = Match(match.bank, match.signal, match.value, distance)
            matches.add(match)
            best = max(best, strength[bank_index])
        ordered = tuple(sorted(matches))
        verdict = _VERDICT_BY_STRENGTH.get(best, VERDICT_NONE)
        return ScanResult(event_id, ordered, verdict, self._bank_tuple, scores)


_URL_CACHE_SIZE = 1 << 16
_TEXT_CACHE_SIZE = 1 << 13
_TEXT_CACHE_MAX_CHARS = 4000
_NO_SCORES: Mapping[str, float] = {}
_VERDICT_BY_STRENGTH = {POLICY_STRENGTH[p]: p.value for p in Policy}


def scan_input_of(event: Any) -> ScanInput | None:
    """What the scanner reads of a validated `PlatformEvent`; None for non-post events."""
    if str(event.type) not in _POST_EVENTS:
        return None
    data = event.data
    media = [m.model_dump() for m in data.media]
    return ScanInput(
        event.event_id,
        data.text or "",
        media,
        post_id=data.id,
        author_id=data.author_id,
        channel_id=data.channel_id,
        occurred_at=event.occurred_at,
    )


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
