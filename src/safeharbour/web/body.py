"""Reading JSON bodies on hot paths with orjson, with the common error format."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi import Request

from safeharbour.kit.errors import DomainError
from safeharbour.web.errors import MalformedBody


class UnsupportedMediaType(DomainError):
    code = "unsupported_media_type"


async def read_json(request: Request) -> Any:
    content_type = request.headers.get("content-type", "application/json")
    if "json" not in content_type.lower():
        raise UnsupportedMediaType("send the body as application/json", field="Content-Type")
    raw = await request.body()
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise MalformedBody(f"the body is not valid JSON: {exc}", field="body") from None


def _register() -> None:
    from safeharbour.web.errors import register_status

    register_status(UnsupportedMediaType, 415)


_register()
