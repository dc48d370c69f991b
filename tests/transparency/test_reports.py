"""Verifiable daily reports (issue 8, part 1): numbers from the database, Merkle root, signed
root.json, byte-identical re-emission, `report verify`, inclusion proofs and the scheduler job."""

from __future__ import annotations

import json
import random
import re
import shutil
import uuid
from collections import Counter
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from typer.testing import CliRunner

from safeharbour.bootstrap import Container
from safeharbour.cli.app import app as cli_app
from safeharbour.kit.canonical import canonical_json
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.merkle import merkle_root
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction
from safeharbour.transparency.models import PublishedReport
from safeharbour.transparency.reports import do_publish_day, verify_dir, write_files
from tests.nta import notice_body, removal

DAY = date(2026, 5, 31)  # the fixtures' clock is 2026-06-01 12:00 UTC
CATEGORIES = [
    "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
    "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
    "STATEMENT_CATEGORY_VIOLENCE",
]
KINDS = ["remove_post", "restrict_post", "ban_channel", "suspend_account", "label"]
DOC = Path(__file__).parents[2] / "docs" / "transparency.md"


def seed_day(container: Container, n: int = 300, seed: int = 8, day: date = DAY) -> None:
    """Own-initiative decisions of every kind, automated or not, on DAY (and a few around it)."""
    rnd = random.Random(seed)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    with container.database.uow() as unit:
        for i in range(n):
            when = start + timedelta(seconds=rnd.randrange(-3600, 86400 + 3600))
            case_id, decision_id = uuid.UUID(int=rnd.getrandbits(128)), uuid.uuid4()
            item_kind = rnd.choice(["post", "channel", "account"])
            i += 1000 * day.day
            category = rnd.choice(CATEGORIES)
            unit.session.add(
                Case(
                    id=case_id,
                    item_kind=item_kind,
                    item_id=f"item-{i}",
                    item_key=f"{i:064x}",
                    status="decided",
                    opened_at=when - timedelta(hours=1),
                    updated_at=when,
                    decided_at=when,
                    tier=0,
                    rank_key=0.0,
                    due_at=when,
                    severity=1,
                    category=category,
                    reach=1.0,
                )
            )
            if rnd.random() < 0.5:
                unit.session.add(
                    CaseSignal(
                        id=uuid.uuid4(),
                        case_id=case_id,
                        raised_at=when,
                        source="detection:pdq",
                        category=category,
                        automated=True,
                    )
                )
            acted = rnd.random() < 0.8
            unit.session.add(
                Decision(
                    id=decision_id,
                    case_id=case_id,
                    status=rnd.choice(["effective", "reversed"]),
                    outcome="action" if acted else "no_action",
                    category=category,
                    explanation="x",
                    automated_decision=rnd.choice(
                        ["AUTOMATED_DECISION_FULLY", "AUTOMATED_DECISION_NOT_AUTOMATED"]
                    ),
                    decided_by="seed",
                    decided_at=when,
                    effective_at=when,
                    evidence={},
                    evidence_sha256="0" * 64,
                )
            )
            for position in range(rnd.randint(1, 2) if acted else 0):
                kind = rnd.choice(KINDS)
                unit.session.add(
                    DecisionAction(
                        id=uuid.uuid4(),
                        decision_id=decision_id,
                        position=position,
                        kind=kind,
                        target_kind="post",
                        target_id=f"item-{i}",
                        countries=rnd.sample(["DE", "FR", "TR", "AT"], 2)
                        if kind == "restrict_post"
                        else [],
                        ground_kind="terms_of_service",
                        ground_reference="§ 1",
                        ground_explanation="x",
                        status="active",
                    )
                )
        unit.commit()


def publish(container: Container, day: date, out: Path) -> None:
    with container.database.uow() as unit:
        report = do_publish_day(unit, day, signer=container.keys.signer)
        unit.commit()
        write_files(report, out)


def test_numbers_equal_independent_database_counts(container: Container, tmp_path: Path) -> None:
    seed_day(container)
    publish(container, DAY, tmp_path / "r")
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    lo = datetime(2026, 5, 31, tzinfo=UTC)
    hi = lo + timedelta(days=1)
    with container.database.reader() as s:
        decisions = s.scalars(
            select(Decision).where(Decision.effective_at >= lo, Decision.effective_at < hi)
        ).all()
        ids = {d.id for d in decisions}
        acted = [d for d in decisions if d.outcome == "action"]
        automated_cases = set(
            s.scalars(select(CaseSignal.case_id).where(CaseSignal.automated.is_(True)))
        )
        actions = [a for a in s.scalars(select(DecisionAction)) if a.decision_id in ids]
        kinds = {c.id: c.item_kind for c in s.scalars(select(Case))}
    assert report["decisions"] == len(decisions) > 200
    assert report["acted_on"] == len(acted)
    assert report["no_action"] == len(decisions) - len(acted)
    assert report["acted_on_by_category"] == dict(Counter(d.category for d in acted))
    assert report["acted_on_by_item_kind"] == dict(Counter(kinds[d.case_id] for d in acted))
    sources = Counter(
        "own_initiative_automated" if d.case_id in automated_cases else "own_initiative_human"
        for d in acted
    )
    assert report["acted_on_by_source"] == dict(sources)
    assert report["actions_by_kind"] == dict(Counter(a.kind for a in actions))
    restricted = sum(1 for a in actions if a.kind == "restrict_post")
    assert report["actions_by_scope"] == {
        "restricted": restricted,
        "worldwide": len(actions) - restricted,
    }
    assert report["automated_decisions"] == sum(
        d.automated_decision == "AUTOMATED_DECISION_FULLY" for d in decisions
    )
    assert report["time_to_action_seconds"] == {"count": 0, "median": None, "p90": None}
    root = json.loads((tmp_path / "r" / "root.json").read_text())
    assert root["tree_size"] == len(decisions)
    assert re.fullmatch("[0-9a-f]{64}", root["root"])
    assert root["previous_root"] is None
    assert list(root) == [
        "date",
        "tree_size",
        "root",
        "previous_root",
        "report_sha256",
        "public_key",
        "audit_head",
        "signature",
    ]
    lines = (tmp_path / "r" / "leaves.jsonl").read_bytes().split(b"\n")[:-1]
    assert [json.loads(line)["id"] for line in lines] == [
        str(d.id) for d in sorted(decisions, key=lambda d: (d.effective_at, d.id))
    ]
    assert all(canonical_json(json.loads(line)) == line for line in lines)
    assert merkle_root(lines).hex() == root["root"]
    for forbidden in ("item-", '"seed"', "decided_by"):
        assert forbidden not in (tmp_path / "r" / "leaves.jsonl").read_text()
    assert verify_dir(tmp_path / "r") is None


def test_cli_daily_is_byte_identical_chained_and_refuses_today(
    container: Container, settings: Any, tmp_path: Path
) -> None:
    seed_day(container, n=40)
    runner = CliRunner()
    data = ["--data-dir", str(settings.data_dir)]
    env = {"SAFEHARBOUR_DATABASE_URL": settings.database_url}
    first = runner.invoke(
        cli_app,
        ["report", "daily", "--date", "2026-05-30", "--out", str(tmp_path / "a"), *data],
        env=env,
    )
    assert first.exit_code == 0, first.output
    one = runner.invoke(
        cli_app,
        ["report", "daily", "--date", "2026-05-31", "--out", str(tmp_path / "b"), *data],
        env=env,
    )
    assert one.exit_code == 0, one.output
    seed_day(container, n=10, seed=9)  # later changes to the database change nothing published
    again = runner.invoke(
        cli_app,
        ["report", "daily", "--date", "2026-05-31", "--out", str(tmp_path / "c"), *data],
        env=env,
    )
    assert again.exit_code == 0, again.output
    for name in ("report.json", "report.csv", "index.html", "leaves.jsonl", "root.json"):
        assert (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()
    previous = json.loads((tmp_path / "a" / "root.json").read_text())["root"]
    assert json.loads((tmp_path / "b" / "root.json").read_text())["previous_root"] == previous
    verified = runner.invoke(cli_app, ["report", "verify", str(tmp_path / "b")])
    assert verified.exit_code == 0, verified.output
    today = datetime.now(UTC).date().isoformat()
    refused = runner.invoke(
        cli_app, ["report", "daily", "--date", today, "--out", str(tmp_path / "d"), *data], env=env
    )
    assert refused.exit_code == 2
    bad = runner.invoke(
        cli_app,
        ["report", "daily", "--date", "31/05", "--out", str(tmp_path / "d"), *data],
        env=env,
    )
    assert bad.exit_code == 2


@pytest.fixture
def published(container: Container, tmp_path: Path) -> Path:
    seed_day(container, n=30)
    publish(container, DAY, tmp_path / "pub")
    return tmp_path / "pub"


def _alter(directory: Path, name: str, pick: int, mode: str) -> bool:
    """Alter one file; False when the alteration would leave it unchanged."""
    path = directory / name
    data = path.read_bytes()
    if name == "root.json" or mode == "field":
        if name == "leaves.jsonl":
            lines = data.split(b"\n")[:-1]
            i = pick % len(lines)
            leaf = json.loads(lines[i])
            key = sorted(leaf)[pick % len(leaf)]
            leaf[key] = ["tampered"] if leaf[key] != ["tampered"] else 0
            lines[i] = canonical_json(leaf)
            path.write_bytes(b"".join(line + b"\n" for line in lines))
            return True
        value = json.loads(data)
        key = sorted(value)[pick % len(value)]
        current = value[key]
        value[key] = (current + 1) if isinstance(current, int) else {"x": 1}
        path.write_text(json.dumps(value))
        return True
    if not data:
        return False
    i = pick % len(data)
    path.write_bytes(data[:i] + bytes([data[i] ^ (1 + pick % 255)]) + data[i + 1 :])
    return True


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.sampled_from(["leaves.jsonl", "report.json", "root.json"]),
    pick=st.integers(min_value=0, max_value=10**6),
    mode=st.sampled_from(["byte", "field"]),
)
def test_verify_fails_on_any_alteration(
    published: Path, tmp_path_factory: pytest.TempPathFactory, name: str, pick: int, mode: str
) -> None:
    target = tmp_path_factory.mktemp("alter") / "r"
    shutil.copytree(published, target)
    assert verify_dir(target) is None
    original = (target / name).read_bytes()
    _alter(target, name, pick, mode)
    if (target / name).read_bytes() == original:
        return
    problem = verify_dir(target)
    assert problem is not None
    result = CliRunner().invoke(cli_app, ["report", "verify", str(target)])
    assert result.exit_code == 1
    assert problem.split(":")[0] in result.output


def test_signature_and_key_changes_are_caught(published: Path) -> None:
    root = json.loads((published / "root.json").read_text())
    sig = bytearray(__import__("base64").b64decode(root["signature"]))
    sig[0] ^= 1
    root["signature"] = __import__("base64").b64encode(bytes(sig)).decode()
    (published / "root.json").write_text(json.dumps(root))
    assert verify_dir(published) == "root.json: signature does not verify"


def _doc_snippet() -> Callable[..., bool]:
    text = DOC.read_text()
    [code] = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # the documented procedure, verbatim
    return namespace["verify_proof"]


def test_proof_endpoint_verifies_with_the_documented_procedure(
    client: Any,
    container: Container,
    clock: ManualClock,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    tmp_path: Path,
) -> None:
    seed_day(container, n=20)
    seed_day(container, n=37, seed=3, day=date(2026, 6, 1))  # the decision below's day
    case_id = case_of(submit(notice_body("post-1"))["id"])
    clock.advance(timedelta(minutes=30))
    decision = decide(case_id, removal())
    assert decision.status_code in (200, 201), decision.text
    decision_id = decision.json()["id"]
    [message] = container.nta.platform.messages_to("acc-1")  # type: ignore[attr-defined]
    token = parse_qs(urlsplit(message.args["url"]).query)["token"][0]
    url = f"/api/v1/transparency/proofs/{decision_id}"
    assert client.get(url, params={"token": token}).status_code == 404  # not published yet
    clock.advance(timedelta(days=1))
    publish(container, DAY, tmp_path / "d1")
    publish(container, date(2026, 6, 1), tmp_path / "d2")
    reply = client.get(url, params={"token": token})
    assert reply.status_code == 200, reply.text
    proof = reply.json()
    assert set(proof) == {"date", "leaf_index", "tree_size", "leaf", "audit_path", "root"}
    root_json = json.loads((tmp_path / "d2" / "root.json").read_text())
    assert (
        root_json["previous_root"]
        == json.loads((tmp_path / "d1" / "root.json").read_text())["root"]
    )
    leaf = json.loads(proof["leaf"])
    assert leaf["id"] == decision_id and leaf["source"] == "user_notice"
    assert leaf["seconds_to_action"] == 1800
    assert proof["tree_size"] > 30 and len(proof["audit_path"]) >= 5
    verify_proof = _doc_snippet()
    assert verify_proof(proof, root_json)
    assert not verify_proof({**proof, "leaf": proof["leaf"].replace("post", "chan")}, root_json)
    assert not verify_proof({**proof, "leaf_index": proof["leaf_index"] + 1}, root_json)
    assert client.get(url, params={"token": token + "x"}).status_code == 404
    assert client.get(url, params={"token": "wrong"}).status_code == 404
    other = f"/api/v1/transparency/proofs/{uuid.uuid4()}"
    assert client.get(other, params={"token": token}).status_code == 404


def test_the_scheduler_publishes_yesterday_after_midnight(
    container: Container, clock: ManualClock, settings: Any
) -> None:
    seed_day(container, n=10)
    container.scheduler.run_due()  # at 2026-06-01 12:00: publishes 2026-05-31
    folder = settings.data_dir / "reports" / "2026-05-31"
    assert verify_dir(folder) is None
    clock.set(datetime(2026, 6, 2, 0, 5, tzinfo=UTC))
    container.scheduler.run_due()
    second = settings.data_dir / "reports" / "2026-06-01"
    assert verify_dir(second) is None
    assert (
        json.loads((second / "root.json").read_text())["previous_root"]
        == json.loads((folder / "root.json").read_text())["root"]
    )
    with container.database.reader() as s:
        assert sorted(s.scalars(select(PublishedReport.date))) == ["2026-05-31", "2026-06-01"]
