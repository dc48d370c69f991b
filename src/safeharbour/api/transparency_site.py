"""The public transparency site (`/transparency/...`): no account, no JavaScript.

- `/transparency/`: every published day with trend charts (inline SVG);
- `/transparency/feed.atom`: Atom 1.0, one entry per published day;
- `/transparency/{date}/`: the day's stored `index.html`, and beside it the day's signed files
  (`report.json`, `report.csv`, `leaves.jsonl`, `root.json`) exactly as published.

Pages carry a strict Content-Security-Policy: nothing is loaded from anywhere; only the pages'
own inline stylesheet is allowed.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path
from starlette.responses import RedirectResponse, Response

from safeharbour.kit.errors import NotFound
from safeharbour.transparency.publication import atom_feed, index_page, published_file
from safeharbour.transparency.reports import FILES
from safeharbour.web.deps import PUBLIC, ContainerDep

router = APIRouter(tags=["transparency"])

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
MEDIA_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "report.json": "application/json",
    "report.csv": "text/csv; charset=utf-8",
    "leaves.jsonl": "application/jsonl; charset=utf-8",
    "root.json": "application/json",
}
Day = Annotated[str, Path(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD (UTC)")]


def _page(text: str, media_type: str) -> Response:
    return Response(
        text.encode("utf-8"),
        media_type=media_type,
        headers={
            "Content-Security-Policy": CSP,
            "X-Content-Type-Options": "nosniff",
            "Cache-Control": "public, max-age=300",
        },
    )


@router.get("/transparency", include_in_schema=False)
async def transparency_root() -> RedirectResponse:
    return RedirectResponse("/transparency/", status_code=307)


@router.get("/transparency/", openapi_extra=PUBLIC)
async def transparency_index(container: ContainerDep) -> Response:
    """Every published daily report, with trends."""

    return _page(
        await container.tx.aread(lambda session: index_page(session)), "text/html; charset=utf-8"
    )


@router.get("/transparency/feed.atom", openapi_extra=PUBLIC)
async def transparency_feed(container: ContainerDep) -> Response:
    """Atom 1.0 feed of the published daily reports."""

    return _page(
        await container.tx.aread(
            lambda session: atom_feed(session, base_url=container.settings.public_base_url)
        ),
        "application/atom+xml; charset=utf-8",
    )


@router.get("/transparency/{day}", include_in_schema=False)
async def transparency_day_redirect(day: Day) -> RedirectResponse:
    return RedirectResponse(f"/transparency/{day}/", status_code=307)


async def _file(container: ContainerDep, day: str, name: str) -> Response:
    try:
        date.fromisoformat(day)
    except ValueError:
        raise NotFound("no report for this date", field="date") from None

    text = await container.tx.aread(lambda session: published_file(session, day, name))
    if text is None:
        raise NotFound("no report is published for this date", field="date")
    return _page(text, MEDIA_TYPES[name])


@router.get("/transparency/{day}/", openapi_extra=PUBLIC)
async def transparency_day(day: Day, container: ContainerDep) -> Response:
    """One day's report page, as published."""
    return await _file(container, day, "index.html")


@router.get("/transparency/{day}/{name}", openapi_extra=PUBLIC)
async def transparency_day_file(day: Day, name: str, container: ContainerDep) -> Response:
    """One of the day's published files, byte for byte."""
    if name not in FILES:
        raise NotFound("no such file in a report", field="name")
    return await _file(container, day, name)
