"""Answers: never closed without one, reasons and overrides recorded, safeguards enforced."""

from __future__ import annotations

import ast
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import LegalRequest, LegalRequestCallback
from safeharbour.legal.gateway.lifecycle import IllegalTransition, set_status
from safeharbour.legal.gateway.schemas import RequestStatus
from tests.legal.gateway.conftest import (
    OFFICER,
    REQUESTS,
    Agent,
    answer,
    outbox,
    removal_order,
)

SRC = Path(__file__).resolve().parents[3] / "src" / "safeharbour"


# -- no code path closes a request without an answer -----------------------------------------


def test_the_database_refuses_answered_without_an_answer(
    client: Any, container: Container, agent: Agent
) -> None:
    rid = uuid.UUID(agent.submit(client, removal_order()).json()["id"])
    with pytest.raises(IntegrityError), container.database.uow() as unit:
        unit.session.execute(
            update(LegalRequest).where(LegalRequest.id == rid).values(status="answered")
        )
        unit.session.commit()
    with container.database.reader() as session:
        assert session.get(LegalRequest, rid).status == "acknowledged"  # type: ignore[union-attr]


def test_the_state_machine_refuses_answered_without_an_answer(
    client: Any, container: Container, agent: Agent
) -> None:
    rid = uuid.UUID(agent.submit(client, removal_order()).json()["id"])

    def close(unit: Any) -> None:
        request = unit.session.get(LegalRequest, rid)
        set_status(unit, request, RequestStatus.ANSWERED, actor=SYSTEM)

    with pytest.raises(IllegalTransition):
        run_in_unit(container.database, close)


def _status_writes(tree: ast.AST) -> list[tuple[int, str]]:
    """Every place a module could set a request's status: attribute assignments to `.status`,
    `status=` in `update(...).values(...)` and in `LegalRequest(...)` constructors."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Attribute) and target.attr == "status":
                found.append((target.lineno, "assign"))
        if isinstance(node, ast.Call):
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            for keyword in node.keywords:
                if keyword.arg == "status" and name == "values":
                    found.append((node.lineno, "values"))
                if keyword.arg == "status" and name == "LegalRequest":
                    value = ast.unparse(keyword.value)
                    if value not in ("RequestStatus.RECEIVED.value", "RequestStatus.RECEIVED"):
                        found.append((node.lineno, f"constructor with {value}"))
            if isinstance(node.func, ast.Name) and node.func.id == "setattr":
                found.append((node.lineno, "setattr"))
    return found


def test_no_code_path_sets_a_status_except_the_state_machine() -> None:
    """Walk the whole source tree: the only writer of `LegalRequest.status` is `set_status`,
    whose guard needs the answer row (and the database checks it again)."""
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        text = path.read_text()
        if "LegalRequest" not in text and "legal_requests" not in text:
            continue
        tree = ast.parse(text)
        writes = _status_writes(tree)
        rel = path.relative_to(SRC).as_posix()
        for line, kind in writes:
            if (
                rel == "legal/gateway/lifecycle.py"
                and kind == "assign"
                and _enclosing_function(tree, line) == "set_status"
            ):
                continue
            if rel == "legal/gateway/intake.py" and kind == "setattr":
                continue  # amends the amendable columns, which exclude status (checked below)
            offenders.append(f"{rel}:{line}: {kind}")
    assert offenders == []
    from safeharbour.legal.gateway.intake import _AMEND_COLUMNS

    assert "status" not in _AMEND_COLUMNS and "answer_id" not in _AMEND_COLUMNS


def _enclosing_function(tree: ast.AST, line: int) -> str | None:
    functions = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.lineno <= line <= (node.end_lineno or 0)
    ]
    return max(functions, key=lambda node: node.lineno).name if functions else None


def test_every_answered_request_points_at_its_answer(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    for _ in range(3):
        rid = agent.submit(client, removal_order()).json()["id"]
        reply = answer(
            client,
            officer,
            rid,
            answer="complied",
            scope="requesting_country",
            followed_proposal=True,
        )
        assert reply.status_code == 201, reply.text
    from safeharbour.legal.gateway import LegalRequestAnswer

    with container.database.reader() as session:
        rows = session.execute(
            select(LegalRequest.id, LegalRequestAnswer.request_id)
            .outerjoin(LegalRequestAnswer, LegalRequestAnswer.id == LegalRequest.answer_id)
            .where(LegalRequest.status == "answered")
        ).all()
    assert len(rows) == 3
    assert all(request_id == answered_for for request_id, answered_for in rows)


# -- the officer's flow ----------------------------------------------------------------------


def test_the_queue_is_ordered_by_deadline(
    client: Any, agent: Agent, officer: dict[str, str], clock: ManualClock
) -> None:
    slow = agent.submit(client, removal_order(legal_instrument="national")).json()["id"]  # 5 days
    clock.advance(timedelta(minutes=1))
    fast = agent.submit(client, removal_order(legal_instrument="tco")).json()["id"]  # 1 hour
    middle = agent.submit(client, removal_order()).json()["id"]  # 24 hours
    queue = client.get(OFFICER, headers=officer).json()
    assert [item["id"] for item in queue] == [fast, middle, slow]
    assert queue[0]["seconds_left"] == 3600
    assert queue[0]["disposition"] == "geo_restrict"


def test_following_the_proposal_copies_its_reasons_and_records_it(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    started = client.post(f"{OFFICER}/{rid}/start", headers=officer)
    assert started.status_code == 200 and started.json()["status"] == "under_assessment"
    reply = answer(client, officer, rid, answer="complied", followed_proposal=True)
    assert reply.status_code == 201, reply.text
    assert reply.json()["scope"] == "requesting_country"  # the proposal's scope
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["status"] == "answered"
    assert mine["answer"]["answer"] == "complied"
    assert [r["rule"] for r in mine["answer"]["reasons"]] == ["R-LOCAL-LAW-GEO", "R-USER-NOTICE"]
    assert [e["event"] for e in mine["timeline"]] == [
        "received",
        "acknowledged",
        "under_assessment",
        "answered",
        "effect_given",  # the order was carried out through the platform port (effect.py)
    ]
    assert mine["effect_given_at"] is not None
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    with container.database.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "legal:request:answered")
        ).one()
    assert entry.snapshot["proposal_digest"] == view["proposal"]["proposal_digest"]
    assert entry.snapshot["followed_proposal"] is True
    [message] = outbox(container, "legal.request.answered")
    assert message["answer"] == "complied" and message["request_id"] == rid


def test_an_answer_other_than_the_proposal_needs_an_override_reason(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    refused = {"rule": "R-PROTECTED-EXPRESSION", "text": "The post is political speech."}
    mismatch = answer(
        client, officer, rid, answer="refused", reasons=[refused], followed_proposal=True
    )
    assert mismatch.status_code == 422
    assert mismatch.json()["error"]["details"]["errors"][0]["field"] == "followed_proposal"
    no_reason = answer(
        client, officer, rid, answer="refused", reasons=[refused], followed_proposal=False
    )
    assert no_reason.json()["error"]["details"]["errors"][0]["field"] == "override_reason"
    bad_rule = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[{"rule": "R-NOPE", "text": "x"}],
        followed_proposal=False,
        override_reason="review found political speech",
    )
    assert bad_rule.json()["error"]["details"]["errors"][0]["field"] == "reasons.0.rule"
    ok = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[refused],
        followed_proposal=False,
        override_reason="review found political speech",
    )
    assert ok.status_code == 201, ok.text
    again = answer(client, officer, rid, answer="complied", followed_proposal=True)
    assert again.status_code == 409


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"answer": "complied", "scope": "none"}, "scope"),
        (
            {"answer": "partially_complied", "reasons": [{"rule": "R-LOCAL-LAW-GEO", "text": "x"}]},
            "what_and_why",
        ),
        ({"answer": "refused"}, "reasons"),
        ({"answer": "need_more_info"}, "missing"),
    ],
)
def test_each_answer_says_what_it_must(
    client: Any, agent: Agent, officer: dict[str, str], body: dict[str, Any], field: str
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    reply = answer(client, officer, rid, **body, followed_proposal=False, override_reason="testing")
    assert reply.status_code == 422, reply.text
    assert reply.json()["error"]["details"]["errors"][0]["field"] == field


# -- emergency disclosure: a call-back to the number on the agency record -------------------


EMERGENCY = {
    "type": "emergency_disclosure",
    "urgency": "emergency",
    "threat_to_life": True,
    "statement": "A user announced a killing for tonight. Call us back on +49 170 0000000.",
    "targets": [{"kind": "account", "id": "acc-5"}],
    "data_requested": ["subscriber_info", "ip_addresses"],
}


def test_an_emergency_disclosure_waits_for_a_callback_to_the_agency_record(
    client: Any, container: Container, make_agent: Any, officer: dict[str, str]
) -> None:
    agent = make_agent(callback_phone="+49 611 55-0")
    rid = agent.submit(client, EMERGENCY).json()["id"]
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["proposal"]["disposition"] == "need_more_info"
    assert {m["field"] for m in view["proposal"]["missing"]} == {"authority.verified"}
    blocked = answer(
        client,
        officer,
        rid,
        answer="complied",
        followed_proposal=False,
        override_reason="urgent",
        scope="none",
    )
    assert blocked.status_code == 409
    assert blocked.json()["error"]["details"]["errors"][0]["field"] == "callback"

    called = client.post(
        f"{OFFICER}/{rid}/callback", json={"outcome": "confirmed"}, headers=officer
    )
    assert called.status_code == 200, called.text
    with container.database.reader() as session:
        record = session.scalars(select(LegalRequestCallback)).one()
    # The number dialled is the agency record's, never the one in the request.
    assert container.keys.cipher.decrypt(record.phone_encrypted) == "+4961155-0".replace("-", "")
    assert "0000000" not in container.keys.cipher.decrypt(record.phone_encrypted)
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["proposal"]["disposition"] == "comply"
    assert set(view["proposal"]["disclose"]) == {"subscriber_info", "ip_addresses"}
    done = answer(client, officer, rid, answer="complied", followed_proposal=True)
    assert done.status_code == 201, done.text


def test_no_callback_without_a_number_on_the_agency_record(
    client: Any, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, EMERGENCY).json()["id"]
    reply = client.post(f"{OFFICER}/{rid}/callback", json={"outcome": "confirmed"}, headers=officer)
    assert reply.status_code == 409
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "callback_phone"


def test_a_callback_that_does_not_confirm_holds_the_request(
    client: Any, make_agent: Any, officer: dict[str, str]
) -> None:
    agent = make_agent(callback_phone="+496115500")
    rid = agent.submit(client, EMERGENCY).json()["id"]
    reply = client.post(
        f"{OFFICER}/{rid}/callback",
        json={"outcome": "not_confirmed", "note": "The duty desk knows of no such request."},
        headers=officer,
    )
    assert reply.status_code == 200 and reply.json()["status"] == "held"
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert [f["code"] for f in view["flags"]] == ["callback_not_confirmed"]
    refused = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[{"rule": "R-UNVERIFIED", "text": "The agency did not confirm the request."}],
        followed_proposal=False,
        override_reason="forged request",
    )
    assert refused.status_code == 201, refused.text


def test_auditors_read_but_cannot_answer(client: Any, agent: Agent, make_key: Any) -> None:
    from tests.conftest import bearer

    auditor = bearer(make_key("auditor"))
    rid = agent.submit(client, removal_order()).json()["id"]
    assert client.get(f"{OFFICER}/{rid}", headers=auditor).status_code == 200
    assert (
        answer(client, auditor, rid, answer="complied", followed_proposal=True).status_code == 403
    )


def test_every_action_leaves_its_audit_entry(
    client: Any, container: Container, make_agent: Any, officer: dict[str, str]
) -> None:
    agent = make_agent(callback_phone="+496115500")
    reply = agent.submit(client, {**EMERGENCY, "statement": "Reply to a@bka-example.de now."})
    assert reply.headers["Location"] == f"http://testserver{REQUESTS}/{reply.json()['id']}"
    rid = reply.json()["id"]
    assert reply.json()["status"] == "held"
    steps = [
        client.post(
            f"{OFFICER}/{rid}/release",
            json={"method": "written_confirmation", "note": "Letter from the official domain."},
            headers=officer,
        ),
        client.post(f"{OFFICER}/{rid}/start", headers=officer),
        agent.post(client, f"{REQUESTS}/{rid}/supplements", {"statement": "The victim's name."}),
        client.post(f"{OFFICER}/{rid}/callback", json={"outcome": "confirmed"}, headers=officer),
        answer(client, officer, rid, answer="complied", followed_proposal=True),
    ]
    assert [s.status_code for s in steps] == [200, 200, 201, 200, 201], [s.text for s in steps]
    with container.database.reader() as session:
        actions = list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.action.like("legal:request:%"))
                .order_by(AuditEntry.seq)
            )
        )
        texts = " ".join(
            str(e.snapshot)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action.like("legal:request:%"))
            )
        )
    assert actions == [
        "legal:request:received",
        "legal:request:released",
        "legal:request:assessment_started",
        "legal:request:supplemented",
        "legal:request:callback_recorded",
        "legal:request:answered",
    ]
    # Ids and digests only: no statement, no phone number, no e-mail.
    assert "killing" not in texts and "6115500" not in texts and "bka-example" not in texts


def test_an_officer_refuses_on_grounds_of_their_own_recorded_as_an_override(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    rid = agent.submit(client, removal_order()).json()["id"]
    rule = {"rule": "R-PROTECTED-EXPRESSION", "text": "The post is political speech."}
    own = {"text": "The post reports on a court hearing; removing it would hide the news."}
    # Grounds the proposal did not give are never "following the proposal".
    followed = answer(
        client,
        officer,
        rid,
        answer="complied",
        scope="requesting_country",
        reasons=[own],
        followed_proposal=True,
    )
    assert followed.status_code == 422
    assert followed.json()["error"]["details"]["errors"][0]["field"] == "reasons"
    empty = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[{"rule": None, "text": "  "}],
        followed_proposal=False,
        override_reason="court reporting",
    )
    assert empty.json()["error"]["details"]["errors"][0]["field"] == "reasons.0.text"
    reply = answer(
        client,
        officer,
        rid,
        answer="refused",
        reasons=[rule, own],
        followed_proposal=False,
        override_reason="The review found court reporting, which the order does not cover.",
    )
    assert reply.status_code == 201, reply.text
    mine = agent.get(client, f"{REQUESTS}/{rid}").json()
    assert mine["answer"]["reasons"] == [rule, {"rule": None, "text": own["text"]}]
    with container.database.reader() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "legal:request:answered")
        ).one()
    assert entry.snapshot["followed_proposal"] is False
    assert entry.snapshot["rules"] == ["R-PROTECTED-EXPRESSION"]
    assert len(entry.snapshot["own_sentences_sha256"]) == 1
    assert own["text"] not in str(entry.snapshot)  # digests only in the audit log
