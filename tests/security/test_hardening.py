"""Regression tests of the hardening findings: each failed (a 500, a leak, a count) before its
fix and passes after, on SQLite and PostgreSQL.

- downloads named in any script (`web/downloads.py`),
- bad values refused as 4xx naming the field (`kit/values.py`),
- a refused disclosure download leaves no count and no audit entry,
- media shown in an `<img>` only from this site (`kit/links.same_origin_path`),
- event times bounded ahead of the clock on every ingest path.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from safeharbour.audit.models import AuditEntry
from safeharbour.authz.roles import Role
from safeharbour.bootstrap import Container
from safeharbour.intake.models import Account, Post
from safeharbour.intake.schemas import parse_events
from safeharbour.integrations.matrix.ingest import ingest_transaction
from safeharbour.kit.clock import ManualClock, parse_rfc3339, rfc3339
from safeharbour.kit.db import Actor
from safeharbour.kit.links import same_origin_path
from safeharbour.kit.transactions import run_in_unit
from safeharbour.kit.values import check_http_url, check_instant
from safeharbour.legal.assessment.schemas import parse_request
from safeharbour.legal.gateway import (
    LegalDisclosure,
    LegalRequestAttachment,
    do_approve_disclosure,
    do_prepare_disclosure,
)
from safeharbour.web.downloads import ascii_fallback, content_disposition
from tests import factories
from tests.conftest import bearer
from tests.legal.gateway.conftest import Agent, removal_order
from tests.legal.gateway.test_answers import EMERGENCY
from tests.nta import notice_body
from tests.security.browsers import close, signed_in_browser

OFFICER = "/api/v1/legal/officer/requests"
Headers = dict[str, str]


def _fields(reply: Any) -> list[str]:
    body = reply.json()
    assert set(body) == {"error"} and {"code", "message", "details"} <= set(body["error"])
    return [e["field"] for e in body["error"]["details"]["errors"]]


@pytest.fixture
def platform(make_key: Callable[..., str]) -> Headers:
    return bearer(make_key("platform"))


@pytest.fixture
def officer(make_key: Callable[..., str]) -> Headers:
    return bearer(make_key("legal_officer"))


# -- attachments named in any script ---------------------------------------------------------
NAMES = [
    "order.pdf",
    "Überweisung€报告.pdf",
    "Постановление суда.pdf",
    "أمر المحكمة.pdf",
    "裁判所命令書.pdf",
    'the "urgent" order.pdf',
    "line\nbreak\r\nname.pdf",
    "semi;colon,comma%25.pdf",
]


def _disposition_name(header: str) -> str:
    """The file name a browser saves as: `filename*` (RFC 8187) when present."""
    match = re.search(r"filename\*=UTF-8''([^;\s]+)", header)
    assert match is not None, header
    return unquote(match.group(1), encoding="utf-8", errors="strict")


@pytest.mark.parametrize("name", NAMES)
def test_content_disposition_carries_any_name_in_latin_1_safe_ascii(name: str) -> None:
    header = content_disposition(name)
    header.encode("latin-1")  # what Starlette does with every header value
    assert header.isascii() and "\n" not in header and "\r" not in header
    expected = "".join(ch for ch in name if ch.isprintable()).strip()
    assert _disposition_name(header) == expected
    fallback = header.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback == ascii_fallback(name) and fallback.endswith(".pdf")
    assert '"' not in fallback and "\\" not in fallback


def test_attachments_named_in_any_script_are_accepted_stored_and_downloaded_byte_identical(
    client: Any,
    container: Container,
    make_agent: Any,
    officer: Headers,
) -> None:
    agent: Agent = make_agent()
    contents = [b"%PDF-1.7\n" + f"attachment {i}".encode() * 20 for i in range(len(NAMES))]
    body = removal_order(
        attachments=[
            {
                "filename": name,
                "content_type": "application/pdf",
                "content_base64": base64.b64encode(content).decode(),
            }
            for name, content in zip(NAMES, contents, strict=True)
        ]
    )
    reply = agent.submit(client, body)
    assert reply.status_code == 201, reply.text
    request_id = reply.json()["id"]
    with container.database.reader() as session:
        rows = session.scalars(
            select(LegalRequestAttachment).order_by(LegalRequestAttachment.position)
        ).all()
    assert len(rows) == len(NAMES)
    for row, name, content in zip(rows, NAMES, contents, strict=True):
        download = client.get(f"{OFFICER}/{request_id}/attachments/{row.id}", headers=officer)
        assert download.status_code == 200, (name, download.text[:200])
        assert download.content == content
        assert _disposition_name(download.headers["content-disposition"]) == row.filename
        # The stored name is the sent one without control characters (the newline case).
        assert row.filename == "".join(ch for ch in name if ch.isprintable()).strip()


# -- bad values: 4xx naming the field, never a 500 --------------------------------------------
def test_shared_value_checks_refuse_the_reported_values_with_a_value_error() -> None:
    for bad in ("9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00", "2027-01-01T00:00:00"):
        with pytest.raises(ValueError):
            check_instant(bad)
        with pytest.raises(ValueError):
            parse_rfc3339(bad)
    assert rfc3339(check_instant("2026-06-01T14:00:00+02:00")) == "2026-06-01T12:00:00Z"
    for bad_url in ("http://[::1", "http://example.org:99999/", "//evil.example/x", "ftp://x.y"):
        with pytest.raises(ValueError):
            check_http_url(bad_url)


def test_a_gag_order_until_9999_is_refused_by_the_engine_and_the_gateway(
    client: Any,
    make_agent: Any,
) -> None:
    from safeharbour.kit.errors import InvalidInput

    with pytest.raises(InvalidInput) as refused:
        parse_request(
            {
                "type": "user_data",
                "authority": {"name": "BKA", "country": "DE", "kind": "police"},
                "targets": [{"kind": "account", "id": "acc-1"}],
                "gag_order": True,
                "gag_order_until": "9999-12-31",
            }
        )
    assert "gag_order_until" in [e.field for e in refused.value.errors]
    agent: Agent = make_agent()
    reply = agent.submit(client, removal_order(gag_order=True, gag_order_until="9999-12-31"))
    assert reply.status_code == 422, reply.text
    assert "gag_order_until" in _fields(reply)


def test_a_target_url_that_urlsplit_cannot_read_is_a_422_naming_it(
    client: Any,
    make_agent: Any,
) -> None:
    agent: Agent = make_agent()
    reply = agent.submit(client, removal_order(targets=[{"url": "http://[::1"}]))
    assert reply.status_code == 422, reply.text
    assert "targets.0.url" in _fields(reply)
    notice = client.post("/api/v1/notices", json=notice_body(location={"url": "http://[::1/post"}))
    assert notice.status_code == 422, notice.text
    assert _fields(notice) == ["location.url"]


def test_the_authority_console_form_refuses_a_far_gag_date_and_a_broken_link(
    app: Any,
    container: Container,
    clock: ManualClock,
    make_agent: Any,
) -> None:
    agent: Agent = make_agent()
    browser = signed_in_browser(app, container, clock, Role.AUTHORITY, agency_id=agent.id)
    try:
        form = browser.get("/console/authority/new")
        assert form.status_code == 200
        hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.text))
        base = {
            **hidden,
            "type": "removal_order",
            "statement": "The post incites violence against a named group.",
            "legal_instrument": "dsa_art9",
            "legal_basis": "§ 130 StGB",
            "reference": "BKA-1",
        }
        far = browser.post(
            "/console/authority/new",
            data={
                **base,
                "targets": "post:post-1",
                "gag_order": "true",
                "gag_order_until": "9999-12-31",
            },
        )
        assert far.status_code == 422, far.text[:300]
        assert "9000" in far.text and 'id="f-gag_order_until"' in far.text
        fresh = dict(
            re.findall(
                r'<input type="hidden" name="(\w+)" value="([^"]*)"',
                browser.get("/console/authority/new").text,
            )
        )
        broken = browser.post(
            "/console/authority/new", data={**base, **fresh, "targets": "http://[::1"}
        )
        assert broken.status_code == 422, broken.text[:300]
        assert "not a valid URL" in broken.text
    finally:
        close(browser)


def test_a_hold_until_a_time_without_zone_is_a_422_naming_held_until(
    client: Any, officer: Headers
) -> None:
    reply = client.post(
        "/api/v1/legal/holds",
        headers=officer,
        json={
            "subject_kind": "channel",
            "subject_id": "chan-1",
            "reason": "preservation",
            "held_until": "2027-01-01T00:00:00",
        },
    )
    assert reply.status_code == 422, reply.text
    assert _fields(reply) == ["held_until"]


def test_an_account_created_at_the_end_of_time_is_a_422_naming_the_field(
    client: Any, platform: Headers
) -> None:
    event = factories.account("acc-9", created_at="9999-12-31T23:59:59-14:00")
    reply = client.post("/api/v1/events", json={"events": [event]}, headers=platform)
    assert reply.status_code == 422, reply.text
    assert _fields(reply) == ["events.0.data.created_at"]


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/api/v1/sanctions/candidates?min_unfounded=99999999999999999999", "min_unfounded"),
        ("/api/v1/audit/entries?after_seq=99999999999999999999", "after_seq"),
        ("/api/v1/notices?before=9999-12-31T23:59:59-14:00", "before"),
    ],
)
def test_query_values_beyond_what_the_database_holds_are_a_422_naming_them(
    client: Any, make_key: Callable[..., str], path: str, field: str
) -> None:
    reply = client.get(path, headers=bearer(make_key("admin")))
    assert reply.status_code == 422, reply.text
    assert _fields(reply) == [field]


# -- a refused disclosure download is neither counted nor audited ------------------------------
ALICE = Actor("user", "officer-alice", "legal_officer")
BOB = Actor("user", "officer-bob", "legal_officer")


@pytest.fixture
def released(
    client: Any,
    container: Container,
    make_agent: Any,
    officer: Headers,
    platform: Headers,
) -> tuple[Agent, uuid.UUID, uuid.UUID, uuid.UUID]:
    """A released package for request A, and another request B of the same agency."""
    client.post("/api/v1/events", json={"events": [factories.account("acc-5")]}, headers=platform)
    agent: Agent = make_agent(callback_phone="+49 611 55-0")
    first = uuid.UUID(agent.submit(client, EMERGENCY).json()["id"])
    confirmed = client.post(
        f"{OFFICER}/{first}/callback", json={"outcome": "confirmed"}, headers=officer
    )
    assert confirmed.status_code == 200, confirmed.text
    other = uuid.UUID(
        agent.submit(client, {**EMERGENCY, "statement": "Another case."}).json()["id"]
    )
    package = run_in_unit(
        container.database,
        lambda unit: do_prepare_disclosure(
            unit, first, fields=["subscriber_info"], cipher=container.keys.cipher, actor=ALICE
        ),
    )
    run_in_unit(
        container.database,
        lambda unit: do_approve_disclosure(
            unit, package.id, signer=container.keys.signer, actor=BOB
        ),
    )
    return agent, first, other, package.id


def _downloads(container: Container, package_id: uuid.UUID) -> tuple[int, int]:
    with container.database.reader() as session:
        row = session.get(LegalDisclosure, package_id)
        audited = session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "legal:disclosure:downloaded")
        )
    assert row is not None
    return row.downloads, int(audited or 0)


def test_a_disclosure_asked_for_under_another_request_is_a_404_without_count_or_audit(
    app: Any,
    client: Any,
    container: Container,
    clock: ManualClock,
    released: tuple[Agent, uuid.UUID, uuid.UUID, uuid.UUID],
) -> None:
    agent, first, other, package_id = released
    browser = signed_in_browser(app, container, clock, Role.AUTHORITY, agency_id=agent.id)
    try:
        wrong = browser.get(f"/console/authority/requests/{other}/disclosures/{package_id}")
        assert wrong.status_code == 404, wrong.text[:300]
        assert _downloads(container, package_id) == (0, 0)
        api_wrong = agent.get(client, f"/api/v1/legal/requests/{other}/disclosures/{package_id}")
        assert api_wrong.status_code == 404
        assert _downloads(container, package_id) == (0, 0)
        right = browser.get(f"/console/authority/requests/{first}/disclosures/{package_id}")
        assert right.status_code == 200, right.text[:300]
        assert right.json()["package"]["request_id"] == str(first)
        assert _disposition_name(right.headers["content-disposition"]).endswith(".json")
        assert _downloads(container, package_id) == (1, 1)
    finally:
        close(browser)


# -- media in an <img> only from this site ----------------------------------------------------
@pytest.mark.parametrize(
    ("url", "same_origin"),
    [
        ("/media/1.png", True),
        ("/console/static/x.png?v=2", True),
        ("//evil.example/x.png", False),
        ("/\\evil.example/x.png", False),
        ("/\t/evil.example/x.png", False),
        ("https://evil.example/x.png", False),
        ("javascript:alert(1)", False),
        ("mxc://matrix.example/abc", False),
        ("media/1.png", False),
        ("", False),
        (None, False),
    ],
)
def test_same_origin_path(url: Any, same_origin: bool) -> None:
    assert same_origin_path(url) is same_origin


def test_the_case_page_shows_only_same_origin_media_in_an_img(
    app: Any,
    client: Any,
    container: Container,
    clock: ManualClock,
    platform: Headers,
    make_key: Any,
) -> None:
    media = [
        {"id": "m-evil", "kind": "image", "mime": "image/png", "url": "//evil.example/x.png"},
        {"id": "m-ok", "kind": "image", "mime": "image/png", "url": "/media/ok.png"},
    ]
    events = [
        factories.account("acc-1"),
        factories.channel("chan-1"),
        factories.post("post-1", media=media),
    ]
    assert (
        client.post("/api/v1/events", json={"events": events}, headers=platform).status_code == 200
    )
    notice = client.post("/api/v1/notices", json=notice_body("post-1")).json()
    case_id = client.get(
        f"/api/v1/notices/{notice['id']}", headers=bearer(make_key("auditor"))
    ).json()["case_id"]
    browser = signed_in_browser(app, container, clock, Role.MODERATOR)
    try:
        page = browser.get(f"/console/moderator/cases/{case_id}")
        assert page.status_code == 200
        assert 'src="/media/ok.png"' in page.text
        assert "evil.example" not in page.text.split("<img", 1)[-1].split(">", 1)[0]
        assert 'src="//evil.example' not in page.text
    finally:
        close(browser)


# -- event times bounded ahead of the clock ---------------------------------------------------
def _at(clock: ManualClock, ahead: timedelta) -> str:
    return rfc3339(clock.now() + ahead)


def test_an_event_dated_beyond_the_allowed_skew_is_a_422_naming_occurred_at(
    client: Any, container: Container, clock: ManualClock, platform: Headers
) -> None:
    soon = factories.account("acc-1", at=_at(clock, timedelta(hours=23)))
    late = factories.account("acc-2", at=_at(clock, timedelta(hours=25)))
    reply = client.post("/api/v1/events", json={"events": [soon, late]}, headers=platform)
    assert reply.status_code == 422, reply.text
    assert _fields(reply) == ["events.1.occurred_at"]
    with container.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0
    ok = client.post("/api/v1/events", json={"events": [soon]}, headers=platform)
    assert ok.status_code == 200, ok.text
    # A real update after the refused one still applies: the row is not frozen.
    update = factories.account(
        "acc-1", verified=True, at=_at(clock, timedelta(hours=23, minutes=1))
    )
    assert (
        client.post("/api/v1/events", json={"events": [update]}, headers=platform).status_code
        == 200
    )
    with container.database.reader() as session:
        account = session.get(Account, "acc-1")
        assert account is not None and account.verified


def test_the_skew_is_a_setting(
    tmp_path: Any, database_url: str, clock: ManualClock, make_key: Any
) -> None:
    from fastapi.testclient import TestClient

    from safeharbour.bootstrap import build_container
    from safeharbour.config import Settings
    from safeharbour.web.app import create_app

    settings = Settings(
        data_dir=tmp_path / "strict",
        database_url=database_url,
        scheduler_enabled=False,
        ingest_max_future_seconds=3600,
    )
    strict = build_container(settings, clock=clock)
    try:
        from safeharbour.authz.keys import do_create_api_key
        from safeharbour.kit.db import SYSTEM

        key = run_in_unit(
            strict.database,
            lambda unit: do_create_api_key(unit, role="platform", owner_id=None, actor=SYSTEM),
        ).secret
        with TestClient(create_app(strict)) as strict_client:
            event = factories.account("acc-1", at=_at(clock, timedelta(hours=2)))
            reply = strict_client.post(
                "/api/v1/events", json={"events": [event]}, headers=bearer(key)
            )
        assert reply.status_code == 422, reply.text
        assert _fields(reply) == ["events.0.occurred_at"]
    finally:
        strict.close()


def test_the_cli_refuses_a_file_with_a_far_future_event_and_stores_nothing(
    container: Container, clock: ManualClock, tmp_path: Any, settings: Any
) -> None:
    import orjson
    from typer.testing import CliRunner

    from safeharbour.cli.app import app as cli_app

    path = tmp_path / "events.jsonl"
    good = factories.account("acc-1")
    far = factories.account("acc-2", at="2030-01-01T00:00:00Z")
    path.write_bytes(orjson.dumps(good) + b"\n" + orjson.dumps(far) + b"\n")
    runner = CliRunner()
    env = {
        "SAFEHARBOUR_DATABASE_URL": settings.database_url,
        "SAFEHARBOUR_SCHEDULER_ENABLED": "false",
    }
    result = runner.invoke(
        cli_app, ["ingest", str(path), "--data-dir", str(settings.data_dir)], env=env
    )
    assert result.exit_code == 2, result.output
    assert "occurred_at" in result.output
    with container.database.reader() as session:
        assert session.scalar(select(func.count()).select_from(Account)) == 0


def test_matrix_leaves_out_a_far_future_event_and_ingests_the_rest(
    container: Container, clock: ManualClock
) -> None:
    def event(event_id: str, ts: float) -> dict[str, Any]:
        return {
            "event_id": event_id,
            "type": "m.room.message",
            "room_id": "!room:example.org",
            "sender": "@alice:example.org",
            "origin_server_ts": int(ts * 1000),
            "content": {"msgtype": "m.text", "body": f"hello {event_id}"},
        }

    now = clock.now().timestamp()
    result = ingest_transaction(
        container.tx,
        [event("$ok", now), event("$far", now + 3 * 86400)],
        download=lambda mxc: None,
    )
    assert result.skipped >= 1
    with container.database.reader() as session:
        posts = set(session.scalars(select(Post.id)))
    assert any("$ok" in p for p in posts) and not any("$far" in p for p in posts)


def test_parse_events_alone_does_not_need_a_clock() -> None:
    """The bound needs `now`, so it lives in the action every path calls, not the parser."""
    events = parse_events([factories.account("acc-1", at="2030-01-01T00:00:00Z")], max_events=1)
    assert events[0].occurred_at.year == 2030
