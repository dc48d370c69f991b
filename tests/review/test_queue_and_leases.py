"""Queues ordered by an explained priority; leases so that no two moderators decide a case."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from safeharbour.bootstrap import Container
from tests import factories
from tests.nta import CSAM, IP, MINORS, audit_actions, notice_body, removal


def test_the_queue_orders_by_tier_then_score_and_explains_it(
    client: Any,
    ingest: Callable[..., None],
    submit: Callable[..., Any],
    flagger: Callable[..., Any],
    staff: Callable[..., Any],
    case_of: Callable[[str], str],
    clock: Any,
) -> None:
    ingest(
        factories.channel("tiny", subscribers=10),
        factories.channel("huge", subscribers=1_000_000),
        factories.post("post-small", channel_id="tiny"),
        factories.post("post-big", channel_id="huge"),
    )
    _, tf = flagger()
    small = submit(notice_body("post-small"))
    big = submit(notice_body("post-big"))
    trusted = submit(notice_body("post-tf", category=IP), headers=tf)
    critical = submit(notice_body("post-csam", category=MINORS, category_specification=[CSAM]))
    me = staff("mod")
    page = client.get("/api/v1/cases", headers=me).json()
    ids = [c["id"] for c in page["cases"]]
    assert ids == [case_of(n["id"]) for n in (critical, trusted, big, small)]
    assert [c["tier_reason"].split(":")[0] for c in page["cases"]] == [
        "critical",
        "trusted flagger",
        "normal",
        "normal",
    ]

    detail = client.get(f"/api/v1/cases/{case_of(big['id'])}", headers=me).json()
    priority = detail["priority"]
    components = {c["name"]: c for c in priority["components"]}
    assert set(components) == {"severity", "reach", "sources", "trusted_flagger", "urgency"}
    assert components["reach"]["value"] == round(1 + math.log10(1_000_001), 4)
    assert "1,000,000" in components["reach"]["why"]
    assert components["severity"]["value"] == 5
    product = math.prod(c["value"] for c in priority["components"])
    assert math.isclose(priority["score"], product, rel_tol=1e-4)
    assert "deadline in 72 h 00 min" in components["urgency"]["why"]

    # Time passing raises urgency; a deadline passed is shown as such.
    clock.advance(timedelta(hours=80))
    later = client.get(f"/api/v1/cases/{case_of(big['id'])}", headers=me).json()["priority"]
    assert later["score"] > priority["score"]
    assert "deadline passed 8 h 00 min ago" in later["components"][-1]["why"]
    counts = client.get("/api/v1/cases/counts", headers=me).json()
    assert counts["all"] == {"open": 4, "overdue": 4}
    assert counts["critical"]["open"] == 1

    # Pages follow the same order; queues filter by tier.
    first = client.get("/api/v1/cases?limit=3", headers=me).json()
    rest = client.get(f"/api/v1/cases?limit=3&after={first['next']}", headers=me).json()
    assert [c["id"] for c in first["cases"] + rest["cases"]] == ids
    assert rest["next"] is None
    only = client.get("/api/v1/cases?queue=trusted", headers=me).json()["cases"]
    assert [c["id"] for c in only] == [case_of(trusted["id"])]
    assert client.get("/api/v1/cases?queue=nope", headers=me).status_code == 422
    assert client.get("/api/v1/cases?after=garbage", headers=me).status_code == 422


def test_a_lease_keeps_a_second_moderator_out_until_it_expires(
    client: Any,
    container: Container,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    staff: Callable[..., Any],
    clock: Any,
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    alice, bob = staff("alice"), staff("bob")
    claim = client.post(f"/api/v1/cases/{case_id}/claim", headers=alice)
    assert claim.status_code == 200, claim.text
    assert claim.json()["lease"]["expires_at"] == "2026-06-01T12:15:00Z"

    conflict = client.post(f"/api/v1/cases/{case_id}/claim", headers=bob)
    assert conflict.status_code == 409
    assert conflict.json()["error"]["code"] == "conflict"
    assert conflict.json()["error"]["details"]["errors"][0]["field"] == "case_id"
    assert (
        client.post(f"/api/v1/cases/{case_id}/decision", json=removal(), headers=bob).status_code
        == 409
    )
    assert client.post(f"/api/v1/cases/{case_id}/release", headers=bob).status_code == 409
    # The "next case" view hides a case someone else holds; the holder still sees it.
    assert client.get("/api/v1/cases?available=true", headers=bob).json()["cases"] == []
    assert len(client.get("/api/v1/cases?available=true", headers=alice).json()["cases"]) == 1
    notice_status = client.get("/api/v1/notices", headers=bob).json()["notices"][0]["status"]
    assert notice_status == "in_review"

    # Renewal by the holder; then an abandoned lease expires and anyone may take the case.
    clock.advance(timedelta(minutes=10))
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=alice).status_code == 200
    clock.advance(timedelta(minutes=14))
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=bob).status_code == 409
    clock.advance(timedelta(minutes=2))
    taken = client.post(f"/api/v1/cases/{case_id}/claim", headers=bob)
    assert taken.status_code == 200, taken.text
    assert (
        client.post(f"/api/v1/cases/{case_id}/decision", json=removal(), headers=alice).status_code
        == 409
    )
    decided = client.post(f"/api/v1/cases/{case_id}/decision", json=removal(), headers=bob)
    assert decided.status_code == 201, decided.text
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=alice).status_code == 409

    claims = audit_actions(container, "review:case:claimed")
    assert [c.snapshot["renewed"] for c in claims] == [False, True, False]
    assert claims[-1].snapshot["took_over_expired_lease_of"] == claims[0].actor


def test_release_frees_the_case_and_deciding_needs_a_claim(
    client: Any,
    mirror: None,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    staff: Callable[..., Any],
) -> None:
    case_id = case_of(submit(notice_body("post-1"))["id"])
    alice, bob = staff("alice"), staff("bob")
    assert (
        client.post(f"/api/v1/cases/{case_id}/decision", json=removal(), headers=alice).status_code
        == 409
    )
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=alice).status_code == 200
    released = client.post(f"/api/v1/cases/{case_id}/release", headers=alice)
    assert released.status_code == 200 and released.json()["lease"] is None
    assert client.post(f"/api/v1/cases/{case_id}/claim", headers=bob).status_code == 200
    missing = "00000000-0000-4000-8000-000000000000"
    assert client.post(f"/api/v1/cases/{missing}/claim", headers=bob).status_code == 404
