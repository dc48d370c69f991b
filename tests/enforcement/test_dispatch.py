"""Platform calls after commit: retries with backoff, ordering, cancellation, idempotency."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.transparency.models import Statement
from tests.nta import audit_actions, notice_body, removal


def rows(container: Container) -> dict[str, EnforcementAction]:
    with container.database.reader() as session:
        return {r.kind: r for r in session.scalars(select(EnforcementAction))}


def test_a_failed_call_is_retried_and_the_statement_waits_for_its_measure(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    clock: Any,
) -> None:
    platform = container.nta.platform
    platform.fail_next(1)  # type: ignore[attr-defined]
    reply = decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    assert reply.status_code == 201, reply.text
    state = rows(container)
    assert (state["remove_post"].status, state["remove_post"].attempts) == ("pending", 1)
    assert state["notify_user"].status == "pending"  # waits for the removal
    assert platform.messages_to("acc-1") == []  # type: ignore[attr-defined]
    with container.database.reader() as session:
        assert session.scalars(select(Statement.delivered_at)).one() is None

    # Not due yet: nothing happens; after the backoff the scheduler's job finishes the work.
    container.nta.dispatch_enforcement()
    assert rows(container)["remove_post"].attempts == 1
    clock.advance(timedelta(seconds=31))
    assert "enforcement-dispatch" in container.scheduler.run_due()
    state = rows(container)
    assert state["remove_post"].status == "applied"
    assert state["notify_user"].status == "applied"
    with container.database.reader() as session:
        assert session.scalars(select(Statement.delivered_at)).one() is not None
    tags = [e.action for e in audit_actions(container, "enforcement:")]
    assert tags.count("enforcement:action:retrying") == 1
    assert tags.count("enforcement:action:applied") == 2


def test_a_measure_the_platform_cannot_take_cancels_its_statement_delivery(
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    container.nta.platform.unsupported.add("remove_post")  # type: ignore[attr-defined]
    reply = decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    assert {e["kind"]: e["status"] for e in reply.json()["enforcement"]} == {
        "remove_post": "not_supported",
        "notify_user": "cancelled",
    }


def test_running_a_call_twice_is_harmless(
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    state = rows(container)
    platform = container.nta.platform
    again = platform.remove_post("post-1", idempotency_key=str(state["remove_post"].id))
    assert again.outcome == "already_applied"
    assert container.nta.dispatch_enforcement().outcomes == {}
    assert platform.state_of("post-1") == ["remove_post"]  # type: ignore[attr-defined]
