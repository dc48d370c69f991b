"""`act` banks: automatic removal with a statement of reasons, and the guard rails."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.pipeline import TOPICS, PostScanHandler
from safeharbour.enforcement.ports import is_reversible
from safeharbour.kit.bus import BusMessage
from safeharbour.review.models import Case, CaseSignal, Decision, DecisionAction
from tests.detection.test_pipeline import ACTOR, ingest
from tests.factories import account, channel, post

SCAMS = "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"


def act_bank(container: Any, *, irreversible_ok: bool = False) -> None:
    with container.database.uow() as unit:
        bank = do_create_bank(
            unit,
            "scam-act",
            policy="act",
            category=SCAMS,
            irreversible_ok=irreversible_ok,
            actor=ACTOR,
        )
        do_add_bank_entries(unit, bank, Signal.KEYWORD, ["free money"], actor=ACTOR)
        unit.commit()


def decisions(container: Any) -> list[Decision]:
    with container.database.reader() as session:
        return list(session.scalars(select(Decision)))


def test_act_bank_removes_the_post_with_a_statement_of_reasons(container: Any) -> None:
    act_bank(container)
    platform = container.nta.platform
    event = post("p1", "Free money here")
    ingest(container, [account("acc-1"), channel("chan-1"), event, post("p2", "hello")])
    assert platform.state_of("p1") == ["remove_post"]
    assert platform.state_of("p2") == []
    assert len(platform.messages_to("acc-1")) == 1  # the statement of reasons
    [decision] = decisions(container)
    assert decision.status == "effective"
    assert decision.automated_decision == "AUTOMATED_DECISION_FULLY"
    assert decision.category == SCAMS
    assert decision.decided_by.endswith("detection")
    assert "scam-act" in decision.explanation
    with container.database.reader() as session:
        [action] = session.scalars(select(DecisionAction)).all()
        assert (action.kind, action.target_id, action.ground_kind) == (
            "remove_post",
            "p1",
            "terms_of_service",
        )
        assert "scam-act" in action.ground_reference
        [signal] = session.scalars(select(CaseSignal)).all()
        assert signal.details["bank"] == "scam-act"
        assert signal.details["matches"][0]["value_sha256"][:16] in decision.explanation
        case = session.get(Case, decision.case_id)
        assert case is not None and case.status == "decided"
    # Replay of the same event (at-least-once bus) decides nothing twice.
    handler = PostScanHandler(
        container.database,
        policy=container.nta.review,
        dispatch=container.nta.dispatch_enforcement,
    )
    handler(BusMessage("m", TOPICS[0], None, {"event_id": event["event_id"], "post": "p1"}))
    assert len(decisions(container)) == 1
    assert len(platform.messages_to("acc-1")) == 1


def _guarded(container: Any) -> list[str]:
    assert decisions(container) == []
    assert container.nta.platform.state_of("p1") == []
    with container.database.reader() as session:
        [signal] = session.scalars(select(CaseSignal)).all()
        case = session.get(Case, signal.case_id)
        assert case is not None and case.status == "open"
        return list(signal.details["guard"])


def test_verified_or_large_channels_and_verified_authors_go_to_review(container: Any) -> None:
    act_bank(container)
    ingest(
        container, [account("acc-1"), channel("chan-1", verified=True), post("p1", "free money")]
    )
    assert _guarded(container) == ["verified channel"]


def test_very_large_channel_goes_to_review(container: Any) -> None:
    act_bank(container)
    big = container.nta.review.four_eyes_subscriber_threshold + 1
    ingest(
        container, [account("acc-1"), channel("chan-1", subscribers=big), post("p1", "free money")]
    )
    assert _guarded(container)[0].startswith("channel with more than")


def test_official_author_goes_to_review(container: Any) -> None:
    act_bank(container)
    ingest(
        container, [account("acc-1", official=True), channel("chan-1"), post("p1", "free money")]
    )
    assert _guarded(container) == ["official author"]


def test_irreversible_removal_runs_only_for_irreversible_ok_banks(container: Any) -> None:
    platform = container.nta.platform
    assert is_reversible(platform, "remove_post")
    platform.irreversible_actions.add("remove_post")
    assert not is_reversible(platform, "remove_post")
    act_bank(container)
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "free money")])
    [reason] = _guarded(container)
    assert "irreversible" in reason


def test_irreversible_ok_bank_acts_on_an_irreversible_platform(container: Any) -> None:
    container.nta.platform.irreversible_actions.add("remove_post")
    act_bank(container, irreversible_ok=True)
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "free money")])
    assert container.nta.platform.state_of("p1") == ["remove_post"]
    assert [d.status for d in decisions(container)] == ["effective"]


def test_a_case_held_by_a_moderator_is_left_to_them(container: Any) -> None:
    from safeharbour.kit.db import Actor
    from safeharbour.review.leases import do_claim_case

    act_bank(container)
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "hello")])
    with container.database.uow() as unit:
        from safeharbour.review.cases import do_raise_signal

        signal = do_raise_signal(
            unit,
            item_kind="post",
            item_id="p1",
            source="test",
            category=SCAMS,
            policy=container.nta.review,
            actor=ACTOR,
        )
        do_claim_case(
            unit, signal.case_id, policy=container.nta.review, actor=Actor("user", "mod-1")
        )
        unit.commit()
    ingest(container, [post("p1", "free money", type_="post.edited", at="2026-05-01T10:05:00Z")])
    assert decisions(container) == []
    assert container.nta.platform.state_of("p1") == []


def test_an_entry_matching_too_many_posts_is_quarantined_until_released(
    container: Any,
    clock: Any,
    client: Any,
    tmp_path: Any,
    monkeypatch: Any,
    settings: Any,
    operator_status: Any,
) -> None:
    import json
    from datetime import timedelta

    from typer.testing import CliRunner

    from safeharbour.audit.models import AuditEntry
    from safeharbour.audit.tags import AuditTag
    from safeharbour.cli.app import app
    from safeharbour.detection.banks.actions import do_update_bank
    from safeharbour.detection.banks.models import BankEntry
    from safeharbour.kit.outbox import OutboxRow

    act_bank(container)
    with container.database.uow() as unit:
        do_update_bank(unit, "scam-act", quarantine_threshold=2, actor=ACTOR)
        unit.commit()
    platform = container.nta.platform
    ingest(container, [account("acc-1"), channel("chan-1")])
    ingest(container, [post("p1", "free money"), post("p2", "free money")])
    assert platform.state_of("p1") == platform.state_of("p2") == ["remove_post"]
    # The third distinct post within the window: quarantine, alert, review instead.
    ingest(container, [post("p3", "free money"), post("p2", "free money!", type_="post.edited")])
    assert platform.state_of("p3") == []
    with container.database.reader() as session:
        [entry] = session.scalars(select(BankEntry)).all()
        assert entry.quarantined_at is not None
        signal = session.scalars(
            select(CaseSignal).join(Case, Case.id == CaseSignal.case_id).where(Case.item_id == "p3")
        ).one()
        assert signal.details["guard"][0].startswith("quarantined bank entry")
        alerts = session.scalars(
            select(OutboxRow).where(OutboxRow.topic == "detection.entry.quarantined")
        ).all()
        assert len(alerts) == 1
        assert alerts[0].payload["posts_in_window"] == 3
        assert "free money" not in str(alerts[0].payload)
        audited = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditTag.DETECTION_ENTRY_QUARANTINED)
        ).all()
        assert len(audited) == 1
    assert len(decisions(container)) == 2
    # Later matches stay in review while quarantined.
    ingest(container, [post("p4", "free money")])
    assert platform.state_of("p4") == []
    # Visible: readyz, bank list, scan.
    ready = operator_status()
    assert ready["detection"]["quarantined_entries"] == 1
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def cli(*args: str) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])

    listed = json.loads(cli("bank", "list").stdout)
    assert listed["bank"] == "scam-act" and listed["entries"] == 1
    assert listed["quarantined"] == [{"signal": "keyword", "value_sha256": entry.value_sha256}]
    events = tmp_path / "events.jsonl"
    events.write_text(json.dumps(post("p9", "free money")) + "\n")
    scanned = cli("scan", str(events), "--json")
    assert scanned.exit_code == 0, scanned.output
    assert "1 bank entries quarantined" in scanned.stderr
    # A human releases the entry: it acts again, counting from the release.
    assert cli("bank", "release-entry", "scam-act", "nope").exit_code != 0
    bad = cli("bank", "set", "scam-act", "--quarantine-threshold", "0")
    assert bad.exit_code == 2 and "quarantine_threshold" in bad.stderr
    shown = json.loads(cli("bank", "set", "scam-act", "--quarantine-window-minutes", "60").stdout)
    assert (shown["quarantine_threshold"], shown["quarantine_window_minutes"]) == (2, 60)
    released = cli("bank", "release-entry", "scam-act", "free money")
    assert released.exit_code == 0, released.output
    assert "released keyword entry" in released.stdout
    again = cli("bank", "release-entry", "scam-act", "free money")
    assert again.exit_code != 0
    clock.advance(timedelta(minutes=1))
    ingest(container, [post("p5", "free money")])
    assert platform.state_of("p5") == ["remove_post"]
    with container.database.reader() as session:
        assert session.scalars(select(BankEntry)).one().quarantined_at is None
    # The window slides: hits older than the bank's window no longer count.
    clock.advance(timedelta(minutes=61))
    ingest(container, [post("p6", "free money"), post("p7", "free money")])
    assert platform.state_of("p6") == platform.state_of("p7") == ["remove_post"]


def test_an_automatic_removal_is_reversed_by_the_normal_appeal(
    container: Any, client: Any, make_key: Any
) -> None:
    from urllib.parse import parse_qs, urlsplit

    from safeharbour.detection.pipeline import DETECTION_ACTOR

    act_bank(container)
    ingest(container, [account("acc-1"), channel("chan-1"), post("p1", "free money")])
    platform = container.nta.platform
    [message] = platform.messages_to("acc-1")
    token = parse_qs(urlsplit(message.args["url"]).query)["token"][0]
    appeal = client.post("/api/v1/appeals", json={"token": token, "explanation": "A quote."})
    assert appeal.status_code == 201, appeal.text
    body = {"outcome": "reversed", "reasoning": "The bank entry is too broad."}
    decided = client.post(
        f"/api/v1/appeals/{appeal.json()['id']}/decision",
        json=body,
        headers={"Authorization": f"Bearer {make_key('moderator')}"},
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["decision"]["status"] == "reversed"
    assert platform.state_of("p1") == []
    assert decisions(container)[0].decided_by == DETECTION_ACTOR.ref
