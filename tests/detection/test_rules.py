"""Rules as data: validation errors (file, line, dotted path), compilation and evaluation, the
built-in rules equal to the banks' policies, hot reload keeping the last good rules."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from safeharbour.detection.rules.engine import (
    AccountFacts,
    ChannelFacts,
    RuleInput,
    builtin_ruleset,
)
from safeharbour.detection.rules.loader import InvalidRules, RulesSource, load_rules
from safeharbour.detection.scanner import BankInfo, Match

AT = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
BANKS = {
    "scam": BankInfo("scam", "review", "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"),
    "csam": BankInfo("csam", "act", "STATEMENT_CATEGORY_PROTECTION_OF_MINORS"),
    "label": BankInfo("label", "tag"),
    "trial": BankInfo("trial", "act", shadow=True),
}

RULES = """\
bank_policies: false
rules:
  - id: scam-from-new-accounts
    description: a scam bank match by an account younger than a week
    when:
      match: {bank: scam}
      account: {max_age_days: 7}
    act:
      actions: [remove_post]
      reference: "ToS 4.2 (scams)"
      statement: "The post links to a known scam."
  - id: spammy
    when:
      any:
        - score: {spam: 0.9}
        - behaviour: {posting_burst: 20}
    review: {queue: spam, priority: high}
  - id: journalism-never-auto
    when:
      labels: {any: [journalism]}
      not: {channel: {verified: true}}
    tag: {labels: [journalism]}
  - id: trial-run
    shadow: true
    when: {match: {policy: act, include_shadow: true}}
    act: {}
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def item(**fields: object) -> RuleInput:
    values: dict[str, object] = {"event_id": "e1", "post_id": "p1", "at": AT, "banks": BANKS}
    values.update(fields)
    return RuleInput(**values)  # type: ignore[arg-type]


def fired(rules: object, **fields: object) -> list[str]:
    evaluation = rules.evaluate(item(**fields))  # type: ignore[attr-defined]
    return [o.rule.id for o in evaluation.outcomes]


def test_each_condition_and_outcome(tmp_path: Path) -> None:
    rules = load_rules([write(tmp_path / "r.yaml", RULES)])
    assert len(rules.version) == 64
    assert rules.needs == {
        "account",
        "scores",
        "behaviour",
        "behaviour:posting_burst",
        "labels",
        "channel",
    }
    assert rules.windows == {"posting_burst"}  # only the windows rules read are counted
    scam = Match("scam", "keyword", "free money", 0)
    young = AccountFacts(created_at=AT - timedelta(days=2))
    old = AccountFacts(created_at=AT - timedelta(days=30))
    evaluation = rules.evaluate(item(matches=(scam,), account=young))
    assert evaluation.verdict == "act"
    [outcome] = evaluation.outcomes
    assert outcome.rule.id == "scam-from-new-accounts" and outcome.matches == (scam,)
    assert fired(rules, matches=(scam,), account=old) == []
    assert fired(rules, matches=(scam,)) == []  # no account known: an age cannot hold
    assert fired(rules, scores={"spam": 0.95}) == ["spammy"]
    assert fired(rules, scores={"spam": 0.5}) == []
    assert fired(rules, behaviour={"posting_burst": 20}) == ["spammy"]
    assert fired(rules, behaviour={"posting_burst": 19}) == []
    journalism = frozenset({"journalism"})
    assert fired(rules, labels=journalism, channel=ChannelFacts()) == ["journalism-never-auto"]
    assert fired(rules, labels=journalism, channel=ChannelFacts(verified=True)) == []
    tagged = rules.evaluate(item(labels=journalism))
    assert tagged.verdict == "tag"


def test_shadow_rules_fire_but_never_count_toward_the_verdict(tmp_path: Path) -> None:
    rules = load_rules([write(tmp_path / "r.yaml", RULES)])
    trial = Match("trial", "keyword", "x", 0)
    evaluation = rules.evaluate(item(matches=(trial,)))
    assert [(o.rule.id, o.shadow) for o in evaluation.outcomes] == [("trial-run", True)]
    assert evaluation.verdict == "none"


def test_builtin_rules_are_the_bank_policies() -> None:
    rules = builtin_ruleset()
    cases = [
        ((), "none"),
        ((Match("label", "keyword", "a", 0),), "tag"),
        ((Match("label", "keyword", "a", 0), Match("scam", "url", "u", 0)), "review"),
        ((Match("scam", "url", "u", 0), Match("csam", "pdq", "f" * 64, 3)), "act"),
        ((Match("trial", "keyword", "x", 0),), "none"),  # shadow bank
    ]
    for matches, verdict in cases:
        assert rules.evaluate(item(matches=matches)).verdict == verdict
    assert rules.needs == frozenset()  # no facts read: the ingest path stays as cheap


def test_bank_policies_stay_unless_switched_off(tmp_path: Path) -> None:
    rules = load_rules([write(tmp_path / "r.yaml", "rules: []\n")])
    assert rules.evaluate(item(matches=(Match("csam", "pdq", "f" * 64, 0),))).verdict == "act"
    assert rules.version != builtin_ruleset().version


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "rules:\n  - id: a\n    when: {score: {spam: 1.5}}\n    review: {}\n",
            "r.yaml:3: rules.0.when.score.spam: Input should be less than or equal to 1",
        ),
        (
            "rules:\n  - id: a\n    when: {}\n    review: {}\n",
            "r.yaml:3: rules.0.when: an empty condition",
        ),
        (
            "rules:\n  - id: a\n    when: {match: {bank: x}}\n    review: {}\n"
            "    tag: {labels: [spam]}\n",
            "r.yaml:2: rules.0: give exactly one outcome: act, review or tag",
        ),
        (
            "rules:\n  - id: a\n    when: {match: {bank: x}}\n\n"
            "    tag:\n      labels: [nonsense]\n",
            "r.yaml:6: rules.0.tag.labels.0: Input should be",
        ),
        (
            "rules:\n  - id: a\n    when: {match: {bank: x}}\n    act: {actions: [label]}\n",
            "r.yaml:4: rules.0.act: label cannot run automatically",
        ),
        (
            "rules:\n  - id: a\n    when: {match: {colour: red}}\n    review: {}\n",
            "r.yaml:3: rules.0.when.match.colour: unknown field",
        ),
        (
            "rules:\n  - id: a\n    when: {match: {bank: x}}\n"
            "    act: {actions: [suspend_account]}\n",
            "r.yaml:4: rules.0.act: suspend_account needs suspend_days",
        ),
        ("rules:\n  - id: [unclosed\n", "r.yaml:3: not YAML"),
        ("- just a list\n", "r.yaml:1: expected a mapping"),
        (
            "rules:\n  - id: Bad Id\n    when: {match: {bank: x}}\n    review: {}\n",
            "r.yaml:2: rules.0.id: String should match pattern",
        ),
    ],
)
def test_invalid_rules_name_file_line_and_path(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(InvalidRules) as raised:
        load_rules([write(tmp_path / "r.yaml", text)])
    assert any(str(e).startswith(expected) for e in raised.value.errors), raised.value.errors


def test_duplicate_rule_ids_across_files(tmp_path: Path) -> None:
    one = "rules:\n  - id: a\n    when: {match: {bank: x}}\n    review: {}\n"
    with pytest.raises(InvalidRules, match=r"also defined in a\.yaml"):
        load_rules([write(tmp_path / "a.yaml", one), write(tmp_path / "b.yaml", one)])


def test_hot_reload_keeps_the_last_good_rules(tmp_path: Path) -> None:
    directory = tmp_path / "rules"
    source = RulesSource(directory)
    assert source.current().version == builtin_ruleset().version  # no directory: built-in
    directory.mkdir()
    path = write(directory / "r.yaml", RULES)
    good = source.current()
    assert {r.id for r in good.rules} >= {"spammy", "trial-run"}
    assert source.poll() == (good, None)  # unchanged files: nothing reloaded
    write(path, RULES.replace("priority: high", "priority: highest"))
    os.utime(path, ns=(1, 1))
    rules, error = source.poll()
    assert rules is good
    assert error is not None and "rules.1.review.priority" in error and "r.yaml:" in error
    assert source.status()["error"] == error
    assert source.poll() == (good, None)  # the error is reported once, kept in status
    write(path, RULES.replace("priority: high", "priority: urgent"))
    fixed, error = source.poll()
    assert error is None and fixed.version != good.version
    assert source.status()["error"] is None
    path.unlink()
    assert source.current().version == builtin_ruleset().version


def test_the_documented_example_is_valid(tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "detection.md"
    section = docs.read_text(encoding="utf-8").split("## Rules", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    rules = load_rules([write(tmp_path / "example.yaml", example)])
    ids = [r.id for r in rules.rules]
    assert ids[:3] == ["builtin:bank-act", "builtin:bank-review", "builtin:bank-tag"]
    assert "scam-links-from-new-accounts" in ids and "trial-hash-list" in ids
