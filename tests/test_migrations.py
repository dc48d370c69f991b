"""Models and migrations agree (no drift), and migrations upgrade and downgrade cleanly."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from safeharbour.kit.db import make_engine
from safeharbour.kit.migrate import MIGRATIONS_DIR, alembic_config, head_revision
from safeharbour.models_registry import metadata


def test_no_drift_between_models_and_migrations(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ; run `make migration`: {diff}"


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
