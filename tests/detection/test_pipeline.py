"""The ingest hook: stored posts matched by act/review banks raise review signals, once."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.models import DetectionScan
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.pipeline import TOPICS, PostScanHandler
from safeharbour.intake.mirror import do_ingest_events
from safeharbour.intake.schemas import parse_event
from safeharbour.kit.bus import BusMessage
from safeharbour.kit.db import Actor
from safeharbour.review.models import Case, CaseSignal
from tests.factories import post

ACTOR = Actor("cli", "tester", "admin")


def ingest(container: Any, events: list[dict[str, Any]]) -> None:
    with container.database.uow() as unit:
        do_ingest_events(unit, [parse_event(e) for e in events], actor=ACTOR)
        unit.commit()
    while container.relay.relay_once():
        pass


def test_matches_raise_one_signal_per_bank_and_event(container: Any) -> None:
    with container.database.uow() as unit:
        scam = do_create_bank(
            unit,
            "scam",
            policy="review",
            category="STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
            actor=ACTOR,
        )
        do_add_bank_entries(unit, scam, Signal.KEYWORD, ["free money"], actor=ACTOR)
        tagged = do_create_bank(unit, "label-only", policy="tag", actor=ACTOR)
        do_add_bank_entries(unit, tagged, Signal.KEYWORD, ["crypto"], actor=ACTOR)
        shadow = do_create_bank(unit, "trial", policy="act", shadow=True, actor=ACTOR)
        do_add_bank_entries(unit, shadow, Signal.KEYWORD, ["crypto"], actor=ACTOR)
        unit.commit()
    first = post("p1", "FREE m0ney and crypto")
    ingest(container, [first, post("p2", "crypto only"), post("p3", "hello")])
    with container.database.reader() as session:
        signals = session.scalars(select(CaseSignal)).all()
        assert len(signals) == 1
        signal = signals[0]
        assert signal.source == "detection:bank"
        assert signal.category == "STATEMENT_CATEGORY_SCAMS_AND_FRAUD"
        assert signal.details["bank"] == "scam"
        assert "free money" not in str(signal.details)  # digests, not content
        case = session.get(Case, signal.case_id)
        assert case is not None and case.item_id == "p1"
        scans = {s.event_id: s.verdict for s in session.scalars(select(DetectionScan))}
        assert scans[first["event_id"]] == "review"
        assert sorted(scans.values()) == ["none", "review", "tag"]
        scanned = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditTag.DETECTION_POST_SCANNED)
        ).all()
        assert len(scanned) == 2  # review and tag verdicts; "none" is not audited
    # Redelivery of the same message (at-least-once bus) changes nothing.
    handler = PostScanHandler(container.database, policy=container.nta.review)
    handler(BusMessage("m", TOPICS[0], None, {"event_id": first["event_id"], "post": "p1"}))
    with container.database.reader() as session:
        assert len(session.scalars(select(CaseSignal)).all()) == 1


def test_no_banks_no_work(container: Any) -> None:
    ingest(container, [post("p9", "free money")])
    with container.database.reader() as session:
        assert session.scalars(select(DetectionScan)).all() == []
        assert session.scalars(select(CaseSignal)).all() == []
