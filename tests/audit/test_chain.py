"""The audit chain detects any edit, reordering or deletion of its entries."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from typer.testing import CliRunner

from safeharbour.audit.chain import GENESIS_HASH, build_links, verify_chain, verify_entries
from safeharbour.cli.app import app as cli
from safeharbour.kit.db import Actor, AuditRecord
from tests.conftest import bearer
from tests.factories import sample_batch

T0 = datetime(2026, 1, 1, tzinfo=UTC)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)
records = st.builds(
    lambda i, action, subject, snap: AuditRecord(
        action=action,
        actor=Actor("user", f"u{i}"),
        subjects={"post": subject},
        snapshot=snap,
        occurred_at=T0 + timedelta(seconds=i),
    ),
    st.integers(0, 10**6),
    st.sampled_from(["a:b:c", "platform:post:created"]),
    st.text(min_size=1, max_size=10),
    st.dictionaries(st.text(max_size=6), json_values, max_size=4),
)


def chain(recs: list[AuditRecord]) -> list[SimpleNamespace]:
    rows = build_links(recs, after_seq=0, after_hash=GENESIS_HASH)
    return [SimpleNamespace(**row) for row in rows]


def head_of(entries: list[SimpleNamespace]) -> tuple[int, str]:
    return (entries[-1].seq, entries[-1].entry_hash)


@settings(max_examples=60, deadline=None)
@given(st.lists(records, min_size=1, max_size=12))
def test_an_untouched_chain_verifies(recs: list[AuditRecord]) -> None:
    entries = chain(recs)
    report = verify_entries(entries, head=head_of(entries))
    assert report.ok and report.entries == len(recs)


FIELDS = ["occurred_at", "actor", "action", "subjects", "snapshot", "prev_hash", "entry_hash"]


@settings(max_examples=150, deadline=None)
@given(st.lists(records, min_size=2, max_size=12), st.data())
def test_any_tampering_is_detected_at_the_first_broken_entry(
    recs: list[AuditRecord], data: st.DataObject
) -> None:
    entries = chain(recs)
    head = head_of(entries)
    kind = data.draw(st.sampled_from(["edit", "swap", "delete", "truncate"]))
    index = data.draw(st.integers(0, len(entries) - 1))
    tampered = [copy.deepcopy(e) for e in entries]
    if kind == "edit":
        field = data.draw(st.sampled_from(FIELDS))
        victim = tampered[index]
        if field == "occurred_at":
            victim.occurred_at = victim.occurred_at + timedelta(microseconds=1)
        elif field in ("subjects", "snapshot"):
            value = dict(getattr(victim, field))
            value["tampered"] = data.draw(json_values)
            setattr(victim, field, value)
        else:
            setattr(victim, field, getattr(victim, field) + "x")
        expected = index + 1
    elif kind == "swap":
        other = data.draw(st.integers(0, len(entries) - 1).filter(lambda j: j != index))
        first, second = sorted((index, other))
        a, b = tampered[first], tampered[second]
        # The rows trade places in seq order: each keeps its content, takes the other's seq.
        a.seq, b.seq = b.seq, a.seq
        tampered[first], tampered[second] = b, a
        expected = first + 1
    elif kind == "delete":
        del tampered[index]
        expected = index + 1
    else:
        cut = data.draw(st.integers(1, len(entries) - 1))
        tampered = tampered[:cut]
        expected = cut + 1
    report = verify_entries(tampered, head=head)
    assert not report.ok
    assert report.first_broken_seq == expected


def test_the_database_refuses_updates_and_deletes(
    container: Any, client: Any, make_key: Any
) -> None:
    client.post(
        "/api/v1/events", json={"events": sample_batch()}, headers=bearer(make_key("platform"))
    )
    for statement in (
        "UPDATE audit_log SET actor = 'x' WHERE seq = 1",
        "DELETE FROM audit_log WHERE seq = 1",
    ):
        with (
            pytest.raises(Exception, match="append-only"),
            container.database.engine.begin() as conn,
        ):
            conn.execute(text(statement))


TAMPERING = {
    "edit": ["UPDATE audit_log SET actor = 'user:someone-else' WHERE seq = 3"],
    "reorder": [
        "UPDATE audit_log SET seq = 100 WHERE seq = 2",
        "UPDATE audit_log SET seq = 2 WHERE seq = 4",
        "UPDATE audit_log SET seq = 4 WHERE seq = 100",
    ],
    "delete": ["DELETE FROM audit_log WHERE seq = 3"],
    "truncate-tail": ["DELETE FROM audit_log WHERE seq = 6"],
}
EXPECTED_SEQ = {"edit": 3, "reorder": 2, "delete": 3, "truncate-tail": 6}


@pytest.mark.parametrize("kind", sorted(TAMPERING))
def test_audit_verify_command_names_the_first_broken_entry(
    kind: str, container: Any, client: Any, make_key: Any, settings: Any, monkeypatch: Any
) -> None:
    client.post(
        "/api/v1/events", json={"events": sample_batch()}, headers=bearer(make_key("platform"))
    )  # 1 key entry + 5 changes
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()
    ok = runner.invoke(cli, ["audit", "verify", "--data-dir", str(settings.data_dir)])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.strip() == "ok: 6 entries, chain intact"

    with container.database.engine.begin() as conn:
        if container.database.backend == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        for statement in TAMPERING[kind]:
            conn.execute(text(statement))
    broken = runner.invoke(cli, ["audit", "verify", "--data-dir", str(settings.data_dir)])
    assert broken.exit_code == 1, broken.output
    assert broken.stdout.startswith(f"broken: entry seq {EXPECTED_SEQ[kind]}:")


def test_concurrent_writers_keep_one_chain(container: Any) -> None:
    """Many threads committing audited changes at once still produce one valid chain."""
    from concurrent.futures import ThreadPoolExecutor

    def write(i: int) -> None:
        with container.database.uow() as unit:
            unit.record("test:thing:done", actor=Actor("system", f"w{i}"), subjects={"n": i})
            unit.commit()

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(write, range(80)))
    with container.database.reader() as session:
        report = verify_chain(session)
    assert report.ok and report.entries == 80
