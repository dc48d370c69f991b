"""The YAML rules format, as pydantic models (validated once per file, never per event).

See docs/detection.md, "Rules", for the reference and examples.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from safeharbour.detection.banks.values import Policy, Signal
from safeharbour.kit.dsa import StatementCategory
from safeharbour.kit.labels import Label
from safeharbour.review.schemas import ActionKind, GroundKind

RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.:-]{0,99}$")


def _listify(value: Any) -> Any:
    """`bank: scam` and `bank: [scam, fraud]` mean the same."""
    return [value] if isinstance(value, str | int | float) else value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Priority(StrEnum):
    """Review priority: the signal's SLA is the review policy's `signal_sla` times the factor,
    so a higher priority means an earlier deadline and a place nearer the top of the queue."""

    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


SLA_FACTOR = {
    Priority.LOW: 2.0,
    Priority.NORMAL: 1.0,
    Priority.HIGH: 0.25,
    Priority.URGENT: 1 / 24,
}
PRIORITY_ORDER = [Priority.LOW, Priority.NORMAL, Priority.HIGH, Priority.URGENT]


def raised(priority: Priority) -> Priority:
    """One step up (guard-railed automatic actions get this)."""
    at = PRIORITY_ORDER.index(priority)
    return PRIORITY_ORDER[min(at + 1, len(PRIORITY_ORDER) - 1)]


class MatchCondition(_Strict):
    """True when at least one bank match satisfies every given field."""

    bank: Annotated[list[str], BeforeValidator(_listify)] | None = None
    policy: Annotated[list[Policy], BeforeValidator(_listify)] | None = None
    signal: Annotated[list[Signal], BeforeValidator(_listify)] | None = None
    category: Annotated[list[StatementCategory], BeforeValidator(_listify)] | None = None
    max_distance: Annotated[int, Field(ge=0, le=256)] | None = None
    include_shadow: bool = False
    """Also count matches of banks in shadow mode (off by default, as for verdicts)."""


class LabelsCondition(_Strict):
    """Labels on the post (its own, and the protected ones of its channel and author)."""

    any: list[Label] = []
    none: list[Label] = []

    @model_validator(mode="after")
    def _something(self) -> LabelsCondition:
        if not self.any and not self.none:
            raise ValueError("give `any` or `none` (a list of labels)")
        return self


class AccountCondition(_Strict):
    min_age_days: Annotated[float, Field(ge=0)] | None = None
    max_age_days: Annotated[float, Field(ge=0)] | None = None
    verified: bool | None = None
    official: bool | None = None
    min_strikes: Annotated[int, Field(ge=0)] | None = None
    """Effective decisions with an action against the account's posts, channels or itself."""


class ChannelCondition(_Strict):
    verified: bool | None = None
    public: bool | None = None
    kind: Literal["channel", "group"] | None = None
    min_subscribers: Annotated[int, Field(ge=0)] | None = None
    max_subscribers: Annotated[int, Field(ge=0)] | None = None


class BehaviourCondition(_Strict):
    """Minimum counts in the windows of `behaviour:` (each at least this many)."""

    posting_burst: Annotated[int, Field(ge=1)] | None = None
    mass_joins: Annotated[int, Field(ge=1)] | None = None
    shared_link: Annotated[int, Field(ge=1)] | None = None
    shared_domain: Annotated[int, Field(ge=1)] | None = None


class Condition(_Strict):
    """Every given field must hold (AND); `any` holds when one of its conditions does."""

    all: list[Condition] | None = None
    any: list[Condition] | None = None
    not_: Annotated[Condition | None, Field(alias="not")] = None
    match: MatchCondition | None = None
    score: (
        dict[
            Annotated[str, Field(min_length=1, max_length=100)], Annotated[float, Field(ge=0, le=1)]
        ]
        | None
    ) = None
    labels: LabelsCondition | None = None
    account: AccountCondition | None = None
    channel: ChannelCondition | None = None
    behaviour: BehaviourCondition | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @model_validator(mode="after")
    def _not_empty(self) -> Condition:
        if all(getattr(self, name) is None for name in type(self).model_fields):
            raise ValueError("an empty condition: give at least one of " + ", ".join(CONDITIONS))
        if self.any is not None and not self.any:
            raise ValueError("`any` needs at least one condition")
        return self


CONDITIONS = ("all", "any", "not", "match", "score", "labels", "account", "channel", "behaviour")


class ActOutcome(_Strict):
    actions: Annotated[list[ActionKind], BeforeValidator(_listify), Field(min_length=1)] = [
        ActionKind.REMOVE_POST
    ]
    ground: GroundKind = GroundKind.TERMS_OF_SERVICE
    reference: Annotated[str, Field(min_length=1, max_length=500)] | None = None
    """The terms clause or the law; default: the rule (or the bank) that matched."""
    category: StatementCategory | None = None
    """Default: the matched bank's category, else 'other violation of terms'."""
    statement: Annotated[str, Field(min_length=1, max_length=2000)] | None = None
    """The statement of reasons' facts and circumstances; no personal data."""
    suspend_days: Annotated[int, Field(ge=1, le=3650)] | None = None
    """suspend_account: how long (from the decision)."""

    @model_validator(mode="after")
    def _supported(self) -> ActOutcome:
        unsupported = {ActionKind.LABEL, ActionKind.RESTRICT_POST} & set(self.actions)
        if unsupported:
            names = ", ".join(sorted(a.value for a in unsupported))
            raise ValueError(
                f"{names} cannot run automatically (it needs a label text or countries)"
            )
        suspends = ActionKind.SUSPEND_ACCOUNT in self.actions
        if suspends and self.suspend_days is None:
            raise ValueError("suspend_account needs suspend_days")
        if not suspends and self.suspend_days is not None:
            raise ValueError("suspend_days is only for suspend_account")
        return self


class ReviewOutcome(_Strict):
    queue: Annotated[str, Field(min_length=1, max_length=60)] = "default"
    priority: Priority = Priority.NORMAL
    category: StatementCategory | None = None


class TagOutcome(_Strict):
    labels: Annotated[list[Label], BeforeValidator(_listify), Field(min_length=1)]


class RuleSpec(_Strict):
    id: Annotated[str, Field(pattern=RULE_ID.pattern)]
    description: Annotated[str, Field(max_length=2000)] = ""
    enabled: bool = True
    shadow: bool = False
    """Record what the rule would have done, do nothing."""
    when: Condition
    act: ActOutcome | None = None
    review: ReviewOutcome | None = None
    tag: TagOutcome | None = None

    @model_validator(mode="after")
    def _one_outcome(self) -> RuleSpec:
        given = [n for n in ("act", "review", "tag") if getattr(self, n) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one outcome: act, review or tag")
        return self

    @property
    def outcome(self) -> str:
        return "act" if self.act else "review" if self.review else "tag"


class WindowSpec(_Strict):
    window_seconds: Annotated[int, Field(ge=1, le=7 * 86400)]
    new_account_days: Annotated[float, Field(ge=0)] = 7


class BehaviourSpec(_Strict):
    posting_burst: WindowSpec = WindowSpec(window_seconds=60)
    mass_joins: WindowSpec = WindowSpec(window_seconds=600)
    shared_link: WindowSpec = WindowSpec(window_seconds=3600)
    """Also the window of `shared_domain`."""


class RulesFile(_Strict):
    bank_policies: bool = True
    """Keep the built-in rules (each bank's own policy act/review/tag) next to these rules."""
    behaviour: BehaviourSpec | None = None
    rules: list[RuleSpec] = []
