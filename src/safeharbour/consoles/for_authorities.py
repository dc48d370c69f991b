"""The public page "For authorities" (`/for-authorities`): the discovery document, for people.

Plain HTML, no script needed; it renders the same document as
`/.well-known/legal-requests.json`, so the two can never disagree. Mounted on the main app
(not under `/console`: it needs no session) with the consoles' security headers.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, Request
from markupsafe import Markup, escape
from starlette.responses import HTMLResponse

from safeharbour.consoles import CONSOLE_PATH, CONTENT_SECURITY_POLICY
from safeharbour.consoles.pages import render, templates
from safeharbour.web.deps import PUBLIC

router = APIRouter(tags=["legal requests (authorities)"])

_CODE_WORD = re.compile(r"(?<![\w/.@-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![\w/.@-])")


def code_words(text: object) -> Markup:
    """Text of the discovery document with its field names and values set as code.

    The document's sentences are written for integrators and name fields (`threat_to_life`)
    and values (`need_more_info`); on the page they read as the identifiers they are.
    """
    parts = _CODE_WORD.split(str(text))  # text, code, text, code, ..., text
    return Markup("").join(
        Markup("<code>{}</code>").format(part) if index % 2 else escape(part)
        for index, part in enumerate(parts)
    )


templates.env.filters["code_words"] = code_words


@router.get(
    "/for-authorities",
    response_class=HTMLResponse,
    openapi_extra=PUBLIC,
    summary="Public page for authorities: contact, request types, deadlines, policy",
)
async def for_authorities(request: Request) -> HTMLResponse:
    document = request.app.state.container.discovery
    response = render(
        request,
        "for_authorities.html",
        {"base": CONSOLE_PATH, "doc": document, "identity": None, "csrf_token": None, "nav": []},
    )
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response
