"""The auditor's section (`/console/audit/...`): the audit log, read-only, and its verification.

Entries show what the chain holds (ids and SHA-256 digests; the chain never holds content),
newest first, filtered by action, actor, object id and UTC day, one page at a time. "Verify
the chain" re-computes every link as `safeharbour audit verify` does and says the result in
words. Nothing here writes: verification is a GET, so no form on these pages can answer 403.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session
from starlette.responses import Response

from safeharbour.audit.browse import AUDIT_KEYS, AuditFilter, browse_entries, parse_filter
from safeharbour.audit.chain import count_entries
from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import User
from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.forms import plain_errors
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.humanize import display_names, person
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

_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.I)


def _value_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def _staff_ids(session: Session, entries: list[dict[str, Any]]) -> set[str]:
    """The staff users' ids among the ids the entries' objects and snapshots hold: these are
    people, shown by name; every other id is the name of a thing and is shown as held."""
    candidates: set[uuid.UUID] = set()
    for entry in entries:
        for value in [*entry["subjects"].values(), *entry["snapshot"].values()]:
            candidates.update(uuid.UUID(m) for m in _UUID.findall(_value_text(value)))
    if not candidates:
        return set()
    found = session.scalars(select(User.id).where(User.id.in_(candidates)))
    return {str(user_id) for user_id in found}


def _shown(value: Any, staff: set[str], people: dict[str, str]) -> dict[str, Any]:
    """One recorded value for the page: `raw` as the chain holds it (the tooltip and what a
    filter link carries), `text` with every staff user's id in it replaced by their name, and
    whether the value is a person (shown as words rather than as a code)."""
    raw = _value_text(value)
    text = _UUID.sub(
        lambda m: (
            person(f"user:{m.group(0)}", {"people": people})
            if m.group(0).lower() in staff
            else m.group(0)
        ),
        raw,
    )
    return {"raw": raw, "text": text, "is_person": raw.lower() in staff}


def _for_page(
    session: Session, entries: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The entries with their actors, objects and snapshot values ready to show: people by
    display name or pseudonym (the raw reference in a tooltip), things by their ids."""
    staff = _staff_ids(session, entries)
    people = display_names(
        session, [e["actor"] for e in entries] + [f"user:{ident}" for ident in staff]
    )
    shown = [
        {
            **entry,
            "subjects_shown": [
                (role, _shown(ident, staff, people))
                for role, ident in sorted(entry["subjects"].items())
            ],
            "snapshot_shown": [
                (key, _shown(value, staff, people))
                for key, value in sorted(entry["snapshot"].items())
            ],
        }
        for entry in entries
    ]
    return shown, people


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
        entries, people = _for_page(session, page.rows)
        return page, entries, people, total

    page, entries, people, total = await container.tx.aread(read)
    return render(
        request,
        "audit/log.html",
        {
            "entries": entries,
            "people": people,
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
