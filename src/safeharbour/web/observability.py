"""Request ids in every response and every log line, and the request body size limit."""

from __future__ import annotations

import contextvars
import logging
import re
import uuid
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from safeharbour.web.errors import error_body

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s")
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers = []
        logging.getLogger(name).propagate = True


async def _send_json(send: Send, status: int, body: dict[str, Any], request_id: str) -> None:
    import orjson

    payload = orjson.dumps(body)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(payload)).encode()),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


class _BodyTooLarge(Exception):
    pass


class RequestContextMiddleware:
    """Pure ASGI: assigns the request id and enforces per-path body limits while streaming.

    The limit is checked on `Content-Length` before reading and again on the bytes actually
    received, so a client that lies about the length is still cut off.
    """

    def __init__(self, app: ASGIApp, *, limits: dict[str, int], default_limit: int) -> None:
        self.app = app
        self.limits = sorted(limits.items(), key=lambda kv: -len(kv[0]))
        self.default_limit = default_limit

    def _limit_for(self, path: str) -> int:
        for prefix, limit in self.limits:
            if path.startswith(prefix):
                return limit
        return self.default_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SAFE_ID.match(incoming) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        limit = self._limit_for(scope.get("path", ""))
        too_large = error_body("payload_too_large", f"the request body exceeds {limit} bytes", None)
        try:
            declared = dict(scope.get("headers") or []).get(b"content-length")
            if declared is not None and declared.isdigit() and int(declared) > limit:
                await _send_json(send, 413, too_large, request_id)
                return
            received = 0
            started = False

            async def limited_receive() -> Message:
                nonlocal received
                message = await receive()
                if message["type"] == "http.request":
                    received += len(message.get("body", b""))
                    if received > limit:
                        raise _BodyTooLarge
                return message

            async def send_with_id(message: Message) -> None:
                nonlocal started
                if message["type"] == "http.response.start":
                    started = True
                    headers = list(message.get("headers", []))
                    headers.append((b"x-request-id", request_id.encode()))
                    message = {**message, "headers": headers}
                await send(message)

            try:
                await self.app(scope, limited_receive, send_with_id)
            except _BodyTooLarge:
                if not started:
                    await _send_json(send, 413, too_large, request_id)
        finally:
            request_id_var.reset(token)
