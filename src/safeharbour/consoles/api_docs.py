"""Interactive API documentation (`/api/v1/docs`), served entirely by this server.

Swagger UI is vendored from npm (`static/vendor/swagger-ui/`, see its README), so the page
loads no script, style or font from another origin and works on an air-gapped network. The
page's own start-up code is a static file (`static/api-docs.js`), not an inline script, so the
Content-Security-Policy keeps `script-src 'self'`.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse

from safeharbour.consoles import CONSOLE_PATH
from safeharbour.consoles.pages import templates
from safeharbour.web.deps import PUBLIC

router = APIRouter(tags=["health"])

# Swagger UI sets element styles from script (allowed by style-src 'self'), but also renders a
# few `style` attributes in its markup, hence 'unsafe-inline' for styles on this page only;
# scripts stay 'self'.
DOCS_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)


DOCS_PATH = "/api/v1/docs"
OPENAPI_PATH = "/api/v1/openapi.json"


@router.get(
    DOCS_PATH,
    response_class=HTMLResponse,
    openapi_extra=PUBLIC,
    summary="Interactive API documentation (Swagger UI, served from this server)",
)
async def api_docs(request: Request) -> HTMLResponse:
    response = templates.TemplateResponse(
        request,
        "api_docs.html",
        {"static": f"{CONSOLE_PATH}/static", "openapi_url": OPENAPI_PATH},
    )
    response.headers["Content-Security-Policy"] = DOCS_CONTENT_SECURITY_POLICY
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response
