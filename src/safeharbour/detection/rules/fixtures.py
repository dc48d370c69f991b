"""Rule fixtures: an input event and its context → the expected outcome, run without a database.

```yaml
rules: [../rules/scams.yaml]     # files relative to this one; default: the data dir's rules
banks:                           # in-memory banks the fixtures' posts are scanned against
  scam-domains:
    policy: review
    category: STATEMENT_CATEGORY_SCAMS_AND_FRAUD
    entries: {domain: [scam-offers.com]}
fixtures:
  - name: new account posting a scam link
    post: {text: "win at https://scam-offers.com/x", media: []}
    context:
      at: 2026-05-01T10:00:00Z
      account: {age_days: 2, verified: false}
      channel: {subscribers: 40}
      labels: [journalism]
      scores: {spam: 0.9}
      behaviour: {posting_burst: 12}
    expect: {verdict: act, fires: [scam-links-new-accounts], not_fires: [builtin:bank-review]}
```
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from safeharbour.detection.banks.values import Policy, Signal, normalise_value
from safeharbour.detection.rules.engine import (
    AccountFacts,
    ChannelFacts,
    RuleInput,
    RuleSet,
)
from safeharbour.detection.rules.loader import (
    InvalidRules,
    RuleError,
    parse_yaml,
    validation_errors,
)
from safeharbour.detection.scanner import BankInfo, ScanInput, Scanner, scan_input_of
from safeharbour.kit.dsa import StatementCategory
from safeharbour.kit.labels import Label


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FixtureBank(_Strict):
    policy: Policy = Policy.REVIEW
    category: StatementCategory | None = None
    shadow: bool = False
    allow_list: bool = False
    irreversible_ok: bool = False
    pdq_threshold: Annotated[int, Field(ge=0, le=64)] = 31
    entries: dict[Signal, list[str]] = {}


class FixtureMedia(_Strict):
    sha256: str | None = None
    md5: str | None = None
    pdq: str | None = None
    pdq_quality: Annotated[int, Field(ge=0, le=100)] | None = None
    url: str | None = None


class FixturePost(_Strict):
    text: Annotated[str, Field(max_length=100_000)] = ""
    media: list[FixtureMedia] = []


class FixtureAccount(_Strict):
    age_days: Annotated[float, Field(ge=0)] | None = None
    verified: bool = False
    official: bool = False
    strikes: Annotated[int, Field(ge=0)] = 0


class FixtureChannel(_Strict):
    verified: bool = False
    public: bool = True
    kind: Literal["channel", "group"] = "channel"
    subscribers: Annotated[int, Field(ge=0)] = 0


class FixtureContext(_Strict):
    at: datetime = datetime(2026, 1, 1, tzinfo=UTC)
    account: FixtureAccount | None = None
    channel: FixtureChannel | None = None
    labels: list[Label] = []
    scores: dict[str, Annotated[float, Field(ge=0, le=1)]] = {}
    behaviour: dict[
        Literal["posting_burst", "mass_joins", "shared_link", "shared_domain"],
        Annotated[int, Field(ge=0)],
    ] = {}


class Expectation(_Strict):
    verdict: Literal["act", "review", "tag", "none"] | None = None
    fires: list[str] = []
    not_fires: list[str] = []


class Fixture(_Strict):
    name: Annotated[str, Field(min_length=1, max_length=200)]
    post: FixturePost | None = None
    event: dict[str, Any] | None = None
    """Instead of `post`: a `post.created`/`post.edited` event in the ingest format (its
    `occurred_at` is the fixture's time unless `context.at` is given)."""
    context: FixtureContext = FixtureContext()
    expect: Expectation

    @model_validator(mode="after")
    def _one_input(self) -> Fixture:
        if self.post is not None and self.event is not None:
            raise ValueError("give `post` or `event`, not both")
        return self


class FixtureFile(_Strict):
    rules: Annotated[list[str], Field(default_factory=list)]
    banks: dict[Annotated[str, Field(min_length=1, max_length=100)], FixtureBank] = {}
    fixtures: Annotated[list[Fixture], Field(min_length=1)]


@dataclass(frozen=True)
class FixtureResult:
    name: str
    passed: bool
    problems: tuple[str, ...]
    verdict: str
    fired: tuple[str, ...]


def read_fixture_file(path: Path) -> FixtureFile:
    """The fixture file, validated; InvalidRules (file, line, path) when it is not valid."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidRules([RuleError(path.name, None, "", f"cannot read: {exc}")]) from None
    data, lines = parse_yaml(text, path.name)  # JSON is YAML too
    if "rules" in data and isinstance(data["rules"], str):
        data["rules"] = [data["rules"]]
    try:
        return FixtureFile.model_validate(data)
    except ValidationError as exc:
        raise InvalidRules(validation_errors(exc, path.name, lines)) from None


def fixture_scanner(banks: dict[str, FixtureBank]) -> Scanner:
    infos = []
    entries: list[tuple[int, str, str]] = []
    errors = []
    for index, (name, bank) in enumerate(sorted(banks.items())):
        infos.append(
            BankInfo(
                name=name,
                policy=bank.policy.value,
                category=bank.category.value if bank.category else None,
                shadow=bank.shadow,
                allow_list=bank.allow_list,
                irreversible_ok=bank.irreversible_ok,
                pdq_threshold=bank.pdq_threshold,
            )
        )
        for signal, values in bank.entries.items():
            for position, raw in enumerate(values):
                try:
                    entries.append((index, signal.value, normalise_value(signal, raw)))
                except ValueError as exc:
                    errors.append(
                        RuleError("", None, f"banks.{name}.entries.{signal}.{position}", str(exc))
                    )
    if errors:
        raise InvalidRules(errors)
    return Scanner(infos, entries)


def run_fixtures(rules: RuleSet, file: FixtureFile) -> list[FixtureResult]:
    scanner = fixture_scanner(file.banks)
    inputs: list[ScanInput] = []
    times: list[datetime] = []
    for index, fixture in enumerate(file.fixtures):
        context = fixture.context
        at = context.at if context.at.tzinfo else context.at.replace(tzinfo=UTC)
        if fixture.event is not None:
            text, media, occurred = _event_input(fixture.event, f"fixtures.{index}.event")
            if "at" not in context.model_fields_set:
                at = occurred
        else:
            post = fixture.post or FixturePost()
            text, media = post.text, [m.model_dump(exclude_none=True) for m in post.media]
        inputs.append(ScanInput(f"fixture:{fixture.name}", text, media))
        times.append(at)
    # Scores come from each fixture's context, never from a classifier.
    scans = scanner.scan_many(inputs, score=False)
    results = []
    for fixture, scan, at in zip(file.fixtures, scans, times, strict=True):
        context = fixture.context
        account = None
        if context.account is not None:
            age = context.account.age_days
            account = AccountFacts(
                created_at=at - timedelta(days=age) if age is not None else None,
                verified=context.account.verified,
                official=context.account.official,
                strikes=context.account.strikes,
            )
        channel = None
        if context.channel is not None:
            channel = ChannelFacts(**context.channel.model_dump())
        evaluation = rules.evaluate(
            RuleInput(
                event_id=scan.event_id,
                post_id=None,
                at=at,
                matches=scan.matches,
                banks={b.name: b for b in scanner.banks},
                scores=context.scores,
                labels=frozenset(label.value for label in context.labels),
                account=account,
                channel=channel,
                behaviour={str(k): v for k, v in context.behaviour.items()},
            )
        )
        fired = tuple(o.rule.id for o in evaluation.outcomes)
        problems = _compare(fixture.expect, evaluation.verdict, fired)
        results.append(
            FixtureResult(fixture.name, not problems, tuple(problems), evaluation.verdict, fired)
        )
    return results


def _event_input(raw: dict[str, Any], path: str) -> tuple[str, list[dict[str, Any]], datetime]:
    """Text, media and time of a post event in the ingest format, validated as ingest does."""
    from safeharbour.intake.schemas import parse_event
    from safeharbour.kit.errors import InvalidInput

    try:
        event = parse_event(raw, prefix=path)
    except InvalidInput as exc:
        raise InvalidRules(
            [RuleError("", None, e.field, e.message) for e in exc.errors]
            or [RuleError("", None, path, exc.message)]
        ) from None
    item = scan_input_of(event)
    if item is None:
        raise InvalidRules([RuleError("", None, f"{path}.type", "expected a post event")])
    return item.text, list(item.media), event.occurred_at


def _compare(expect: Expectation, verdict: str, fired: Sequence[str]) -> list[str]:
    problems = []
    if expect.verdict is not None and verdict != expect.verdict:
        problems.append(f"verdict {verdict}, expected {expect.verdict}")
    for rule in expect.fires:
        if rule not in fired:
            problems.append(f"rule {rule} did not fire")
    for rule in expect.not_fires:
        if rule in fired:
            problems.append(f"rule {rule} fired")
    return problems
