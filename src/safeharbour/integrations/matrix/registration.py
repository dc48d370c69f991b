"""The application-service registration and its tokens.

`as_token` (Safeharbour → Synapse, acting as the moderation bot) and `hs_token` (Synapse →
Safeharbour, on every pushed transaction) are generated once into `<data dir>/keys/`
(mode 0600, race-free like the other keys), so `safeharbour matrix register` run twice writes
the same file and a restarted server keeps accepting Synapse's pushes.

The namespace is every room (`rooms: [{exclusive: false, regex: "!.*"}]`): a non-exclusive
room namespace makes Synapse push every event of every room, and claims nothing, so users and
aliases stay free for people (docs/matrix.md; ../shared/docs/matrix-synapse-notes.md §6a).
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from safeharbour.config import Settings
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keys import _read_or_create

AS_TOKEN_FILE = "matrix-as-token"  # noqa: S105 - a file name, not a secret
HS_TOKEN_FILE = "matrix-hs-token"  # noqa: S105


@dataclass(frozen=True)
class AppserviceTokens:
    as_token: str
    hs_token: str


def load_tokens(settings: Settings) -> AppserviceTokens:
    """The two tokens, created on first use."""

    def token(name: str) -> str:
        made = secrets.token_urlsafe(32).encode()
        return _read_or_create(settings.keys_dir / name, made).decode().strip()

    return AppserviceTokens(as_token=token(AS_TOKEN_FILE), hs_token=token(HS_TOKEN_FILE))


def check_http_url(value: str, *, field: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidInput("expected an absolute http(s) URL", field=field)
    return value.strip().rstrip("/")


def registration(settings: Settings, tokens: AppserviceTokens, as_url: str) -> dict[str, Any]:
    return {
        "id": settings.matrix_appservice_id,
        "url": as_url,
        "as_token": tokens.as_token,
        "hs_token": tokens.hs_token,
        "sender_localpart": settings.matrix_bot_localpart,
        "rate_limited": False,
        "namespaces": {
            "users": [],
            "aliases": [],
            "rooms": [{"exclusive": False, "regex": "!.*"}],
        },
    }


def write_registration(settings: Settings, as_url: str, out: Path) -> dict[str, Any]:
    """Write the registration YAML to `out` (mode 0600: it holds both tokens); idempotent."""
    document = registration(
        settings, load_tokens(settings), check_http_url(as_url, field="--as-url")
    )
    text = yaml.safe_dump(document, sort_keys=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)
    os.replace(tmp, out)
    return document
