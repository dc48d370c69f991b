"""What the public and moderator console sections share for notice and action: date and label
filters for the templates, the public forms' double-submit CSRF token, small form helpers.

The filters are registered on the consoles' one template environment under `nta_*` names so
that they cannot collide with another section's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fastapi import Request
from starlette.responses import Response

from safeharbour.consoles.guard import cookies, login_csrf_token
from safeharbour.consoles.pages import render, templates
from safeharbour.kit.dsa import CATEGORY_LABELS, KEYWORD_LABELS, Keyword, StatementCategory
from safeharbour.kit.errors import DomainError


def when(value: Any) -> str:
    """`2026-06-01 12:00 UTC` from a datetime or an RFC 3339 string; `—` for nothing."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M UTC")
    return str(value)


def iso(value: Any) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    return "" if value is None else str(value)


def category_label(value: Any) -> str:
    try:
        return CATEGORY_LABELS[StatementCategory(str(value))]
    except (ValueError, KeyError):
        return str(value)


def keyword_label(value: Any) -> str:
    try:
        return KEYWORD_LABELS[Keyword(str(value))]
    except (ValueError, KeyError):
        return str(value)


def words(value: Any) -> str:
    return str(value or "").replace("_", " ")


SOURCES = {
    "SOURCE_ARTICLE_16": "a notice (DSA Art. 16)",
    "SOURCE_TRUSTED_FLAGGER": "a trusted flagger's notice (DSA Art. 22)",
    "SOURCE_TYPE_OTHER_NOTIFICATION": "another notification",
    "SOURCE_VOLUNTARY": "our own initiative",
}
AUTOMATION = {
    "AUTOMATED_DECISION_FULLY": "fully automated",
    "AUTOMATED_DECISION_PARTIALLY": "partly automated",
    "AUTOMATED_DECISION_NOT_AUTOMATED": "taken by a person, not by automated means",
}


def source_label(value: Any) -> str:
    return SOURCES.get(str(value), words(value))


def automation_label(value: Any) -> str:
    return AUTOMATION.get(str(value), words(value))


templates.env.filters["nta_when"] = when
templates.env.filters["nta_source"] = source_label
templates.env.filters["nta_automation"] = automation_label
templates.env.filters["nta_iso"] = iso
templates.env.filters["nta_category"] = category_label
templates.env.filters["nta_keyword"] = keyword_label
templates.env.filters["nta_words"] = words

CATEGORIES = [(c.value, CATEGORY_LABELS.get(c, c.value)) for c in StatementCategory]
KEYWORDS = [(k.value, KEYWORD_LABELS.get(k, k.value)) for k in Keyword]


def field_errors(exc: DomainError) -> dict[str, str]:
    """Field name -> message (the first per field); `form` for errors without a field."""
    found: dict[str, str] = {}
    for error in exc.errors or []:
        found.setdefault(error.field or "form", error.message)
    if not found:
        found["form"] = exc.message
    return found


def render_public_form(
    request: Request, name: str, context: dict[str, Any], *, status_code: int = 200
) -> Response:
    """A page with a public form: its double-submit CSRF token (cookie + hidden field).

    The form's token is always the cookie's, also for a signed-in visitor, because the guard
    checks public routes against the cookie, not against the session.
    """
    token, must_set = login_csrf_token(request)
    response = render(request, name, {**context, "public_csrf": token}, status_code=status_code)
    if must_set:
        cookies(request).set_login_csrf(response, token)
    return response
