"""What a moderator submits: decisions with their actions, appeal decisions, disputes, tags.

These are the inputs of the review actions; the API uses them as request bodies and the
moderator console builds them from its forms. Rules that need the database (targets, the
clock, four-eyes) are checked by the actions, naming the field (`actions.0.countries`).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safeharbour.kit.countries import is_country
from safeharbour.kit.dsa import AutomatedDecision, Keyword, StatementCategory
from safeharbour.kit.values import Instant

Text = Annotated[str, Field(min_length=1, max_length=5000)]


class ActionKind(StrEnum):
    REMOVE_POST = "remove_post"
    RESTRICT_POST = "restrict_post"
    SUSPEND_ACCOUNT = "suspend_account"
    TERMINATE_ACCOUNT = "terminate_account"
    BAN_CHANNEL = "ban_channel"
    LABEL = "label"
    QUARANTINE_MEDIA = "quarantine_media"
    """Every media item the mirror holds for the post, taken out of circulation (the text stays)."""


class GroundKind(StrEnum):
    ILLEGAL_CONTENT = "illegal_content"
    TERMS_OF_SERVICE = "terms_of_service"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class GroundIn(_In):
    kind: GroundKind
    reference: Annotated[
        str,
        Field(
            min_length=1,
            max_length=500,
            description="The law cited (e.g. '§ 130 StGB') or the terms clause (e.g. 'ToS 4.2').",
        ),
    ]
    explanation: Annotated[
        str, Field(min_length=1, max_length=2000, description="Why the item falls under it.")
    ]


class TargetIn(_In):
    kind: Literal["post", "channel", "group", "account"]
    id: Annotated[str, Field(min_length=1, max_length=200)]


class ActionIn(_In):
    kind: ActionKind
    target: TargetIn | None = Field(
        None,
        description="Defaults from the case's item: the post, its channel or its author.",
    )
    ground: GroundIn
    countries: list[str] = Field(
        default_factory=list, description="restrict_post: ISO 3166-1 alpha-2 codes."
    )
    until: Instant | None = Field(None, description="suspend_account: end of the suspension.")
    label: Annotated[str, Field(max_length=200)] | None = Field(
        None, description="label: the warning text shown on the item."
    )

    @field_validator("countries")
    @classmethod
    def _countries(cls, value: list[str]) -> list[str]:
        codes = []
        for code in value:
            code = code.strip().upper()
            if not is_country(code):
                raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 country code")
            if code not in codes:
                codes.append(code)
        return codes


class DecisionIn(_In):
    outcome: Literal["no_action", "action"]
    category: StatementCategory
    category_specification: list[Keyword] = Field(default_factory=list, max_length=10)
    explanation: Annotated[
        str,
        Field(
            min_length=1,
            max_length=5000,
            description="Facts and circumstances; goes into the statement of reasons, so no "
            "personal data.",
        ),
    ]
    actions: list[ActionIn] = Field(default_factory=list, max_length=10)
    manifestly_unfounded_notices: list[uuid.UUID] = Field(
        default_factory=list,
        description="Notices of this case judged manifestly unfounded (DSA Art. 23).",
    )
    automated_decision: AutomatedDecision = AutomatedDecision.NOT_AUTOMATED


class AppealDecisionIn(_In):
    outcome: Literal["upheld", "reversed"]
    reasoning: Text
    reverse_actions: list[uuid.UUID] | None = Field(
        None, description="Reverse only these measures (partial reversal); default all."
    )


class DisputeIn(_In):
    decision_id: uuid.UUID
    body_name: Annotated[str, Field(min_length=1, max_length=300)]
    body_reference: Annotated[str, Field(max_length=200)] | None = None
    submitted_at: datetime
    appeal_id: uuid.UUID | None = None
    notes: Annotated[str, Field(max_length=5000)] | None = None


class DisputeOutcomeIn(_In):
    outcome: Literal["upheld", "reversed", "partially_reversed", "omitted", "withdrawn"]
    decided_at: datetime | None = None
    notes: Annotated[str, Field(max_length=5000)] | None = None


class DisputeImplementationIn(_In):
    implemented: bool
    reverse_actions: list[uuid.UUID] | None = None
    notes: Annotated[str, Field(max_length=5000)] | None = None
