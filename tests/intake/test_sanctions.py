"""Art. 23: warning, then suspension of a source of manifestly unfounded notices; accuracy."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safeharbour.bootstrap import Container
from tests.nta import CSAM, MINORS, audit_actions, no_action, notice_body, removal


def test_flagger_accuracy_is_the_share_of_decided_notices_upheld(
    client: Any,
    mirror: None,
    flagger: Callable[..., Any],
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    _, tf = flagger("Hotline")
    upheld = submit(notice_body("post-1"), headers=tf)
    rejected = submit(notice_body("post-2"), headers=tf)
    submit(notice_body("post-3"), headers=tf)  # undecided
    decide(case_of(upheld["id"]), removal())
    decide(case_of(rejected["id"]), no_action(manifestly_unfounded_notices=[rejected["id"]]))
    [line] = client.get("/api/v1/flaggers/accuracy", headers=staff("mod")).json()["flaggers"]
    assert line | {"flagger_id": None} == {
        "flagger_id": None,
        "name": "Hotline",
        "notices": 3,
        "decided": 2,
        "upheld": 1,
        "not_upheld": 1,
        "manifestly_unfounded": 1,
        "accuracy": 0.5,
    }
    own = client.get(f"/api/v1/notices/{rejected['id']}", headers=tf).json()
    assert own["status"] == "decided" and own["decision"]["outcome"] == "no_action"


def test_a_source_is_warned_then_suspended_then_lifted(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    who = {"name": "Q", "email": "Querulant@example.org"}
    first = submit(notice_body("post-1", notifier=who))
    decide(case_of(first["id"]), no_action(manifestly_unfounded_notices=[first["id"]]))
    senior = staff("sam", "senior_moderator")
    candidates = client.get("/api/v1/sanctions/candidates?min_unfounded=1", headers=senior).json()
    assert [c["manifestly_unfounded"] for c in candidates["sources"]] == [1]

    suspend = {
        "source": {"notice_id": first["id"]},
        "kind": "suspension",
        "ground": "manifestly_unfounded_notices",
        "reason": "Repeated reports of lawful criticism.",
        "until": "2026-07-01T00:00:00Z",
    }
    no_warning = client.post("/api/v1/sanctions", json=suspend, headers=senior)
    assert no_warning.status_code == 409  # Art. 23 needs a prior warning
    warn = client.post(
        "/api/v1/sanctions",
        json={**suspend, "kind": "warning", "until": None},
        headers=senior,
    )
    assert warn.status_code == 201, warn.text
    assert warn.json()["evidence"]["manifestly_unfounded"] == 1
    assert client.post("/api/v1/sanctions", json=suspend, headers=staff("mod")).status_code == 403
    suspended = client.post(
        "/api/v1/sanctions",
        json={**suspend, "source": {"email": "querulant@EXAMPLE.org"}},
        headers=senior,
    )
    assert suspended.status_code == 201, suspended.text
    assert suspended.json()["source"] == warn.json()["source"]  # the same person, by digest

    # Still received and answered, with the reason; not queued.
    ignored = submit(notice_body("post-2", notifier=who))
    assert ignored["status"] == "closed"
    assert "suspended" in ignored["next_steps"]
    status = client.get(f"/api/v1/notices/status?{ignored['status_url'].split('?')[1]}").json()
    assert status["suspension"]["until"] == "2026-07-01T00:00:00Z"
    assert client.get("/api/v1/cases", headers=senior).json()["cases"] == []
    # Child sexual abuse is looked at whatever the source.
    critical = submit(
        notice_body("post-2", notifier=who, category=MINORS, category_specification=[CSAM])
    )
    assert critical["status"] == "received"
    assert [c["tier"] for c in client.get("/api/v1/cases", headers=senior).json()["cases"]] == [2]

    lifted = client.post(
        f"/api/v1/sanctions/{suspended.json()['id']}/lift",
        json={"reason": "Complaint upheld: the notices were not manifestly unfounded."},
        headers=senior,
    )
    assert lifted.status_code == 200 and lifted.json()["active"] is False
    assert submit(notice_body("post-3", notifier=who))["status"] == "received"
    tags = [e.action for e in audit_actions(container, "intake:s")]
    assert tags == ["intake:source:warned", "intake:source:suspended", "intake:sanction:lifted"]
    entries = audit_actions(container, "intake:source:suspended")
    assert entries[0].snapshot["ground"] == "manifestly_unfounded_notices"
    assert "querulant" not in str([e.subjects for e in entries]).lower()


def test_anonymous_sources_cannot_be_sanctioned(
    client: Any, submit: Callable[..., Any], staff: Callable[..., Any]
) -> None:
    anonymous = submit(notice_body("post-1"))
    reply = client.post(
        "/api/v1/sanctions",
        json={
            "source": {"notice_id": anonymous["id"]},
            "kind": "warning",
            "ground": "manifestly_unfounded_notices",
            "reason": "x",
        },
        headers=staff("sam", "senior_moderator"),
    )
    assert reply.status_code == 422
    assert reply.json()["error"]["details"]["errors"][0]["field"] == "source.notice_id"
