"""One error format for every failure, and the single mapping from domain errors to HTTP.

`{"error": {"code", "message", "details": {"errors": [{"field": "a.b", "message"}]}}}`
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from safeharbour.kit.errors import (
    Conflict,
    DomainError,
    FieldError,
    Forbidden,
    InvalidInput,
    NotFound,
    RateLimited,
    TooLarge,
    Unauthenticated,
)

log = logging.getLogger(__name__)

STATUS_BY_ERROR: dict[type[DomainError], int] = {
    InvalidInput: 422,
    NotFound: 404,
    Conflict: 409,
    Forbidden: 403,
    Unauthenticated: 401,
    TooLarge: 413,
    RateLimited: 429,
}

HTTP_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_input",
    429: "rate_limited",
}


class MalformedBody(DomainError):
    """The body is not what the content type says (e.g. not JSON at all)."""

    code = "malformed_body"


STATUS_BY_ERROR[MalformedBody] = 400


def register_status(error: type[DomainError], status: int) -> None:
    STATUS_BY_ERROR[error] = status


def error_body(code: str, message: str, errors: list[FieldError] | None = None) -> dict[str, Any]:
    return {
        "error": {
            "code": code,
            "message": message,
            "details": {"errors": [{"field": e.field, "message": e.message} for e in errors or []]},
        }
    }


def error_response(
    status: int,
    code: str,
    message: str,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(code, message, errors), status_code=status, headers=headers)


def _loc_to_field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie"):
        source = parts.pop(0)
        if not parts:
            return source
    return ".".join(parts)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(_request: Request, exc: DomainError) -> JSONResponse:
        # By the nearest mapped class, so that a subclass (PermissionMissing is a Forbidden)
        # keeps its family's status.
        status = next((STATUS_BY_ERROR[c] for c in type(exc).__mro__ if c in STATUS_BY_ERROR), 400)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return error_response(status, exc.code, exc.message, exc.errors, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        malformed = False
        for item in exc.errors():
            if item.get("type") == "json_invalid":
                malformed = True
            message = "field required" if item.get("type") == "missing" else str(item.get("msg"))
            if item.get("type") == "extra_forbidden":
                message = "unknown field"
            errors.append(FieldError(_loc_to_field(tuple(item.get("loc", ()))), message))
        if malformed:
            return error_response(400, "malformed_body", "the body is not valid JSON", errors)
        return error_response(422, "invalid_input", "the request is invalid", errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = HTTP_CODES.get(exc.status_code, "error")
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, code, str(exc.detail), None, headers)

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal_error", "an internal error occurred; it was logged")
