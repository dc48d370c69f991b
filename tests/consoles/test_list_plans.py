"""The console lists' pages are index range scans: no full scan of the table, no sort.

SQLite: `EXPLAIN QUERY PLAN` names the index and has no temporary B-tree for the ORDER BY.
PostgreSQL: with sequential scans priced out (`enable_seqscan = off`, so that an empty test
table cannot make a scan look cheaper) the plan has an index scan of the list's table and no
Sort node: the index itself gives the order, whatever the table's size. Timings are in
`bench/review.py`, never here.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from safeharbour.intake.access import NoticeScope
from safeharbour.intake.notice_queries import NOTICE_KEYS, notices_page_query
from safeharbour.kit.keyset import Cursor, SortKey, keyset_statement
from safeharbour.legal.gateway.queries import OFFICER_QUEUE_KEYS, officer_queue_query
from safeharbour.review.lists import APPEAL_KEYS, appeals_page_query

CURSOR_AT = datetime(2026, 12, 1, tzinfo=UTC)
NOTICE_INDEXES = ("ix_notices_received", "ix_notices_flagger_keyset")


def _plan(session: Session, statement: Any) -> str:
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True}
    )
    if session.get_bind().dialect.name == "sqlite":
        rows = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        return "\n".join(str(row[-1]) for row in rows)
    for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
        session.execute(text(f"SET LOCAL {setting} = off"))
    rows = session.execute(text(f"EXPLAIN {compiled}")).all()
    return "\n".join(str(row[0]) for row in rows)


def _assert_index_order(plan: str, table: str, indexes: tuple[str, ...], backend: str) -> None:
    if backend == "sqlite":
        assert any(
            f"{how} {table} USING INDEX {index}" in plan
            for how in ("SCAN", "SEARCH")
            for index in indexes
        ), plan
        assert "TEMP B-TREE" not in plan, plan
    else:
        assert any(
            f"{how} using {index} on {table}" in plan
            for how in ("Index Scan", "Index Scan Backward")
            for index in indexes
        ), plan
        assert "Sort" not in plan, plan
        assert f"Seq Scan on {table}" not in plan, plan


def _cursors(keys: tuple[SortKey, ...]) -> list[Cursor | None]:
    values = (CURSOR_AT, uuid.uuid4())
    return [None, Cursor(values), Cursor(values, backwards=True)]


@pytest.mark.parametrize(
    "filters",
    [{}, {"source": "public"}, {"category": "STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH"}],
)
def test_notice_pages_scan_the_received_index(
    container: Any, backend: str, filters: dict[str, str]
) -> None:
    query = notices_page_query(NoticeScope(everything=True), **filters)
    with container.database.reader() as session:
        for cursor in _cursors(NOTICE_KEYS):
            statement = keyset_statement(query, NOTICE_KEYS, limit=50, cursor=cursor)
            _assert_index_order(_plan(session, statement), "notices", NOTICE_INDEXES, backend)


@pytest.mark.parametrize(("status", "outcome"), [("open", ""), ("decided", "upheld")])
def test_appeal_pages_scan_the_queue_index(
    container: Any, backend: str, status: str, outcome: str
) -> None:
    query = appeals_page_query(status=status, outcome=outcome)
    with container.database.reader() as session:
        for cursor in _cursors(APPEAL_KEYS):
            statement = keyset_statement(query, APPEAL_KEYS, limit=50, cursor=cursor)
            _assert_index_order(
                _plan(session, statement), "appeals", ("ix_appeals_queue",), backend
            )


@pytest.mark.parametrize(
    ("filters", "indexes"),
    [
        ({}, ("ix_legal_requests_deadline",)),
        ({"open_only": False}, ("ix_legal_requests_deadline",)),
        ({"status": "acknowledged"}, ("ix_legal_requests_status_deadline",)),
        ({"type": "removal_order", "open_only": False}, ("ix_legal_requests_type_deadline",)),
        (
            {"agency": str(uuid.UUID(int=7)), "open_only": False},
            ("ix_legal_requests_agency_deadline",),
        ),
    ],
)
def test_legal_queue_pages_scan_a_deadline_index(
    container: Any, backend: str, filters: dict[str, Any], indexes: tuple[str, ...]
) -> None:
    query = officer_queue_query(**filters)
    with container.database.reader() as session:
        for cursor in _cursors(OFFICER_QUEUE_KEYS):
            statement = keyset_statement(query, OFFICER_QUEUE_KEYS, limit=50, cursor=cursor)
            _assert_index_order(_plan(session, statement), "legal_requests", indexes, backend)
