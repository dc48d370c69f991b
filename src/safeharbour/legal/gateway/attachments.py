"""Attachments an authority sends with a request or a supplement: checked, digested, encrypted.

Contract: at most `AttachmentLimits.max_count` files per body, each at most `max_bytes` once
decoded; `content_base64` is standard base64 (padding required); `content_type` is one of
`ACCEPTED_TYPES` and the bytes must look like it (PDF, PNG and JPEG by their magic numbers,
text and XML/JSON must be UTF-8); file names are kept without any path. The SHA-256 of the
decoded bytes is recorded and the bytes are stored encrypted (they may hold personal data).
A bad attachment rejects the whole body, naming `attachments.N.<field>`: nothing is stored.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from safeharbour.kit.errors import InvalidInput, TooLarge
from safeharbour.legal.gateway.schemas import AttachmentIn

ACCEPTED_TYPES: tuple[str, ...] = (
    "application/pdf",
    "image/png",
    "image/jpeg",
    "text/plain",
    "application/xml",
    "application/json",
)

_MAGIC: dict[str, tuple[bytes, ...]] = {
    "application/pdf": (b"%PDF-",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/jpeg": (b"\xff\xd8\xff",),
}
_TEXT_TYPES = frozenset({"text/plain", "application/xml", "application/json"})


@dataclass(frozen=True)
class AttachmentLimits:
    max_count: int = 10
    max_bytes: int = 10 * 1024 * 1024


@dataclass(frozen=True)
class CheckedAttachment:
    position: int
    filename: str
    content_type: str
    content: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.content)


def _clean_filename(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(ch for ch in base if ch.isprintable()).strip()
    return cleaned[:200]


def check_attachments(
    attachments: list[AttachmentIn], limits: AttachmentLimits
) -> list[CheckedAttachment]:
    if len(attachments) > limits.max_count:
        raise InvalidInput(f"at most {limits.max_count} attachments per body", field="attachments")
    checked = []
    for index, item in enumerate(attachments):
        where = f"attachments.{index}"
        filename = _clean_filename(item.filename)
        if not filename:
            raise InvalidInput("a file name is needed", field=f"{where}.filename")
        content_type = item.content_type.split(";", 1)[0].strip().lower()
        if content_type not in ACCEPTED_TYPES:
            raise InvalidInput(
                f"{item.content_type!r} is not accepted; send one of {', '.join(ACCEPTED_TYPES)}",
                field=f"{where}.content_type",
            )
        # Reject before decoding what could not fit: base64 grows 4/3.
        if len(item.content_base64) > (limits.max_bytes * 4) // 3 + 4:
            raise TooLarge(
                f"an attachment may hold at most {limits.max_bytes} bytes",
                field=f"{where}.content_base64",
            )
        try:
            content = base64.b64decode(item.content_base64, validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput("not valid base64", field=f"{where}.content_base64") from None
        if not content:
            raise InvalidInput("the file is empty", field=f"{where}.content_base64")
        if len(content) > limits.max_bytes:
            raise TooLarge(
                f"an attachment may hold at most {limits.max_bytes} bytes",
                field=f"{where}.content_base64",
            )
        magic = _MAGIC.get(content_type)
        if magic is not None and not content.startswith(magic):
            raise InvalidInput(
                f"the content is not {content_type}", field=f"{where}.content_base64"
            )
        if content_type in _TEXT_TYPES:
            try:
                content.decode("utf-8")
            except UnicodeDecodeError:
                raise InvalidInput(
                    f"{content_type} content must be UTF-8", field=f"{where}.content_base64"
                ) from None
        checked.append(
            CheckedAttachment(
                position=index,
                filename=filename,
                content_type=content_type,
                content=content,
                sha256=hashlib.sha256(content).hexdigest(),
            )
        )
    return checked


__all__ = ["ACCEPTED_TYPES", "AttachmentLimits", "CheckedAttachment", "check_attachments"]
