"""Appeals (Art. 20) by the affected user and by the notifier; disputes (Art. 21)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

from safeharbour.bootstrap import Container
from tests.nta import audit_actions, no_action, notice_body, removal


def _statement_token(container: Container, account: str = "acc-1") -> str:
    [message] = container.nta.platform.messages_to(account)  # type: ignore[attr-defined]
    return parse_qs(urlsplit(message.args["url"]).query)["token"][0]


def _token(status_url: str) -> str:
    return parse_qs(urlsplit(status_url).query)["token"][0]


def test_the_affected_user_appeals_and_a_different_moderator_reverses(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    decision = decide(case_of(submit(notice_body("post-1"))["id"]), removal()).json()
    token = _statement_token(container)
    appeal = client.post(
        "/api/v1/appeals",
        json={"token": token, "explanation": "It was a quote, reported in order to criticise."},
    )
    assert appeal.status_code == 201, appeal.text
    assert appeal.json()["appellant"] == "affected_user"
    assert appeal.json()["deadline"] == "2026-12-02T12:00:00Z"
    again = client.post("/api/v1/appeals", json={"token": token, "explanation": "again"})
    assert again.status_code == 409
    appeal_id = appeal.json()["id"]
    assert [
        a["id"] for a in client.get("/api/v1/appeals", headers=staff("bob")).json()["appeals"]
    ] == [appeal_id]

    body = {"outcome": "reversed", "reasoning": "Reporting on hate speech is not hate speech."}
    same = client.post(f"/api/v1/appeals/{appeal_id}/decision", json=body, headers=staff("alice"))
    assert same.status_code == 403  # alice took the first decision
    decided = client.post(f"/api/v1/appeals/{appeal_id}/decision", json=body, headers=staff("bob"))
    assert decided.status_code == 200, decided.text
    assert decided.json()["outcome"] == "reversed"
    assert decided.json()["decision"]["status"] == "reversed"
    kinds = {e["kind"]: e["status"] for e in decided.json()["decision"]["enforcement"]}
    assert kinds["reverse"] == "applied"

    platform = container.nta.platform
    assert platform.state_of("post-1") == []  # type: ignore[attr-defined]
    reverse = [c for c in platform.calls if c.kind == "reverse"]  # type: ignore[attr-defined]
    removed = next(e for e in decision["enforcement"] if e["kind"] == "remove_post")
    assert reverse[0].target == removed["id"]  # the port reverses what it did under that key
    outcomes = [m.args["notify"] for m in platform.messages_to("acc-1")]  # type: ignore[attr-defined]
    assert outcomes == ["statement_of_reasons", "appeal_outcome"]
    first_url = platform.messages_to("acc-1")[0].args["url"]  # type: ignore[attr-defined]
    statement_id = urlsplit(first_url).path.rsplit("/", 1)[1]
    statement = client.get(f"/api/v1/statements/{statement_id}", params={"token": token}).json()
    assert statement["reversed_at"] == "2026-06-01T12:00:00Z"
    assert statement["appeal"]["possible"] is False
    assert [e.action for e in audit_actions(container, "review:appeal")] == [
        "review:appeal:submitted",
        "review:appeal:decided",
    ]
    assert len(audit_actions(container, "review:decision:reversed")) == 1


def test_the_appeal_window_is_at_least_six_months(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    clock: Any,
) -> None:
    decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    token = _statement_token(container)
    clock.advance(timedelta(days=184))
    assert (
        client.post(
            "/api/v1/appeals", json={"token": token, "explanation": "late but ok"}
        ).status_code
        == 201
    )
    decide(case_of(submit(notice_body("post-2"))["id"]), removal())
    clock.advance(timedelta(days=184, seconds=1))
    tokens = [
        parse_qs(urlsplit(m.args["url"]).query)["token"][0]
        for m in container.nta.platform.messages_to("acc-1")  # type: ignore[attr-defined]
    ]
    late = client.post("/api/v1/appeals", json={"token": tokens[-1], "explanation": "too late"})
    assert late.status_code == 409
    assert "out-of-court" in late.json()["error"]["message"]
    assert (
        client.post("/api/v1/appeals", json={"token": "nope", "explanation": "x"}).status_code
        == 404
    )


def test_the_notifier_appeals_a_decision_not_to_act_and_the_case_returns(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    notice = submit(notice_body("post-1", notifier={"name": "N", "email": "n@example.org"}))
    case_id = case_of(notice["id"])
    decide(case_id, no_action())
    token = _token(notice["status_url"])
    appeal = client.post(
        "/api/v1/appeals", json={"token": token, "explanation": "It is a call to violence."}
    )
    assert appeal.status_code == 201, appeal.text
    assert appeal.json()["appellant"] == "notifier"
    decided = client.post(
        f"/api/v1/appeals/{appeal.json()['id']}/decision",
        json={"outcome": "reversed", "reasoning": "The context shows a concrete threat."},
        headers=staff("bob"),
    )
    assert decided.status_code == 200, decided.text
    queue = client.get("/api/v1/cases", headers=staff("bob")).json()["cases"]
    assert [c["id"] for c in queue] == [case_id]
    assert queue[0]["overdue"] is True  # a wrong "no action" is urgent
    status = client.get(f"/api/v1/notices/status?token={token}").json()
    assert status["status"] == "received"
    # A new decision, by someone else, then acts.
    assert decide(case_id, removal(), who="carol").json()["status"] == "effective"
    container.nta.deliver_notifications()
    subjects = [m.subject for m in container.nta.notifier.sent]  # type: ignore[attr-defined]
    assert any(s.startswith("Outcome of your complaint") for s in subjects)


def test_a_notifier_cannot_appeal_a_decision_that_acted(
    client: Any,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    notice = submit(notice_body("post-1"))
    decide(case_of(notice["id"]), removal())
    reply = client.post(
        "/api/v1/appeals", json={"token": _token(notice["status_url"]), "explanation": "more!"}
    )
    assert reply.status_code == 409


def test_an_appeal_upheld_tells_the_user_and_keeps_the_measure(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    appeal = client.post(
        "/api/v1/appeals",
        json={"token": _statement_token(container), "explanation": "x", "email": "u@example.org"},
    ).json()
    decided = client.post(
        f"/api/v1/appeals/{appeal['id']}/decision",
        json={"outcome": "upheld", "reasoning": "The post names and threatens a person."},
        headers=staff("bob"),
    )
    assert decided.status_code == 200, decided.text
    platform = container.nta.platform
    assert platform.state_of("post-1") == ["remove_post"]  # type: ignore[attr-defined]
    last = platform.messages_to("acc-1")[-1]  # type: ignore[attr-defined]
    assert last.args["notify"] == "appeal_outcome" and "upheld" in last.args["text"]
    container.nta.deliver_notifications()
    assert [m.to for m in container.nta.notifier.sent] == ["u@example.org"]  # type: ignore[attr-defined]


def test_an_out_of_court_dispute_is_recorded_and_its_reversal_implemented(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    decision = decide(case_of(submit(notice_body("post-1"))["id"]), removal()).json()
    legal = staff("lea", "legal_officer")
    recorded = client.post(
        "/api/v1/disputes",
        json={
            "decision_id": decision["id"],
            "body_name": "User Rights ODS GmbH",
            "body_reference": "UR-2026-17",
            "submitted_at": "2026-06-01T11:00:00Z",
        },
        headers=legal,
    )
    assert recorded.status_code == 201, recorded.text
    dispute_id = recorded.json()["id"]
    assert client.post("/api/v1/disputes", json={}, headers=staff("mod")).status_code == 403
    early = client.post(
        f"/api/v1/disputes/{dispute_id}/implementation", json={"implemented": True}, headers=legal
    )
    assert early.status_code == 409
    outcome = client.post(
        f"/api/v1/disputes/{dispute_id}/outcome", json={"outcome": "reversed"}, headers=legal
    )
    assert outcome.status_code == 200 and outcome.json()["status"] == "decided"
    done = client.post(
        f"/api/v1/disputes/{dispute_id}/implementation", json={"implemented": True}, headers=legal
    )
    assert done.status_code == 200, done.text
    assert done.json()["implemented"] is True
    assert container.nta.platform.state_of("post-1") == []  # type: ignore[attr-defined]
    listed = client.get("/api/v1/disputes", headers=staff("aud", "auditor")).json()["disputes"]
    assert [(d["outcome"], d["implemented"]) for d in listed] == [("reversed", True)]
    assert [e.action for e in audit_actions(container, "review:dispute")] == [
        "review:dispute:recorded",
        "review:dispute:decided",
        "review:dispute:implemented",
    ]
    # The whole loop left an intact audit chain.
    from safeharbour.audit.chain import verify_chain

    with container.database.reader() as session:
        report = verify_chain(session)
    assert report.ok, report.reason
