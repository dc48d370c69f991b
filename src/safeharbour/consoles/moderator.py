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

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import ValidationError
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.nta_common import CATEGORIES, KEYWORDS, field_errors
from safeharbour.consoles.pages import base_path, render
from safeharbour.intake.access import notice_scope
from safeharbour.intake.flaggers import do_set_flagger_sla, list_trusted_flaggers
from safeharbour.intake.notice_queries import flagger_accuracy, list_notices
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
    list_appeals,
    list_queue,
    pending_approvals,
    queue_counts,
)
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
MEASURES = [
    ("no_action", "No action", "n"),
    ("remove_post", "Remove post", "r"),
    ("restrict_post", "Restrict in countries", "g"),
    ("suspend_account", "Suspend account", "s"),
    ("terminate_account", "Terminate account", "t"),
    ("ban_channel", "Ban channel", "b"),
    ("label", "Label", "l"),
    ("quarantine_media", "Quarantine media", "m"),
]
Identity = Annotated[ActiveSession, Depends(signed_in)]


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
async def queue_page(request: Request, identity: Identity, queue: str = "all") -> Response:
    if queue not in dict(QUEUES):
        queue = "all"
    now = _now(request)

    def read(session: Any) -> Any:
        return (
            list_queue(session, now=now, queue=queue, limit=100),
            queue_counts(session, now=now),
        )

    page, counts = await _read(request, read)
    return render(
        request,
        "moderator/queue.html",
        {
            "cases": page["cases"],
            "counts": counts,
            "queues": QUEUES,
            "queue": queue,
            "now": now,
            "me": identity.principal.actor.ref,
            "can_claim": identity.principal.can(Permission.CASES_CLAIM),
        },
    )


def _row(request: Request, identity: ActiveSession, row: dict[str, Any], error: str = "") -> Any:
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
            lambda s: case_detail(s, case_id, now=_now(request), policy=container.nta.review),
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
    return render(
        request,
        "moderator/case.html",
        {
            "case": case,
            "now": _now(request),
            "mine": mine,
            "values": values or {"measure": "", "category": case.get("category")},
            "errors": errors or {},
            "measures": MEASURES,
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


async def _case(request: Request, case_id: uuid.UUID) -> dict[str, Any]:
    container = _c(request)
    now = _now(request)
    case: dict[str, Any] = await _read(
        request, lambda s: case_detail(s, case_id, now=now, policy=container.nta.review)
    )
    return case


@router.get("/cases/{case_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def case_page(request: Request, case_id: uuid.UUID, identity: Identity) -> Response:
    return _case_page(request, identity, await _case(request, case_id))


def _until(value: str) -> datetime | None:
    if not value:
        return None
    try:
        day = datetime.fromisoformat(value)
    except ValueError as exc:
        raise InvalidInput("expected a date (YYYY-MM-DD)", field="until") from exc
    if day.tzinfo is None:
        day = datetime.combine(day.date(), time(23, 59), tzinfo=UTC)
    return day


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
    "category_specification": "keywords",
}


def _field_name(loc: str) -> str:
    for prefix, name in _FORM_FIELDS.items():
        if loc.startswith(prefix):
            return name
    return loc.split(".")[0] if not loc.startswith("actions") else "measure"


def _field_error(error: Any) -> Any:
    from safeharbour.kit.errors import FieldError

    loc = ".".join(str(p) for p in error.get("loc", ()))
    message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
    return FieldError(_field_name(loc), message)


@router.post("/cases/{case_id}/decide", openapi_extra=permission_doc(Permission.CASES_DECIDE))
async def decide(request: Request, case_id: uuid.UUID, identity: Identity) -> Response:
    container = _c(request)
    values = await _form(request)

    def run() -> uuid.UUID:
        body = decision_from_form(values)
        reports = [
            kind for kind in OutboundKind if values.get(f"report_{kind.value}") in ("on", "1")
        ]
        decision, _reports = container.tx.write(
            lambda unit: container.decisions.decide(
                unit, case_id, body, reports=reports, actor=identity.principal.actor
            )
        )
        return decision.id

    try:
        decision_id = await run_in_threadpool(run)
    except InvalidInput as exc:
        errors = {_field_name(k): v for k, v in field_errors(exc).items()}
        if not errors:
            errors = {"form": exc.message}
        case = await _case(request, case_id)
        return _case_page(request, identity, case, values=values, errors=errors, status_code=422)
    return _see_other(request, f"/decisions/{decision_id}")


# -- decisions and four-eyes ---------------------------------------------------------------------
@router.get("/decisions/{decision_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def decision_page(request: Request, decision_id: uuid.UUID, identity: Identity) -> Response:
    decision = await _read(request, lambda s: get_decision(s, decision_id))
    return render(
        request,
        "moderator/decision.html",
        {
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
    pending = await _read(request, lambda s: pending_approvals(s))
    return render(
        request,
        "moderator/approvals.html",
        {
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
async def appeals_page(request: Request, identity: Identity, status: str = "open") -> Response:
    if status not in ("open", "decided"):
        status = "open"
    appeals = await _read(request, lambda s: list_appeals(s, status=status, limit=200))
    return render(request, "moderator/appeals.html", {"appeals": appeals, "status": status})


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
            "took_part": took_part,
            "errors": errors or {},
            "values": values or {},
            "can_decide": identity.principal.can(Permission.APPEALS_DECIDE),
        },
        status_code=status_code,
    )


@router.get("/appeals/{appeal_id}", openapi_extra=permission_doc(Permission.APPEALS_READ))
async def appeal_page(request: Request, appeal_id: uuid.UUID, identity: Identity) -> Response:
    appeal = await _read(request, lambda s: get_appeal(s, appeal_id))
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
        appeal = await _read(request, lambda s: get_appeal(s, appeal_id))
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
    if not value.isdigit() or int(value) < 1:
        raise InvalidInput("expected a whole number of minutes (at least 1)", field=field)
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
            source = resolve_source(
                unit.session,
                SourceRef(
                    flagger_id=uuid.UUID(flagger) if flagger else None,
                    email=values.get("email") or None,
                ),
                container.nta.notices,
            )
            ground = SanctionGround(values.get("ground") or "manifestly_unfounded_notices")
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
    container = _c(request)
    scope = notice_scope(identity.principal)
    now = _now(request)

    def read(session: Any) -> Any:
        return (
            list_notices(session, scope, now=now, policy=container.nta.review, limit=200),
            flagger_accuracy(session, scope),
        )

    notices, accuracy = await _read(request, read)
    return render(request, "moderator/notices.html", {"notices": notices, "accuracy": accuracy})


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
