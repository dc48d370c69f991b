"""URLs: extraction from text, normalisation, registrable domains from an offline suffix list.

The public-suffix list is `tldextract`'s bundled snapshot: `suffix_list_urls=()` and
`cache_dir=None` mean it never fetches the live list over the network nor writes a cache, so a
scan gives the same answer offline and on every node (tests check that no socket is opened).
Private suffixes (`blogspot.com`, `github.io`) are included: a listed `evil.github.io` must not
take down every GitHub Pages site.

Normalisation: scheme and host lower-cased, internationalised hosts in IDNA (punycode) form,
trailing dot and default ports dropped, fragment dropped, empty path is `/`. A bare `www.x.tld`
or `x.tld/path` in text is read as `http://`.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit, urlunsplit

import tldextract

_URL_IN_TEXT = re.compile(
    r"""(?ix)
    (?:https?://[^\s<>"'()\[\]{}]+)  # explicit scheme
    | (?:\b(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,63}  # bare host
       (?::\d{1,5})?(?:/[^\s<>"'()\[\]{}]*)?)
    """
)
_TRAILING = ".,;:!?'\")]}"
_DEFAULT_PORTS = {"http": 80, "https": 443}


@functools.cache
def _extractor() -> tldextract.TLDExtract:
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True
    )


def _idna(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def normalise_url(raw: str) -> str:
    """The canonical form of one URL; ValueError when it has no usable host."""
    text = raw.strip()
    if not re.match(r"(?i)^[a-z][a-z0-9+.-]*://", text):
        if re.match(r"(?i)^[a-z][a-z0-9+.-]*:(?!\d)", text):
            raise ValueError("only http and https URLs")  # mailto:, javascript:, ...
        text = "http://" + text
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ValueError("only http and https URLs")
    host = parts.hostname or ""
    if not host or "." not in host.strip("."):
        raise ValueError("no host name")
    host = _idna(host)
    try:
        port = parts.port
    except ValueError:
        raise ValueError("invalid port") from None
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""


def registrable_domain(host: str) -> str | None:
    """`a.b.example.co.uk` -> `example.co.uk`; None for a bare suffix or an unknown TLD."""
    result = _extractor()(_idna(host))
    return result.top_domain_under_public_suffix or None


def normalise_domain(raw: str) -> str:
    """A listed domain, lower-cased IDNA; ValueError unless it is under a public suffix."""
    text = raw.strip()
    if "/" in text or ":" in text:
        text = host_of(normalise_url(text))
    host = _idna(text)
    if not host or " " in host or registrable_domain(host) is None:
        raise ValueError("not a domain under a public suffix")
    return host


def extract_urls(text: str) -> list[str]:
    """Normalised URLs found in `text`, in order, without duplicates."""
    found: dict[str, None] = {}
    for match in _URL_IN_TEXT.finditer(text):
        candidate = match.group(0).rstrip(_TRAILING)
        try:
            url = normalise_url(candidate)
        except ValueError:
            continue
        if registrable_domain(host_of(url)) is None:
            continue  # "file.txt", "e.g" and the like: not a host under a public suffix
        found.setdefault(url, None)
    return list(found)


def domain_candidates(host: str) -> list[str]:
    """The host and each parent down to its registrable domain: what a domain bank may list."""
    base = registrable_domain(host)
    if base is None:
        return []
    labels = host.split(".")
    out = []
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        out.append(candidate)
        if candidate == base:
            break
    return out
