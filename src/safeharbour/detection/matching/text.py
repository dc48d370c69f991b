"""Text normalisation and keyword matching with Aho-Corasick (`pyahocorasick`).

`normalise(text)` is what keywords and scanned text both go through, in this order:

1. Unicode NFKC (full-width letters, ligatures, compatibility forms: `ｆｒｅｅ` -> `free`);
2. zero-width and invisible format characters removed (U+200B-U+200F, U+2060-U+2064, U+FEFF,
   U+00AD soft hyphen, U+034F, U+180E);
3. case folding (`str.casefold`: `Straße` -> `strasse`);
4. whitespace runs become one space;
5. confusables: the Cyrillic and Greek letters that look like Latin ones are mapped to Latin
   (`_CONFUSABLES`, 25 entries; deliberately small: the full Unicode confusables table would
   also map genuine Cyrillic or Greek words);
6. leetspeak: `0->o 1->i 3->e 4->a 5->s 7->t @->a $->s` (`_LEET`), only inside a token that also
   holds a letter, so that numbers, prices and dates are left alone.

Step 5 only applies inside a token that mixes Latin with look-alikes, so a Russian sentence is
still matched by Russian keywords. Keywords match whole words: a hit must not be preceded or
followed by a letter or digit (so `ass` does not match `class`). Scripts written without spaces
(Chinese, Japanese, Thai) therefore need regex entries instead.
"""

# ruff: noqa: RUF001, RUF002  (Cyrillic, Greek, Arabic and full-width text on purpose)

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import ahocorasick

_ZERO_WIDTH = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
     0x00AD, 0x034F, 0x180E]
)  # fmt: skip

# Cyrillic and Greek letters (after case folding) that render like Latin letters.
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u",
    }
)  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})  # fmt: skip
_TOKEN = re.compile(r"[^\s]+")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[a-z]")
_CONFUSABLE_CHARS = re.compile("[" + "".join(chr(c) for c in _CONFUSABLES) + "]")


def _fix_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if _LATIN.search(token):
        if _CONFUSABLE_CHARS.search(token):
            token = token.translate(_CONFUSABLES)
        if any(ch.isalpha() for ch in token) and any(ch in "0134573@$" for ch in token):
            token = token.translate(_LEET)
    elif any(ch.isdigit() or ch in "@$" for ch in token) and any(ch.isalpha() for ch in token):
        token = token.translate(_LEET)  # "fr33" has letters, "2024" has none
    return token


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).casefold()
    return _SPACES.sub(" ", _TOKEN.sub(_fix_token, text))


def clean(text: str) -> str:
    """Steps 1 and 2 only (NFKC, zero-width removal): what regexes see, case and script kept."""
    return unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH)


class KeywordMatcher:
    """Whole-word matching of many keywords at once; `find` returns the keywords' ids."""

    def __init__(self, keywords: Iterable[tuple[str, int]]) -> None:
        self._automaton = ahocorasick.Automaton()
        entries: dict[str, list[int]] = {}
        for keyword, ident in keywords:
            key = normalise(keyword).strip()
            if key:
                entries.setdefault(key, []).append(ident)
        for key, ids in entries.items():
            self._automaton.add_word(key, (len(key), tuple(ids)))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def find(self, text: str) -> set[int]:
        if self._empty:
            return set()
        norm = normalise(text)
        hits: set[int] = set()
        for end, (length, ids) in self._automaton.iter(norm):
            start = end - length + 1
            if start > 0 and norm[start - 1].isalnum():
                continue
            if end + 1 < len(norm) and norm[end + 1].isalnum():
                continue
            hits.update(ids)
        return hits
