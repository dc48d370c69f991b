"""Domain errors carry meaning, not HTTP status codes; `api/errors.py` maps them once.

The CLI maps them to exit codes (2 for invalid input). A 500 is always a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FieldError:
    field: str
    message: str


@dataclass
class DomainError(Exception):
    message: str
    errors: list[FieldError] = field(default_factory=list)
    code: str = "error"

    def __init__(
        self, message: str, *, field: str | None = None, errors: list[FieldError] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.errors = list(errors or [])
        if field is not None:
            self.errors.insert(0, FieldError(field, message))

    def __str__(self) -> str:
        return self.message


class InvalidInput(DomainError):
    code = "invalid_input"


class NotFound(DomainError):
    code = "not_found"


class Conflict(DomainError):
    code = "conflict"


class Forbidden(DomainError):
    code = "forbidden"


class Unauthenticated(DomainError):
    code = "unauthenticated"


class TooLarge(DomainError):
    code = "payload_too_large"


class RateLimited(DomainError):
    code = "rate_limited"
