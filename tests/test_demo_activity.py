"""`safeharbour demo seed --days N`: realistic, deterministic, idempotent demo activity.

Everything is driven through the real CLI on the test's own database (SQLite and PostgreSQL),
then checked against the database, the audit chain and the published reports. Volumes are kept
small (`--volume 0.08`); the full-size figures are in docs/demo.md.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import build_container
from safeharbour.cli.app import app as cli
from safeharbour.config import Settings, load_settings
from safeharbour.demo.activity import DEFAULT_DAYS, FACT_PREFIX, demo_days
from safeharbour.enforcement.actions import DONE
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.models import Account, Notice, Post
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.meta import InstallationFact
from safeharbour.legal.gateway import LegalRequest, LegalRequestAnswer
from safeharbour.legal.models import Agency
from safeharbour.review.models import (
    Appeal,
    Case,
    CaseSignal,
    Decision,
    DecisionAction,
    ItemLabel,
    QaReview,
)
from safeharbour.transparency.models import PublishedReport, Statement

SMALL = ["--volume", "0.08"]
EU_EEA = {
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
    "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
}  # fmt: skip
COUNTED = (
    Notice,
    Post,
    Case,
    CaseSignal,
    Decision,
    Appeal,
    LegalRequest,
    LegalRequestAnswer,
    Statement,
    EnforcementAction,
    PublishedReport,
    AuditEntry,
)


def run(settings: Settings, monkeypatch: Any, *args: str) -> Any:
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    return CliRunner().invoke(cli, [*args, "--data-dir", str(settings.data_dir)])


def seed(settings: Settings, monkeypatch: Any, days: int) -> dict[str, Any]:
    result = run(settings, monkeypatch, "demo", "seed", "--days", str(days), *SMALL)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def counts(settings: Settings) -> dict[str, int]:
    container = build_container(settings, migrate=False)
    try:
        with container.database.reader() as session:
            return {
                model.__tablename__: int(
                    session.scalar(select(func.count()).select_from(model)) or 0
                )
                for model in COUNTED
            }
    finally:
        container.close()


def yesterday() -> str:
    return (datetime.now(UTC).date() - timedelta(days=1)).isoformat()


def test_the_days_end_yesterday_and_bad_counts_name_the_field() -> None:
    today = datetime(2026, 3, 2, tzinfo=UTC).date()
    assert [d.isoformat() for d in demo_days(3, today)] == [
        "2026-02-27",
        "2026-02-28",
        "2026-03-01",
    ]
    with pytest.raises(InvalidInput) as caught:
        demo_days(0, today)
    assert caught.value.errors[0].field == "days"
    assert DEFAULT_DAYS == 14


def test_demo_seed_refuses_non_demo_data(
    settings: Settings, monkeypatch: Any, make_key: Any
) -> None:
    make_key("auditor")  # a real record
    result = run(settings, monkeypatch, "demo", "seed", "--days", "1", *SMALL)
    assert result.exit_code == 2, result.output
    assert "error: data_dir:" in result.stderr
    assert counts(settings)["decisions"] == 0


def test_demo_seed_bad_days_exit_2(settings: Settings, monkeypatch: Any) -> None:
    result = run(settings, monkeypatch, "demo", "seed", "--days", "0")
    assert result.exit_code == 2
    assert "--days" in result.stderr


def test_demo_days_are_realistic_idempotent_and_verifiable(
    settings: Settings, monkeypatch: Any
) -> None:
    first = seed(settings, monkeypatch, 2)
    days = first["seeded_days"]
    assert days == [(datetime.now(UTC).date() - timedelta(days=n)).isoformat() for n in (2, 1)]
    assert days[-1] == yesterday()
    after_first = counts(settings)

    # -- every source ------------------------------------------------------------------------
    container = build_container(load_settings(settings.data_dir), migrate=False)
    try:
        with container.database.reader() as session:
            sources = Counter(session.scalars(select(Notice.source_type)))
            assert sources["SOURCE_ARTICLE_16"] > 0
            assert sources["SOURCE_TRUSTED_FLAGGER"] > 0
            assert session.scalar(
                select(func.count()).select_from(CaseSignal).where(CaseSignal.automated)
            )
            automation = Counter(session.scalars(select(Decision.automated_decision)))
            assert automation["AUTOMATED_DECISION_FULLY"] > 0
            assert automation["AUTOMATED_DECISION_NOT_AUTOMATED"] > 0
            outcomes = Counter(session.scalars(select(Decision.outcome)))
            assert outcomes["action"] > 0 and outcomes["no_action"] > 0

            # Every step happened inside the seeded days, in a causal order.
            start = datetime.fromisoformat(days[0]).replace(tzinfo=UTC)
            end = datetime.fromisoformat(days[-1]).replace(tzinfo=UTC) + timedelta(days=1)
            for decision in session.scalars(select(Decision)):
                assert start <= decision.decided_at < end
                first_notice = session.scalar(
                    select(func.min(Notice.received_at)).where(Notice.case_id == decision.case_id)
                )
                if first_notice is not None:
                    assert first_notice < decision.decided_at

            # Blind QA of the automated decisions, re-decided the next morning.
            reviewed = session.scalars(select(QaReview).where(QaReview.status == "done")).all()
            assert reviewed
            assert all(r.reviewed_at is not None and r.reviewed_at >= start for r in reviewed)

            # Appeals: some upheld, some reversed.
            appeals = Counter(session.scalars(select(Appeal.outcome)))
            assert appeals["upheld"] > 0 and appeals["reversed"] > 0

            # Authority requests: several countries and every outcome, with the refusals of a
            # key demand and of a protest channel block on their grounds.
            countries = set(
                session.scalars(
                    select(Agency.country).join(LegalRequest, LegalRequest.agency_id == Agency.id)
                )
            )
            assert {"DE", "FR", "IT", "PL", "US", "RU", "BR"} <= countries
            answers = {
                answer.answer: answer for answer in session.scalars(select(LegalRequestAnswer))
            }
            assert {"complied", "partially_complied", "refused", "need_more_info"} <= set(answers)
            statuses = Counter(session.scalars(select(LegalRequest.status)))
            assert statuses["answered"] > 0
            # The promise kept: every past day's request answered, none after its deadline.
            assert set(statuses) == {"answered"}
            assert not any(session.scalars(select(LegalRequestAnswer.late)))
            refused = {
                request.type: {r["rule"] for r in answer.reasons}
                for request, answer in session.execute(
                    select(LegalRequest, LegalRequestAnswer).join(
                        LegalRequestAnswer, LegalRequestAnswer.id == LegalRequest.answer_id
                    )
                ).tuples()
                if answer.answer == "refused"
            }
            assert "R-KEYS-NEVER" in refused["encryption_key"]
            assert "R-PROTECTED-EXPRESSION" in refused["block_channel"]
            blocked = [
                t["id"]
                for r in session.scalars(
                    select(LegalRequest).where(LegalRequest.type == "block_channel")
                )
                for t in r.targets
            ]
            assert session.scalar(
                select(func.count())
                .select_from(ItemLabel)
                .where(ItemLabel.item_id.in_(blocked), ItemLabel.label == "peaceful_protest")
            )

            # Users in EU/EEA states are affected, so DSA exports have material.
            affected = set(
                session.scalars(
                    select(Account.country)
                    .join(DecisionAction, DecisionAction.affected_account_id == Account.id)
                    .distinct()
                )
            )
            assert affected & EU_EEA and affected - EU_EEA

            # Platform calls were made at their simulated time.
            done = session.scalars(
                select(EnforcementAction).where(EnforcementAction.status.in_(DONE))
            ).all()
            assert done
            assert all(
                row.done_at is not None and start <= row.done_at < end + timedelta(minutes=10)
                for row in done
            )

            # Each day has a marker with its counts, and its published report.
            facts = {
                fact.name.removeprefix(FACT_PREFIX): json.loads(fact.value)
                for fact in session.scalars(
                    select(InstallationFact).where(InstallationFact.name.like(FACT_PREFIX + "%"))
                )
            }
            assert sorted(facts) == days
            published = {r.date: r for r in session.scalars(select(PublishedReport))}
            assert sorted(published) == days
            for day in days:
                assert published[day].tree_size == facts[day]["report_tree_size"] > 0
            assert published[days[1]].previous_root == published[days[0]].root
    finally:
        container.close()

    # -- the audit chain and the reports verify ----------------------------------------------
    audit = run(settings, monkeypatch, "audit", "verify")
    assert audit.exit_code == 0, audit.output
    for day in days:
        directory = Path(settings.data_dir) / "reports" / day
        verified = CliRunner().invoke(cli, ["report", "verify", str(directory)])
        assert verified.exit_code == 0, verified.output

    # -- idempotent: the same N adds nothing, a larger N only the missing day -----------------
    again = seed(settings, monkeypatch, 2)
    assert again["seeded_days"] == [] and again["already_seeded_days"] == days
    assert counts(settings) == after_first
    more = seed(settings, monkeypatch, 3)
    older = (datetime.now(UTC).date() - timedelta(days=3)).isoformat()
    assert more["seeded_days"] == [older]
    assert more["already_seeded_days"] == days
    grown = counts(settings)
    assert grown["decisions"] > after_first["decisions"]
    assert grown["published_reports"] == 3


def test_a_day_is_the_same_whatever_else_was_seeded(tmp_path: Path, monkeypatch: Any) -> None:
    """Day D depends only on (seed, D, volume): seeded alone or after another day, it holds the
    same activity."""
    monkeypatch.delenv("SAFEHARBOUR_DATABASE_URL", raising=False)
    facts = []
    for name, days in (("two", "2"), ("one", "1")):
        data_dir = tmp_path / name
        result = CliRunner().invoke(
            cli, ["demo", "seed", "--days", days, *SMALL, "--data-dir", str(data_dir)]
        )
        assert result.exit_code == 0, result.output
        container = build_container(load_settings(data_dir), migrate=False)
        try:
            with container.database.reader() as session:
                fact = session.get(InstallationFact, FACT_PREFIX + yesterday())
                assert fact is not None
                facts.append(json.loads(fact.value))
        finally:
            container.close()
    # The report of a day also counts the blind QA verdicts given that day on the previous
    # day's sample (as in production), so only the day's own activity is compared.
    for fact in facts:
        fact.pop("report_tree_size")
    assert facts[0] == facts[1]


def test_serve_demo_seeds_the_days_before_it_listens(settings: Settings, tmp_path: Path) -> None:
    """`serve --demo` (what `make run` starts) seeds the platform and the days, then serves."""
    from tests.e2e.support import free_port, server_env

    data_dir = Path(settings.data_dir)
    port = free_port()
    log_path = tmp_path / "serve.log"
    command = [
        sys.executable,
        "-m",
        "safeharbour",
        "serve",
        "--demo",
        "--demo-days",
        "1",
        "--demo-volume",
        "0.05",
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command,
            env=server_env(data_dir, settings.effective_database_url, {}),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        # A liveness limit, not a timed assertion: the seeding runs before the server listens.
        for _ in range(1200):
            assert process.poll() is None, log_path.read_text()
            try:
                with opener.open(f"http://127.0.0.1:{port}/healthz", timeout=2) as reply:
                    if reply.status == 200:
                        break
            except OSError:
                time.sleep(0.25)
        else:
            pytest.fail("the demo server did not answer /healthz:\n" + log_path.read_text())
    finally:
        process.terminate()
        process.wait(30)
    container = build_container(settings, migrate=False)
    try:
        with container.database.reader() as session:
            assert session.get(InstallationFact, FACT_PREFIX + yesterday()) is not None
            assert session.get(PublishedReport, yesterday()) is not None
    finally:
        container.close()
    assert (data_dir / "reports" / yesterday() / "root.json").exists()
