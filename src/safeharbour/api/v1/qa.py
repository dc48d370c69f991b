"""Blind QA of automated decisions (review/qa.py): the queue, the blind item, the verdict.

The item view never carries the automated outcome, category or source until a verdict is
recorded; the verdict is one audited action.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.intake.queries import ContentAudience
from safeharbour.review.qa import blind_view, do_record_qa_verdict, list_qa_reviews
from safeharbour.web.deps import ContainerDep, require
from safeharbour.web.serialize import to_json

router = APIRouter(tags=["quality assurance"])


class QaVerdictIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    outcome: Literal["action", "no_action"]
    category: str | None = Field(default=None, max_length=80)
    note: str | None = Field(default=None, max_length=2000)


@router.get("/qa/reviews")
async def qa_reviews_list(
    container: ContainerDep,
    _: Annotated[Principal, require(Permission.CASES_READ)],
    status: Literal["open", "done"] = "open",
) -> Any:
    """The blind QA queue (or the reviewed items, with both verdicts)."""

    return to_json(
        await container.tx.aread(
            lambda session: {"reviews": list_qa_reviews(session, status=status)}
        )
    )


@router.get("/qa/reviews/{review_id}")
async def qa_review_get(
    review_id: uuid.UUID,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_READ)],
) -> Any:
    """A sampled item, blind: the automated outcome is shown only after the verdict."""

    return to_json(
        await container.tx.aread(
            lambda session: blind_view(session, review_id, ContentAudience.of(principal))
        )
    )


@router.post("/qa/reviews/{review_id}/verdict")
async def qa_review_verdict(
    review_id: uuid.UUID,
    body: QaVerdictIn,
    container: ContainerDep,
    principal: Annotated[Principal, require(Permission.CASES_DECIDE)],
) -> Any:
    """Record the reviewer's own decision; the answer shows whether it agrees."""

    await container.tx.awrite(
        lambda unit: do_record_qa_verdict(
            unit,
            review_id,
            outcome=body.outcome,
            category=body.category,
            note=body.note,
            actor=principal.actor,
        )
    )
    return to_json(
        await container.tx.aread(
            lambda session: blind_view(session, review_id, ContentAudience.of(principal))
        )
    )
