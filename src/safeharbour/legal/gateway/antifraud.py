"""Anti-fraud: look-alike domains of onboarded agencies.

Forged emergency requests from compromised or imitated police mailboxes are a real, repeated
attack: the forger writes from, or asks for replies to, a domain that reads like the agency's
(`bka-example.de`, `bka.examp1e.de`, `bka.example.de` written with a Cyrillic `a`, or
`bka.example.de.evil.net`). A request whose stated contact or domain looks like an onboarded
agency's domain without being it (or one of its subdomains) is held and flagged; a person
verifies it through the agency record, never through the request.

How "looks like" is decided, for each domain found in the text against each agency domain:
* IDN labels (`xn--`) are decoded, then every character is mapped to a *skeleton* (confusable
  letters and digits to one representative, `rn` to `m`, `vv` to `w`); equal skeletons of
  different domains are look-alikes;
* a small edit distance (optimal string alignment: insertions, deletions, substitutions and
  adjacent transpositions) between the two domains: 1 for domains under 10 characters, else 2;
* an agency domain used as the left part of another domain (`bka.example.de.evil.net`).
The domain itself and its subdomains are never look-alikes: they are the agency's.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

_DOMAIN_IN_TEXT = re.compile(
    r"(?<![\w.-])((?:[\w](?:[\w-]{0,61}[\w])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59}))(?![\w-])",
    re.IGNORECASE,
)

# Characters that render alike, mapped to one representative (Unicode TR 39 in spirit; a
# deliberately small table covering the Latin, Cyrillic and Greek letters and digits forgers use).
_CONFUSABLES: dict[str, str] = {
    "0": "o",
    "1": "l",
    "i": "l",
    "|": "l",
    "3": "e",
    "5": "s",
    "\u0430": "a",  # cyrillic small letter a
    "\u0435": "e",  # cyrillic small letter ie
    "\u043e": "o",  # cyrillic small letter o
    "\u0440": "p",  # cyrillic small letter er
    "\u0441": "c",  # cyrillic small letter es
    "\u0445": "x",  # cyrillic small letter ha
    "\u0443": "y",  # cyrillic small letter u
    "\u0456": "l",  # cyrillic small letter byelorussian-ukrainian i
    "\u0458": "j",  # cyrillic small letter je
    "\u0455": "s",  # cyrillic small letter dze
    "\u0501": "d",  # cyrillic small letter komi de
    "\u04bb": "h",  # cyrillic small letter shha
    "\u043a": "k",  # cyrillic small letter ka
    "\u043c": "m",  # cyrillic small letter em
    "\u0442": "t",  # cyrillic small letter te
    "\u0432": "b",  # cyrillic small letter ve
    "\u043d": "h",  # cyrillic small letter en
    "\u03b1": "a",  # greek small letter alpha
    "\u03bf": "o",  # greek small letter omicron
    "\u03c1": "p",  # greek small letter rho
    "\u03bd": "v",  # greek small letter nu
    "\u03ba": "k",  # greek small letter kappa
    "\u03c4": "t",  # greek small letter tau
    "\u03b9": "l",  # greek small letter iota
    "\u03b5": "e",  # greek small letter epsilon
    "_": "-",
}
_MULTI = (("rn", "m"), ("vv", "w"), ("cl", "d"))


@dataclass(frozen=True)
class Lookalike:
    found: str
    agency_domain: str
    how: str


def _decode_idn(domain: str) -> str:
    labels = []
    for label in domain.split("."):
        if label.startswith("xn--"):
            with contextlib.suppress(UnicodeError, ValueError):
                label = label.encode("ascii").decode("idna")
        labels.append(label)
    return ".".join(labels)


def skeleton(domain: str) -> str:
    text = _decode_idn(domain.lower().rstrip("."))
    text = "".join(_CONFUSABLES.get(ch, ch) for ch in text)
    for many, one in _MULTI:
        text = text.replace(many, one)
    return text


def _distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance, giving up (limit + 1) beyond `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _owned(domain: str, agency_domain: str) -> bool:
    return domain == agency_domain or domain.endswith("." + agency_domain)


def lookalike_of(domain: str, agency_domains: Iterable[str]) -> Lookalike | None:
    """The first agency domain that `domain` imitates, or None (also None for the domain
    itself and its subdomains)."""
    candidate = domain.lower().rstrip(".")
    domains = [d.lower() for d in agency_domains]
    if any(_owned(candidate, d) for d in domains):
        return None
    shape = skeleton(candidate)
    for agency_domain in domains:
        agency_shape = skeleton(agency_domain)
        if shape == agency_shape or shape.endswith("." + agency_shape):
            return Lookalike(candidate, agency_domain, "confusable characters")
        if candidate.startswith(agency_domain + "."):
            return Lookalike(candidate, agency_domain, "agency domain used as a prefix")
        limit = 1 if len(agency_domain) < 10 else 2
        if _distance(candidate, agency_domain, limit) <= limit:
            return Lookalike(candidate, agency_domain, "a few characters apart")
    return None


def domains_in(text: str) -> list[str]:
    """Domain names found in free text (e-mail addresses, links, bare domains), in order."""
    found = []
    for match in _DOMAIN_IN_TEXT.finditer(text or ""):
        domain = match.group(1).lower().rstrip(".")
        if domain not in found:
            found.append(domain)
    return found


def find_lookalikes(
    texts: Iterable[str], agency_domains: Iterable[str], *, ignore: Iterable[str] = ()
) -> list[Lookalike]:
    """Every domain in `texts` that imitates one of `agency_domains`; domains in `ignore` (the
    platform's own host) and their subdomains are skipped."""
    known = [d.lower() for d in agency_domains]
    skip = [d.lower() for d in ignore if d]
    result: list[Lookalike] = []
    for text in texts:
        for domain in domains_in(text):
            if any(_owned(domain, s) for s in skip):
                continue
            hit = lookalike_of(domain, known)
            if hit is not None and hit not in result:
                result.append(hit)
    return result


__all__ = ["Lookalike", "domains_in", "find_lookalikes", "lookalike_of", "skeleton"]
