"""Rules compiled to plain closures, evaluated per event without YAML or pydantic work.

A compiled condition takes a `RuleInput` and returns None (does not hold) or the bank matches
that made it hold (an empty tuple when no match condition took part): those are the "cause"
every outcome carries, so each automatic action names the bank entries behind it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from safeharbour.detection.banks.values import Policy
from safeharbour.detection.rules.schema import (
    ActOutcome,
    BehaviourSpec,
    Condition,
    MatchCondition,
    ReviewOutcome,
    RuleSpec,
    TagOutcome,
)
from safeharbour.detection.scanner import VERDICT_NONE, BankInfo, Match

OUTCOME_STRENGTH = {"act": 3, "review": 2, "tag": 1}
VERDICTS = (VERDICT_NONE, "tag", "review", "act")

Cause = tuple[Match, ...]
Predicate = Callable[["RuleInput"], Cause | None]


@dataclass(frozen=True, slots=True)
class AccountFacts:
    created_at: datetime | None = None
    verified: bool = False
    official: bool = False
    strikes: int | None = None


@dataclass(frozen=True, slots=True)
class ChannelFacts:
    verified: bool = False
    public: bool = True
    kind: str = "channel"
    subscribers: int = 0


@dataclass(slots=True)
class RuleInput:
    """What the rules see of one event. `at` is when it happened (the clock, or the stored
    post's time in a backtest); ages are measured from it."""

    event_id: str
    post_id: str | None
    at: datetime
    matches: Sequence[Match] = ()
    banks: Mapping[str, BankInfo] = field(default_factory=dict)
    scores: Mapping[str, float] = field(default_factory=dict)
    labels: frozenset[str] = frozenset()
    account: AccountFacts | None = None
    channel: ChannelFacts | None = None
    behaviour: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CompiledRule:
    id: str
    outcome: str
    shadow: bool
    spec: RuleSpec | None
    predicate: Predicate
    builtin: bool = False

    @property
    def act(self) -> ActOutcome | None:
        return self.spec.act if self.spec else (ActOutcome() if self.outcome == "act" else None)

    @property
    def review(self) -> ReviewOutcome | None:
        if self.spec:
            return self.spec.review
        return ReviewOutcome() if self.outcome == "review" else None

    @property
    def tag(self) -> TagOutcome | None:
        return self.spec.tag if self.spec else None


@dataclass(frozen=True, slots=True)
class Outcome:
    rule: CompiledRule
    matches: Cause

    @property
    def kind(self) -> str:
        return self.rule.outcome

    @property
    def shadow(self) -> bool:
        return self.rule.shadow


@dataclass(frozen=True, slots=True)
class Evaluation:
    outcomes: tuple[Outcome, ...]
    verdict: str
    version: str


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    version: str
    behaviour: BehaviourSpec
    needs: frozenset[str]
    """Which facts some rule reads: labels, account, strikes, channel, scores, behaviour and
    `behaviour:<window>` for each window read."""

    @property
    def windows(self) -> frozenset[str]:
        """The behaviour windows some rule reads."""
        return frozenset(n.split(":", 1)[1] for n in self.needs if n.startswith("behaviour:"))

    source: str = "built-in"

    def __post_init__(self) -> None:
        # (predicate, rule, strength; 0 for shadow rules): the per-event loop reads no more.
        plan = tuple(
            (r.predicate, r, 0 if r.shadow else OUTCOME_STRENGTH[r.outcome]) for r in self.rules
        )
        object.__setattr__(self, "_plan", plan)

    def evaluate(self, item: RuleInput) -> Evaluation:
        outcomes = []
        best = 0
        for predicate, rule, strength in self._plan:  # type: ignore[attr-defined]
            cause = predicate(item)
            if cause is not None:
                outcomes.append(Outcome(rule, cause))
                if strength > best:
                    best = strength
        return Evaluation(tuple(outcomes), VERDICTS[best], self.version)


# -- compilation -------------------------------------------------------------------------


def compile_rules(
    specs: Sequence[RuleSpec],
    *,
    version: str,
    bank_policies: bool = True,
    behaviour: BehaviourSpec | None = None,
    source: str = "built-in",
) -> RuleSet:
    needs: set[str] = set()
    compiled = [
        CompiledRule(spec.id, spec.outcome, spec.shadow, spec, _condition(spec.when, needs))
        for spec in specs
        if spec.enabled
    ]
    if bank_policies:
        compiled = [*builtin_rules(), *compiled]
    return RuleSet(tuple(compiled), version, behaviour or BehaviourSpec(), frozenset(needs), source)


BUILTIN_VERSION = "builtin-1"


def builtin_rules() -> list[CompiledRule]:
    """Each bank's own policy as a rule: the behaviour without a rules file."""
    return [
        CompiledRule(
            f"builtin:bank-{policy.value}",
            policy.value,
            False,
            None,
            _match(MatchCondition(policy=[policy])),
            builtin=True,
        )
        for policy in (Policy.ACT, Policy.REVIEW, Policy.TAG)
    ]


@functools.cache
def builtin_ruleset() -> RuleSet:
    """Compiled once: the default of every scan without a rules file."""
    return compile_rules([], version=BUILTIN_VERSION)


def _condition(cond: Condition, needs: set[str]) -> Predicate:
    parts: list[Predicate] = []
    if cond.match is not None:
        parts.append(_match(cond.match))
    if cond.score is not None:
        needs.add("scores")
        parts.append(_score(dict(cond.score)))
    if cond.labels is not None:
        needs.add("labels")
        parts.append(_labels(cond.labels.any, cond.labels.none))
    if cond.account is not None:
        needs.add("account")
        if cond.account.min_strikes is not None:
            needs.add("strikes")
        parts.append(_account(cond.account))
    if cond.channel is not None:
        needs.add("channel")
        parts.append(_channel(cond.channel))
    if cond.behaviour is not None:
        minimums = cond.behaviour.model_dump(exclude_none=True)
        needs.add("behaviour")
        needs.update(f"behaviour:{name}" for name in minimums)
        parts.append(_behaviour(minimums))
    if cond.all is not None:
        parts.append(_all([_condition(c, needs) for c in cond.all]))
    if cond.any is not None:
        parts.append(_any([_condition(c, needs) for c in cond.any]))
    if cond.not_ is not None:
        parts.append(_not(_condition(cond.not_, needs)))
    return parts[0] if len(parts) == 1 else _all(parts)


def _all(parts: list[Predicate]) -> Predicate:
    def check(item: RuleInput) -> Cause | None:
        cause: Cause = ()
        for part in parts:
            found = part(item)
            if found is None:
                return None
            cause += found
        return tuple(dict.fromkeys(cause))

    return check


def _any(parts: list[Predicate]) -> Predicate:
    def check(item: RuleInput) -> Cause | None:
        cause: Cause | None = None
        for part in parts:
            found = part(item)
            if found is not None:
                cause = (cause or ()) + found
        return None if cause is None else tuple(dict.fromkeys(cause))

    return check


def _not(part: Predicate) -> Predicate:
    def check(item: RuleInput) -> Cause | None:
        return () if part(item) is None else None

    return check


def _match(cond: MatchCondition) -> Predicate:
    banks = frozenset(cond.bank) if cond.bank else None
    policies = frozenset(p.value for p in cond.policy) if cond.policy else None
    signals = frozenset(s.value for s in cond.signal) if cond.signal else None
    categories = frozenset(c.value for c in cond.category) if cond.category else None
    max_distance = cond.max_distance
    include_shadow = cond.include_shadow

    def check(item: RuleInput) -> Cause | None:
        found = []
        for match in item.matches:
            if banks is not None and match.bank not in banks:
                continue
            if signals is not None and match.signal not in signals:
                continue
            if max_distance is not None and match.distance > max_distance:
                continue
            bank = item.banks.get(match.bank)
            if bank is None or (bank.shadow and not include_shadow):
                continue
            if policies is not None and bank.policy not in policies:
                continue
            if categories is not None and bank.category not in categories:
                continue
            found.append(match)
        return tuple(found) if found else None

    return check


def _score(thresholds: dict[str, float]) -> Predicate:
    pairs = tuple(thresholds.items())

    def check(item: RuleInput) -> Cause | None:
        scores = item.scores
        for label, minimum in pairs:
            if scores.get(label, 0.0) < minimum:
                return None
        return ()

    return check


def _labels(any_of: Sequence[Any], none_of: Sequence[Any]) -> Predicate:
    wanted = frozenset(str(label) for label in any_of)
    unwanted = frozenset(str(label) for label in none_of)

    def check(item: RuleInput) -> Cause | None:
        if wanted and not (wanted & item.labels):
            return None
        if unwanted & item.labels:
            return None
        return ()

    return check


def _account(cond: Any) -> Predicate:
    min_age = cond.min_age_days
    max_age = cond.max_age_days
    verified, official, min_strikes = cond.verified, cond.official, cond.min_strikes

    def check(item: RuleInput) -> Cause | None:
        account = item.account
        if account is None:
            return None
        if verified is not None and account.verified != verified:
            return None
        if official is not None and account.official != official:
            return None
        if min_age is not None or max_age is not None:
            if account.created_at is None:
                return None
            age = (item.at - account.created_at).total_seconds() / 86400
            if min_age is not None and age < min_age:
                return None
            if max_age is not None and age > max_age:
                return None
        if min_strikes is not None and (account.strikes or 0) < min_strikes:
            return None
        return ()

    return check


def _channel(cond: Any) -> Predicate:
    verified, public, kind = cond.verified, cond.public, cond.kind
    low, high = cond.min_subscribers, cond.max_subscribers

    def check(item: RuleInput) -> Cause | None:
        channel = item.channel
        if channel is None:
            return None
        if verified is not None and channel.verified != verified:
            return None
        if public is not None and channel.public != public:
            return None
        if kind is not None and channel.kind != kind:
            return None
        if low is not None and channel.subscribers < low:
            return None
        if high is not None and channel.subscribers > high:
            return None
        return ()

    return check


def _behaviour(minimums: dict[str, int]) -> Predicate:
    pairs = tuple(minimums.items())

    def check(item: RuleInput) -> Cause | None:
        counts = item.behaviour
        for name, minimum in pairs:
            if counts.get(name, 0) < minimum:
                return None
        return ()

    return check
