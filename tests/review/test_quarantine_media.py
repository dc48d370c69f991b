"""Quarantining a post's media: one platform call per media item, a statement of reasons for
the post, reversal on appeal; the moderator console offers it only for a post with media."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from safeharbour.bootstrap import Container
from safeharbour.consoles.moderator import decision_from_form
from safeharbour.detection.rules.schema import ActOutcome
from safeharbour.review.schemas import ActionKind
from tests import factories
from tests.nta import HATE, notice_body, removal
from tests.review.test_consoles import make_user, sign_in  # noqa: F401 (fixture)

IMAGES = [
    {"id": "m1", "kind": "image", "mime": "image/jpeg", "sha256": "ab" * 32},
    {"id": "m2", "kind": "image", "mime": "image/png", "sha256": "cd" * 32},
]


def quarantine(**overrides: Any) -> dict[str, Any]:
    action = {
        "kind": "quarantine_media",
        "ground": {
            "kind": "terms_of_service",
            "reference": "ToS 3.1",
            "explanation": "The images show graphic violence.",
        },
        **overrides,
    }
    return removal(actions=[action])


@pytest.fixture
def with_media(mirror: None, ingest: Callable[..., None]) -> None:
    """post-3 by acc-1 with two images (post-1 and post-2 of the mirror have none)."""
    ingest(factories.post("post-3", "look at this", media=IMAGES))


def test_quarantine_calls_the_platform_per_media_item_and_an_appeal_releases_them(
    client: Any,
    container: Container,
    with_media: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    reply = decide(case_of(submit(notice_body("post-3"))["id"]), quarantine())
    assert reply.status_code == 201, reply.text
    decision = reply.json()
    assert decision["status"] == "effective"
    [action] = decision["actions"]
    assert (action["kind"], action["target"]) == (
        "quarantine_media",
        {"kind": "post", "id": "post-3"},
    )
    assert action["affected_account_id"] == "acc-1"
    calls = [e for e in decision["enforcement"] if e["kind"] == "quarantine_media"]
    assert sorted((c["target"]["kind"], c["target"]["id"], c["status"]) for c in calls) == [
        ("media", "m1", "applied"),
        ("media", "m2", "applied"),
    ]
    [notify] = [e for e in decision["enforcement"] if e["kind"] == "notify_user"]
    assert notify["status"] == "applied"

    platform = container.nta.platform
    assert platform.state_of("m1") == ["quarantine_media"]  # type: ignore[attr-defined]
    assert platform.state_of("m2") == ["quarantine_media"]  # type: ignore[attr-defined]
    assert platform.state_of("post-3") == []  # type: ignore[attr-defined] # the text stays
    sent = [c for c in platform.calls if c.kind == "quarantine_media"]  # type: ignore[attr-defined]
    # Each item under its own idempotency key: the id of its planned call.
    assert sorted((c.target, c.idempotency_key) for c in sent) == sorted(
        (c["target"]["id"], c["id"]) for c in calls
    )

    # One statement of reasons, for the post: a visibility restriction (access disabled).
    [message] = platform.messages_to("acc-1")  # type: ignore[attr-defined]
    assert message.args["notify"] == "statement_of_reasons"
    url = urlsplit(message.args["url"])
    statement_id = url.path.rsplit("/", 1)[1]
    statement = client.get(f"/api/v1/statements/{statement_id}?{url.query}").json()
    assert statement["elements"]["decision"]["type"] == "quarantine_media"
    assert statement["elements"]["decision"]["item"] == {"kind": "post", "id": "post-3"}
    assert "quarantine" in statement["text"] and "ToS 3.1" in statement["text"]
    assert statement["dsa"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    assert statement["dsa"]["content_type"] == ["CONTENT_TYPE_TEXT", "CONTENT_TYPE_IMAGE"]

    # The author appeals; another moderator reverses: each quarantine is undone by `reverse`.
    token = parse_qs(url.query)["token"][0]
    appeal = client.post(
        "/api/v1/appeals", json={"token": token, "explanation": "It is news footage."}
    )
    assert appeal.status_code == 201, appeal.text
    decided = client.post(
        f"/api/v1/appeals/{appeal.json()['id']}/decision",
        json={"outcome": "reversed", "reasoning": "Documentary footage of public interest."},
        headers=staff("bob"),
    )
    assert decided.status_code == 200, decided.text
    assert decided.json()["decision"]["status"] == "reversed"
    reversals = [e for e in decided.json()["decision"]["enforcement"] if e["kind"] == "reverse"]
    assert sorted((r["target"]["id"], r["reverses"], r["status"]) for r in reversals) == sorted(
        (c["target"]["id"], c["id"], "applied") for c in calls
    )
    assert platform.state_of("m1") == []  # type: ignore[attr-defined]
    assert platform.state_of("m2") == []  # type: ignore[attr-defined]
    outcomes = [m.args["notify"] for m in platform.messages_to("acc-1")]  # type: ignore[attr-defined]
    assert outcomes == ["statement_of_reasons", "appeal_outcome"]


def test_a_post_without_media_cannot_be_quarantined_and_the_error_names_the_field(
    mirror: None,
    container: Container,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
) -> None:
    reply = decide(case_of(submit(notice_body("post-1"))["id"]), quarantine())
    assert reply.status_code == 422
    [error] = reply.json()["error"]["details"]["errors"]
    assert error["field"] == "actions.0.kind"
    assert "no media" in error["message"]
    wrong = decide(
        case_of(submit(notice_body("post-2"))["id"]),
        quarantine(target={"kind": "account", "id": "acc-1"}),
        who="carol",
    )
    assert wrong.status_code == 422
    assert wrong.json()["error"]["details"]["errors"][0]["field"] == "actions.0.target.kind"
    assert container.nta.platform.calls == []  # type: ignore[attr-defined]


def test_the_console_offers_quarantine_only_for_a_post_with_media(
    client: Any,
    with_media: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    make_user: Callable[..., Any],  # noqa: F811
) -> None:
    with_images = case_of(submit(notice_body("post-3"))["id"])
    text_only = case_of(submit(notice_body("post-1"))["id"])
    make_user("mod@example.org", "moderator")
    sign_in(client, "mod@example.org")
    offered = 'name="measure" value="quarantine_media" data-key="m"'
    assert offered in client.get(f"/console/moderator/cases/{with_images}").text
    assert offered not in client.get(f"/console/moderator/cases/{text_only}").text

    decision = decision_from_form(
        {
            "measure": "quarantine_media",
            "category": HATE,
            "explanation": "Facts.",
            "ground_kind": "terms_of_service",
            "ground_reference": "ToS 3.1",
            "ground_explanation": "Why.",
        }
    )
    assert [a.kind for a in decision.actions] == [ActionKind.QUARANTINE_MEDIA]


def test_a_detection_rule_may_quarantine_media_and_removal_stays_the_default() -> None:
    assert ActOutcome().actions == [ActionKind.REMOVE_POST]
    both = ActOutcome.model_validate({"actions": ["quarantine_media", "remove_post"]})
    assert both.actions == [ActionKind.QUARANTINE_MEDIA, ActionKind.REMOVE_POST]
