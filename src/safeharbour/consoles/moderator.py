"""The moderator console section (`/console/moderator/...`): queues, cases, decisions,
four-eyes approvals, appeals, trusted flaggers and Art. 23 measures, and a trusted flagger's
own notices.

Thin like the API routes (`api/v1/review.py`, `api/v1/notices.py`): parse the form, call one
action or query, answer. After a decision, an approval or an appeal decision commits, its
platform calls are made at once with `nta.dispatch_enforcement`, as the API does. Claiming and
approving answer HTMX with a fragment (the row); everything else is POST-redirect-GET.
Keyboard shortcuts live in `static/moderation.js` (press `?` on any page).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.forms import plain_errors, submit_once
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.humanize import display_names
from safeharbour.consoles.moderator_items import (
    MEASURES,
    applicable_measures,
    parse_target,
    url_target,
)
from safeharbour.consoles.nta_common import CATEGORIES, KEYWORDS, field_errors
from safeharbour.consoles.pages import base_path, render
from safeharbour.consoles.paging import Filter, Pager, list_request, pager
from safeharbour.intake.access import notice_scope
from safeharbour.intake.flaggers import do_set_flagger_sla, list_trusted_flaggers
from safeharbour.intake.notice_queries import NOTICE_KEYS, flagger_accuracy, list_notices_page
from safeharbour.intake.queries import ContentAudience
from safeharbour.intake.sanctions import (
    SanctionGround,
    SourceRef,
    do_lift_sanction,
    do_suspend_source,
    do_warn_source,
    list_sanctions,
    misuse_candidates,
    resolve_source,
)
from safeharbour.kit.errors import DomainError, InvalidInput
from safeharbour.kit.transactions import run_in_unit
from safeharbour.kit.values import INT32_MAX, check_day, check_instant
from safeharbour.legal.gateway import OutboundKind
from safeharbour.review import (
    AppealDecisionIn,
    DecisionIn,
    case_detail,
    do_approve_decision,
    do_claim_case,
    do_decide_appeal,
    do_reject_decision,
    do_release_case,
    get_appeal,
    get_decision,
    list_queue,
    pending_approvals,
    queue_counts,
)
from safeharbour.review.lists import APPEAL_KEYS, list_appeals_page
from safeharbour.review.queries import case_row
from safeharbour.transparency import statement_view
from safeharbour.transparency.statements import statement_token
from safeharbour.web.deps import permission_doc

router = APIRouter()

TITLE = "Moderation"
PERMISSION = Permission.CASES_READ

QUEUES = [
    ("all", "All"),
    ("critical", "Critical"),
    ("trusted", "Trusted flaggers"),
    ("normal", "Normal"),
    ("deprioritised", "Deprioritised"),
]
Identity = Annotated[ActiveSession, Depends(signed_in)]
QUEUE_PAGE = 50


def _c(request: Request) -> Any:
    return request.app.state.container


def _now(request: Request) -> datetime:
    now: datetime = _c(request).clock.now()
    return now


def _see_other(request: Request, path: str) -> RedirectResponse:
    return RedirectResponse(f"{base_path(request)}/moderator{path}", status_code=303)


def _htmx(request: Request) -> bool:
    return bool(request.headers.get("HX-Request"))


async def _form(request: Request) -> dict[str, Any]:
    form = await request.form()
    values: dict[str, Any] = {}
    for key in form:
        items = [v for v in form.getlist(key) if isinstance(v, str)]
        values[key] = items if key == "keywords" else (items[0].strip() if items else "")
    return values


def _read(request: Request, fn: Any) -> Any:
    container = _c(request)

    def run() -> Any:
        with container.database.reader() as session:
            return fn(session)

    return run_in_threadpool(run)


# -- queues ---------------------------------------------------------------------------------
@router.get("/", openapi_extra=permission_doc(Permission.CASES_READ))
async def queue_page(
    request: Request, identity: Identity, queue: str = "all", after: str = ""
) -> Response:
    if queue not in dict(QUEUES):
        queue = "all"
    now = _now(request)

    def read(session: Any) -> Any:
        page = list_queue(session, now=now, queue=queue, limit=QUEUE_PAGE, after=after or None)
        holders = [c["lease"]["holder"] for c in page["cases"] if c.get("lease")]
        return page, queue_counts(session, now=now), display_names(session, holders)

    page, counts, people = await _read(request, read)
    path = request.url.path
    tab = {"queue": queue} if queue != "all" else {}
    links = Pager(
        path=path,
        filters=(),
        values={},
        limit=QUEUE_PAGE,
        default_limit=QUEUE_PAGE,
        next_url=f"{path}?{urlencode({**tab, 'after': page['next']})}" if page["next"] else None,
        previous_url=None,
        first_url=(f"{path}?{urlencode(tab)}" if tab else path) if after else None,
        shown=len(page["cases"]),
    )
    return render(
        request,
        "moderator/queue.html",
        {
            "pager": links,
            "people": people,
            "cases": page["cases"],
            "counts": counts,
            "queues": QUEUES,
            "queue": queue,
            "now": now,
            "me": identity.principal.actor.ref,
            "can_claim": identity.principal.can(Permission.CASES_CLAIM),
        },
    )


def _row(
    request: Request, identity: ActiveSession, row: dict[str, Any], error: str = ""
) -> Response:
    return render(
        request,
        "moderator/_queue_row.html",
        {
            "c": row,
            "now": _now(request),
            "me": identity.principal.actor.ref,
            "can_claim": True,
            "error": error,
        },
    )


@router.post("/cases/{case_id}/claim", openapi_extra=permission_doc(Permission.CASES_CLAIM))
async def claim(request: Request, case_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)

    def run() -> Any:
        case = run_in_unit(
            container.database,
            lambda unit: do_claim_case(
                unit, case_id, policy=container.nta.review, actor=identity.principal.actor
            ),
        )
        return case_row(case, container.clock.now())

    if not _htmx(request):
        await run_in_threadpool(run)
        return _see_other(request, f"/cases/{case_id}")
    try:
        row = await run_in_threadpool(run)
    except DomainError as exc:
        fresh = await _read(
            request,
            lambda s: case_detail(
                s,
                case_id,
                now=_now(request),
                policy=container.nta.review,
                audience=ContentAudience.of(identity.principal),
            ),
        )
        return _row(request, identity, fresh, error=exc.message)
    return _row(request, identity, row)


@router.post("/cases/{case_id}/release", openapi_extra=permission_doc(Permission.CASES_CLAIM))
async def release(request: Request, case_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)
    await run_in_threadpool(
        lambda: run_in_unit(
            container.database,
            lambda unit: do_release_case(unit, case_id, actor=identity.principal.actor),
        )
    )
    return _see_other(request, "/")


# -- the case page and deciding ---------------------------------------------------------------
def _case_page(
    request: Request,
    identity: ActiveSession,
    case: dict[str, Any],
    *,
    values: dict[str, Any] | None = None,
    errors: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    lease = case.get("lease")
    mine = bool(lease and lease.get("holder") == identity.principal.actor.ref)
    target = case.get("target")
    acted_on = case["item"] if target is None else (target.chosen or {"kind": "url"})
    return render(
        request,
        "moderator/case.html",
        {
            "case": case,
            "now": _now(request),
            "mine": mine,
            "people": case.get("people", {}),
            "target": target,
            "values": values or {"measure": "", "category": case.get("category")},
            "errors": errors or {},
            "measures": applicable_measures(acted_on),
            "irreversible": _irreversible(request),
            "categories": CATEGORIES,
            "keywords": KEYWORDS,
            "can_decide": identity.principal.can(Permission.CASES_DECIDE),
            "can_claim": identity.principal.can(Permission.CASES_CLAIM),
        },
        status_code=status_code,
    )


def _irreversible(request: Request) -> set[str]:
    """Measures this platform cannot undo (a Matrix redaction): the form says so before the
    decision is confirmed."""
    from safeharbour.enforcement.ports import is_reversible

    platform = _c(request).nta.platform
    return {value for value, _, _ in MEASURES if not is_reversible(platform, value)}


async def _case(
    request: Request,
    case_id: uuid.UUID,
    identity: ActiveSession,
    *,
    target: str = "",
    find: str = "",
) -> dict[str, Any]:
    """The case page's data: the case, the names of the people in it and, for a case opened
    on an address alone, the item its decision acts on (`moderator_items.url_target`)."""
    container = _c(request)
    now = _now(request)
    audience = ContentAudience.of(identity.principal)

    def read(session: Any) -> dict[str, Any]:
        case: dict[str, Any] = case_detail(
            session, case_id, now=now, policy=container.nta.review, audience=audience
        )
        if case["item"]["kind"] == "url":
            case["target"] = url_target(
                session,
                case["item"]["id"],
                patterns=container.nta.notices.url_patterns,
                chosen=target,
                find=find,
            )
        refs = [(case.get("lease") or {}).get("holder")]
        author = (case["item"].get("author") or {}).get("id")
        refs.append(f"account:{author}" if author else None)
        for decision in case.get("decisions", []):
            refs += [decision.get(k) for k in ("decided_by", "approved_by", "rejected_by")]
        refs += [a.get("decided_by") for a in case.get("appeals", [])]
        case["people"] = display_names(session, [r for r in refs if r])
        return case

    found: dict[str, Any] = await _read(request, read)
    return found


@router.get("/cases/{case_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def case_page(
    request: Request, case_id: uuid.UUID, identity: Identity, target: str = "", find: str = ""
) -> Response:
    """The case; for a case on an address alone, `find` searches the mirror for the item and
    `target` (`post:<id>`) names the one the decision acts on."""
    try:
        case = await _case(request, case_id, identity, target=target, find=find)
    except InvalidInput as exc:
        case = await _case(request, case_id, identity)
        return _case_page(request, identity, case, errors=plain_errors(exc), status_code=422)
    return _case_page(request, identity, case)


def _until(value: str) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.fromisoformat(value)
        if day.tzinfo is None:
            day = datetime.combine(check_day(day.date()), time(23, 59), tzinfo=UTC)
        return check_instant(day)
    except ValueError as exc:
        raise InvalidInput(f"expected a date (YYYY-MM-DD): {exc}", field="until") from None


def decision_from_form(values: dict[str, Any]) -> DecisionIn:
    """The `DecisionIn` a decide form means; raises InvalidInput naming the form's fields."""
    measure = values.get("measure") or ""
    if measure not in {m for m, _, _ in MEASURES}:
        raise InvalidInput("choose what to do", field="measure")
    body: dict[str, Any] = {
        "outcome": "no_action" if measure == "no_action" else "action",
        "category": values.get("category") or None,
        "category_specification": list(values.get("keywords") or []),
        "explanation": values.get("explanation") or "",
    }
    if measure != "no_action":
        action: dict[str, Any] = {
            "kind": measure,
            "ground": {
                "kind": values.get("ground_kind") or "",
                "reference": values.get("ground_reference") or "",
                "explanation": values.get("ground_explanation") or "",
            },
        }
        if measure == "restrict_post":
            action["countries"] = [
                c for c in (values.get("countries") or "").replace(",", " ").split() if c
            ]
        if measure == "suspend_account":
            action["until"] = _until(values.get("until") or "")
        if measure == "label":
            action["label"] = values.get("label") or None
        target = parse_target(values.get("target") or "")
        if target is not None:
            action["target"] = {"kind": target[0], "id": target[1]}
        body["actions"] = [action]
    try:
        return DecisionIn.model_validate(body)
    except ValidationError as exc:
        raise InvalidInput(
            "the decision is not complete",
            errors=[_field_error(e) for e in exc.errors()],
        ) from exc


_FORM_FIELDS = {
    "actions.0.ground.kind": "ground_kind",
    "actions.0.ground.reference": "ground_reference",
    "actions.0.ground.explanation": "ground_explanation",
    "actions.0.countries": "countries",
    "actions.0.until": "until",
    "actions.0.label": "label",
    "actions.0.target": "target",
    "category_specification": "keywords",
}
MISSING_WORDS = {
    "measure": "Choose what to do.",
    "category": "Choose the category the item falls under.",
    "ground_kind": "Choose the ground: illegal under a law, or against the terms of service.",
    "ground_reference": "Name the law or the terms clause, for example § 130 StGB or ToS 4.2.",
    "ground_explanation": "Say why the item falls under that law or clause.",
    "explanation": "Describe the facts and circumstances; they go into the statement of reasons.",
    "label": "Give the label text to show on the item.",
    "until": "Give the date the suspension ends.",
    "target": "Choose the item this applies to: search the mirror above.",
}
"""What a decide form says beside a field left empty (instead of a validator's words)."""


def _field_name(loc: str) -> str:
    for prefix, name in _FORM_FIELDS.items():
        if loc.startswith(prefix):
            return name
    return loc.split(".")[0] if not loc.startswith("actions") else "measure"


def _field_error(error: Any) -> Any:
    from safeharbour.kit.errors import FieldError

    loc = ".".join(str(p) for p in error.get("loc", ()))
    field = _field_name(loc)
    empty = error.get("type") in ("missing", "string_too_short", "enum", "literal_error")
    if empty and field in MISSING_WORDS:
        return FieldError(field, MISSING_WORDS[field])
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return FieldError(field, message)


@router.post("/cases/{case_id}/decide", openapi_extra=permission_doc(Permission.CASES_DECIDE))
async def decide(request: Request, case_id: uuid.UUID, identity: Identity) -> Response:
    """Decide the case (post/redirect/get; the form's one-time nonce makes a re-sent form land
    on the first decision instead of deciding twice)."""
    container = _c(request)
    values = await _form(request)

    def run() -> str:
        body = decision_from_form(values)
        reports = [
            kind for kind in OutboundKind if values.get(f"report_{kind.value}") in ("on", "1")
        ]

        def act(unit: Any) -> str:
            decision, _reports = container.decisions.decide(
                unit, case_id, body, reports=reports, actor=identity.principal.actor
            )
            return f"/moderator/decisions/{decision.id}"

        return submit_once(container.tx, values, "moderator.decide", act)

    try:
        result = await run_in_threadpool(run)
    except InvalidInput as exc:
        errors = {_field_name(k) if k != "form" else k: v for k, v in field_errors(exc).items()}
        errors = {
            k: MISSING_WORDS.get(k, v) if v.startswith("name the") else v for k, v in errors.items()
        }
        case = await _case(request, case_id, identity, target=values.get("target") or "")
        return _case_page(request, identity, case, values=values, errors=errors, status_code=422)
    return RedirectResponse(f"{base_path(request)}{result}", status_code=303)


# -- decisions and four-eyes ---------------------------------------------------------------------
_PEOPLE_KEYS = ("decided_by", "approved_by", "rejected_by")


def _people_of(session: Any, views: Any) -> dict[str, str]:
    """Display names of the people named in decision or appeal views (what `person` shows)."""
    refs = []
    for view in views:
        refs += [view.get(key) for key in _PEOPLE_KEYS]
        refs += [(view.get("decision") or {}).get(key) for key in _PEOPLE_KEYS]
    return display_names(session, [ref for ref in refs if ref])


@router.get("/decisions/{decision_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def decision_page(request: Request, decision_id: uuid.UUID, identity: Identity) -> Response:
    def read(session: Any) -> Any:
        decision = get_decision(session, decision_id)
        return decision, _people_of(session, [decision])

    decision, people = await _read(request, read)
    return render(
        request,
        "moderator/decision.html",
        {
            "people": people,
            "d": decision,
            "me": identity.principal.actor.ref,
            "can_approve": identity.principal.can(Permission.DECISIONS_APPROVE),
        },
    )


@router.get("/statements/{statement_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def statement_preview(
    request: Request, statement_id: uuid.UUID, identity: Identity
) -> Response:
    """The statement of reasons as its recipient sees it. The secret token stays on the
    server: it would let staff file an appeal in the user's name."""
    container = _c(request)
    token = statement_token(container.nta.review.tokens, statement_id)

    def read(session: Any) -> Any:
        return statement_view(
            session,
            statement_id,
            token,
            links=container.nta.review.links,
            now=container.clock.now(),
        )

    statement = await _read(request, read)
    return render(request, "public/statement.html", {"s": statement, "internal": True})


@router.get("/approvals", openapi_extra=permission_doc(Permission.CASES_READ))
async def approvals_page(request: Request, identity: Identity) -> Response:
    def read(session: Any) -> Any:
        pending = pending_approvals(session)
        return pending, _people_of(session, pending)

    pending, people = await _read(request, read)
    return render(
        request,
        "moderator/approvals.html",
        {
            "people": people,
            "pending": pending,
            "me": identity.principal.actor.ref,
            "can_approve": identity.principal.can(Permission.DECISIONS_APPROVE),
            "error": "",
        },
    )


async def _four_eyes(
    request: Request, identity: ActiveSession, decision_id: uuid.UUID, approve: bool
) -> Response:
    container = _c(request)
    values = await _form(request)
    reason = values.get("reason") or ""

    def run() -> None:
        if approve:
            run_in_unit(
                container.database,
                lambda unit: do_approve_decision(
                    unit, decision_id, policy=container.nta.review, actor=identity.principal.actor
                ),
            )
            container.nta.dispatch_enforcement([decision_id])
        else:
            run_in_unit(
                container.database,
                lambda unit: do_reject_decision(
                    unit, decision_id, reason=reason, actor=identity.principal.actor
                ),
            )

    try:
        await run_in_threadpool(run)
    except DomainError as exc:
        decision = await _read(request, lambda s: get_decision(s, decision_id))
        context = {"p": decision, "me": identity.principal.actor.ref, "can_approve": True}
        if _htmx(request):
            return render(
                request, "moderator/_approval.html", {**context, "row_error": exc.message}
            )
        pending = await _read(request, lambda s: pending_approvals(s))
        return render(
            request,
            "moderator/approvals.html",
            {**context, "pending": pending, "error": exc.message},
            status_code=403 if exc.code == "forbidden" else 409,
        )
    if _htmx(request):
        decision = await _read(request, lambda s: get_decision(s, decision_id))
        return render(
            request,
            "moderator/_approval.html",
            {"p": decision, "me": identity.principal.actor.ref, "can_approve": True},
        )
    return _see_other(request, f"/decisions/{decision_id}")


@router.post(
    "/decisions/{decision_id}/approve",
    openapi_extra=permission_doc(Permission.DECISIONS_APPROVE),
)
async def approve(request: Request, decision_id: uuid.UUID, identity: Identity) -> Response:
    return await _four_eyes(request, identity, decision_id, approve=True)


@router.post(
    "/decisions/{decision_id}/reject",
    openapi_extra=permission_doc(Permission.DECISIONS_APPROVE),
)
async def reject(request: Request, decision_id: uuid.UUID, identity: Identity) -> Response:
    return await _four_eyes(request, identity, decision_id, approve=False)


# -- appeals ------------------------------------------------------------------------------------
@router.get("/appeals", openapi_extra=permission_doc(Permission.APPEALS_READ))
async def appeals_page(request: Request, identity: Identity) -> Response:
    """Appeals, oldest first, a page at a time; decided ones narrowed to an outcome."""
    listing = list_request(request, APPEAL_FILTERS, keys=APPEAL_KEYS)
    page = await _read(
        request,
        lambda s: list_appeals_page(
            s,
            status=listing.filters["status"],
            outcome=listing.filters["outcome"],
            limit=listing.limit,
            cursor=listing.cursor,
        ),
    )
    return render(
        request,
        "moderator/appeals.html",
        {
            "appeals": page.rows,
            "status": listing.filters["status"],
            "pager": pager(request, listing, page, APPEAL_FILTERS),
        },
    )


APPEAL_FILTERS = (
    Filter("status", "Status", choices=(("open", "Open"), ("decided", "Decided")), default="open"),
    Filter(
        "outcome",
        "Outcome",
        choices=(("upheld", "Decision upheld"), ("reversed", "Decision reversed")),
    ),
)


def _appeal_view(session: Any, appeal_id: uuid.UUID) -> dict[str, Any]:
    appeal: dict[str, Any] = get_appeal(session, appeal_id)
    appeal["people"] = _people_of(session, [appeal])
    return appeal


def _appeal_page(
    request: Request,
    identity: ActiveSession,
    appeal: dict[str, Any],
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    decision = appeal.get("decision") or {}
    me = identity.principal.actor.ref
    took_part = me in (decision.get("decided_by"), decision.get("approved_by"))
    return render(
        request,
        "moderator/appeal.html",
        {
            "a": appeal,
            "people": appeal.get("people", {}),
            "took_part": took_part,
            "errors": errors or {},
            "values": values or {},
            "can_decide": identity.principal.can(Permission.APPEALS_DECIDE),
        },
        status_code=status_code,
    )


@router.get("/appeals/{appeal_id}", openapi_extra=permission_doc(Permission.APPEALS_READ))
async def appeal_page(request: Request, appeal_id: uuid.UUID, identity: Identity) -> Response:
    appeal = await _read(request, lambda s: _appeal_view(s, appeal_id))
    return _appeal_page(request, identity, appeal)


@router.post("/appeals/{appeal_id}/decide", openapi_extra=permission_doc(Permission.APPEALS_DECIDE))
async def appeal_decide(request: Request, appeal_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)
    values = await _form(request)

    def run() -> None:
        try:
            body = AppealDecisionIn.model_validate(
                {"outcome": values.get("outcome") or "", "reasoning": values.get("reasoning")}
            )
        except ValidationError as exc:
            raise InvalidInput(
                "the appeal decision is not complete",
                errors=[_field_error(e) for e in exc.errors()],
            ) from exc
        appeal = run_in_unit(
            container.database,
            lambda unit: do_decide_appeal(
                unit, appeal_id, body, policy=container.nta.review, actor=identity.principal.actor
            ),
        )
        container.nta.dispatch_enforcement([appeal.decision_id])

    try:
        await run_in_threadpool(run)
    except InvalidInput as exc:
        appeal = await _read(request, lambda s: _appeal_view(s, appeal_id))
        return _appeal_page(request, identity, appeal, field_errors(exc), values, status_code=422)
    return _see_other(request, f"/appeals/{appeal_id}")


# -- trusted flaggers and Art. 23 ---------------------------------------------------------------
@router.get("/flaggers", openapi_extra=permission_doc(Permission.SANCTIONS_READ))
async def flaggers_page(request: Request, identity: Identity) -> Response:
    now = _now(request)
    scope = notice_scope(identity.principal)

    def read(session: Any) -> Any:
        accuracy = {row["flagger_id"]: row for row in flagger_accuracy(session, scope)}
        flaggers = [
            {
                "id": str(f.id),
                "name": f.name,
                "critical": f.sla_critical_minutes,
                "default": f.sla_default_minutes,
                "accuracy": accuracy.get(str(f.id)),
            }
            for f in list_trusted_flaggers(session)
        ]
        return (
            flaggers,
            list_sanctions(session, now=now),
            misuse_candidates(session, now=now),
        )

    flaggers, sanctions, candidates = await _read(request, read)
    return render(
        request,
        "moderator/flaggers.html",
        {
            "flaggers": flaggers,
            "sanctions": sanctions,
            "candidates": candidates,
            "grounds": [g.value for g in SanctionGround],
            "can_sla": identity.principal.can(Permission.FLAGGERS_WRITE),
            "can_sanction": identity.principal.can(Permission.SANCTIONS_WRITE),
        },
    )


def _minutes(value: str, field: str) -> int | None:
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= INT32_MAX:
        raise InvalidInput(f"expected a whole number of minutes (1 to {INT32_MAX})", field=field)
    return int(value)


@router.post("/flaggers/{flagger_id}/sla", openapi_extra=permission_doc(Permission.FLAGGERS_WRITE))
async def flagger_sla(request: Request, flagger_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)
    values = await _form(request)

    def run() -> None:
        critical = _minutes(values.get("critical_minutes") or "", "critical_minutes")
        default = _minutes(values.get("default_minutes") or "", "default_minutes")
        run_in_unit(
            container.database,
            lambda unit: do_set_flagger_sla(
                unit,
                flagger_id,
                critical_minutes=critical,
                default_minutes=default,
                actor=identity.principal.actor,
            ),
        )

    await run_in_threadpool(run)
    return _see_other(request, "/flaggers")


@router.post("/sanctions", openapi_extra=permission_doc(Permission.SANCTIONS_WRITE))
async def sanction_create(request: Request, identity: Identity) -> Response:
    container = _c(request)
    values = await _form(request)

    def run() -> None:
        def work(unit: Any) -> Any:
            flagger = values.get("flagger_id") or None
            try:
                flagger_id = uuid.UUID(flagger) if flagger else None
            except ValueError:
                raise InvalidInput("no such trusted flagger", field="flagger_id") from None
            source = resolve_source(
                unit.session,
                SourceRef(flagger_id=flagger_id, email=values.get("email") or None),
                container.nta.notices,
            )
            try:
                ground = SanctionGround(values.get("ground") or "manifestly_unfounded_notices")
            except ValueError:
                allowed = ", ".join(g.value for g in SanctionGround)
                raise InvalidInput(f"expected one of {allowed}", field="ground") from None
            reason = values.get("reason") or ""
            if values.get("kind") == "suspension":
                until = _until(values.get("until") or "")
                if until is None:
                    raise InvalidInput("a suspension needs its end", field="until")
                return do_suspend_source(
                    unit,
                    source=source,
                    ground=ground,
                    reason=reason,
                    until=until,
                    actor=identity.principal.actor,
                )
            return do_warn_source(
                unit, source=source, ground=ground, reason=reason, actor=identity.principal.actor
            )

        run_in_unit(container.database, work)

    await run_in_threadpool(run)
    return _see_other(request, "/flaggers")


@router.post(
    "/sanctions/{sanction_id}/lift", openapi_extra=permission_doc(Permission.SANCTIONS_WRITE)
)
async def sanction_lift(request: Request, sanction_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)
    values = await _form(request)
    await run_in_threadpool(
        lambda: run_in_unit(
            container.database,
            lambda unit: do_lift_sanction(
                unit, sanction_id, reason=values.get("reason") or "", actor=identity.principal.actor
            ),
        )
    )
    return _see_other(request, "/flaggers")


# -- notices (a trusted flagger: its own) ----------------------------------------------------
@router.get("/notices", openapi_extra=permission_doc(Permission.NOTICES_READ))
async def notices_page(request: Request, identity: Identity) -> Response:
    """Notices, newest first, a page at a time, narrowed by category and source."""
    container = _c(request)
    scope = notice_scope(identity.principal)
    now = _now(request)
    listing = list_request(request, NOTICE_FILTERS, keys=NOTICE_KEYS)

    def read(session: Any) -> Any:
        return (
            list_notices_page(
                session,
                scope,
                now=now,
                policy=container.nta.review,
                limit=listing.limit,
                cursor=listing.cursor,
                category=listing.filters["category"],
                source=listing.filters["source"],
            ),
            flagger_accuracy(session, scope),
        )

    page, accuracy = await _read(request, read)
    return render(
        request,
        "moderator/notices.html",
        {
            "notices": page.rows,
            "accuracy": accuracy,
            "now": now,
            "pager": pager(request, listing, page, NOTICE_FILTERS),
        },
    )


NOTICE_FILTERS = (
    Filter("category", "Category", choices=tuple(CATEGORIES)),
    Filter(
        "source", "Sent by", choices=(("public", "The public"), ("trusted", "Trusted flaggers"))
    ),
)


# -- the platform: adapter health and the dead-letter list ------------------------------------
@router.get("/platform", openapi_extra=permission_doc(Permission.ENFORCEMENT_READ))
async def platform_page(request: Request, identity: Identity) -> Response:
    """The platform adapter's health (connectivity, lag) and the calls that failed for good,
    with their last error; a senior moderator or admin re-sends one with "Retry"."""
    from safeharbour.enforcement.actions import dead_letters
    from safeharbour.enforcement.ports import platform_health

    platform = _c(request).nta.platform
    health = await run_in_threadpool(platform_health, platform)
    failed = await _read(request, lambda session: dead_letters(session))
    return render(
        request,
        "moderator/platform.html",
        {
            "health": health,
            "dead_letters": failed,
            "can_retry": identity.principal.can(Permission.ENFORCEMENT_RETRY),
            "retried": request.query_params.get("retried"),
        },
    )


@router.post(
    "/platform/{action_id}/retry", openapi_extra=permission_doc(Permission.ENFORCEMENT_RETRY)
)
async def platform_retry(request: Request, action_id: uuid.UUID, identity: Identity) -> Response:
    row = await run_in_threadpool(
        _c(request).retry_enforcement, action_id, identity.principal.actor
    )
    return _see_other(request, f"/platform?retried={row.id}")
