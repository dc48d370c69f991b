"""`rules check`, `rules test`, `rules backtest`, `rules outcomes` and `scan` with rules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from safeharbour.detection.banks.models import DetectionScan
from safeharbour.detection.models import RuleOutcome
from safeharbour.review.models import CaseSignal
from tests.detection.rules_support import cli_runner
from tests.detection.test_banks_cli import jsonl, write
from tests.detection.test_pipeline import ingest
from tests.detection.test_rules_pipeline import bank, rules_file
from tests.factories import account, channel, post


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    return cli_runner(settings, monkeypatch)


RULES = """\
rules:
  - id: scam-new-accounts
    when:
      match: {bank: scam-domains}
      account: {max_age_days: 7}
    act: {statement: "Links to a known scam."}
  - id: spam-score
    when: {score: {spam: 0.9}}
    review: {queue: spam}
  - id: burst
    when: {behaviour: {posting_burst: 10}}
    review: {}
  - id: protect-journalism
    shadow: true
    when: {labels: {any: [journalism]}}
    tag: {labels: [journalism]}
"""

FIXTURES = """\
rules: rules.yaml
banks:
  scam-domains:
    policy: tag
    entries: {domain: [scam-offers.com]}
fixtures:
  - name: new account posting a scam link
    post: {text: "win at https://www.scam-offers.com/x"}
    context: {account: {age_days: 2}}
    expect: {verdict: act, fires: [scam-new-accounts, builtin:bank-tag]}
  - name: old account posting the same link is only tagged
    post: {text: "win at https://scam-offers.com/x"}
    context: {account: {age_days: 400}}
    expect: {verdict: tag, not_fires: [scam-new-accounts]}
  - name: spam score
    context: {scores: {spam: 0.95}}
    expect: {verdict: review, fires: [spam-score]}
  - name: a burst
    context: {behaviour: {posting_burst: 12}}
    expect: {verdict: review, fires: [burst]}
  - name: journalism in shadow only
    context: {labels: [journalism]}
    expect: {verdict: none, fires: [protect-journalism]}
  - name: an event in the ingest format
    event:
      event_id: e1
      type: post.created
      occurred_at: "2026-05-01T10:00:00Z"
      data: {id: p1, author_id: a1, text: "win at https://scam-offers.com/x"}
    context: {account: {age_days: 1}}
    expect: {verdict: act}
"""


def test_check_prints_a_summary_or_every_error(run: Any, tmp_path: Path) -> None:
    good = write(tmp_path / "rules.yaml", RULES)
    result = run("rules", "check", str(good))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("ok: 4 rules (1 in shadow mode), with the banks' own policies")
    bad = write(
        tmp_path / "bad.yaml",
        "rules:\n  - id: a\n    when: {score: {spam: 2}}\n    review: {priority: soon}\n",
    )
    result = run("rules", "check", str(bad))
    assert result.exit_code == 2
    assert "error: bad.yaml:3: rules.0.when.score.spam:" in result.stderr
    assert "error: bad.yaml:4: rules.0.review.priority:" in result.stderr
    assert result.stdout == ""
    assert run("rules", "check", str(tmp_path / "missing.yaml")).exit_code == 2


def test_fixtures_pass_fail_and_invalid(run: Any, tmp_path: Path) -> None:
    write(tmp_path / "rules.yaml", RULES)
    fixtures = write(tmp_path / "fixtures.yaml", FIXTURES)
    result = run("rules", "test", str(fixtures))
    assert result.exit_code == 0, result.output
    assert "6 passed, 0 failed" in result.stdout
    failing = write(
        tmp_path / "failing.yaml",
        FIXTURES.replace("expect: {verdict: review, fires: [burst]}", "expect: {verdict: act}"),
    )
    result = run("rules", "test", str(failing))
    assert result.exit_code == 1
    assert "FAIL: a burst: verdict review, expected act" in result.stdout
    assert "5 passed, 1 failed" in result.stdout
    write(tmp_path / "rules.yaml", RULES.replace("review: {queue: spam}", "review: {queu: x}"))
    result = run("rules", "test", str(fixtures))
    assert result.exit_code == 2
    assert "rules.yaml:" in result.stderr and "rules.1.review.queu: unknown field" in result.stderr
    write(tmp_path / "rules.yaml", RULES)
    bad_event = write(
        tmp_path / "bad_event.yaml",
        FIXTURES.replace('occurred_at: "2026-05-01T10:00:00Z"', 'occurred_at: "yesterday"'),
    )
    result = run("rules", "test", str(bad_event))
    assert result.exit_code == 2
    assert "fixtures.5.event.occurred_at" in result.stderr
    broken = write(tmp_path / "broken.json", '{"rules": "rules.yaml", "fixtures": [{"name": "x"}]}')
    result = run("rules", "test", str(broken))
    assert result.exit_code == 2
    assert "broken.json:1: fixtures.0.expect: field required" in result.stderr


def test_backtest_shows_what_would_change_and_stores_nothing(
    run: Any, container: Any, tmp_path: Path
) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    ingest(
        container,
        [
            account("acc-1"),
            channel("chan-1"),
            post("p1", "crypto doubler"),
            post("p2", "hello"),
            post("p3", "the crypto doubler again"),
        ],
    )
    candidate = write(
        tmp_path / "candidate.yaml",
        "rules:\n  - id: watch-review\n    when: {match: {bank: watch}}\n    review: {}\n",
    )

    def stored() -> tuple[int, ...]:
        with container.database.reader() as session:
            return tuple(
                int(session.scalar(select(func.count()).select_from(t)) or 0)
                for t in (DetectionScan, RuleOutcome, CaseSignal)
            )

    before = stored()
    result = run("rules", "backtest", "--since", "2026-05-01", "--rules", str(candidate), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["posts"] == 3 and report["changed"] == 2
    assert {(v["decided"], v["candidate"], v["posts"]) for v in report["verdicts"]} == {
        ("tag", "review", 2),
        ("none", "none", 1),
    }
    assert report["rules"]["watch-review"] == {"candidate": 2, "new": 2}
    assert report["rules"]["builtin:bank-tag"] == {"candidate": 2, "decided": 2}
    assert report["examples"]["tag->review"] == ["p1", "p3"]
    assert stored() == before
    text = run("rules", "backtest", "--since", "2026-05-01", "--rules", str(candidate))
    assert text.exit_code == 0
    assert "2 verdicts would change" in text.stdout
    assert "verdict tag -> review: 2  (change)" in text.stdout
    assert "e.g. new:watch-review: p1, p3" in text.stdout
    later = run("rules", "backtest", "--since", "2026-05-02", "--json")
    assert json.loads(later.stdout)["posts"] == 0
    assert run("rules", "backtest", "--since", "May 1st").exit_code == 2


def test_scan_applies_the_data_directory_rules(
    run: Any, container: Any, tmp_path: Path, settings: Any
) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    events = jsonl(tmp_path / "events.jsonl", [post("p1", "crypto doubler"), post("p2", "hi")])
    result = run("scan", str(events), "--json")
    assert [json.loads(line)["verdict"] for line in result.stdout.splitlines()] == ["tag", "none"]
    rules_file(
        container,
        "rules:\n  - id: watch-review\n    when: {match: {bank: watch}}\n    review: {}\n",
    )
    result = run("scan", str(events), "--json")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["verdict"] for line in lines] == ["review", "none"]
    assert lines[0]["matches"] == [
        {"bank": "watch", "signal": "keyword", "value": "crypto doubler", "distance": 0}
    ]
    rules_file(container, "rules: [oops]\n")
    result = run("scan", str(events), "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "rules.yaml" in result.stderr


def test_outcomes_lists_shadow_outcomes(run: Any, container: Any) -> None:
    bank(container, "watch", "tag", ["crypto doubler"])
    rules_file(
        container,
        "rules:\n  - id: trial\n    shadow: true\n    when: {match: {bank: watch}}\n    act: {}\n",
    )
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "crypto doubler")])
    result = run("rules", "outcomes", "--shadow")
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert (line["rule"], line["outcome"], line["shadow"], line["post"]) == (
        "trial",
        "act",
        True,
        "p1",
    )
    assert line["banks"] == ["watch"] and len(line["entries_sha256"][0]) == 64
