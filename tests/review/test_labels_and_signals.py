"""Labels (audited, protected ones inherited by posts) and detection signals opening cases."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.kit.db import Actor
from safeharbour.kit.transactions import run_in_unit
from safeharbour.review import do_raise_signal
from tests import factories
from tests.nta import audit_actions, notice_body


def test_tagging_is_audited_and_posts_inherit_protected_labels_only(
    client: Any, container: Container, ingest: Callable[..., None], staff: Callable[..., Any]
) -> None:
    ingest(
        factories.account("acc-1"),
        factories.channel("news"),
        factories.post("post-1", channel_id="news", author_id="acc-1"),
    )
    mod = staff("mod")

    def tag(kind: str, ident: str, label: str) -> Any:
        return client.post(
            "/api/v1/labels",
            json={"item": {"kind": kind, "id": ident}, "label": label},
            headers=mod,
        )

    assert tag("channel", "news", "journalism").status_code == 201
    assert tag("channel", "news", "journalism").json()["changed"] is False  # idempotent
    assert tag("account", "acc-1", "political_speech").status_code == 201
    assert tag("channel", "news", "spam").status_code == 201
    assert tag("post", "post-1", "satire").status_code == 201
    assert tag("post", "post-1", "not_a_label").status_code == 422
    assert tag("url", "x", "satire").status_code == 422
    labels = client.get("/api/v1/labels?kind=post&id=post-1", headers=mod).json()["labels"]
    assert sorted((entry["label"], entry["source"]) for entry in labels) == [
        ("journalism", "channel"),
        ("political_speech", "author"),
        ("satire", "own"),
    ]
    removed = client.post(
        "/api/v1/labels/remove",
        json={"item": {"kind": "post", "id": "post-1"}, "label": "satire"},
        headers=mod,
    )
    assert removed.status_code == 200
    assert (
        client.post(
            "/api/v1/labels/remove",
            json={"item": {"kind": "post", "id": "post-1"}, "label": "satire"},
            headers=mod,
        ).status_code
        == 404
    )
    assert [e.action for e in audit_actions(container, "review:label")] == [
        "review:label:added"
    ] * 4 + ["review:label:removed"]
    assert (
        client.post(
            "/api/v1/labels",
            json={"item": {"kind": "post", "id": "post-1"}, "label": "satire"},
            headers=staff("tf", "auditor"),
        ).status_code
        == 403
    )


def test_a_detection_signal_opens_a_case_that_notices_then_join(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    signal = run_in_unit(
        container.database,
        lambda unit: do_raise_signal(
            unit,
            item_kind="post",
            item_id="post-1",
            source="detection:pdq",
            category="STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            keywords=["KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"],
            score=0.98,
            details={"bank": "ncmec", "distance": 12},
            policy=container.nta.review,
            actor=Actor("system", "detection"),
        ),
    )
    notice = submit(notice_body("post-1"))
    assert case_of(notice["id"]) == str(signal.case_id)
    detail = client.get(f"/api/v1/cases/{signal.case_id}", headers=staff("mod")).json()
    assert detail["tier"] == 2
    assert detail["signals"][0]["source"] == "detection:pdq"
    assert detail["signal_count"] == 1 and detail["notice_count"] == 1
    decision = decide(
        str(signal.case_id),
        {
            "outcome": "action",
            "category": "STATEMENT_CATEGORY_PROTECTION_OF_MINORS",
            "category_specification": ["KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL"],
            "explanation": "Known abuse material, confirmed by a moderator.",
            "automated_decision": "AUTOMATED_DECISION_PARTIALLY",
            "actions": [
                {
                    "kind": "remove_post",
                    "ground": {
                        "kind": "illegal_content",
                        "reference": "§ 184b StGB",
                        "explanation": "Child sexual abuse material.",
                    },
                }
            ],
        },
    )
    assert decision.status_code == 201, decision.text
    from urllib.parse import urlsplit

    [message] = container.nta.platform.messages_to("acc-1")  # type: ignore[attr-defined]
    url = urlsplit(message.args["url"])
    statement = client.get(f"/api/v1{url.path.removeprefix('/console/public')}?{url.query}").json()
    assert statement["elements"]["automated_means"] == {
        "detection": True,
        "decision": "AUTOMATED_DECISION_PARTIALLY",
    }
    assert statement["dsa"]["automated_detection"] == "Yes"
    assert "detected by automated means" in statement["text"]
