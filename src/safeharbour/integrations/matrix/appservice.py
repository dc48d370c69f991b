"""The application-service endpoints Synapse pushes to (Matrix AS API v1).

- `PUT /_matrix/app/v1/transactions/{txnId}`: a batch of events. Authenticated by the
  `hs_token` (`Authorization: Bearer`, or the legacy `access_token` query parameter). Answers
  `{}` only after the mapped events are committed to the mirror (ingest.py), so what Synapse
  counts as delivered is stored; on any failure it answers 5xx and Synapse re-sends the same
  transaction later. Dedupe is by event id.
- `GET /_matrix/app/v1/users/{userId}`, `GET /_matrix/app/v1/rooms/{alias}`: we own no users
  or aliases, so 404 (`M_NOT_FOUND`).
- `POST /_matrix/app/v1/ping`: Synapse's connectivity check; `{}`.

Mounted by the API only when Matrix is configured (`SAFEHARBOUR_MATRIX_HOMESERVER_URL` and
`SAFEHARBOUR_MATRIX_ADMIN_TOKEN`). The errors follow the Matrix format (`errcode`), which is
what Synapse logs, not the Safeharbour API's.
"""

from __future__ import annotations

import hmac
import logging
from datetime import timedelta
from typing import Any

import orjson
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from safeharbour.intake.schemas import DEFAULT_MAX_FUTURE
from safeharbour.integrations.matrix.adapter import MatrixPlatformAdapter
from safeharbour.integrations.matrix.ingest import MAX_MEDIA_BYTES, ingest_transaction
from safeharbour.kit.transactions import Transactions

log = logging.getLogger(__name__)

PREFIX = "/_matrix/app/v1"
_DOC: dict[str, Any] = {"x-public": True, "x-authentication": "matrix-hs-token"}


def _error(status: int, errcode: str, message: str) -> JSONResponse:
    return JSONResponse({"errcode": errcode, "error": message}, status_code=status)


def _token(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if header:
        scheme, _, token = header.partition(" ")
        return token.strip() if scheme.lower() == "bearer" else None
    return request.query_params.get("access_token")


def build_router(
    tx: Transactions,
    adapter: MatrixPlatformAdapter,
    *,
    max_future: timedelta = DEFAULT_MAX_FUTURE,
) -> APIRouter:
    router = APIRouter(prefix=PREFIX, tags=["matrix"])
    hs_token = adapter.tokens.hs_token.encode()

    def denied(request: Request) -> JSONResponse | None:
        token = _token(request)
        if token is None:
            return _error(401, "M_UNAUTHORIZED", "missing the hs_token")
        if not hmac.compare_digest(token.encode(), hs_token):
            return _error(403, "M_FORBIDDEN", "wrong hs_token")
        return None

    @router.put("/transactions/{txn_id}", openapi_extra=_DOC)
    async def push_transaction(txn_id: str, request: Request) -> Any:
        refused = denied(request)
        if refused is not None:
            return refused
        try:
            body = orjson.loads(await request.body())
        except orjson.JSONDecodeError:
            return _error(400, "M_NOT_JSON", "the body is not JSON")
        events = body.get("events") if isinstance(body, dict) else None
        if not isinstance(events, list):
            return _error(400, "M_BAD_JSON", "expected {'events': [...]}")

        def work() -> None:
            result = ingest_transaction(
                tx,
                events,
                download=lambda mxc: adapter.client.download(mxc, max_bytes=MAX_MEDIA_BYTES),
                ignore_sender=adapter.is_bot,
                max_future=max_future,
            )
            adapter.status.record_transaction(events, result.skipped)

        try:
            await tx.call(work)
        except Exception as exc:  # Synapse re-sends the transaction after a 5xx
            log.exception("matrix transaction %s not ingested", txn_id)
            adapter.status.last_error = f"transaction {txn_id}: {type(exc).__name__}: {exc}"[:500]
            return _error(500, "M_UNKNOWN", "not stored; send it again")
        return {}

    @router.get("/users/{user_id}", openapi_extra=_DOC)
    async def query_user(user_id: str, request: Request) -> Any:
        return denied(request) or _error(404, "M_NOT_FOUND", "no such user here")

    @router.get("/rooms/{alias}", openapi_extra=_DOC)
    async def query_room(alias: str, request: Request) -> Any:
        return denied(request) or _error(404, "M_NOT_FOUND", "no such room alias here")

    @router.post("/ping", openapi_extra=_DOC)
    async def ping(request: Request) -> Any:
        return denied(request) or {}

    return router
