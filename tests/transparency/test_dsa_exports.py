"""DSA exports on a seeded day: statements of reasons of every kind (user notice, trusted
flagger, authority orders incl. an Art. 9 one, a non-EU scope, automated detection), batches of
100, no personal data, idempotent files, CLI exit codes; the 2024/2835 tables against counts
taken independently from the database."""

from __future__ import annotations

import csv
import json
import statistics
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from safeharbour.bootstrap import Container
from safeharbour.cli.app import app as cli_app
from safeharbour.enforcement import EnforcementAction
from safeharbour.intake.models import Notice
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import LegalRequest
from safeharbour.review import do_raise_signal
from safeharbour.review.appeals import do_decide_appeal, do_submit_appeal
from safeharbour.review.decisions import do_decide_case
from safeharbour.review.disputes import do_record_dispute, do_record_dispute_outcome
from safeharbour.review.leases import do_claim_case
from safeharbour.review.models import Appeal, Case, Decision, DecisionAction, Dispute, QaReview
from safeharbour.review.qa import QaPolicy, do_record_qa_verdict, do_sample_qa
from safeharbour.review.schemas import AppealDecisionIn, DecisionIn, DisputeIn, DisputeOutcomeIn
from safeharbour.transparency.models import Statement
from safeharbour.transparency.sor_export import scrub
from safeharbour.transparency.sor_validate import validate_file
from safeharbour.transparency.statements import statement_token
from tests import factories
from tests.legal.gateway.conftest import (  # noqa: F401
    OFFICER,
    Agent,
    make_agent,
    officer,
    removal_order,
)
from tests.nta import HATE, notice_body, removal

DAY = "2026-06-01"  # the fixtures' clock
SECRET_BITS = ("zq81", "Zora", "Quill", "example.org", "@", "post-", "chan-", "user-")
BULK = 101


def _answer(client: Any, headers: dict[str, str], rid: str, **body: Any) -> None:
    payload = {"followed_proposal": False, "override_reason": "decided by counsel", **body}
    reply = client.post(f"{OFFICER}/{rid}/answer", json=payload, headers=headers)
    assert reply.status_code == 201, reply.text


def _own_initiative(container: Container, post_id: str, *, fully: bool) -> None:
    moderator = Actor("api_key", "bulk-moderator", "moderator")

    def act(unit: Any) -> None:
        signal = do_raise_signal(
            unit,
            item_kind="post",
            item_id=post_id,
            source="detection:pdq",
            category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            keywords=["KEYWORD_PHISHING"],
            score=0.99,
            policy=container.nta.review,
            actor=Actor("system", "detection"),
        )
        do_claim_case(unit, signal.case_id, policy=container.nta.review, actor=moderator)
        do_decide_case(
            unit,
            signal.case_id,
            DecisionIn.model_validate(
                {
                    "outcome": "action",
                    "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                    "category_specification": ["KEYWORD_PHISHING"],
                    "explanation": "Phishing page; reported to zq81@example.org by @zq81handle.",
                    "automated_decision": "AUTOMATED_DECISION_FULLY"
                    if fully
                    else "AUTOMATED_DECISION_PARTIALLY",
                    "actions": [
                        {
                            "kind": "remove_post",
                            "ground": {
                                "kind": "terms_of_service",
                                "reference": "Terms 4.2 (no scams), see https://x.example.org/t",
                                "explanation": "Impersonates Zora Quill's bank.",
                            },
                        }
                    ],
                }
            ),
            policy=container.nta.review,
            actor=moderator,
        )

    run_in_unit(container.database, act)


@pytest.fixture
def seeded(
    client: Any,
    container: Container,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    flagger: Callable[..., Any],
    make_agent: Callable[..., Agent],  # noqa: F811
    officer: dict[str, str],  # noqa: F811
    clock: ManualClock,
) -> dict[str, Any]:
    """Every kind of decision, on the fixtures' day."""
    posts = [f"post-zq81-{i}" for i in range(BULK)] + [
        "post-zq81-user",
        "post-zq81-tf",
        "post-zq81-tr",
        "post-zq81-order",
        "post-zq81-art9",
        "post-zq81-order-tr",
    ]
    ingest(
        factories.account("user-zq81", country="DE"),
        factories.channel("chan-zq81", owner_id="user-zq81"),
        *[factories.post(p, "text", channel_id="chan-zq81", author_id="user-zq81") for p in posts],
    )
    notifier = {"name": "Zora Quill", "email": "zora.quill@example.org"}
    personal = "Posted by @zq81handle (user-zq81, zq81@example.org)."
    # A user's notice, acted on under the law.
    user = submit(notice_body("post-zq81-user", notifier=notifier))
    clock.advance(timedelta(hours=3))  # acted on three hours after the notice
    reply = decide(case_of(user["id"]), removal(explanation=personal))
    assert reply.status_code == 201, reply.text
    # A trusted flagger's notice, acted on.
    _, tf_headers = flagger("Hotline e.V.")
    tf = submit(notice_body("post-zq81-tf"), headers=tf_headers)
    clock.advance(timedelta(minutes=30))
    reply = decide(case_of(tf["id"]), removal(explanation=personal))
    assert reply.status_code == 201, reply.text
    # A notice acted on only outside the EU/EEA: not exported.
    tr = submit(notice_body("post-zq81-tr"))
    body = removal(explanation=personal)
    body["actions"][0].update(kind="restrict_post", countries=["TR"])
    reply = decide(case_of(tr["id"]), body)
    assert reply.status_code == 201, reply.text
    # Authority orders: national (exported), DSA Art. 9 (not), Turkish and local (not).
    germany = make_agent()
    turkey = make_agent("Emniyet", country="TR", domains=("egm.example.tr",))
    order_ids = {}
    for name, agent, instrument, target, scope in (
        ("national", germany, "national", "post-zq81-order", "global"),
        ("art9", germany, "dsa_art9", "post-zq81-art9", "global"),
        ("turkey", turkey, "national", "post-zq81-order-tr", "requesting_country"),
    ):
        sent = agent.submit(
            client,
            removal_order(
                legal_instrument=instrument,
                reference=f"REF-{name}",
                targets=[{"kind": "post", "id": target}],
                offence_category=HATE,
            ),
        )
        assert sent.status_code == 201, sent.text
        order_ids[name] = sent.json()["id"]
        _answer(client, officer, order_ids[name], answer="complied", scope=scope)
    # Own initiative after automated detection: enough for two batches.
    for i in range(BULK):
        _own_initiative(container, f"post-zq81-{i}", fully=i % 2 == 0)
    _appeal_and_dispute(container, user["id"])
    # The next day, the blind QA sample of the fully automated decisions: 4 agree, 2 do not.
    clock.advance(timedelta(days=1))
    qa = QaPolicy(rate=0.0, minimum=6, seed=b"dsa-exports")
    sample = run_in_unit(
        container.database,
        lambda unit: do_sample_qa(unit, date(2026, 6, 1), policy=qa, actor=Actor("system", "qa")),
    )
    assert len(sample) == 6
    for i, review in enumerate(sample):
        agree = i < 4

        def verdict(unit: UnitOfWork, review: QaReview = review, agree: bool = agree) -> Any:
            return do_record_qa_verdict(
                unit,
                review.id,
                outcome="action" if agree else "no_action",
                category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD" if agree else None,
                actor=Actor("api_key", "qa-moderator", "moderator"),
            )

        run_in_unit(container.database, verdict)
    return {"orders": order_ids}


def _appeal_and_dispute(container: Container, notice_id: str) -> None:
    """The affected user appeals the decision on the user's notice (upheld) and goes to a
    dispute settlement body (reversed)."""
    policy = container.nta.review
    with container.database.reader() as session:
        statement = session.scalars(
            select(Statement)
            .join(Decision, Decision.id == Statement.decision_id)
            .join(Notice, Notice.case_id == Decision.case_id)
            .where(Notice.id == uuid.UUID(notice_id))
        ).one()
        decision_id = statement.decision_id
    token = statement_token(policy.tokens, statement.id)
    receipt = run_in_unit(
        container.database,
        lambda unit: do_submit_appeal(
            unit,
            token=token,
            explanation="The post was satire.",
            policy=policy,
            actor=Actor("system", "public"),
        ),
    )
    appeal_id = uuid.UUID(str(receipt.id))
    run_in_unit(
        container.database,
        lambda unit: do_decide_appeal(
            unit,
            appeal_id,
            AppealDecisionIn(
                outcome="upheld", reasoning="Not satire; incitement.", reverse_actions=None
            ),
            policy=policy,
            actor=Actor("api_key", "appeal-reviewer", "senior_moderator"),
        ),
    )
    now = container.clock.now()
    dispute = run_in_unit(
        container.database,
        lambda unit: do_record_dispute(
            unit,
            DisputeIn(decision_id=decision_id, body_name="ODS body", submitted_at=now),
            actor=Actor("api_key", "legal", "legal_officer"),
        ),
    )
    run_in_unit(
        container.database,
        lambda unit: do_record_dispute_outcome(
            unit,
            dispute.id,
            DisputeOutcomeIn(outcome="reversed"),
            actor=Actor("api_key", "legal", "legal_officer"),
        ),
    )


def _export(settings: Any, out: Path, *args: str) -> Any:
    return CliRunner().invoke(
        cli_app,
        ["export", *args, "--out", str(out), "--data-dir", str(settings.data_dir)],
        env={"SAFEHARBOUR_DATABASE_URL": settings.database_url},
    )


def _statements(out: Path) -> list[dict[str, Any]]:
    found = []
    for path in sorted(out.glob("sor-*.json")):
        found += json.loads(path.read_text())["statements"]
    return found


def test_a_day_exports_valid_batches_with_the_exclusions_and_no_personal_data(
    container: Container, settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "sor"
    result = _export(settings, out, "sor", "--date", DAY)
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["sor-0001.json", "sor-0002.json"]
    sizes = [len(json.loads((out / f).read_text())["statements"]) for f in files]
    statements = _statements(out)
    assert sizes == [100, len(statements) - 100] and 1 <= sizes[1] <= 100
    assert result.stdout.strip() == f"{DAY} {len(statements)} 2"
    # Every exported statement validates, without even a warning.
    for path in sorted(out.glob("sor-*.json")):
        _, problems = validate_file(path)
        assert problems == [], [p.line() for p in problems]
    with container.database.reader() as session:
        review_puids = {
            s.puid: a
            for s, a in session.execute(
                select(Statement, DecisionAction).join(
                    DecisionAction, DecisionAction.id == Statement.decision_action_id
                )
            ).tuples()
        }
        orders = {
            name: session.get(LegalRequest, uuid.UUID(rid))
            for name, rid in seeded["orders"].items()
        }
        order_actions = {
            name: list(
                session.scalars(
                    select(EnforcementAction).where(
                        EnforcementAction.legal_request_id == request.id,
                        EnforcementAction.kind != "notify_user",
                    )
                )
            )
            for name, request in orders.items()
            if request is not None
        }
    by_puid = {s["puid"]: s for s in statements}
    assert len(by_puid) == len(statements)
    # Review decisions: all but the Turkey-only restriction, with their sources.
    exported_review = {p: a for p, a in review_puids.items() if p in by_puid}
    skipped = [a for p, a in review_puids.items() if p not in by_puid]
    assert [(a.kind, a.countries) for a in skipped] == [("restrict_post", ["TR"])]
    sources = sorted(by_puid[p]["source_type"] for p in exported_review)
    assert sources.count("SOURCE_ARTICLE_16") == 1
    assert sources.count("SOURCE_TRUSTED_FLAGGER") == 1
    assert sources.count("SOURCE_VOLUNTARY") == BULK
    [user] = [s for s in statements if s["source_type"] == "SOURCE_ARTICLE_16"]
    assert user["illegal_content_legal_ground"] == "§ 130 StGB"
    assert user["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert user["application_date"] == DAY and user["automated_detection"] == "No"
    assert "notice submitted under Article 16" in user["decision_facts"]
    automated = [s for s in statements if s["source_type"] == "SOURCE_VOLUNTARY"]
    assert {s["automated_detection"] for s in automated} == {"Yes"}
    assert sum(s["automated_decision"] == "AUTOMATED_DECISION_FULLY" for s in automated) == 51
    assert {s["decision_ground"] for s in automated} == {"DECISION_GROUND_INCOMPATIBLE_CONTENT"}
    # Authority orders: only the national German one, as another type of notification.
    order_puids = {p for p in by_puid if p.startswith("sh-order-")}
    assert order_puids == {f"sh-order-{a.id}" for a in order_actions["national"]}
    assert len(order_puids) == 1
    order = by_puid[order_puids.pop()]
    assert order["source_type"] == "SOURCE_TYPE_OTHER_NOTIFICATION"
    assert order["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert order["category"] == HATE and "DE" in order["territorial_scope"]
    assert len(order_actions["art9"]) == 1 and len(order_actions["turkey"]) == 1  # acted, not sent
    assert len(statements) == 2 + BULK + 1
    # Ordered by time, then puid; every scope is within the EEA.
    assert all(s["territorial_scope"] for s in statements)
    # No personal data: no account, item, notifier, e-mail, handle or free text of ours.
    text = "\n".join(p.read_text() for p in out.glob("sor-*.json"))
    for bit in SECRET_BITS:
        assert bit not in text, bit
    assert "Impersonates" not in text and "Phishing page" not in text


def test_re_running_a_day_writes_identical_files_and_removes_stale_ones(
    settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "sor"
    out.mkdir()
    (out / "sor-0007.json").write_text("stale")
    (out / "notes.txt").write_text("mine")
    assert _export(settings, out, "sor", "--date", DAY).exit_code == 0
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    assert "sor-0007.json" not in first and first["notes.txt"] == b"mine"
    assert _export(settings, out, "sor", "--date", DAY).exit_code == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first
    empty = tmp_path / "empty"
    result = _export(settings, empty, "sor", "--date", "2026-05-01")
    assert result.exit_code == 0 and result.stdout.strip() == "2026-05-01 0 0"
    assert list(empty.iterdir()) == []
    bad = _export(settings, tmp_path / "x", "sor", "--date", "01/06/2026")
    assert bad.exit_code == 2 and "date" in bad.output


def test_a_statement_the_database_would_refuse_stops_the_export_before_any_file(
    container: Container, settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    # A measure kind without a mapping (as if one were added to review and not here).
    with container.database.uow() as unit:
        action = unit.session.scalars(
            select(DecisionAction).where(DecisionAction.kind == "remove_post").limit(1)
        ).one()
        action.kind = "demote_post"
        puid = unit.session.scalars(
            select(Statement.puid).where(Statement.decision_action_id == action.id)
        ).one()
        unit.commit()
    out = tmp_path / "sor"
    result = _export(settings, out, "sor", "--date", DAY)
    assert result.exit_code == 1, result.output
    assert f"error: statement {puid}: decision_visibility:" in result.output
    assert not out.exists() or list(out.iterdir()) == []


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_the_2024_2835_tables_equal_independent_counts(
    container: Container, settings: Any, seeded: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "tables"
    result = _export(settings, out, "transparency", "--from", "2026-05-01", "--to", "2026-06-02")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            "1_report_identification.csv",
            "2_categories_names.csv",
            "3_member_states_orders.csv",
            "4_notices.csv",
            "5_own_initiative_illegal.csv",
            "6_own_initiative_TC.csv",
            "7_appeals_and_recidivism.csv",
            "8_automated_means.csv",
            "9_human_resources.csv",
            "10_AMAR.csv",
            "11_qualitative.csv",
            "README.txt",
        ]
    )
    with container.database.reader() as session:
        art16 = session.scalar(
            select(func.count())
            .select_from(Notice)
            .where(Notice.source_type == "SOURCE_ARTICLE_16")
        )
        trusted = session.scalar(
            select(func.count())
            .select_from(Notice)
            .where(Notice.source_type == "SOURCE_TRUSTED_FLAGGER")
        )
        assert art16 is not None and trusted is not None
        own_measures = session.scalar(
            select(func.count())
            .select_from(DecisionAction)
            .join(Decision, Decision.id == DecisionAction.decision_id)
            .join(Case, Case.id == Decision.case_id)
            .where(Case.notice_count == 0, DecisionAction.ground_kind == "terms_of_service")
        )
        fully = session.scalar(
            select(func.count())
            .select_from(DecisionAction)
            .join(Decision, Decision.id == DecisionAction.decision_id)
            .where(Decision.automated_decision == "AUTOMATED_DECISION_FULLY")
        )
        all_measures = session.scalar(select(func.count()).select_from(DecisionAction))
        notice_actions = session.scalar(
            select(func.count(func.distinct(Decision.id)))
            .select_from(Decision)
            .join(Notice, Notice.case_id == Decision.case_id)
            .where(Decision.outcome == "action")
        )
    notices = {row["Category of illegal content"]: row for row in _csv(out / "4_notices.csv")}
    total = notices["TOTAL"]
    assert int(total["Number of notices received "]) == art16 + trusted == 3
    assert int(total["Number of notices received from Trusted flaggers"]) == trusted == 1
    assert int(notices[HATE]["Number of notices received "]) == 3
    assert int(total["Number of actions taken on the basis of the law"]) == notice_actions == 3
    assert (
        int(total["Number of actions taken on the basis of the law (Trusted Flagger notices)"]) == 1
    )
    with container.database.reader() as session:
        waits = []
        for decision_id, effective in session.execute(
            select(Decision.id, Decision.effective_at).where(Decision.outcome == "action")
        ):
            first = session.scalar(
                select(func.min(Notice.received_at))
                .join(Decision, Decision.case_id == Notice.case_id)
                .where(Decision.id == decision_id)
            )
            if first is not None:
                waits.append((effective - first).total_seconds())
    assert len(waits) == 3
    assert total["Median time to take action"] == f"{statistics.median(waits) / 3600:.2f}"
    assert total["Median time to take action"] == "0.50"  # 3 h, 0.5 h, 0 h
    assert total["Median time to take action (Trusted Flagger notices)"] == "0.50"
    orders = {
        (row["Category of illegal content"], row["Scope"]): row
        for row in _csv(out / "3_member_states_orders.csv")
    }
    # Two German orders to act (national and Art. 9); the Turkish one is not a Member State's.
    key = "Number of orders to act against illegal content received"
    assert int(orders[("TOTAL", "TOTAL")][key]) == 2
    assert int(orders[("TOTAL", "DE")][key]) == 2 and int(orders[(HATE, "DE")][key]) == 2
    assert ("TOTAL", "TR") not in orders
    items = (
        "Number of specific items of information included in the total number of orders to act "
        "against illegal content"
    )
    assert int(orders[("TOTAL", "TOTAL")][items]) == 2
    assert (
        orders[("TOTAL", "TOTAL")][
            "Median time to give effect to the order to act against illegal content"
        ]
        != ""
    )
    own = {
        row["Category of incompatibility with the provider's terms and conditions"]: row
        for row in _csv(out / "6_own_initiative_TC.csv")
    }
    own_total = own["TOTAL"]
    assert (
        int(own_total["Number of measures taken at the provider's own initiative "])
        == own_measures
        == BULK
    )
    assert (
        int(own_total["Number of measures taken after detection with solely automated means "])
        == BULK
    )
    assert int(own_total["Visibility restriction Removal"]) == BULK
    assert int(own["KEYWORD_PHISHING"]["Visibility restriction Removal"]) == BULK
    illegal = {
        row["Category of illegal content"]: row
        for row in _csv(out / "5_own_initiative_illegal.csv")
    }
    assert int(illegal["TOTAL"]["Number of measures taken at the provider's own initiative "]) == 0
    automated = {
        (row["Indicator"], row["Scope"]): row["Value"]
        for row in _csv(out / "8_automated_means.csv")
    }
    solely = automated[("Number of measures solely taken by automated means ", "Total number")]
    not_solely = automated[("Number of measures not taken by automated means", "Total number")]
    assert int(solely) == fully == 51
    assert int(solely) + int(not_solely) == all_measures
    with container.database.reader() as session:
        verdicts = session.scalar(
            select(func.count()).select_from(QaReview).where(QaReview.status == "done")
        )
        agreed = session.scalar(
            select(func.count()).select_from(QaReview).where(QaReview.agreed.is_(True))
        )
    assert verdicts == 6 and agreed == 4
    accuracy = automated[("Accuracy of the automated means - Accuracy", "Total number")]
    precision = automated[("Accuracy of the automated means - Precision", "Total number")]
    assert accuracy == precision == f"{agreed / verdicts:.4f}" == "0.6667"
    assert automated[("Accuracy of the automated means - Recall", "Total number")] == ""
    with container.database.reader() as session:
        appeals = session.scalar(select(func.count()).select_from(Appeal))
        upheld = session.scalar(
            select(func.count()).select_from(Appeal).where(Appeal.outcome == "upheld")
        )
        disputes = session.scalar(select(func.count()).select_from(Dispute))
        reversed_disputes = session.scalar(
            select(func.count()).select_from(Dispute).where(Dispute.outcome == "reversed")
        )
    complaints = {
        (row["Indicator"], row["Scope"]): row["Value"]
        for row in _csv(out / "7_appeals_and_recidivism.csv")
    }
    submitted = "Number of complaints submitted to the internal-complaints mechanism"
    assert int(complaints[(submitted, "Total number")]) == appeals == 1
    assert int(complaints[(submitted, "Decisions upheld")]) == upheld == 1
    assert complaints[(submitted, "Median time")] == "0.00"  # the fixtures' clock stands still
    removal_complaints = (
        "Complaint regarding a decision to remove or disable access to or restrict visibility "
        "of information"
    )
    assert int(complaints[(removal_complaints, "Total number")]) == 1
    ods = "Number of disputes submitted to out-of-court dispute settlement bodies"
    assert int(complaints[(ods, "Total number")]) == disputes == 1
    assert int(complaints[(ods, "Decisions reversed")]) == reversed_disputes == 1
    readme = (out / "README.txt").read_text()
    assert "2026-05-01/2026-06-02" in readme and "Recall is left empty" in readme
    ident = {row["Indicator"]: row["Value"] for row in _csv(out / "1_report_identification.csv")}
    assert ident["Starting date of reporting period"] == "2026-05-01"
    assert ident["Ending date of reporting period"] == "2026-06-02"
    assert ident["Name of the service provider"] == settings.platform_name
    # Every table's rows are as wide as its header.
    for path in out.glob("*.csv"):
        rows = list(csv.reader(path.open(newline="", encoding="utf-8")))
        assert {len(r) for r in rows} == {len(rows[0])}, path.name
    bad = _export(settings, tmp_path / "x", "transparency", "--from", DAY, "--to", "2026-05-01")
    assert bad.exit_code == 2 and "to" in bad.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Regulation (EU) 2022/2065, Art. 16", "Regulation (EU) 2022/2065, Art. 16"),
        ("Directive 2000/31/EC", "Directive 2000/31/EC"),
        ("§ 130 StGB", "§ 130 StGB"),
        ("C-131/12 Google Spain", "C-131/12 Google Spain"),
        ("call +49 30 1234 5678 now", "call [removed] now"),
        ("ref 123456789012", "ref [removed]"),
        ("mail a.b@example.org or @handle_x", "mail [removed] or [removed]"),
        ("see https://x.org/a?b=1 and www.foo.de", "see [removed] and [removed]"),
        ("Terms 4.2 of ACC-77", "Terms 4.2 of [removed]"),
    ],
)
def test_references_keep_the_law_and_lose_what_could_identify_someone(
    text: str, expected: str
) -> None:
    assert scrub(text, {"acc-77"}) == expected
