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
# str.translate with a dict walks every character through Python-level look-ups; searching
# first for a character to remove is a C loop, and most texts have none.
_ZERO_WIDTH_CHAR = re.compile("[" + "".join(chr(c) for c in _ZERO_WIDTH) + "]")
_TOKEN = re.compile(r"[^\s]+")
_SPACES = re.compile(r"\s+")
_LATIN = re.compile(r"[a-z]")
_LEET_CHAR = re.compile(r"[0134573@$]")
_CONFUSABLE_CHARS = re.compile("[" + "".join(chr(c) for c in _CONFUSABLES) + "]")


def _fix_token(match: re.Match[str]) -> str:
    token = match.group(0)
    if _LATIN.search(token):
        if _CONFUSABLE_CHARS.search(token):
            token = token.translate(_CONFUSABLES)
        if _LEET_CHAR.search(token):  # a Latin letter is a letter: no isalpha() walk
            token = token.translate(_LEET)
    elif _LEET_CHAR.search(token) and any(ch.isalpha() for ch in token):
        # "fr33" has letters, "2024" has none. (Only the leet characters change, so a token
        # without one is left as is whatever else it holds: no walk over its characters.)
        token = token.translate(_LEET)
    return token


# Only these tokens can change in `_fix_token`: one holding a leet character, or one holding
# a confusable and a Latin letter (a Cyrillic or Greek word alone is left as is). The
# look-behind anchors each attempt at a token's start; the look-ahead and the lazy scans are
# each one pass over the token, so matching stays linear even in a long token without spaces.
_TRIGGERS = "".join(chr(c) for c in _CONFUSABLES) + "0134573@$"
_TRIGGER = re.compile("[" + re.escape(_TRIGGERS) + "]")
_CONFUSABLE_CLASS = "[" + re.escape("".join(chr(c) for c in _CONFUSABLES)) + "]"
_TRIGGER_TOKEN = re.compile(
    r"(?<!\S)(?:(?=\S*[a-z])\S*?" + _CONFUSABLE_CLASS + r"|\S*?[0134573@$])\S*"
)
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # a whitespace run, or whitespace other than " "


def normalise(text: str) -> str:
    return normalise_cleaned(clean(text))


def normalise_cleaned(cleaned: str) -> str:
    """`normalise` of a text already through `clean` (steps 1-2): steps 3-6. The scanner
    cleans once for both its regexes and its keywords."""
    # Fast paths skip the steps that cannot change the text; the result is the same as
    # applying every step (tests/detection/test_fast_paths.py compares with the plain chain).
    text = cleaned.lower() if cleaned.isascii() else cleaned.casefold()
    if _TRIGGER.search(text):
        text = _TRIGGER_TOKEN.sub(_fix_token, text)
    if _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    return text


def normalise_reference(text: str) -> str:
    """Every step of `normalise`, without its fast paths (what the tests compare it with)."""
    text = unicodedata.normalize("NFKC", text).translate(_ZERO_WIDTH).casefold()
    return _SPACES.sub(" ", _TOKEN.sub(_fix_token, text))


def clean(text: str) -> str:
    """Steps 1 and 2 only (NFKC, zero-width removal): what regexes see, case and script kept."""
    if text.isascii():
        return text
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_ZERO_WIDTH) if _ZERO_WIDTH_CHAR.search(text) else text


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
        return self.find_normalised(normalise(text))

    def find_normalised(self, norm: str) -> set[int]:
        """`find` on a text already through `normalise`."""
        if self._empty:
            return set()
        hits: set[int] = set()
        for end, (length, ids) in self._automaton.iter(norm):
            start = end - length + 1
            if start > 0 and norm[start - 1].isalnum():
                continue
            if end + 1 < len(norm) and norm[end + 1].isalnum():
                continue
            hits.update(ids)
        return hits
