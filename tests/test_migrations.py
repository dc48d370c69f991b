"""Models and migrations agree (no drift), released revisions stay as released, and
migrations upgrade and downgrade cleanly."""

from __future__ import annotations

import hashlib
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from safeharbour.kit.db import make_engine
from safeharbour.kit.migrate import MIGRATIONS_DIR, alembic_config, head_revision
from safeharbour.models_registry import metadata

# Revisions shipped in a release, pinned by their SHA-256. Databases upgraded by them exist, so
# an edit would leave those on a schema no file describes: change the schema with a new,
# additive revision (`make revision m="..."`). When a release is cut, add its new files here.
RELEASED_REVISIONS = {
    # 0.2.0
    "2026_11_29_0001initial_initial_schema.py": (
        "2688ff6c96855db61eac9e4349fd80b5bb02b9574416eb44169e8dbad8e21e99"
    ),
    "2026_11_29_0002audit_append_only_audit_log.py": (
        "a1419d8873e24078a4bd12ee42aff24e00aac532a271905db65432ebf3267979"
    ),
}


def test_no_drift_between_models_and_migrations(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == [], (
        'models and migrations differ: add a revision with `make revision m="what changes"`'
        f" (never edit a released one): {diff}"
    )


def test_released_revisions_are_never_edited() -> None:
    for name, digest in RELEASED_REVISIONS.items():
        path = MIGRATIONS_DIR / "versions" / name
        assert path.is_file(), f"released revision {name} is missing"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, (
            f"released revision {name} was edited: restore it and put the change in a new "
            'revision (`make revision m="what changes"`)'
        )


def test_one_head_that_builds_on_every_released_revision() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads {heads}: point the newest down_revision at the other"
    lineage = {revision.revision for revision in script.walk_revisions("base", heads[0])}
    released = {script.get_revision(name.split("_")[3]).revision for name in RELEASED_REVISIONS}
    assert released <= lineage


def test_revisions_are_date_prefixed() -> None:
    import re

    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("*.py"))
    assert names, "no migrations found"
    assert all(re.match(r"^\d{4}_\d{2}_\d{2}_", n) for n in names), names


def test_downgrade_to_base_and_back(database_url: str) -> None:
    engine = make_engine(database_url)
    config = alembic_config(database_url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    engine.dispose()


def test_commands_migrate_a_new_data_dir_themselves(tmp_path: Any, monkeypatch: Any) -> None:
    from typer.testing import CliRunner

    from safeharbour.cli.app import app

    monkeypatch.delenv("SAFEHARBOUR_DATABASE_URL", raising=False)
    target = tmp_path / "fresh"
    result = CliRunner().invoke(app, ["audit", "verify", "--data-dir", str(target)])
    assert result.exit_code == 0, result.output
    assert (target / "safeharbour.db").exists()
    engine = make_engine(f"sqlite:///{target / 'safeharbour.db'}")
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head_revision()
        mode = conn.exec_driver_sql("PRAGMA journal_mode").scalar()
    engine.dispose()
    assert mode == "wal"
