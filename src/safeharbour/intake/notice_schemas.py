"""A notice as `POST /api/v1/notices` and the public form accept it, and its receipt.

Body (the contract other tools drive; keep it stable):

    {"location": {"kind": "post|channel|group|account", "id": str} | {"url": str},
     "category": "STATEMENT_CATEGORY_*",
     "category_specification": ["KEYWORD_*", ...],          optional
     "explanation": str,
     "notifier": {"name": str, "email": str} | null,          optional
     "good_faith": true}

`parse_notice` checks every field and raises one `InvalidInput` naming each offending field
(`location`, `location.kind`, `category`, `category_specification.1`, `notifier.email`, ...),
so a client or the form shows all mistakes at once. Unknown fields are refused: a misspelt
optional field would otherwise be dropped without a word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from safeharbour.kit.dsa import Keyword, StatementCategory
from safeharbour.kit.errors import FieldError, InvalidInput
from safeharbour.kit.values import check_http_url

LOCATION_KINDS = ("post", "channel", "group", "account")
MAX_EXPLANATION = 10_000
MAX_URL = 2048
MAX_KEYWORDS = 10
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
_FIELDS = {
    "location",
    "category",
    "category_specification",
    "explanation",
    "notifier",
    "good_faith",
}


@dataclass(frozen=True)
class Location:
    kind: str
    """post | channel | group | account | url"""
    id: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Notifier:
    name: str
    email: str


@dataclass(frozen=True)
class NoticeSubmission:
    location: Location
    category: StatementCategory
    category_specification: tuple[Keyword, ...]
    explanation: str
    notifier: Notifier | None
    good_faith: bool


@dataclass(frozen=True)
class NoticeReceipt:
    """What the notifier gets at once (Art. 16(4)): the API's 201 body, the form's answer."""

    id: str
    received_at: datetime
    status: str
    status_url: str
    """The JSON status (`GET /api/v1/notices/status?token=...`), absolute, with the secret."""
    status_page_url: str
    """The same status as a public page, for people (the form and e-mails link here)."""
    next_steps: str
    repeated: bool = False
    """True when an idempotent repeat answered the first receipt."""


def _has_control(text: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in "\n\r\t" for c in text)


def normalise_url(url: str) -> str:
    """Scheme and host lower-cased, fragment and trailing slash dropped (one item, one case)."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or ""
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def _location(value: Any, errors: list[FieldError]) -> Location | None:
    if value is None:
        errors.append(FieldError("location", "field required: {kind, id} or {url}"))
        return None
    if not isinstance(value, dict):
        errors.append(FieldError("location", "expected an object: {kind, id} or {url}"))
        return None
    if "url" in value:
        extra = sorted(set(value) - {"url"})
        if extra:
            errors.append(FieldError("location", f"give either url or kind and id, not {extra}"))
            return None
        url = value["url"]
        if not isinstance(url, str) or not url.strip():
            errors.append(FieldError("location.url", "expected a URL"))
            return None
        try:
            check_http_url(url, max_length=MAX_URL)
        except ValueError as exc:
            errors.append(FieldError("location.url", str(exc)))
            return None
        return Location(kind="url", url=normalise_url(url))
    ok = True
    extra = sorted(set(value) - {"kind", "id"})
    if extra:
        errors.append(FieldError(f"location.{extra[0]}", "unknown field"))
        ok = False
    kind = value.get("kind")
    if kind is None:
        errors.append(FieldError("location.kind", "field required (or give location.url)"))
        ok = False
    elif kind not in LOCATION_KINDS:
        errors.append(FieldError("location.kind", f"expected one of {', '.join(LOCATION_KINDS)}"))
        ok = False
    ident = value.get("id")
    if ident is None:
        errors.append(FieldError("location.id", "field required"))
        ok = False
    elif not isinstance(ident, str) or not ident.strip() or len(ident) > 200 or _has_control(ident):
        errors.append(FieldError("location.id", "expected a platform id of 1 to 200 characters"))
        ok = False
    if not ok or not isinstance(kind, str) or not isinstance(ident, str):
        return None
    return Location(kind=kind, id=ident.strip())


def parse_notice(body: Any) -> NoticeSubmission:
    """Validate a decoded body; raises InvalidInput naming every offending field."""
    errors: list[FieldError] = []
    if not isinstance(body, dict):
        raise InvalidInput("the body must be a JSON object", field="body")
    for name in sorted(set(body) - _FIELDS):
        errors.append(FieldError(name, "unknown field"))

    location = _location(body.get("location"), errors)

    category: StatementCategory | None = None
    raw_category = body.get("category")
    if raw_category is None:
        errors.append(FieldError("category", "field required"))
    else:
        try:
            category = StatementCategory(raw_category)
        except ValueError:
            errors.append(
                FieldError("category", "expected a STATEMENT_CATEGORY_* value of the DSA taxonomy")
            )

    keywords: list[Keyword] = []
    raw_keywords = body.get("category_specification")
    if raw_keywords is not None:
        if not isinstance(raw_keywords, list):
            errors.append(FieldError("category_specification", "expected a list of KEYWORD_*"))
        elif len(raw_keywords) > MAX_KEYWORDS:
            errors.append(FieldError("category_specification", f"at most {MAX_KEYWORDS} keywords"))
        else:
            for index, raw in enumerate(raw_keywords):
                try:
                    keyword = Keyword(raw)
                except ValueError:
                    errors.append(
                        FieldError(
                            f"category_specification.{index}",
                            "expected a KEYWORD_* value of the DSA taxonomy",
                        )
                    )
                    continue
                if keyword not in keywords:
                    keywords.append(keyword)

    explanation = body.get("explanation")
    if explanation is None:
        errors.append(FieldError("explanation", "field required"))
    elif not isinstance(explanation, str) or not explanation.strip():
        errors.append(FieldError("explanation", "explain why the content is illegal or harmful"))
    elif len(explanation) > MAX_EXPLANATION or _has_control(explanation):
        errors.append(
            FieldError("explanation", f"at most {MAX_EXPLANATION} characters of plain text")
        )

    notifier: Notifier | None = None
    raw_notifier = body.get("notifier")
    if raw_notifier is not None:
        if not isinstance(raw_notifier, dict):
            errors.append(FieldError("notifier", "expected {name, email} or null"))
        else:
            for name in sorted(set(raw_notifier) - {"name", "email"}):
                errors.append(FieldError(f"notifier.{name}", "unknown field"))
            name_value = raw_notifier.get("name")
            email_value = raw_notifier.get("email")
            name_ok = (
                isinstance(name_value, str)
                and 0 < len(name_value.strip()) <= 200
                and not _has_control(name_value)
            )
            if not name_ok:
                errors.append(FieldError("notifier.name", "expected a name of 1 to 200 characters"))
            email_ok = (
                isinstance(email_value, str)
                and len(email_value) <= 320
                and bool(_EMAIL.match(email_value.strip()))
            )
            if not email_ok:
                errors.append(FieldError("notifier.email", "expected an e-mail address"))
            if name_ok and email_ok:
                assert isinstance(name_value, str) and isinstance(email_value, str)
                notifier = Notifier(name=name_value.strip(), email=email_value.strip())

    good_faith = body.get("good_faith")
    if good_faith is not True:
        errors.append(
            FieldError(
                "good_faith",
                "confirm that you believe in good faith that the notice is accurate and "
                "complete (DSA Art. 16(2)(d))",
            )
        )

    if errors:
        raise InvalidInput("the notice is invalid", errors=errors)
    assert location is not None and category is not None and isinstance(explanation, str)
    return NoticeSubmission(
        location=location,
        category=category,
        category_specification=tuple(keywords),
        explanation=explanation.strip(),
        notifier=notifier,
        good_faith=True,
    )
