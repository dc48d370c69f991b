"""The rules engine with the classifiers and the scanner, on both backends: score rules in the
pipeline with and without banks, `scan` evaluating account, channel, label and behaviour
conditions, and retro-scans that see every bank and the scores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from safeharbour.bootstrap import build_container, detection_rules, detection_scanners
from safeharbour.config import Settings
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.models import DetectionScan
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.classifiers.linear import default_classifier
from safeharbour.detection.models import BehaviourHit
from safeharbour.detection.retroscan import run_rescans
from safeharbour.detection.scanner import ScanInput, Scanner
from safeharbour.review.labels import do_tag_item
from tests.detection.rules_support import cli_runner
from tests.detection.test_banks_cli import jsonl
from tests.detection.test_pipeline import ACTOR, ingest
from tests.detection.test_rules_pipeline import bank, outcomes, rules_file, signals
from tests.factories import account, channel, event, post

SPAMMY = "FREE money!!! Click here now to earn $$$ from home, guaranteed income, act now"
ORDINARY = "the build is green again after the fix"

SCORE_RULES = """\
rules:
  - id: spam-score
    when: {score: {spam: 0.9}}
    review: {queue: spam, priority: high}
"""


@pytest.fixture
def scored(settings: Settings, clock: Any) -> Iterator[Any]:
    """A container whose pipeline runs the shipped classifier (SAFEHARBOUR_CLASSIFIERS=default)."""
    built = build_container(settings.model_copy(update={"classifiers": "default"}), clock=clock)
    yield built
    built.close()


def test_a_score_rule_fires_in_the_pipeline_without_any_bank(scored: Any) -> None:
    rules_file(scored, SCORE_RULES)
    ingest(scored, [account("acc-1"), channel("chan-1"), post("p1", SPAMMY), post("p2", ORDINARY)])
    [signal] = signals(scored)
    assert signal.details["rule"] == "spam-score"
    assert signal.details["priority"] == "high" and signal.details["queue"] == "spam"
    assert signal.source == "detection:rule" and "bank" not in signal.details
    assert [(o.rule_id, o.post_id) for o in outcomes(scored)] == [("spam-score", "p1")]


def test_a_score_rule_fires_next_to_banks(scored: Any) -> None:
    bank(scored, "watch", "tag", ["crypto doubler"])
    rules_file(scored, SCORE_RULES)
    ingest(
        scored,
        [account("acc-1"), channel("chan-1"), post("p1", SPAMMY), post("p2", "crypto doubler")],
    )
    assert [s.details["rule"] for s in signals(scored)] == ["spam-score"]
    assert {(o.rule_id, o.post_id) for o in outcomes(scored)} == {
        ("spam-score", "p1"),
        ("builtin:bank-tag", "p2"),
    }


def test_without_classifiers_a_score_rule_never_fires(container: Any) -> None:
    rules_file(container, SCORE_RULES)
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", SPAMMY)])
    assert signals(container) == [] and outcomes(container) == []


# -- scan: account, channel, labels and behaviour conditions ------------------------------


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    return cli_runner(settings, monkeypatch)


def scan(run: Any, events: Path) -> list[dict[str, Any]]:
    result = run("scan", str(events), "--json")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    for line in lines:
        assert set(line) == {"event_id", "matches", "verdict"}  # the contract, unchanged
    return lines


def verdicts(lines: list[dict[str, Any]]) -> dict[str, str]:
    return {line["event_id"]: line["verdict"] for line in lines}


def by(
    event_id: str, author: str, chan: str, *, at: str = "2026-06-01T12:00:00Z", text: str = "hi"
) -> dict[str, Any]:
    return event(
        "post.created",
        {"id": f"post-{event_id}", "author_id": author, "channel_id": chan, "text": text},
        at=at,
        event_id=event_id,
    )


def test_scan_reads_the_author_and_channel_from_the_mirror(
    run: Any, container: Any, tmp_path: Path
) -> None:
    ingest(
        container,
        [
            account("acc-new", created_at="2026-05-30T00:00:00Z"),
            account("acc-old", created_at="2025-01-01T00:00:00Z"),
            channel("chan-verified", verified=True),
            channel("chan-plain"),
        ],
    )
    rules_file(
        container,
        """\
rules:
  - id: new-author
    when: {account: {max_age_days: 7}}
    review: {}
  - id: verified-channel
    when: {channel: {verified: true}}
    tag: {labels: [spam]}
""",
    )
    events = jsonl(
        tmp_path / "events.jsonl",
        [
            by("e1", "acc-new", "chan-plain"),
            by("e2", "acc-old", "chan-verified"),
            by("e3", "acc-unknown", "chan-unknown"),
            # Ages are measured from the event's time: a month later the account is not new.
            by("e4", "acc-new", "chan-plain", at="2026-07-01T12:00:00Z"),
            event("member.joined", {"channel_id": "chan-plain", "account_id": "acc-new"}),
        ],
    )
    lines = scan(run, events)
    assert list(verdicts(lines).values())[:4] == ["review", "tag", "none", "none"]
    assert lines[4]["verdict"] == "none"


def test_scan_reads_the_stored_posts_labels(run: Any, container: Any, tmp_path: Path) -> None:
    stored = [by("e1", "acc-1", "chan-1"), by("e2", "acc-1", "chan-1")]
    ingest(container, [account("acc-1"), channel("chan-1"), *stored])
    with container.database.uow() as unit:
        do_tag_item(unit, item_kind="post", item_id="post-e1", label="journalism", actor=ACTOR)
        unit.commit()
    rules_file(
        container,
        "rules:\n  - id: press\n    when: {labels: {any: [journalism]}}\n    review: {}\n",
    )
    events = jsonl(tmp_path / "events.jsonl", [*stored, by("e3", "acc-1", "chan-1")])
    assert verdicts(scan(run, events)) == {"e1": "review", "e2": "none", "e3": "none"}


def test_scan_replays_behaviour_windows_over_the_file_and_stores_nothing(
    run: Any, container: Any, tmp_path: Path
) -> None:
    ingest(container, [account("acc-new", created_at="2026-05-30T00:00:00Z"), account("acc-old")])
    rules_file(
        container,
        """\
behaviour:
  posting_burst: {window_seconds: 60}
  shared_link: {window_seconds: 3600, new_account_days: 7}
rules:
  - id: burst
    when: {behaviour: {posting_burst: 3}}
    review: {}
  - id: shared-link
    when: {behaviour: {shared_link: 1}}
    tag: {labels: [spam]}
""",
    )
    link = "look https://promo.example.org/deal"
    events = jsonl(
        tmp_path / "events.jsonl",
        [
            by("b1", "acc-old", "c", at="2026-06-01T12:00:00Z"),
            by("b2", "acc-old", "c", at="2026-06-01T12:00:20Z"),
            by("x1", "acc-other", "c", at="2026-06-01T12:00:30Z"),
            by("b3", "acc-old", "c", at="2026-06-01T12:00:40Z"),  # 3 posts within 60 s
            by("b4", "acc-old", "c", at="2026-06-01T12:02:00Z"),  # the others left the window
            by("l1", "acc-old", "c", at="2026-06-01T13:00:00Z", text=link),  # not new: uncounted
            by("l2", "acc-new", "c", at="2026-06-01T13:00:00Z", text=link),
        ],
    )
    assert verdicts(scan(run, events)) == {
        "b1": "none",
        "b2": "none",
        "x1": "none",
        "b3": "review",
        "b4": "none",
        "l1": "none",
        "l2": "tag",
    }
    with container.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(BehaviourHit)) == 0
        assert session.scalar(select(func.count()).select_from(DetectionScan)) == 0


# -- retro-scans see every bank and the scores -------------------------------------------


def add_domains(container: Any, name: str, domains: list[str], *, policy: str = "tag") -> None:
    with container.database.uow() as unit:
        created = do_create_bank(unit, name, policy=policy, actor=ACTOR)
        do_add_bank_entries(unit, created, Signal.DOMAIN, domains, actor=ACTOR)
        unit.commit()


def rescan(container: Any) -> int:
    return run_rescans(
        container.database,
        policy=container.nta.review,
        rules=detection_rules(container).current,
        scanner=detection_scanners(container),
    )


def rule_posts(container: Any, rule: str) -> list[str]:
    return sorted(o.post_id for o in outcomes(container) if o.rule_id == rule)


def test_a_rescan_fires_rules_combining_the_changed_bank_with_another(
    container: Any, clock: Any
) -> None:
    bank(container, "crypto", "tag", ["crypto doubler"])
    rules_file(
        container,
        """\
rules:
  - id: crypto-and-scam-link
    when:
      all:
        - match: {bank: crypto}
        - match: {bank: scam-links}
    review: {queue: combo}
""",
    )
    link = "https://scam.example.net/go"
    ingest(
        container,
        [
            account("acc-1"),
            channel("chan-1"),
            post("p1", f"crypto doubler {link}"),
            post("p2", f"only a link {link}"),
            post("p3", "crypto doubler only"),
        ],
    )
    assert signals(container) == [] and rule_posts(container, "crypto-and-scam-link") == []
    clock.advance(timedelta(minutes=1))
    add_domains(container, "scam-links", ["scam.example.net"])
    rescan(container)  # the crypto bank's first rescan too: ingest saw it, nothing to feed
    [signal_crypto, signal_link] = sorted(signals(container), key=lambda s: s.details["bank"])
    assert {s.details["rule"] for s in (signal_crypto, signal_link)} == {"crypto-and-scam-link"}
    assert (signal_crypto.details["bank"], signal_link.details["bank"]) == ("crypto", "scam-links")
    assert rule_posts(container, "crypto-and-scam-link") == ["p1"]
    # On ingest crypto's own policy tagged p1 and p3; the rescan adds scam-links' (p1, p2).
    assert rule_posts(container, "builtin:bank-tag") == ["p1", "p1", "p2", "p3"]
    # Rescanning the same version feeds nothing twice.
    assert rescan(container) == 0
    assert len(signals(container)) == 2


def test_a_rescan_fires_rules_combining_the_changed_bank_with_a_score(
    scored: Any, clock: Any
) -> None:
    rules_file(
        scored,
        """\
rules:
  - id: spammy-scam-link
    when:
      match: {bank: scam-links}
      score: {spam: 0.9}
    review: {priority: high}
""",
    )
    link = "https://scam.example.net/go"
    ingest(
        scored,
        [
            account("acc-1"),
            channel("chan-1"),
            post("p1", f"{SPAMMY} {link}"),
            post("p2", f"{ORDINARY} {link}"),
        ],
    )
    assert signals(scored) == []
    clock.advance(timedelta(minutes=1))
    add_domains(scored, "scam-links", ["scam.example.net"])
    rescan(scored)
    [signal] = signals(scored)
    assert signal.details["rule"] == "spammy-scam-link" and signal.details["priority"] == "high"
    assert rule_posts(scored, "spammy-scam-link") == ["p1"]
    assert rule_posts(scored, "builtin:bank-tag") == ["p1", "p2"]


def test_backtest_scores_with_the_configured_classifiers(
    scored: Any, settings: Any, monkeypatch: Any
) -> None:
    ingest(scored, [account("acc-1"), channel("chan-1"), post("p1", SPAMMY), post("p2", ORDINARY)])
    candidate = settings.data_dir / "candidate.yaml"
    candidate.write_text(SCORE_RULES, encoding="utf-8")
    monkeypatch.setenv("SAFEHARBOUR_CLASSIFIERS", "default")
    invoke = cli_runner(settings, monkeypatch)
    result = invoke(
        "rules", "backtest", "--since", "2026-05-01", "--rules", str(candidate), "--json"
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["rules"]["spam-score"] == {"candidate": 1, "new": 1}
    assert report["examples"]["new:spam-score"] == ["p1"]


def test_classifiers_run_only_when_asked() -> None:
    scanner = Scanner([], [], classifiers=[default_classifier()])
    [scored_result, plain] = scanner.scan_many([ScanInput("e1", SPAMMY)]) + scanner.scan_many(
        [ScanInput("e2", SPAMMY)], score=False
    )
    assert scored_result.scores["spam"] > 0.9 and plain.scores == {}


def test_scan_evaluates_score_rules_with_scores_and_warns_without(
    run: Any, container: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    rules_file(container, SCORE_RULES)
    events = jsonl(
        tmp_path / "events.jsonl",
        [by("s1", "a", "c", text=SPAMMY), by("s2", "a", "c", text=ORDINARY)],
    )
    without = run("scan", str(events), "--json")
    assert [json.loads(x)["verdict"] for x in without.stdout.splitlines()] == ["none", "none"]
    assert "without --scores no score condition holds" in without.stderr
    monkeypatch.setenv("SAFEHARBOUR_CLASSIFIERS", "default")
    scored_run = run("scan", str(events), "--json", "--scores")
    assert scored_run.exit_code == 0, scored_run.output
    lines = [json.loads(x) for x in scored_run.stdout.splitlines()]
    assert [line["verdict"] for line in lines] == ["review", "none"]
    assert lines[0]["scores"]["spam"] > 0.9 > lines[1]["scores"]["spam"]
    assert "score condition" not in scored_run.stderr
