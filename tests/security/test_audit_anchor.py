"""The audit chain anchored outside the database: signed checkpoints and published heads.

The attacker here can write the database and drop its append-only triggers, but holds
neither the platform's signing key nor the files outside the database.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, text, update
from typer.testing import CliRunner

from safeharbour.audit.anchor import (
    CHECKPOINT_FILE,
    ChainNotExtended,
    read_checkpoint,
    write_checkpoint,
)
from safeharbour.audit.chain import entry_body
from safeharbour.audit.models import AuditCheckpoint, AuditEntry, AuditHead
from safeharbour.bootstrap import Container
from safeharbour.cli.app import app as cli_app
from safeharbour.kit.canonical import digest_of
from safeharbour.kit.clock import ManualClock, rfc3339
from safeharbour.kit.db import SYSTEM
from safeharbour.transparency.reports import do_publish_day, verify_dir, write_files

TRIGGERS = {
    "sqlite": [
        "DROP TRIGGER IF EXISTS audit_log_no_update",
        "DROP TRIGGER IF EXISTS audit_log_no_delete",
        "DROP TRIGGER IF EXISTS audit_checkpoints_no_delete",
    ],
    "postgresql": [
        "DROP TRIGGER IF EXISTS audit_log_no_update_delete ON audit_log",
        "DROP TRIGGER IF EXISTS audit_checkpoints_no_update_delete ON audit_checkpoints",
    ],
}


def record(container: Container, n: int, *, step: timedelta | None = None) -> None:
    """n audited changes, one transaction each (any action would do; these are cheap)."""
    clock = container.clock
    for index in range(n):
        with container.database.uow() as unit:
            unit.record("system:test:event", actor=SYSTEM, subjects={"n": index}, snapshot={})
            unit.commit()
        if step is not None and isinstance(clock, ManualClock):
            clock.advance(step)


def verify(container: Container, *extra: str) -> Any:
    return CliRunner().invoke(
        cli_app,
        ["audit", "verify", "--data-dir", str(container.settings.data_dir), *extra],
        env={"SAFEHARBOUR_DATABASE_URL": container.settings.database_url or ""},
    )


def drop_triggers(container: Container) -> None:
    with container.database.engine.begin() as conn:
        for statement in TRIGGERS[container.database.backend]:
            conn.execute(text(statement))


def cut_tail(container: Container, keep: int) -> None:
    """Delete every entry after `keep` and move audit_head back to it."""
    drop_triggers(container)
    with container.database.uow() as unit:
        unit.session.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        last = unit.session.get(AuditEntry, keep)
        assert last is not None
        unit.session.execute(
            update(AuditHead).where(AuditHead.id == 1).values(seq=keep, entry_hash=last.entry_hash)
        )
        unit.session.commit()


def rewrite_from(container: Container, seq: int) -> None:
    """Edit entry `seq`, then recompute it and every later hash and the head: the chain is
    consistent again, as far as the database alone can tell."""
    drop_triggers(container)
    with container.database.uow() as unit:
        entries = unit.session.scalars(
            select(AuditEntry).where(AuditEntry.seq >= seq - 1).order_by(AuditEntry.seq)
        ).all()
        prev = entries[0].entry_hash if seq > 1 else "0" * 64
        for entry in entries[1:] if seq > 1 else entries:
            if entry.seq == seq:
                entry.snapshot = {"what": "a different story"}
            entry.prev_hash = prev
            entry.entry_hash = digest_of(
                entry_body(
                    seq=entry.seq,
                    occurred_at=rfc3339(entry.occurred_at),
                    actor=entry.actor,
                    action=entry.action,
                    subjects=entry.subjects,
                    snapshot=entry.snapshot,
                    prev_hash=entry.prev_hash,
                )
            )
            prev = entry.entry_hash
        unit.session.flush()
        last = entries[-1]
        unit.session.execute(
            update(AuditHead).where(AuditHead.id == 1).values(seq=last.seq, entry_hash=prev)
        )
        unit.session.commit()


def wipe_database_checkpoints(container: Container) -> None:
    drop_triggers(container)
    with container.database.engine.begin() as conn:
        conn.execute(delete(AuditCheckpoint))


# -- checkpoints ------------------------------------------------------------------------------
def test_a_checkpoint_is_signed_stored_and_appended_to_the_file(container: Container) -> None:
    record(container, 3)
    written = container.write_audit_checkpoint()
    assert written is not None and written.seq == 3
    assert container.write_audit_checkpoint() is None  # the head did not move
    record(container, 1)
    assert container.write_audit_checkpoint() is not None
    path = container.settings.resolved_data_dir / CHECKPOINT_FILE
    lines = path.read_text().splitlines()
    key = container.keys.signer.public_key_b64
    assert [read_checkpoint(line, key).seq for line in lines] == [3, 4]
    assert path.stat().st_mode & 0o077 == 0
    forged = json.loads(lines[0]) | {"seq": 2}
    with pytest.raises(ValueError, match="signature"):
        read_checkpoint(json.dumps(forged), key)


def test_the_scheduler_checkpoints_every_minute_only_when_the_head_moved(
    container: Container, clock: ManualClock
) -> None:
    with container.database.reader() as session:
        assert session.scalar(select(AuditCheckpoint.seq)) is None
    job = container.scheduler.jobs["audit-checkpoint"]
    assert job.every <= timedelta(minutes=1)
    record(container, 2)
    job.run()
    clock.advance(timedelta(minutes=1))
    job.run()  # nothing new: no second checkpoint
    record(container, 1)
    clock.advance(timedelta(minutes=1))
    job.run()
    with container.database.reader() as session:
        assert list(session.scalars(select(AuditCheckpoint.seq).order_by("seq"))) == [2, 3]


def test_a_clean_shutdown_and_the_cli_write_checkpoints(
    container: Container, settings: Any, clock: ManualClock
) -> None:
    from safeharbour.bootstrap import build_container

    record(container, 2)
    other = build_container(settings, clock=clock)
    record(other, 1)
    other.close()
    with container.database.reader() as session:
        assert session.scalar(select(AuditCheckpoint.seq).order_by(AuditCheckpoint.seq.desc())) == 3
    record(container, 1)
    result = CliRunner().invoke(
        cli_app,
        ["audit", "checkpoint", "--data-dir", str(settings.data_dir)],
        env={"SAFEHARBOUR_DATABASE_URL": settings.database_url or ""},
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["seq"] == 4


def test_no_checkpoint_is_signed_over_a_rewritten_chain(container: Container) -> None:
    record(container, 5)
    container.write_audit_checkpoint()
    rewrite_from(container, 3)
    record(container, 1)
    with pytest.raises(ChainNotExtended):
        write_checkpoint(container.database, signer=container.keys.signer, checkpoint_file=None)


# -- the two attacks --------------------------------------------------------------------------
@pytest.mark.parametrize("wipe", [False, True], ids=["db-checkpoints-kept", "db-checkpoints-wiped"])
def test_a_cut_tail_is_caught(container: Container, wipe: bool) -> None:
    record(container, 6)
    container.write_audit_checkpoint()
    assert verify(container).exit_code == 0
    cut_tail(container, keep=4)
    if wipe:  # only the file in the data directory is left
        wipe_database_checkpoints(container)
    result = verify(container)
    assert result.exit_code == 1, result.stdout
    assert "the chain ends at seq 4" in result.stdout and "attests seq 6" in result.stdout


@pytest.mark.parametrize("wipe", [False, True], ids=["db-checkpoints-kept", "db-checkpoints-wiped"])
def test_a_rewrite_older_than_the_last_checkpoint_is_caught(
    container: Container, wipe: bool
) -> None:
    record(container, 6)
    container.write_audit_checkpoint()
    rewrite_from(container, 2)
    if wipe:
        wipe_database_checkpoints(container)
    result = verify(container)
    assert result.exit_code == 1, result.stdout
    assert "differs from" in result.stdout and "rewritten" in result.stdout


def test_a_published_report_catches_a_rewrite_when_every_checkpoint_is_gone(
    container: Container, clock: ManualClock, tmp_path: Path
) -> None:
    day = clock.now().date()
    record(container, 4, step=timedelta(minutes=5))
    clock.advance(timedelta(days=1))
    with container.database.uow() as unit:
        report = do_publish_day(unit, day, signer=container.keys.signer)
        unit.commit()
    kept = tmp_path / "kept-by-a-journalist" / day.isoformat()
    write_files(report, kept)
    root = json.loads((kept / "root.json").read_text())
    assert root["audit_head"]["seq"] == 4
    assert verify_dir(kept) is None
    rewrite_from(container, 2)
    wipe_database_checkpoints(container)
    (container.settings.resolved_data_dir / CHECKPOINT_FILE).unlink(missing_ok=True)
    # The stored copy of the report is in the database, so the attacker rewrites it too...
    drop_triggers(container)
    with container.database.engine.begin() as conn:
        conn.execute(text("DELETE FROM published_reports"))
    assert verify(container).exit_code == 0  # ...and the database alone can no longer tell
    result = verify(container, "--reports", str(kept.parent))
    assert result.exit_code == 1, result.stdout
    assert f"published report {day.isoformat()}" in result.stdout


def test_reports_published_before_the_audit_head_still_verify(
    container: Container, clock: ManualClock, tmp_path: Path
) -> None:
    from safeharbour.kit.canonical import canonical_json

    record(container, 1)
    day = clock.now().date() - timedelta(days=1)
    with container.database.uow() as unit:
        report = do_publish_day(unit, day, signer=container.keys.signer)
        unit.commit()
    out = tmp_path / "old"
    write_files(report, out)
    # The same report as an older release signed it: no audit_head.
    root = json.loads((out / "root.json").read_text())
    unsigned = {k: v for k, v in root.items() if k not in ("signature", "audit_head")}
    import base64

    signature = container.keys.signer.sign(canonical_json(unsigned))
    old_root = {**unsigned, "signature": base64.b64encode(signature).decode()}
    (out / "root.json").write_text(json.dumps(old_root, indent=2) + "\n")
    assert verify_dir(out) is None
    assert verify(container, "--reports", str(out)).exit_code == 0
    copied = tmp_path / "copy"
    shutil.copytree(out, copied)
    assert isinstance(date.fromisoformat(old_root["date"]), date)
