"""The auditor's section (`/console/audit/...`): the audit log, read-only, and its verification.

Entries show what the chain holds (ids and SHA-256 digests; the chain never holds content),
newest first, filtered by action, actor, object id and UTC day, one page at a time. "Verify
the chain" re-computes every link as `safeharbour audit verify` does and says the result in
words. Nothing here writes: verification is a GET, so no form on these pages can answer 403.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session
from starlette.responses import Response

from safeharbour.audit.browse import AUDIT_KEYS, AuditFilter, browse_entries, parse_filter
from safeharbour.audit.chain import count_entries
from safeharbour.audit.tags import AuditTag
from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.forms import plain_errors
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.pages import render
from safeharbour.consoles.paging import DEFAULT_LIMIT, Filter, ListRequest, list_request, pager
from safeharbour.kit.errors import InvalidInput
from safeharbour.web.deps import permission_doc

router = APIRouter()

TITLE = "Audit log"
PERMISSION = Permission.AUDIT_READ
Identity = Annotated[ActiveSession, Depends(signed_in)]


def _action_choices() -> list[tuple[str, str]]:
    """Every tag, grouped by its first part (`legal:` for everything legal), for the filter."""
    tags = sorted(tag.value for tag in AuditTag)
    groups = sorted({tag.split(":", 1)[0] + ":" for tag in tags})
    return [(g, f"everything {g.rstrip(':')}") for g in groups] + [(t, t) for t in tags]


def _filters() -> tuple[Filter, ...]:
    return (
        Filter("action", "Action", choices=tuple(_action_choices())),
        Filter("actor", "Actor", placeholder="user:…, api_key:…, system:…", max_length=120),
        Filter("subject", "Object id", placeholder="notice, case, user or request id"),
        Filter("from", "From (UTC day)", placeholder="2026-12-01", max_length=10),
        Filter("to", "To (UTC day)", placeholder="2026-12-08", max_length=10),
    )


FILTERS = _filters()


@router.get("/", openapi_extra=permission_doc(Permission.AUDIT_READ))
async def audit_log(request: Request, identity: Identity) -> Response:
    container = request.app.state.container
    errors: dict[str, str] = {}
    try:
        listing = list_request(request, FILTERS, keys=AUDIT_KEYS)
        found = parse_filter(
            action=listing.filters["action"],
            actor=listing.filters["actor"],
            subject=listing.filters["subject"],
            day_from=listing.filters["from"],
            day_to=listing.filters["to"],
        )
    except InvalidInput as exc:
        errors = plain_errors(exc)
        listing = ListRequest(
            filters={f.name: "" for f in FILTERS}, limit=DEFAULT_LIMIT, cursor=None
        )
        found = AuditFilter()

    def read(session: Session) -> Any:
        page = browse_entries(session, found, limit=listing.limit, cursor=listing.cursor)
        total = None if found.active else count_entries(session)
        return page, total

    page, total = await container.tx.aread(read)
    return render(
        request,
        "audit/log.html",
        {
            "entries": page.rows,
            "pager": pager(request, listing, page, FILTERS),
            "total": total,
            "filtered": found.active,
            "errors": errors,
            "can_verify": identity.principal.can(Permission.AUDIT_VERIFY),
        },
        status_code=422 if errors else 200,
    )


@router.get("/verify", openapi_extra=permission_doc(Permission.AUDIT_VERIFY))
async def audit_verify(request: Request, identity: Identity) -> Response:
    container = request.app.state.container

    report = await container.tx.aread(lambda session: container.verify_audit(session))
    return render(request, "audit/verify.html", {"report": report})
