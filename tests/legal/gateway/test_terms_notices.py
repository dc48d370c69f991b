"""Terms first for real: targets the proposal files as a notice become notices (and cases),
once per target, audited, with the authority as their source; a notice's rate limit never
fails the legal intake, the notice waits and the scheduler's job files it later."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.audit.models import AuditEntry
from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.dsa import SourceType
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.gateway import (
    LegalRequestEvent,
    NoticeFiling,
    Verification,
    do_retry_waiting_notices,
    do_submit_legal_request,
    parse_submission,
)
from safeharbour.review.labels import do_tag_item
from tests.legal.gateway.conftest import OFFICER, Agent, removal_order


def _tag(container: Container, item_id: str, label: str) -> None:
    run_in_unit(
        container.database,
        lambda unit: do_tag_item(
            unit, item_kind="post", item_id=item_id, label=label, actor=SYSTEM
        ),
    )


def _filing(container: Container, **notice_limits: Any) -> NoticeFiling:
    notices = dataclasses.replace(container.nta.notices, **notice_limits)
    return NoticeFiling(notices, container.nta.review)


def _submit(
    container: Container,
    agent: Agent,
    body: dict[str, Any],
    verification: Verification,
    filing: NoticeFiling,
    idempotency_key: str | None = None,
) -> uuid.UUID:
    receipt = run_in_unit(
        container.database,
        lambda unit: do_submit_legal_request(
            unit,
            parse_submission(body),
            agency_id=agent.id,
            verification=verification,
            body_sha256=digest_of(body),
            idempotency_key=idempotency_key,
            cipher=container.keys.cipher,
            status_secret=container.keys.secret_key,
            actor=SYSTEM,
            notice_filing=filing,
        ),
    )
    return receipt.request_id


def _notices(container: Container) -> list[Notice]:
    with container.database.reader() as session:
        rows = list(session.scalars(select(Notice).order_by(Notice.received_at, Notice.id)))
        session.expunge_all()
        return rows


def _events(container: Container, request_id: uuid.UUID, kind: str) -> list[dict[str, Any]]:
    with container.database.reader() as session:
        return [
            e.details
            for e in session.scalars(
                select(LegalRequestEvent)
                .where(LegalRequestEvent.request_id == request_id, LegalRequestEvent.kind == kind)
                .order_by(LegalRequestEvent.seq)
            )
        ]


def _audit_tags(container: Container) -> list[str]:
    with container.database.reader() as session:
        return [str(t) for t in session.scalars(select(AuditEntry.action))]


def test_an_unverified_order_on_terms_breaking_content_is_filed_as_a_notice_and_not_complied(
    client: Any, container: Container, agent: Agent, officer: dict[str, str]
) -> None:
    _tag(container, "post-terror", "terrorism")
    body = removal_order(
        targets=[{"kind": "post", "id": "post-terror"}, {"kind": "post", "id": "post-other"}],
    )
    filing = _filing(container)
    rid = _submit(container, agent, body, Verification.NONE, filing, idempotency_key="k-1")

    notices = _notices(container)
    assert sorted(n.item_id for n in notices) == ["post-other", "post-terror"]
    for notice in notices:
        assert notice.source_type == SourceType.OTHER_NOTIFICATION.value
        assert notice.source_key == f"authority:{agent.id}"
        assert str(rid) in notice.explanation
        assert notice.case_id is not None  # it reached moderators as a case
    filed = _events(container, rid, "filed_as_notice")
    assert sorted(e["target"] for e in filed) == [0, 1]
    assert _audit_tags(container).count("legal:request:filed_as_notice") == 2

    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    proposal = view["proposal"]
    assert proposal["file_as_notice"] is True
    assert proposal["proposed_answer"] != "complied"
    assert proposal["targets"][0]["acted_under_terms"] != "none"
    terms = [r for r in proposal["reasons"] if r["rule"] == "R-TERMS-FIRST"]
    assert terms and "under the terms" in " ".join(terms[0]["details"])

    # the same submission again (same Idempotency-Key) and a later run file nothing twice
    again = _submit(container, agent, body, Verification.NONE, filing, idempotency_key="k-1")
    assert again == rid
    run_in_unit(container.database, lambda unit: do_retry_waiting_notices(unit, filing))
    assert len(_notices(container)) == 2


def test_a_verified_competent_order_is_complied_with_and_files_no_notice(
    container: Container, agent: Agent
) -> None:
    _tag(container, "post-terror", "terrorism")
    body = removal_order(legal_instrument="tco", targets=[{"kind": "post", "id": "post-terror"}])
    rid = _submit(container, agent, body, Verification.API_KEY, _filing(container))
    assert _notices(container) == []
    assert _events(container, rid, "filed_as_notice") == []


def test_a_rate_limited_notice_waits_and_the_scheduler_files_it_later(
    client: Any, container: Container, clock: ManualClock, agent: Agent, officer: dict[str, str]
) -> None:
    _tag(container, "post-a", "terrorism")
    _tag(container, "post-b", "terrorism")
    body = removal_order(
        targets=[{"kind": "post", "id": "post-a"}, {"kind": "post", "id": "post-b"}]
    )
    tight = _filing(container, hard_limit_per_hour=1)
    rid = _submit(container, agent, body, Verification.NONE, tight)

    # the request was received all the same; one notice was filed, the other waits
    view = client.get(f"{OFFICER}/{rid}", headers=officer).json()
    assert view["status"] in ("held", "acknowledged")
    assert [n.item_id for n in _notices(container)] == ["post-a"]
    assert [e["target"] for e in _events(container, rid, "notice_waiting")] == [1]
    assert "legal:request:notice_waiting" in _audit_tags(container)

    # still over the limit: it keeps waiting
    run_in_unit(container.database, lambda unit: do_retry_waiting_notices(unit, tight))
    assert len(_notices(container)) == 1

    # an hour later the limit has room: the scheduler's job files it, once
    clock.advance(timedelta(seconds=3601))
    filed = run_in_unit(container.database, lambda unit: do_retry_waiting_notices(unit, tight))
    assert filed == 1
    assert sorted(n.item_id for n in _notices(container)) == ["post-a", "post-b"]
    assert run_in_unit(container.database, lambda unit: do_retry_waiting_notices(unit, tight)) == 0
    assert len(_notices(container)) == 2
