"""Rules in the ingest pipeline, on both backends: each outcome, shadow mode, the rule and version
on every outcome, guard-railed matches ranked higher, hot reload with a bad file."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.models import RuleOutcome
from safeharbour.detection.pipeline import RULES_ALERT_TOPIC
from safeharbour.kit.outbox import OutboxRow
from safeharbour.review.models import Case, CaseSignal, Decision, ItemLabel
from tests.detection.test_pipeline import ACTOR, ingest
from tests.factories import account, channel, post

SCAMS = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"


def bank(container: Any, name: str, policy: str, values: list[str]) -> None:
    with container.database.uow() as unit:
        created = do_create_bank(unit, name, policy=policy, category=SCAMS, actor=ACTOR)
        do_add_bank_entries(unit, created, Signal.KEYWORD, values, actor=ACTOR)
        unit.commit()


def rules_file(container: Any, text: str, name: str = "rules.yaml") -> Path:
    directory = container.settings.resolved_rules_dir
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def signals(container: Any) -> list[CaseSignal]:
    with container.database.reader() as session:
        return list(session.scalars(select(CaseSignal).order_by(CaseSignal.raised_at)))


def outcomes(container: Any) -> list[RuleOutcome]:
    with container.database.reader() as session:
        return list(session.scalars(select(RuleOutcome).order_by(RuleOutcome.rule_id)))


RULES = """\
rules:
  - id: scam-new-accounts
    when:
      match: {bank: watch}
      account: {max_age_days: 7}
    act:
      reference: "ToS 4.2 (scams)"
      statement: "The post advertises a known scam."
  - id: crypto-words
    when: {match: {bank: watch}}
    review: {queue: scams, priority: urgent}
  - id: label-spam
    when: {match: {bank: watch}}
    tag: {labels: [spam]}
  - id: would-ban
    shadow: true
    when: {match: {bank: watch}}
    act: {actions: [ban_channel]}
"""


def test_a_rule_acts_and_names_itself_the_version_and_the_entries(container: Any) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    rules_file(container, RULES)
    ingest(
        container,
        [
            account("acc-1", created_at="2026-05-30T00:00:00Z"),
            channel("chan-1"),
            post("p1", "try the crypto doubler"),
        ],
    )
    platform = container.nta.platform
    assert platform.state_of("p1") == ["remove_post"]
    version = container.rules.current().version
    with container.database.reader() as session:
        [decision] = session.scalars(select(Decision)).all()
        assert decision.automated_decision == "AUTOMATED_DECISION_FULLY"
        assert "The post advertises a known scam." in decision.explanation
        assert "scam-new-accounts" in decision.explanation
        assert version[:12] in decision.explanation
        assert "watch" in decision.explanation
        labels = [row.label for row in session.scalars(select(ItemLabel))]
        assert labels == ["spam"]
    by_rule = {s.details["rule"]: s for s in signals(container)}
    assert set(by_rule) == {"scam-new-accounts", "crypto-words"}
    for signal in by_rule.values():
        assert signal.source == "detection:rule"
        assert signal.details["rules_version"] == version
        assert signal.details["bank"] == "watch"
        assert len(signal.details["matches"][0]["value_sha256"]) == 64
    assert by_rule["crypto-words"].details["queue"] == "scams"
    assert by_rule["crypto-words"].details["priority"] == "urgent"
    recorded = {(o.rule_id, o.outcome, o.shadow) for o in outcomes(container)}
    assert recorded == {
        ("builtin:bank-tag", "tag", False),  # the bank's own policy (bank_policies: true)
        ("crypto-words", "review", False),
        ("label-spam", "tag", False),
        ("scam-new-accounts", "act", False),
        ("would-ban", "act", True),
    }
    for row in outcomes(container):
        assert row.rules_version == version
        assert row.details["banks"] == ["watch"]
    [acted] = [o for o in outcomes(container) if o.rule_id == "scam-new-accounts"]
    assert acted.details["signals"][0]["decision"] == str(decision.id)
    # The shadow rule banned nothing, but what it would have done is recorded and audited.
    assert platform.state_of("chan-1") == []
    with container.database.reader() as session:
        [scanned] = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditTag.DETECTION_POST_SCANNED)
        ).all()
        assert {"rule": "would-ban", "outcome": "act", "shadow": True} in scanned.snapshot[
            "outcomes"
        ]
        assert scanned.snapshot["rules_version"] == version


def test_an_old_account_only_goes_to_review_with_the_rules_priority(container: Any) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    bank(container, "plain", "review", ["free money"])
    rules_file(container, RULES)
    ingest(
        container,
        [
            account("acc-1", created_at="2020-01-01T00:00:00Z"),
            channel("chan-1"),
            post("p1", "try the crypto doubler"),
            post("p2", "free money"),
        ],
    )
    assert container.nta.platform.state_of("p1") == []
    with container.database.reader() as session:
        cases = {c.item_id: c for c in session.scalars(select(Case))}
    # urgent (SLA / 24) ranks before the plain bank's normal signal
    assert cases["p1"].due_at < cases["p2"].due_at
    assert cases["p1"].rank_key < cases["p2"].rank_key


def test_guard_railed_act_signals_rank_above_plain_review_signals(container: Any) -> None:
    """No rules file: the built-in rules. An act bank's match on a verified channel goes to
    review with priority raised to high; a review bank's match keeps normal."""
    bank(container, "act-bank", "act", ["free money"])
    bank(container, "review-bank", "review", ["cheap pills"])
    ingest(
        container,
        [
            account("acc-1"),
            channel("chan-1", verified=True),
            post("p1", "free money"),
            post("p2", "cheap pills"),
        ],
    )
    by_post = {}
    with container.database.reader() as session:
        for signal in session.scalars(select(CaseSignal)):
            case = session.get(Case, signal.case_id)
            assert case is not None
            by_post[case.item_id] = (signal, case)
    guarded, guarded_case = by_post["p1"]
    plain, plain_case = by_post["p2"]
    assert guarded.details["guard"] == ["verified channel"]
    assert guarded.details["priority"] == "high"
    assert guarded.details["rule"] == "builtin:bank-act"
    assert guarded.source == "detection:bank"
    assert plain.details["priority"] == "normal"
    assert guarded_case.status == "open"
    review_sla = container.nta.review.signal_sla
    assert plain_case.due_at - guarded_case.due_at == review_sla - review_sla / 4
    assert guarded_case.rank_key < plain_case.rank_key


def test_rules_without_bank_conditions_run_without_banks(container: Any, clock: Any) -> None:
    rules_file(
        container,
        """\
behaviour:
  posting_burst: {window_seconds: 60}
rules:
  - id: burst
    when: {behaviour: {posting_burst: 3}}
    review: {priority: high}
""",
    )
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1"), post("p2")])
    assert signals(container) == []
    clock.advance(timedelta(seconds=30))
    ingest(container, [post("p3")])
    [signal] = signals(container)
    assert signal.details["rule"] == "burst" and "bank" not in signal.details
    assert signal.category == "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
    clock.advance(timedelta(seconds=61))  # p1 to p3 left the window
    ingest(container, [post("p4"), post("p5")])
    assert len(signals(container)) == 1


def test_an_invalid_new_rules_file_keeps_the_last_good_rules(
    container: Any, client: Any, operator_status: Any
) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    path = rules_file(
        container,
        "rules:\n  - id: watch-review\n    when: {match: {bank: watch}}\n    review: {}\n",
    )
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "crypto doubler")])
    assert [s.details["rule"] for s in signals(container)] == ["watch-review"]
    good = container.rules.current().version
    path.write_text("rules:\n  - id: watch-review\n    when: {match: {bank: watch}}\n")
    os.utime(path, ns=(10**9, 10**9))
    ingest(container, [post("p2", "crypto doubler")])
    # still reviewed by the last good rules
    assert [s.details["rule"] for s in signals(container)] == ["watch-review", "watch-review"]
    assert signals(container)[1].details["rules_version"] == good
    with container.database.reader() as session:
        [alert] = session.scalars(select(OutboxRow).where(OutboxRow.topic == RULES_ALERT_TOPIC))
        assert "rules.yaml:2: rules.0" in alert.payload["error"]
        assert alert.payload["rules_version_in_force"] == good
    ready = operator_status()["detection"]["rules"]
    assert ready["version"] == good
    assert "give exactly one outcome" in ready["error"]


def test_moderators_see_shadow_outcomes_and_the_rules_state(
    container: Any, client: Any, make_key: Any
) -> None:
    from tests.conftest import bearer

    bank(container, "watch", "tag", ["crypto doubler"])
    rules_file(
        container,
        "rules:\n  - id: trial\n    shadow: true\n    when: {match: {bank: watch}}\n"
        "    act: {actions: [remove_post, ban_channel]}\n",
    )
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "crypto doubler")])
    moderator = bearer(make_key("moderator"))
    answer = client.get("/api/v1/detection/rule-outcomes?shadow=true", headers=moderator)
    assert answer.status_code == 200, answer.text
    [row] = answer.json()["outcomes"]
    assert (row["rule"], row["outcome"], row["shadow"], row["post"]) == ("trial", "act", True, "p1")
    assert row["banks"] == ["watch"] and "crypto doubler" not in answer.text
    assert container.nta.platform.state_of("p1") == []  # shadow: nothing done
    status = client.get("/api/v1/detection/status", headers=moderator).json()
    assert status["rules"]["error"] is None and status["rules"]["rules"] == 4  # 3 built-in
    assert client.get("/api/v1/detection/status").status_code == 401
    assert (
        client.get("/api/v1/detection/rule-outcomes?limit=0", headers=moderator).status_code == 422
    )


def test_a_rule_may_suspend_the_author_for_a_time(container: Any) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    rules_file(
        container,
        "bank_policies: false\nrules:\n  - id: suspend-spammers\n"
        "    when: {match: {bank: watch}}\n"
        "    act: {actions: [remove_post, suspend_account], suspend_days: 7}\n",
    )
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "crypto doubler")])
    platform = container.nta.platform
    assert platform.state_of("p1") == ["remove_post"]
    assert platform.state_of("acc-1") == ["suspend_account"]
    with container.database.reader() as session:
        from safeharbour.review.models import DecisionAction

        suspension = session.scalars(
            select(DecisionAction).where(DecisionAction.kind == "suspend_account")
        ).one()
        assert suspension.until is not None
        assert suspension.until - container.clock.now() == timedelta(days=7)
