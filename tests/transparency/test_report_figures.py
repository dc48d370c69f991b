"""Issue 8 figures: a seeded day with thousands of decisions of every kind, authority requests
through the real gateway (every outcome, refusals with grounds, complied orders given effect),
appeals and blind QA verdicts. The report's numbers must equal counts taken independently from
the database, and `report verify` must catch any alteration of the new leaves and numbers."""

from __future__ import annotations

import json
import math
import shutil
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from safeharbour.bootstrap import Container
from safeharbour.cli.app import app as cli_app
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.intake.models import Notice
from safeharbour.kit.canonical import canonical_json
from safeharbour.kit.clock import ManualClock
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestAnswer
from safeharbour.legal.models import Agency
from safeharbour.review.models import Appeal, CaseSignal, Decision, DecisionAction, QaReview
from safeharbour.transparency.reports import do_publish_day, verify_dir, write_files
from tests.conftest import bearer
from tests.factories import post
from tests.legal.gateway.conftest import OFFICER, Agent, removal_order
from tests.nta import audit_actions
from tests.transparency.seed import seed_everything

DAY = date(2026, 6, 1)  # the fixtures' clock is 2026-06-01 12:00 UTC
START = datetime(2026, 6, 1, tzinfo=UTC)
END = START + timedelta(days=1)


def _in_day(moment: datetime | None) -> bool:
    return moment is not None and START <= moment < END


def _answer(client: Any, officer: dict[str, str], rid: str, **body: Any) -> None:
    payload = {"followed_proposal": False, "override_reason": "decided by counsel", **body}
    reply = client.post(f"{OFFICER}/{rid}/answer", json=payload, headers=officer)
    assert reply.status_code == 201, reply.text


def authority_requests(
    client: Any,
    make_agent: Callable[..., Agent],
    officer: dict[str, str],
    make_key: Callable[..., str],
) -> dict[str, str]:
    """Requests from two countries with every outcome; returns request id by label."""
    platform = bearer(make_key("platform"))
    events = [post(f"post-{i}", author_id=f"acc-{i}") for i in range(1, 7)]
    reply = client.post("/api/v1/events", json={"events": events}, headers=platform)
    assert reply.status_code == 200, reply.text
    de = make_agent()
    fr = make_agent("Police nationale", country="FR", domains=("police.example.fr",))
    ids = {}

    def submit(label: str, agent: Agent, **fields: Any) -> str:
        reply = agent.submit(client, removal_order(reference=f"REF-{label}", **fields))
        assert reply.status_code == 201, reply.text
        ids[label] = reply.json()["id"]
        return str(ids[label])

    _answer(
        client,
        officer,
        submit("global", de, targets=[{"kind": "post", "id": "post-1"}]),
        answer="complied",
        scope="global",
    )
    _answer(
        client,
        officer,
        submit("local", de, targets=[{"kind": "post", "id": "post-2"}]),
        answer="complied",
        scope="requesting_country",
    )
    _answer(
        client,
        officer,
        submit("refused", fr, targets=[{"kind": "post", "id": "post-3"}]),
        answer="refused",
        reasons=[
            {"rule": "R-LEGAL-BASIS", "text": "The basis cited does not cover this content."},
            {"rule": "R-INSTRUMENT-SCOPE", "text": "The instrument does not reach us."},
        ],
    )
    _answer(
        client,
        officer,
        submit("more", fr, targets=[{"kind": "post", "id": "post-4"}]),
        answer="need_more_info",
        missing=[{"field": "legal_basis", "need": "the article of law"}],
    )
    submit("pending", de, targets=[{"kind": "post", "id": "post-5"}])
    return ids


def _publish_everything(
    container: Container, clock: ManualClock, out: Path, n: int, setup: Callable[[], dict[str, str]]
) -> tuple[Path, dict[str, str]]:
    ids = setup()
    seed_everything(container, DAY, n=n)
    clock.advance(timedelta(days=1))
    with container.database.uow() as unit:
        report = do_publish_day(unit, DAY, signer=container.keys.signer)
        unit.commit()
        write_files(report, out)
    return out, ids


@pytest.fixture
def requests_setup(
    client: Any,
    make_agent: Callable[..., Agent],
    officer: dict[str, str],
    make_key: Callable[..., str],
) -> Callable[[], dict[str, str]]:
    return lambda: authority_requests(client, make_agent, officer, make_key)


@pytest.fixture
def everything(
    container: Container,
    clock: ManualClock,
    tmp_path: Path,
    requests_setup: Callable[[], dict[str, str]],
) -> tuple[Path, dict[str, str]]:
    return _publish_everything(container, clock, tmp_path / "day", 2500, requests_setup)


@pytest.fixture
def small_everything(
    container: Container,
    clock: ManualClock,
    tmp_path: Path,
    requests_setup: Callable[[], dict[str, str]],
) -> tuple[Path, dict[str, str]]:
    return _publish_everything(container, clock, tmp_path / "day", 400, requests_setup)


def _percentile(values: list[int], q: float) -> int | None:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else None


def test_every_number_equals_independent_database_counts(
    container: Container, everything: tuple[Path, dict[str, str]]
) -> None:
    out, ids = everything
    report = json.loads((out / "report.json").read_text())
    leaves = [json.loads(line) for line in (out / "leaves.jsonl").read_text().splitlines()]
    with container.database.reader() as s:
        decisions = [d for d in s.scalars(select(Decision)) if _in_day(d.effective_at)]
        notices: dict[uuid.UUID, list[Notice]] = defaultdict(list)
        for notice in s.scalars(select(Notice)):
            if notice.case_id is not None:
                notices[notice.case_id].append(notice)
        machine = {x.case_id for x in s.scalars(select(CaseSignal)) if x.automated}
        measures: dict[uuid.UUID, list[DecisionAction]] = defaultdict(list)
        for action in s.scalars(select(DecisionAction)):
            measures[action.decision_id].append(action)
        requests = list(s.scalars(select(LegalRequest)))
        answers = list(s.scalars(select(LegalRequestAnswer)))
        agencies = {a.id: a.country for a in s.scalars(select(Agency))}
        effects = list(s.scalars(select(EnforcementAction)))
        appeals = list(s.scalars(select(Appeal)))
        reviews = [r for r in s.scalars(select(QaReview)) if _in_day(r.reviewed_at)]

    def source(d: Decision) -> str:
        kinds = {n.source_type for n in notices[d.case_id]}
        if "SOURCE_TYPE_OTHER_NOTIFICATION" in kinds:
            return "authority_order"
        if "SOURCE_TRUSTED_FLAGGER" in kinds:
            return "trusted_flagger"
        if kinds:
            return "user_notice"
        return "own_initiative_automated" if d.case_id in machine else "own_initiative_human"

    given_effect = [r for r in requests if _in_day(r.effect_planned_at)]
    assert len(given_effect) == 2
    acted = [d for d in decisions if d.outcome == "action"]
    assert len(decisions) > 2000
    assert report["decisions"] == len(decisions) + len(given_effect)
    assert report["acted_on"] == len(acted) + len(given_effect)
    by_source = Counter(source(d) for d in acted) + Counter({"authority_order": 2})
    assert report["acted_on_by_source"] == dict(sorted(by_source.items()))
    assert set(by_source) == {
        "user_notice",
        "trusted_flagger",
        "authority_order",
        "own_initiative_automated",
        "own_initiative_human",
    }
    categories = Counter(d.category for d in acted)
    for request in given_effect:
        categories[request.offence_category or "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER"] += 1
    assert report["acted_on_by_category"] == dict(sorted(categories.items()))
    acts = Counter(a.kind for d in acted for a in measures[d.id])
    order_measures = [
        e for e in effects if e.legal_request_id is not None and e.kind != "notify_user"
    ]
    acts.update(e.kind for e in order_measures)
    assert report["actions_by_kind"] == dict(sorted(acts.items()))
    assert sorted((e.kind, tuple(e.params.get("countries") or [])) for e in order_measures) == [
        ("remove_post", ()),
        ("restrict_post", ("DE",)),
    ]
    times = [
        int((d.effective_at - min(n.received_at for n in notices[d.case_id])).total_seconds())
        for d in acted
        if notices[d.case_id] and d.effective_at is not None
    ]
    times = [max(0, t) for t in times] + [
        max(0, int((r.effect_planned_at - r.received_at).total_seconds()))
        for r in given_effect
        if r.effect_planned_at is not None
    ]
    assert report["time_to_action_seconds"] == {
        "count": len(times),
        "median": _percentile(times, 0.5),
        "p90": _percentile(times, 0.9),
    }
    assert report["automated_decisions"] == sum(
        d.automated_decision == "AUTOMATED_DECISION_FULLY" for d in decisions
    ) + sum(bool(r.auto_executed) for r in given_effect)

    received = [r for r in requests if _in_day(r.received_at)]
    assert report["authority_requests_received"] == len(received) == 5
    assert report["authority_requests_by_country"] == {"DE": 3, "FR": 2}
    assert report["authority_requests_by_type"] == {"removal_order": 5}
    current = {a.id: a.answer for a in answers}
    outcomes = Counter(current[r.answer_id] if r.answer_id else "pending" for r in received)
    assert report["authority_requests_by_outcome"] == {
        "complied": outcomes["complied"],
        "partially_complied": outcomes["partially_complied"],
        "refused": outcomes["refused"],
        "need_more_info": outcomes["need_more_info"],
        "pending": outcomes["pending"],
    }
    assert outcomes == Counter({"complied": 2, "refused": 1, "need_more_info": 1, "pending": 1})
    assert report["authority_refusals_by_ground"] == {"R-INSTRUMENT-SCOPE": 1, "R-LEGAL-BASIS": 1}
    day_answers = [a for a in answers if _in_day(a.answered_at)]
    assert sum(report["authority_answers_by_outcome"].values()) == len(day_answers) == 4

    got = [a for a in appeals if _in_day(a.submitted_at)]
    decided = [a for a in appeals if _in_day(a.decided_at)]
    assert report["appeals"]["received"] == len(got) > 10
    assert report["appeals"]["decided"] == len(decided) > 5
    assert report["appeals"]["reversals"] == sum(
        a.outcome in ("reversed", "partially_reversed") for a in decided
    )
    automated_ids = {
        d.id for d in s_all_decisions(container) if d.automated_decision.endswith("FULLY")
    }
    assert report["automated_precision"]["appeals_decided"] == sum(
        a.decision_id in automated_ids for a in decided
    )
    assert report["automated_precision"]["appeals_reversed"] == sum(
        a.decision_id in automated_ids and a.outcome != "upheld" for a in decided
    )
    agreed = sum(bool(r.agreed) for r in reviews)
    assert report["automated_precision"]["qa_reviewed"] == len(reviews) > 20
    assert report["automated_precision"]["qa_agreed"] == agreed
    assert report["automated_precision"]["qa_precision"] == round(agreed / len(reviews), 4)
    assert report["qa_reviewed_by_source"] == dict(
        sorted(Counter(r.source for r in reviews).items())
    )

    kinds = Counter(leaf["kind"] for leaf in leaves)
    assert kinds == Counter(
        {
            "decision": len(decisions) + 2,
            "authority_request": 5,
            "authority_answer": 4,
            "appeal": len(got) + len(decided),
            "qa_review": len(reviews),
        }
    )
    assert report["leaves_by_kind"] == dict(sorted(kinds.items()))
    effect_answer_ids = {str(r.answer_id) for r in given_effect}
    order_leaves = [
        leaf for leaf in leaves if leaf["id"] in effect_answer_ids and leaf["kind"] == "decision"
    ]
    assert [leaf["source"] for leaf in order_leaves] == ["authority_order"] * 2
    assert [(leaf["time"], leaf["id"], leaf["kind"]) for leaf in leaves] == sorted(
        (leaf["time"], leaf["id"], leaf["kind"]) for leaf in leaves
    )
    # No personal data: agency names, references, item and account ids never appear.
    text = (out / "leaves.jsonl").read_text() + (out / "report.json").read_text()
    for needle in ("Bundeskriminalamt", "Police nationale", "REF-", '"post-', '"acc-', '"item-'):
        assert needle not in text
    assert {leaf["country"] for leaf in leaves if leaf["kind"] == "authority_request"} == {
        "DE",
        "FR",
    }
    assert agencies  # the countries came from the agency records
    assert verify_dir(out) is None
    assert CliRunner().invoke(cli_app, ["report", "verify", str(out)]).exit_code == 0
    [published] = audit_actions(container, "system:report:published")
    assert published.snapshot["root"] == json.loads((out / "root.json").read_text())["root"]
    assert ids["pending"]


def s_all_decisions(container: Container) -> list[Decision]:
    with container.database.reader() as s:
        return list(s.scalars(select(Decision)))


def _tamper(directory: Path, pick: int, kind: str, mode: str) -> bool:
    """Change one leaf of `kind` or one number of report.json; False when nothing changed."""
    if mode == "number":
        path = directory / "report.json"
        report = json.loads(path.read_text())
        flat = [
            (metric, key)
            for metric, value in report.items()
            if metric != "date"
            for key in (value if isinstance(value, dict) else [None])
        ]
        metric, key = flat[pick % len(flat)]
        if key is None:
            report[metric] = (report[metric] or 0) + 1
        else:
            value = report[metric][key]
            report[metric][key] = (value + 1) if isinstance(value, int | float) else 1
        path.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
        return True
    path = directory / "leaves.jsonl"
    lines = path.read_bytes().split(b"\n")[:-1]
    chosen = [i for i, line in enumerate(lines) if json.loads(line)["kind"] == kind]
    i = chosen[pick % len(chosen)]
    leaf = json.loads(lines[i])
    field = sorted(leaf)[pick % len(leaf)]
    value = leaf[field]
    if isinstance(value, bool):
        leaf[field] = not value
    elif isinstance(value, int):
        leaf[field] = value + 1
    elif isinstance(value, str):
        leaf[field] = value + "x"
    elif value is None:
        leaf[field] = "x"
    else:
        leaf[field] = [] if value else ["x"]
    lines[i] = canonical_json(leaf)
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return True


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    pick=st.integers(min_value=0, max_value=10**6),
    kind=st.sampled_from(
        ["decision", "authority_request", "authority_answer", "appeal", "qa_review"]
    ),
    mode=st.sampled_from(["leaf", "number"]),
)
def test_verify_fails_when_any_new_leaf_or_number_is_altered(
    small_everything: tuple[Path, dict[str, str]],
    tmp_path_factory: pytest.TempPathFactory,
    pick: int,
    kind: str,
    mode: str,
) -> None:
    target = tmp_path_factory.mktemp("alter") / "r"
    shutil.copytree(small_everything[0], target)
    _tamper(target, pick, kind, mode)
    assert verify_dir(target) is not None
