"""Outbound reports: DSA Art. 18 / TCO Art. 14(5) to the member state (or Europol), CSAM to
NCMEC; created from a decision, minimum data encrypted, evidence held, sent once through the
Notifier, acknowledged, audited."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.legal.gateway import OutboundKind, OutboundReport, build_registry
from safeharbour.legal.gateway.outbound import choose_recipient
from safeharbour.legal.models import LegalHold
from safeharbour.notifications.models import Notification
from tests import factories
from tests.legal.gateway.test_consoles import browser as browser
from tests.legal.gateway.test_consoles import csrf_of
from tests.nta import HATE, audit_actions, notice_body, removal

OUTBOUND = "/api/v1/legal/officer/outbound"


def _decided(
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    item: str,
    reports: list[str],
) -> dict[str, Any]:
    case_id = case_of(submit(notice_body(item))["id"])
    reply = decide(case_id, removal(report_to_authorities=reports))
    assert reply.status_code == 201, reply.text
    return dict(reply.json())


def test_a_threat_to_life_goes_to_the_member_state_with_minimum_data_and_held_evidence(
    client: Any,
    container: Container,
    clock: ManualClock,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    officer: dict[str, str],
) -> None:
    decision = _decided(submit, case_of, decide, "post-1", ["art18_threat"])
    [report_id] = decision["outbound_reports"]
    view = client.get(f"{OUTBOUND}/{report_id}", headers=officer).json()
    assert view["kind"] == "art18_threat" and view["status"] == "sent"
    assert view["decision_id"] == decision["id"]
    assert view["country"] == "DE"
    assert view["recipient"]["key"] == "DE"
    assert "DSA Art. 18(2)" in view["recipient"]["why"]
    assert "author" in view["recipient"]["why"]
    assert [e["event"] for e in view["timeline"]] == ["created", "sent"]
    data = view["data"]
    assert data["item"]["id"] == "post-1" and data["item"]["author_id"] == "acc-1"
    assert data["decision"]["id"] == decision["id"]
    assert "text" not in data["item"]  # hashes, never the content itself
    # Evidence kept under a legal hold for the period, citing the article.
    with container.database.reader() as session:
        [hold] = session.scalars(
            select(LegalHold).where(LegalHold.reference == f"outbound:{report_id}")
        ).all()
        assert hold.subject_kind == "post" and hold.subject_id == "post-1"
        assert "DSA Art. 18" in hold.reason
        assert hold.held_until == clock.now() + timedelta(days=183)
        # Minimum data encrypted at rest.
        raw = session.execute(
            select(OutboundReport.__table__.c.data_encrypted).where(
                OutboundReport.id == uuid.UUID(report_id)
            )
        ).scalar_one()
        assert "post-1" not in raw and "acc-1" not in raw
        # Sent through the Notifier: one e-mail, its id derived from the report.
        mails = [
            n for n in session.scalars(select(Notification)) if n.purpose == "legal.outbound.report"
        ]
        assert len(mails) == 1 and mails[0].related["outbound_report"] == report_id
        assert container.keys.cipher.decrypt(mails[0].recipient_encrypted or "") == (
            "art18@police.de.example"
        )
    entries = audit_actions(container, "legal:outbound:")
    assert [e.action for e in entries] == ["legal:outbound:created", "legal:outbound:sent"]
    assert "acc-1" not in str([e.snapshot for e in entries])
    assert "legal:hold:placed" in [e.action for e in audit_actions(container, "legal:hold")]


def test_unclear_member_state_goes_to_europol_and_csam_to_ncmec_for_a_year(
    client: Any,
    container: Container,
    clock: ManualClock,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    officer: dict[str, str],
) -> None:
    ingest(
        factories.account("acc-us", country="US"),
        factories.account("acc-none", country=None),
        factories.channel("chan-1"),
        factories.post("post-us", "x", author_id="acc-us"),
        factories.post("post-none", "y", author_id="acc-none"),
    )
    us = _decided(submit, case_of, decide, "post-us", ["tco_art14_5", "ncmec_csam"])
    views = [client.get(f"{OUTBOUND}/{r}", headers=officer).json() for r in us["outbound_reports"]]
    by_kind = {v["kind"]: v for v in views}
    tco = by_kind["tco_art14_5"]
    assert tco["recipient"]["key"] == "EUROPOL" and tco["country"] is None
    assert "not an EU/EEA member state" in tco["recipient"]["why"]
    assert "TCO Art. 14(5)" in tco["recipient"]["why"]
    ncmec = by_kind["ncmec_csam"]
    assert ncmec["recipient"]["key"] == "NCMEC"
    assert ncmec["held_until"].startswith((clock.now() + timedelta(days=365)).date().isoformat())
    none = _decided(submit, case_of, decide, "post-none", ["art18_threat"])
    view = client.get(f"{OUTBOUND}/{none['outbound_reports'][0]}", headers=officer).json()
    assert view["recipient"]["key"] == "EUROPOL"
    assert "could not be identified" in view["recipient"]["why"]


def test_one_report_per_decision_and_kind_acknowledged_once(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    officer: dict[str, str],
    staff: Callable[..., Any],
) -> None:
    decision = _decided(submit, case_of, decide, "post-1", ["art18_threat"])
    [report_id] = decision["outbound_reports"]
    again = client.post(
        OUTBOUND, json={"decision_id": decision["id"], "kind": "art18_threat"}, headers=officer
    )
    assert again.status_code == 201 and again.json()["id"] == report_id
    with container.database.reader() as session:
        assert session.query(Notification).filter_by(purpose="legal.outbound.report").count() == 1
    bad = client.post(OUTBOUND, json={"decision_id": decision["id"], "kind": "x"}, headers=officer)
    assert bad.status_code == 422
    missing = client.post(
        OUTBOUND, json={"decision_id": str(uuid.uuid4()), "kind": "ncmec_csam"}, headers=officer
    )
    assert missing.status_code == 404
    # Moderators report through their decision; they do not read the legal register.
    assert client.get(OUTBOUND, headers=staff("alice")).status_code == 403

    ack = client.post(
        f"{OUTBOUND}/{report_id}/acknowledged", json={"reference": "BKA-77"}, headers=officer
    )
    assert ack.status_code == 200, ack.text
    body = ack.json()
    assert body["status"] == "acknowledged" and body["recipient_reference"] == "BKA-77"
    assert [e["event"] for e in body["timeline"]] == ["created", "sent", "acknowledged"]
    assert (
        client.post(f"{OUTBOUND}/{report_id}/acknowledged", json={}, headers=officer).status_code
        == 409
    )
    assert (
        client.post(f"{OUTBOUND}/{report_id}/failed", json={"note": "x"}, headers=officer)
    ).status_code == 409
    listed = client.get(OUTBOUND, headers=officer).json()["reports"]
    assert [r["id"] for r in listed] == [report_id] and "data" not in listed[0]
    assert "legal:outbound:acknowledged" in [e.action for e in audit_actions(container)]


def test_a_failed_delivery_is_recorded(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    officer: dict[str, str],
) -> None:
    decision = _decided(submit, case_of, decide, "post-1", ["ncmec_csam"])
    [report_id] = decision["outbound_reports"]
    empty = client.post(f"{OUTBOUND}/{report_id}/failed", json={"note": ""}, headers=officer)
    assert empty.status_code == 422
    failed = client.post(
        f"{OUTBOUND}/{report_id}/failed", json={"note": "mailbox refused"}, headers=officer
    )
    assert failed.status_code == 200 and failed.json()["status"] == "failed"
    assert failed.json()["timeline"][-1]["note"] == "mailbox refused"


def test_a_decision_without_reports_keeps_its_contract(
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    reply = decide(case_id, removal())
    assert reply.status_code == 201 and "outbound_reports" not in reply.json()
    other = case_of(submit(notice_body("post-2"))["id"])
    assert decide(other, removal(report_to_authorities=["nope"])).status_code == 422


@pytest.mark.parametrize(
    ("kind", "country", "expected"),
    [
        (OutboundKind.ART18_THREAT, "FR", "FR"),
        (OutboundKind.ART18_THREAT, "NO", "NO"),  # EEA
        (OutboundKind.ART18_THREAT, "GB", "EUROPOL"),
        (OutboundKind.TCO_ART14_5, None, "EUROPOL"),
        (OutboundKind.NCMEC_CSAM, "DE", "NCMEC"),
    ],
)
def test_recipient_from_the_jurisdiction(
    kind: OutboundKind, country: str | None, expected: str
) -> None:
    registry = build_registry({"fr": {"name": "OCLCTIC / PHAROS", "email": "pharos@fr.example"}})
    recipient, why = choose_recipient(kind, country, "country of the account", registry)
    assert recipient.key == expected and why
    if expected == "FR":
        assert recipient.email == "pharos@fr.example"


def test_consoles_a_moderator_reports_with_the_decision_and_the_legal_officer_tracks_it(
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    browser: Callable[..., Any],
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    moderator = browser("mod@example.org", "moderator")
    page = moderator.get(f"/console/moderator/cases/{case_id}")
    assert 'name="report_art18_threat"' in page.text and 'name="report_ncmec_csam"' in page.text
    csrf = csrf_of(page.text)
    claimed = moderator.post(
        f"/console/moderator/cases/{case_id}/claim",
        headers={"X-CSRF-Token": csrf, "HX-Request": "true"},
    )
    assert claimed.status_code == 200
    # As a browser would: the decide form as rendered, with its one-time nonce.
    form = re.search(
        r'<form[^>]*action="[^"]*/decide"[^>]*>.*?</form>',
        moderator.get(f"/console/moderator/cases/{case_id}").text,
        re.S,
    )
    assert form is not None
    nonce = re.search(r'name="form_nonce" value="([^"]+)"', form.group(0))
    assert nonce is not None
    decided = moderator.post(
        f"/console/moderator/cases/{case_id}/decide",
        data={
            "csrf_token": csrf,
            "form_nonce": nonce.group(1),
            "measure": "remove_post",
            "category": HATE,
            "ground_kind": "illegal_content",
            "ground_reference": "§ 241 StGB",
            "ground_explanation": "A threat to kill.",
            "explanation": "The post threatens to kill a named person.",
            "report_art18_threat": "on",
        },
        follow_redirects=False,
    )
    assert decided.status_code == 303, decided.text
    assert moderator.get("/console/legal/outbound").status_code == 403
    with container.database.reader() as session:
        [report] = session.scalars(select(OutboundReport)).all()
        assert report.kind == "art18_threat" and report.created_by.startswith("user:")

    legal = browser("legal@example.org", "legal_officer")
    listing = legal.get("/console/legal/outbound")
    assert listing.status_code == 200
    assert f"report-{report.id}" in listing.text and "art18@police.de.example" in listing.text
    assert "DSA Art. 18(2)" in listing.text
    ack = legal.post(
        f"/console/legal/outbound/{report.id}/acknowledged",
        data={"csrf_token": csrf_of(listing.text), "reference": "LKA-1"},
        follow_redirects=False,
    )
    assert ack.status_code == 303
    after = legal.get("/console/legal/outbound").text
    assert "acknowledged" in after and "LKA-1" in after
