"""Golden replies of the contract routes: the exact bytes other tools parse.

The ingest reply, the notice receipt, a case, a decision and a public statement of reasons are
pinned byte for byte (key order, separators, number and time formats), so that moving a route
onto a response model, or changing a serializer, cannot change what a client receives without
this test saying so. Values that differ per run (ids, secret tokens) are replaced by named
placeholders before the comparison; everything else, including the fixed test clock's times,
is compared as is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from safeharbour.bootstrap import Container
from tests.nta import notice_body, removal

GOLDEN = Path(__file__).parent / "golden"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
EVIDENCE = re.compile(r'"evidence_sha256":"[0-9a-f]{64}"')
"""The evidence digest covers the snapshot's ids, so it differs per run like they do."""


def pinned(content: bytes, **secrets: str) -> str:
    """The body with each secret replaced by `<name>`, then every id by `<id:N>` (numbered in
    order of first appearance, so a reply naming the same id twice still shows it)."""
    text = content.decode()
    for name, value in secrets.items():
        text = text.replace(value, f"<{name}>")
    text = EVIDENCE.sub('"evidence_sha256":"<digest>"', text)
    ids: dict[str, int] = {}
    return UUID.sub(lambda m: f"<id:{ids.setdefault(m.group(0), len(ids) + 1)}>", text)


def check(name: str, content: bytes, backend: str = "", **secrets: str) -> None:
    """`golden/<name>.txt`, or `golden/<name>.<backend>.txt` where the bytes differ by
    database today (a public statement's stored JSON comes back from PostgreSQL's JSONB with
    its keys reordered)."""
    own = GOLDEN / f"{name}.{backend}.txt"
    path = own if own.exists() else GOLDEN / f"{name}.txt"
    expected = path.read_text(encoding="utf-8").rstrip("\n")
    assert pinned(content, **secrets) == expected


def test_ingest_notice_case_decision_and_statement_replies_keep_their_bytes(
    client: Any,
    container: Container,
    ingest: Callable[..., None],
    platform_key: str,
    submit: Callable[..., Any],
    case_of: Callable[[str], str],
    decide: Callable[..., Any],
    staff: Callable[..., Any],
) -> None:
    from tests import factories
    from tests.conftest import bearer

    events = [
        factories.account("acc-1"),
        factories.channel("chan-1", subscribers=100, public=True),
        factories.post("post-1", "first"),
    ]
    ingested = client.post("/api/v1/events", json={"events": events}, headers=bearer(platform_key))
    assert ingested.status_code == 200
    check("ingest_reply", ingested.content)

    receipt = client.post(
        "/api/v1/notices",
        json=notice_body("post-1", notifier={"name": "N", "email": "n@example.org"}),
    )
    assert receipt.status_code == 201
    token = urlsplit(receipt.json()["status_url"]).query.split("=", 1)[1]
    check("notice_receipt", receipt.content, token=token)

    case_id = case_of(receipt.json()["id"])
    decided = decide(case_id, removal())
    assert decided.status_code == 201
    check("decision", decided.content)

    case = client.get(f"/api/v1/cases/{case_id}", headers=staff("alice"))
    assert case.status_code == 200
    check("case", case.content)

    [message] = container.nta.platform.messages_to("acc-1")  # type: ignore[attr-defined]
    url = urlsplit(message.args["url"])
    statement_id = url.path.rsplit("/", 1)[1]
    statement = client.get(f"/api/v1/statements/{statement_id}?{url.query}")
    assert statement.status_code == 200
    backend = container.database.backend
    check("statement", statement.content, backend, token=url.query.split("=", 1)[1])
