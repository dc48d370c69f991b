"""Decisions: measures with grounds, evidence, statements of reasons, enforcement, four-eyes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE
from safeharbour.legal.models import LegalHold
from safeharbour.review.models import Decision
from tests import factories
from tests.nta import HATE, audit_actions, no_action, notice_body, removal


def test_a_removal_is_enforced_explained_and_delivered(
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
    reply = decide(case_id, removal())
    assert reply.status_code == 201, reply.text
    decision = reply.json()
    assert decision["status"] == "effective"
    assert decision["actions"][0]["target"] == {"kind": "post", "id": "post-1"}
    assert decision["actions"][0]["affected_account_id"] == "acc-1"
    assert {e["kind"]: e["status"] for e in decision["enforcement"]} == {
        "remove_post": "applied",
        "notify_user": "applied",
    }
    platform = container.nta.platform
    assert platform.state_of("post-1") == ["remove_post"]  # type: ignore[attr-defined]

    # The statement of reasons reached the affected account, with its secret link.
    [message] = platform.messages_to("acc-1")  # type: ignore[attr-defined]
    assert message.args["notify"] == "statement_of_reasons"
    assert "§ 130 StGB" in message.args["text"]
    url = urlsplit(message.args["url"])
    assert url.path.startswith("/console/public/statements/")
    statement_id = url.path.rsplit("/", 1)[1]
    statement = client.get(f"/api/v1/statements/{statement_id}?{url.query}")
    assert statement.status_code == 200, statement.text
    body = statement.json()
    elements = body["elements"]
    assert elements["decision"]["type"] == "remove_post"
    assert elements["decision"]["territorial_scope"] == "worldwide"
    assert elements["facts_and_circumstances"]["taken_on"] == "SOURCE_ARTICLE_16"
    assert elements["automated_means"] == {
        "detection": False,
        "decision": "AUTOMATED_DECISION_NOT_AUTOMATED",
    }
    assert elements["ground"]["legal_ground"] == "§ 130 StGB"
    assert elements["redress"]["internal_complaint"]["deadline"].startswith("2026-12-02")
    assert body["dsa"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_REMOVED"]
    assert body["dsa"]["decision_ground"] == "DECISION_GROUND_ILLEGAL_CONTENT"
    assert body["dsa"]["territorial_scope"] == list(EEA_TERRITORIAL_SCOPE)
    assert body["delivered_at"] == "2026-06-01T12:00:00Z"
    assert body["appeal"]["possible"] is True
    assert client.get(f"/api/v1/statements/{statement_id}?token=guess").status_code == 404

    # Evidence snapshot, hold for redress, case closed, notifier told, audit.
    with container.database.reader() as session:
        stored = session.scalars(select(Decision)).one()
        assert stored.evidence_sha256 == digest_of(stored.evidence)
        assert stored.evidence["item"]["text_sha256"]
        assert "first" not in str(stored.evidence)  # digests, not the text
        assert stored.evidence["notices"][0]["id"] == notice["id"]
        hold = session.scalars(select(LegalHold)).one()
        assert (hold.subject_kind, hold.subject_id) == ("post", "post-1")
        assert hold.reference == f"decision:{stored.id}"
    case = client.get(f"/api/v1/cases/{case_id}", headers=staff("mod")).json()
    assert case["status"] == "decided"
    assert client.get("/api/v1/cases", headers=staff("mod")).json()["cases"] == []
    container.nta.deliver_notifications()
    outcome = [m for m in container.nta.notifier.sent if "Decision" in m.subject]  # type: ignore[attr-defined]
    assert len(outcome) == 1 and "remove post" in outcome[0].body
    assert [e.action for e in audit_actions(container, "review:decision")] == [
        "review:decision:made"
    ]
    assert len(audit_actions(container, "transparency:statement:issued")) == 1
    status = client.get(
        urlsplit(notice["status_url"]).path + "?" + urlsplit(notice["status_url"]).query
    )
    assert status.json()["status"] == "decided"
    assert status.json()["decision"]["outcome"] == "action"


def test_decision_input_is_checked_field_by_field(
    client: Any,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    ground = {"kind": "terms_of_service", "reference": "ToS 4.2", "explanation": "spam"}
    reply = decide(
        case_id,
        {
            "outcome": "action",
            "category": HATE,
            "explanation": "x",
            "actions": [
                {"kind": "restrict_post", "ground": ground},
                {"kind": "suspend_account", "ground": ground},
                {"kind": "label", "ground": ground},
                {"kind": "ban_channel", "target": {"kind": "post", "id": "p"}, "ground": ground},
            ],
        },
    )
    assert reply.status_code == 422
    fields = {e["field"] for e in reply.json()["error"]["details"]["errors"]}
    assert fields == {
        "actions.0.countries",
        "actions.1.until",
        "actions.2.label",
        "actions.3.target.kind",
    }
    bad_country = decide(
        case_id,
        removal(actions=[{"kind": "restrict_post", "countries": ["XX"], "ground": ground}]),
    )
    assert bad_country.status_code == 422
    assert bad_country.json()["error"]["details"]["errors"][0]["field"].startswith("actions.0")
    assert decide(case_id, no_action(actions=removal()["actions"])).status_code == 422


def test_geo_restriction_suspension_and_label_map_to_the_dsa_fields(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    ground = {"kind": "illegal_content", "reference": "§ 86a StGB", "explanation": "symbol"}
    reply = decide(
        case_id,
        removal(
            actions=[
                {"kind": "restrict_post", "countries": ["de", "AT", "US"], "ground": ground},
                {"kind": "suspend_account", "until": "2026-06-08T12:00:00Z", "ground": ground},
                {"kind": "label", "label": "Contains a banned symbol", "ground": ground},
            ]
        ),
    )
    assert reply.status_code == 201, reply.text
    decision = reply.json()
    assert [a["target"] for a in decision["actions"]] == [
        {"kind": "post", "id": "post-1"},
        {"kind": "account", "id": "acc-1"},
        {"kind": "post", "id": "post-1"},
    ]
    calls = {c.kind: c for c in container.nta.platform.calls}  # type: ignore[attr-defined]
    assert calls["restrict_post"].args == {"countries": ["DE", "AT", "US"]}
    assert calls["suspend_account"].args == {"until": "2026-06-08T12:00:00+00:00"}
    assert calls["label"].args["text"] == "Contains a banned symbol"
    from safeharbour.transparency.models import Statement

    with container.database.reader() as session:
        dsa = {s.elements["decision"]["type"]: s.dsa for s in session.scalars(select(Statement))}
    assert dsa["restrict_post"]["territorial_scope"] == ["AT", "DE"]
    assert dsa["restrict_post"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert dsa["suspend_account"]["decision_account"] == "DECISION_ACCOUNT_SUSPENDED"
    assert dsa["suspend_account"]["end_date_account_restriction"] == "2026-06-08"
    assert dsa["label"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_LABELLED"]


def test_heavy_decisions_wait_for_a_second_person(
    client: Any,
    container: Container,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    ingest(
        factories.account("acc-1"),
        factories.channel("big", subscribers=50_000),
        factories.channel("small", subscribers=50, owner_id="acc-2"),
        factories.post("post-1", channel_id="big"),
    )
    ground = {"kind": "terms_of_service", "reference": "ToS 7", "explanation": "spam network"}
    big = case_of(submit(notice_body("big", kind="channel"))["id"])
    pending = decide(
        big,
        removal(actions=[{"kind": "ban_channel", "ground": ground}]),
        who="senior",
        role="senior_moderator",
    )
    assert pending.status_code == 201, pending.text
    assert pending.json()["status"] == "pending_approval"
    assert "50,000 subscribers" in pending.json()["approval_reasons"][0]
    assert pending.json()["enforcement"] == []
    assert container.nta.platform.calls == []  # type: ignore[attr-defined]
    decision_id = pending.json()["id"]
    waiting = client.get("/api/v1/decisions/pending", headers=staff("mod")).json()["decisions"]
    assert [d["id"] for d in waiting] == [decision_id]

    # Not the author, not a plain moderator: a different senior moderator approves.
    approve = f"/api/v1/decisions/{decision_id}/approve"
    assert client.post(approve, headers=staff("senior", "senior_moderator")).status_code == 403
    assert client.post(approve, headers=staff("mod")).status_code == 403
    approved = client.post(approve, headers=staff("other", "senior_moderator"))
    assert approved.status_code == 200, approved.text
    assert approved.json()["status"] == "effective"
    assert approved.json()["approved_by"].startswith("api_key:")
    assert container.nta.platform.state_of("big") == ["ban_channel"]  # type: ignore[attr-defined]
    assert client.post(approve, headers=staff("third", "senior_moderator")).status_code == 409

    # Below the threshold a ban takes effect at once.
    small = case_of(submit(notice_body("small", kind="channel"))["id"])
    at_once = decide(small, removal(actions=[{"kind": "ban_channel", "ground": ground}]))
    assert at_once.json()["status"] == "effective"

    # Terminating an account always waits; a rejection sends the case back to the queue.
    post_case = case_of(submit(notice_body("post-1"))["id"])
    terminate = decide(
        post_case, removal(actions=[{"kind": "terminate_account", "ground": ground}])
    )
    assert terminate.json()["status"] == "pending_approval"
    assert terminate.json()["approval_reasons"] == ["termination of an account"]
    rejected = client.post(
        f"/api/v1/decisions/{terminate.json()['id']}/reject",
        json={"reason": "A first suspension is proportionate."},
        headers=staff("other", "senior_moderator"),
    )
    assert rejected.status_code == 200, rejected.text
    assert rejected.json()["status"] == "rejected"
    queue = client.get("/api/v1/cases", headers=staff("mod")).json()["cases"]
    assert [c["id"] for c in queue] == [post_case]
    tags = [e.action for e in audit_actions(container, "review:decision:")]
    assert tags.count("review:decision:approved") == 1
    assert tags.count("review:decision:rejected") == 1


def test_verified_accounts_and_protected_labels_need_four_eyes(
    client: Any,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    ingest(
        factories.account("acc-1", verified=True),
        factories.account("acc-2"),
        factories.channel("news", owner_id="acc-2"),
        factories.post("post-1"),
        factories.post("post-2", channel_id="news", author_id="acc-2"),
    )
    verified = decide(case_of(submit(notice_body("post-1"))["id"]), removal())
    assert verified.json()["status"] == "pending_approval"
    assert verified.json()["approval_reasons"] == ["measure on a verified account"]

    tagged = client.post(
        "/api/v1/labels",
        json={"item": {"kind": "channel", "id": "news"}, "label": "journalism"},
        headers=staff("mod"),
    )
    assert tagged.status_code == 201, tagged.text
    protected = decide(case_of(submit(notice_body("post-2"))["id"]), removal())
    assert protected.json()["status"] == "pending_approval"
    assert protected.json()["approval_reasons"] == [
        "measure on an item with protected label(s): journalism"
    ]


def test_no_action_marks_manifestly_unfounded_notices_and_answers_the_notifier(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    notice = submit(notice_body("post-1", notifier={"name": "N", "email": "n@example.org"}))
    reply = decide(case_of(notice["id"]), no_action(manifestly_unfounded_notices=[notice["id"]]))
    assert reply.status_code == 201, reply.text
    assert reply.json()["status"] == "effective"
    assert reply.json()["enforcement"] == []
    status = client.get(
        urlsplit(notice["status_url"]).path + "?" + urlsplit(notice["status_url"]).query
    ).json()
    assert status["decision"]["outcome"] == "no_action"
    assert status["appeal"]["possible"] is True
    assert status["appeal"]["url"].startswith("http://testserver/console/public/appeals/new")
    container.nta.deliver_notifications()
    outcome = [m for m in container.nta.notifier.sent if "Decision" in m.subject]  # type: ignore[attr-defined]
    assert "decided not to act" in outcome[0].body
    assert "/console/public/appeals/new?token=" in outcome[0].body
    with container.database.reader() as session:
        from safeharbour.intake.models import Notice

        assert session.scalars(select(Notice.manifestly_unfounded)).one() is True


def test_an_items_history_lists_its_decisions_newest_first(
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    from safeharbour.review.queries import item_history

    with container.database.reader() as session:
        assert item_history(session, "post", "post-1") == []
    case_id = case_of(submit(notice_body("post-1"))["id"])
    assert decide(case_id, removal()).status_code == 201
    with container.database.reader() as session:
        [entry] = item_history(session, "post", "post-1")
        assert item_history(session, "post", "post-2") == []
    assert (entry["outcome"], entry["status"]) == ("action", "effective")
