"""`POST /api/v1/notices`: the receipt, validation, idempotency, trusted flaggers and scoping."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select, text

from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import Container
from safeharbour.intake.models import Notice
from safeharbour.review.models import Case
from tests.nta import CSAM, HATE, IP, MINORS, audit_actions, audit_text, notice_body


def notices_in_db(container: Container) -> int:
    with container.database.reader() as session:
        return int(session.scalar(select(func.count()).select_from(Notice)) or 0)


def test_a_notice_gets_a_receipt_with_an_absolute_secret_status_link(
    client: Any, container: Container, clock: Any
) -> None:
    reply = client.post("/api/v1/notices", json=notice_body("post-unknown-yet"))
    assert reply.status_code == 201, reply.text
    receipt = reply.json()
    assert set(receipt) >= {"id", "received_at", "status", "status_url"}
    assert receipt["status"] == "received"
    assert receipt["received_at"] == "2026-06-01T12:00:00Z"
    assert receipt["status_url"].startswith("http://testserver/api/v1/notices/status?token=")
    assert receipt["status_page_url"].startswith("http://testserver/console/public/notices/")
    assert "review queue" in receipt["next_steps"]
    assert reply.headers["Location"] == receipt["status_url"]

    url = urlsplit(receipt["status_url"])
    status = client.get(f"{url.path}?{url.query}")
    assert status.status_code == 200, status.text
    assert status.json()["id"] == receipt["id"]
    assert status.json()["status"] == "received"
    assert status.json()["item"] == {"kind": "post", "id": "post-unknown-yet"}

    token = url.query.split("=", 1)[1]
    with container.database.reader() as session:
        stored = session.scalars(select(Notice)).one()
        # Only the token's digest is stored; the token itself is nowhere in the row.
        assert token not in str({c.name: getattr(stored, c.key) for c in Notice.__table__.c})
    assert client.get("/api/v1/notices/status?token=wrong").status_code == 404

    entries = audit_actions(container, "intake:notice:received")
    assert len(entries) == 1
    assert entries[0].subjects["notice"] == receipt["id"]
    assert entries[0].actor == "anonymous:notifier"


def test_a_missing_location_or_unknown_category_is_a_422_naming_the_field(client: Any) -> None:
    body = notice_body()
    del body["location"]
    reply = client.post("/api/v1/notices", json=body)
    assert reply.status_code == 422
    assert reply.json()["error"]["code"] == "invalid_input"
    assert [e["field"] for e in reply.json()["error"]["details"]["errors"]] == ["location"]

    reply = client.post("/api/v1/notices", json=notice_body(category="STATEMENT_CATEGORY_NOPE"))
    assert reply.status_code == 422
    assert [e["field"] for e in reply.json()["error"]["details"]["errors"]] == ["category"]

    reply = client.post(
        "/api/v1/notices",
        json={
            "location": {"kind": "planet", "id": ""},
            "category_specification": [CSAM, "KEYWORD_DANGEROUS_TOYS"],
            "explanation": "  ",
            "notifier": {"name": "A", "email": "not-an-address"},
            "good_faith": False,
            "colour": "red",
        },
    )
    assert reply.status_code == 422
    fields = {e["field"] for e in reply.json()["error"]["details"]["errors"]}
    assert fields == {
        "colour",
        "location.kind",
        "location.id",
        "category",
        "category_specification.1",
        "explanation",
        "notifier.email",
        "good_faith",
    }
    assert (
        client.post(
            "/api/v1/notices", content=b"{", headers={"Content-Type": "application/json"}
        ).status_code
        == 400
    )


def test_urls_and_ids_the_mirror_does_not_know_are_accepted_and_resolved(
    client: Any, submit: Callable[..., Any], case_of: Callable[[str], str], container: Container
) -> None:
    by_url = submit(
        {
            "location": {"url": "https://Platform.example/posts/post-9/"},
            "category": HATE,
            "explanation": "x",
            "good_faith": True,
        }
    )
    by_id = submit(notice_body("post-9"))
    assert case_of(by_url["id"]) == case_of(by_id["id"])  # one item, one case

    other = submit(
        {
            "location": {"url": "https://elsewhere.example/some/page#frag"},
            "category": HATE,
            "explanation": "x",
            "good_faith": True,
        }
    )
    with container.database.reader() as session:
        case = session.get(Case, __import__("uuid").UUID(case_of(other["id"])))
        assert case is not None
        assert (case.item_kind, case.item_id) == ("url", "https://elsewhere.example/some/page")


def test_one_idempotency_key_creates_one_notice_anonymously(
    client: Any, container: Container
) -> None:
    body = notice_body()
    first = client.post("/api/v1/notices", json=body, headers={"Idempotency-Key": "k-1"})
    again = client.post("/api/v1/notices", json=body, headers={"Idempotency-Key": "k-1"})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert notices_in_db(container) == 1
    # Anonymous: the key is scoped by the body, so another body is simply another notice.
    other = client.post(
        "/api/v1/notices",
        json=notice_body(explanation="Another explanation."),
        headers={"Idempotency-Key": "k-1"},
    )
    assert other.status_code == 201
    assert other.json()["id"] != first.json()["id"]
    assert notices_in_db(container) == 2


def test_a_flagger_reusing_its_key_for_another_body_gets_409(
    client: Any, container: Container, flagger: Callable[..., Any]
) -> None:
    _, headers = flagger()
    body = notice_body()
    first = client.post("/api/v1/notices", json=body, headers={**headers, "Idempotency-Key": "a"})
    again = client.post("/api/v1/notices", json=body, headers={**headers, "Idempotency-Key": "a"})
    assert first.status_code == again.status_code == 201
    assert again.json()["id"] == first.json()["id"]
    conflict = client.post(
        "/api/v1/notices",
        json=notice_body(explanation="changed"),
        headers={**headers, "Idempotency-Key": "a"},
    )
    assert conflict.status_code == 409
    assert conflict.json()["error"]["details"]["errors"][0]["field"] == "Idempotency-Key"
    assert notices_in_db(container) == 1
    # Another flagger may use the same key: the scope is the caller.
    _, other = flagger("Other NGO")
    assert (
        client.post("/api/v1/notices", json=body, headers={**other, "Idempotency-Key": "a"}).json()[
            "id"
        ]
        != first.json()["id"]
    )
    assert (
        client.post(
            "/api/v1/notices", json=body, headers={"Authorization": "Bearer nope"}
        ).status_code
        == 401
    )


def test_trusted_flagger_notices_get_priority_and_their_sla(
    client: Any,
    flagger: Callable[..., Any],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    staff: Callable[..., Any],
    make_key: Callable[..., str],
) -> None:
    flagger_id, headers = flagger()
    critical = submit(
        notice_body("post-a", category=MINORS, category_specification=[CSAM]), headers=headers
    )
    normal = submit(notice_body("post-b", category=IP), headers=headers)
    public = submit(notice_body("post-c", category=IP))
    me = staff("reader", "auditor")
    due = {
        name: client.get(f"/api/v1/notices/{n['id']}", headers=me).json()
        for name, n in (("critical", critical), ("normal", normal), ("public", public))
    }
    assert due["critical"]["sla_due_at"] == "2026-06-01T13:00:00Z"  # 1 hour
    assert due["normal"]["sla_due_at"] == "2026-06-02T12:00:00Z"  # 24 hours
    assert due["public"]["sla_due_at"] == "2026-06-04T12:00:00Z"  # 72 hours (default)
    assert due["critical"]["source_type"] == "SOURCE_TRUSTED_FLAGGER"
    assert due["public"]["source_type"] == "SOURCE_ARTICLE_16"

    queue = client.get("/api/v1/cases", headers=me).json()["cases"]
    assert [c["item"]["id"] for c in queue] == ["post-a", "post-b", "post-c"]
    assert [c["tier"] for c in queue] == [2, 1, 0]

    # A per-flagger SLA (admin only) applies to the flagger's later notices.
    admin = {"Authorization": f"Bearer {make_key('admin')}"}
    sla = client.post(
        f"/api/v1/flaggers/{flagger_id}/sla",
        json={"critical_minutes": 30, "default_minutes": 240},
        headers=admin,
    )
    assert sla.status_code == 200, sla.text
    later = submit(notice_body("post-d", category=IP), headers=headers)
    assert client.get(f"/api/v1/notices/{later['id']}", headers=me).json()["sla_due_at"] == (
        "2026-06-01T16:00:00Z"
    )
    assert (
        client.post(
            f"/api/v1/flaggers/{flagger_id}/sla", json={"critical_minutes": 30}, headers=me
        ).status_code
        == 403
    )


def test_flaggers_cannot_see_each_others_notices_on_any_route(
    app: Any,
    client: Any,
    flagger: Callable[..., Any],
    submit: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    _, alpha = flagger("Alpha")
    _, beta = flagger("Beta")
    mine = submit(notice_body("post-1"), headers=alpha)
    theirs = submit(notice_body("post-2", explanation="Beta's own words."), headers=beta)

    # Every route guarded by the notice-read permission, walked from the OpenAPI document.
    routes = [
        (path, method)
        for path, item in app.openapi()["paths"].items()
        for method, spec in item.items()
        if spec.get("x-permission") == Permission.NOTICES_READ.value
    ]
    assert {p for p, _ in routes} >= {
        "/api/v1/notices",
        "/api/v1/notices/{notice_id}",
        "/api/v1/flaggers/accuracy",
    }
    for path, method in routes:
        assert method == "get", path
        url = path.replace("{notice_id}", theirs["id"])
        reply = client.get(url, headers=alpha)
        assert theirs["id"] not in reply.text, path
        assert "Beta" not in reply.text, path
        if "{notice_id}" in path:
            assert reply.status_code == 404, path
            assert (
                client.get(path.replace("{notice_id}", mine["id"]), headers=alpha).status_code
                == 200
            )
        else:
            assert reply.status_code == 200, path

    own = client.get("/api/v1/notices", headers=alpha).json()["notices"]
    assert [n["id"] for n in own] == [mine["id"]]
    accuracy = client.get("/api/v1/flaggers/accuracy", headers=alpha).json()["flaggers"]
    assert [a["name"] for a in accuracy] == ["Alpha"]
    # Staff see everything.
    everything = client.get("/api/v1/notices", headers=staff("mod")).json()["notices"]
    assert {n["id"] for n in everything} == {mine["id"], theirs["id"]}
    # A platform key has no notice access at all.
    assert client.get("/api/v1/notices", headers=staff("plat", "platform")).status_code == 403


def test_notifier_contact_is_encrypted_answered_and_never_audited_or_shown(
    client: Any,
    container: Container,
    submit: Callable[..., Any],
    staff: Callable[..., Any],
    case_of: Callable[[str], str],
) -> None:
    receipt = submit(
        notice_body(notifier={"name": "Erika Mustermann", "email": "erika@example.org"})
    )
    with container.database.reader() as session:
        raw = session.execute(text("SELECT * FROM notices")).mappings().one()
    assert "erika" not in str(dict(raw)).lower()
    assert "erika" not in audit_text(container).lower()
    case = client.get(f"/api/v1/cases/{case_of(receipt['id'])}", headers=staff("mod"))
    assert "erika" not in case.text.lower()
    assert case.json()["notices"][0]["notifier_given"] is True

    # The receipt e-mail (Art. 16(4)) is sent after commit, with the status link.
    assert container.nta.deliver_notifications() == 1
    sent = container.nta.notifier.sent  # type: ignore[attr-defined]
    assert [m.to for m in sent] == ["erika@example.org"]
    assert receipt["status_page_url"] in sent[0].body
    with container.database.reader() as session:
        row = session.execute(text("SELECT * FROM notifications")).mappings().one()
    assert row["status"] == "sent"
    assert row["recipient_encrypted"] is None and row["body_encrypted"] is None


def test_a_repeat_after_the_decision_answers_the_current_status(
    client: Any,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    mirror: None,
    clock: Any,
) -> None:
    body = notice_body("post-1")
    first = client.post("/api/v1/notices", json=body, headers={"Idempotency-Key": "z"}).json()
    from tests.nta import removal

    assert decide(case_of(first["id"]), removal()).status_code == 201
    clock.advance(timedelta(minutes=5))
    again = client.post("/api/v1/notices", json=body, headers={"Idempotency-Key": "z"}).json()
    assert again["id"] == first["id"]
    assert again["status"] == "decided"
    assert again["received_at"] == first["received_at"]
