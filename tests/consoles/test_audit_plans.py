"""The audit-log browser's pages are index range scans in `seq` order, filtered or not.

Same method as `test_list_plans.py`: SQLite's `EXPLAIN QUERY PLAN` names the index and has no
temporary B-tree for the ORDER BY; PostgreSQL, with scans and sorts priced out, uses an index
scan of `audit_log` and no Sort node. Timings belong in `bench/`, never here.
"""

from __future__ import annotations

from typing import Any

import pytest

from safeharbour.audit.browse import AUDIT_KEYS, AuditFilter, audit_page_query
from safeharbour.kit.keyset import Cursor, keyset_statement
from tests.consoles.test_list_plans import _assert_index_order, _plan

CASES = [
    (AuditFilter(), ("pk_audit_log", "sqlite_autoindex_audit_log_1")),
    (AuditFilter(action="authz:user:created"), ("ix_audit_log_action_seq",)),
    (AuditFilter(actor="user:00000000-0000-0000-0000-000000000001"), ("ix_audit_log_actor_seq",)),
]


@pytest.mark.parametrize(("found", "indexes"), CASES, ids=["all", "action", "actor"])
def test_audit_pages_are_index_ranges_in_seq_order(
    container: Any, backend: str, found: AuditFilter, indexes: tuple[str, ...]
) -> None:
    query = audit_page_query(found)
    with container.database.reader() as session:
        for cursor in (None, Cursor((12345,)), Cursor((12345,), backwards=True)):
            statement = keyset_statement(query, AUDIT_KEYS, limit=50, cursor=cursor)
            _assert_index_order(_plan(session, statement), "audit_log", indexes, backend)
