"""The blind QA console section (`/console/qa/...`): moderators re-decide a daily sample of
fully automated decisions without seeing what the machine decided (review/qa.py).

Thin like the API routes (`api/v1/qa.py`): the queue, the blind item with a verdict form,
and the POST that records the verdict through the one audited action, then shows both calls.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from starlette.responses import RedirectResponse, Response

from safeharbour.authz.roles import Permission
from safeharbour.authz.sessions import ActiveSession
from safeharbour.consoles.guard import signed_in
from safeharbour.consoles.nta_common import CATEGORIES, field_errors
from safeharbour.consoles.pages import base_path, render
from safeharbour.intake.queries import ContentAudience
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.review.qa import blind_view, do_record_qa_verdict, list_qa_reviews
from safeharbour.web.deps import permission_doc

router = APIRouter()

TITLE = "Blind QA"
PERMISSION = Permission.CASES_READ
Identity = Annotated[ActiveSession, Depends(signed_in)]


async def _read(request: Request, fn: Any) -> Any:
    return await request.app.state.container.tx.aread(fn)


@router.get("/", openapi_extra=permission_doc(Permission.CASES_READ))
async def qa_queue(request: Request, identity: Identity, status: str = "open") -> Response:
    if status not in ("open", "done"):
        status = "open"
    reviews = await _read(request, lambda s: list_qa_reviews(s, status=status))
    return render(request, "qa/queue.html", {"reviews": reviews, "status": status})


def _review_page(
    request: Request,
    identity: ActiveSession,
    review: dict[str, Any],
    errors: dict[str, str] | None = None,
    values: dict[str, Any] | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "qa/review.html",
        {
            "r": review,
            "errors": errors or {},
            "values": values or {},
            "categories": CATEGORIES,
            "can_decide": identity.principal.can(Permission.CASES_DECIDE),
        },
        status_code=status_code,
    )


@router.get("/{review_id}", openapi_extra=permission_doc(Permission.CASES_READ))
async def qa_review(request: Request, review_id: uuid.UUID, identity: Identity) -> Response:
    review = await _read(
        request, lambda s: blind_view(s, review_id, ContentAudience.of(identity.principal))
    )
    return _review_page(request, identity, review)


@router.post("/{review_id}/verdict", openapi_extra=permission_doc(Permission.CASES_DECIDE))
async def qa_verdict(request: Request, review_id: uuid.UUID, identity: Identity) -> Response:
    container = request.app.state.container
    form = await request.form()
    values = {k: str(form.get(k) or "").strip() for k in ("outcome", "category", "note")}

    try:
        await container.tx.awrite(
            lambda unit: do_record_qa_verdict(
                unit,
                review_id,
                outcome=values["outcome"],
                category=values["category"] or None,
                note=values["note"] or None,
                actor=identity.principal.actor,
            )
        )
    except (InvalidInput, Conflict) as exc:
        review = await _read(
            request, lambda s: blind_view(s, review_id, ContentAudience.of(identity.principal))
        )
        errors = field_errors(exc)
        if not set(errors) & {"outcome", "category", "note"}:
            errors = {"form": exc.message}
        code = 409 if isinstance(exc, Conflict) else 422
        return _review_page(request, identity, review, errors, values, status_code=code)
    return RedirectResponse(f"{base_path(request)}/qa/{review_id}", status_code=303)
