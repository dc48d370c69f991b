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


@functools.lru_cache(maxsize=1 << 16)
def registrable_domain(host: str) -> str | None:
    """`a.b.example.co.uk` -> `example.co.uk`; None for a bare suffix or an unknown TLD.

    Cached: hosts repeat heavily in a stream (spam waves, popular sites), and the suffix list
    never changes in a process."""
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
    if "." not in text:
        return []  # every URL we keep has a dotted host
    found: dict[str, None] = {}
    for match in _URL_IN_TEXT.finditer(text):
        url = _url_of_candidate(match.group(0))
        if url is not None:
            found.setdefault(url, None)
    return list(found)


@functools.lru_cache(maxsize=1 << 16)
def _url_of_candidate(raw: str) -> str | None:
    candidate = raw.rstrip(_TRAILING)
    try:
        url = normalise_url(candidate)
    except ValueError:
        return None
    if registrable_domain(host_of(url)) is None:
        return None  # "file.txt", "e.g" and the like: not a host under a public suffix
    return url


def domain_candidates(host: str) -> list[str]:
    """The host and each parent down to its registrable domain: what a domain bank may list."""
    return list(_domain_candidates(host))


@functools.lru_cache(maxsize=1 << 16)
def _domain_candidates(host: str) -> tuple[str, ...]:
    base = registrable_domain(host)
    if base is None:
        return ()
    labels = host.split(".")
    out = []
    for i in range(len(labels)):
        candidate = ".".join(labels[i:])
        out.append(candidate)
        if candidate == base:
            break
    return tuple(out)


def url_domains(url: str) -> tuple[str, ...]:
    """`domain_candidates` of a normalised URL's host (cached; what the scanner looks up)."""
    return _url_domains(url)


@functools.lru_cache(maxsize=1 << 16)
def _url_domains(url: str) -> tuple[str, ...]:
    return _domain_candidates(host_of(url))
