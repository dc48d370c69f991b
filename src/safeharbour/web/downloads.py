"""File downloads: the one `Content-Disposition` every download answers with.

HTTP header values travel as Latin-1 bytes; a file name such as `Überweisung€报告.pdf` cannot be
put in `filename="..."` as it is (Starlette fails to encode it, a 500). RFC 6266 section 4.3
gives the answer every current browser follows: an ASCII `filename` fallback for old clients and
`filename*=UTF-8''<percent-encoded>` (RFC 8187) carrying the real name, which wins where both
are understood. Quotes, backslashes, path separators and control characters never reach the
header: they could end the quoted string, inject a header or make a client write elsewhere.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from urllib.parse import quote

from starlette.responses import Response

FALLBACK_NAME = "download"
# RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" /
# "`" / "|" / "~". Everything else in the UTF-8 bytes is percent-encoded.
_ATTR_CHAR_EXTRA = "!#$&+-.^_`|~"
# Characters kept in the ASCII fallback besides letters and digits (no quote, no backslash).
_FALLBACK_KEEP = frozenset(" !#$&'()+,-.;=@[]^_`{}~")


def _printable_name(filename: str) -> str:
    """The name without directories, control characters and surrounding blanks."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "".join(ch for ch in base if ch.isprintable()).strip()


def ascii_fallback(filename: str) -> str:
    """A plain-ASCII stand-in for `filename`: accents dropped (`Ü` to `U`), other characters
    replaced by `_`, the extension kept. Never empty."""
    name = _printable_name(filename)
    decomposed = unicodedata.normalize("NFKD", name)
    out = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            continue
        out.append(ch if (ch.isascii() and (ch.isalnum() or ch in _FALLBACK_KEEP)) else "_")
    cleaned = "".join(out).strip(" .")
    return cleaned or FALLBACK_NAME


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """`attachment; filename="<ascii>"; filename*=UTF-8''<encoded>` for any file name."""
    name = _printable_name(filename) or FALLBACK_NAME
    encoded = quote(name, safe=_ATTR_CHAR_EXTRA)
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_fallback(name)}\"; filename*=UTF-8''{encoded}"


def download_response(
    content: bytes,
    *,
    filename: str,
    media_type: str,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """A file answer: the body as given, never sniffed, never cached, named for any script."""
    return Response(
        content,
        media_type=media_type,
        headers={
            "Content-Disposition": content_disposition(filename),
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "no-store",
            **(headers or {}),
        },
    )
