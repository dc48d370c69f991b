"""Regex sets: Hyperscan for the many patterns it handles, a guarded `re` path for the rest.

Hyperscan (`hyperscan`, Intel's multi-pattern engine) scans a text once for all patterns, and
is never exponential. Two of its limits shape this module:

* its `\\w`, `\\W`, `\\b`, `\\B` are ASCII-only (with `HS_FLAG_UCP` `\\w` follows Unicode but
  `\\b` is refused), so `\\bпривет\\b` never matches Russian text and `\\w+` stops at the first
  Arabic letter. Patterns using these classes go to the `re` path, which is Unicode-aware;
  patterns made of literal text, `\\s`, `\\d` and character classes stay on Hyperscan, compiled
  with `HS_FLAG_UTF8 | HS_FLAG_UCP` so that literal Cyrillic and Arabic and `(?i)` work.
* it has no back-references or look-around; such patterns (it refuses to compile them) also
  go to the `re` path.

The `re` path is never one `re` alternation of all patterns (one pathological pattern would
then stall every scan). Each pattern is its own compiled `re`, and the guard is:
- at import (`check_pattern`): at most `MAX_PATTERN_LENGTH` characters, it must compile, and
  patterns with a quantified group that itself contains a quantifier (`(a+)+`, `(\\w*)*`, the
  shape of catastrophic backtracking) are refused;
- at scan: the text is cut to `MAX_SCAN_CHARS`, and once the `re` path has spent
  `RE_BUDGET_SECONDS` on one text the remaining `re` patterns are skipped for that text and
  counted in `RegexSet.skipped` (a bounded time per event; Python cannot interrupt one running
  `re` search, which is why the shape check comes first).

When `hyperscan` cannot be imported (a platform without wheels) every pattern takes the `re`
path with the same guard.
"""

# ruff: noqa: RUF002  (Cyrillic, Greek, Arabic and full-width text on purpose)

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from types import ModuleType

_hs: ModuleType | None
try:  # the fallback is exercised by the tests through use_hyperscan=False
    import hyperscan as _hs
except ImportError:  # pragma: no cover
    _hs = None

MAX_PATTERN_LENGTH = 1000
MAX_SCAN_CHARS = 100_000
RE_BUDGET_SECONDS = 0.05

_UNICODE_SENSITIVE = re.compile(r"(?<!\\)(?:\\\\)*\\[wWbB]")
_NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]")


def check_pattern(pattern: str) -> None:
    """ValueError unless the pattern is acceptable for a bank (see the module docstring)."""
    if not pattern or len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"a pattern has 1 to {MAX_PATTERN_LENGTH} characters")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"does not compile: {exc}") from None
    if _NESTED_QUANTIFIER.search(pattern):
        raise ValueError("nested quantifiers (catastrophic backtracking) are refused")


def hyperscan_available() -> bool:
    return _hs is not None


class RegexSet:
    """`find(text)` returns the ids of the patterns that match somewhere in `text`."""

    def __init__(self, patterns: Iterable[tuple[str, int]], *, use_hyperscan: bool = True) -> None:
        self.skipped = 0
        self._local = threading.local()
        self._fallback: list[tuple[re.Pattern[str], int]] = []
        hs_patterns: list[tuple[str, int]] = []
        for pattern, ident in patterns:
            if use_hyperscan and _hs is not None and not _UNICODE_SENSITIVE.search(pattern):
                hs_patterns.append((pattern, ident))
            else:
                self._fallback.append((re.compile(pattern), ident))
        self._db = None
        self._hs_ids: list[int] = []
        if hs_patterns and _hs is not None:
            compiled = []
            for pattern, ident in hs_patterns:
                if _compiles_in_hyperscan(pattern):
                    compiled.append((pattern, ident))
                else:
                    self._fallback.append((re.compile(pattern), ident))
            if compiled:
                flags = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP | _hs.HS_FLAG_SINGLEMATCH
                self._db = _hs.Database()
                self._db.compile(
                    expressions=[p.encode() for p, _ in compiled],
                    ids=list(range(len(compiled))),
                    elements=len(compiled),
                    flags=[flags] * len(compiled),
                )
                self._hs_ids = [ident for _, ident in compiled]

    def _thread_scratch(self) -> object:
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            assert _hs is not None
            scratch = self._local.scratch = _hs.Scratch(self._db)
        return scratch

    def __bool__(self) -> bool:
        return self._db is not None or bool(self._fallback)

    @property
    def hyperscan_patterns(self) -> int:
        return len(self._hs_ids)

    @property
    def fallback_patterns(self) -> int:
        return len(self._fallback)

    def find(self, text: str) -> set[int]:
        text = text[:MAX_SCAN_CHARS]
        hits: set[int] = set()
        if self._db is not None:
            found: list[int] = []
            # The matched pattern numbers go to `found` through the context argument: one
            # handler for every scan, no closure built per text. No `scratch=` normally: the
            # Database reuses the scratch it allocated (passing one measured 2-3x slower). A
            # scratch serves one scan at a time, so when another thread is scanning with it
            # (bus workers with --concurrency share a scanner), this thread uses its own.
            data = text.encode("utf-8", "surrogatepass")
            try:
                self._db.scan(data, match_event_handler=_collect, context=found)
            except _hs.ScratchInUseError:  # type: ignore[union-attr]
                found.clear()
                self._db.scan(
                    data,
                    match_event_handler=_collect,
                    context=found,
                    scratch=self._thread_scratch(),
                )
            hs_ids = self._hs_ids
            hits.update(hs_ids[i] for i in found)
        if self._fallback:
            deadline = time.monotonic() + RE_BUDGET_SECONDS
            for position, (compiled, ident) in enumerate(self._fallback):
                if ident not in hits and compiled.search(text):
                    hits.add(ident)
                if time.monotonic() > deadline:
                    self.skipped += len(self._fallback) - position - 1
                    break
        return hits


def _collect(pattern: int, start: int, end: int, flags: int, found: list[int]) -> None:
    found.append(pattern)


def _compiles_in_hyperscan(pattern: str) -> bool:
    assert _hs is not None
    flags = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_UCP | _hs.HS_FLAG_SINGLEMATCH
    try:
        _hs.Database().compile(expressions=[pattern.encode()], ids=[0], elements=1, flags=[flags])
    except _hs.error:
        return False
    return True
