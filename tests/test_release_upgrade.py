"""A database made by a released version, with data in it, upgrades to today's head intact.

Each folder of `tests/data/releases/` holds one release's databases, made with that release's
code (see its README): a SQLite file and a PostgreSQL plain-SQL dump. Each is restored into a
fresh database, upgraded with today's migrations to whatever the head is, and checked: every
row is still there, specific rows read back through today's code, the upgraded schema is
exactly today's models, the audit chain verifies, and a new audited action extends it.
"""

from __future__ import annotations

import json
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from safeharbour.audit.chain import verify_chain
from safeharbour.config import Settings
from safeharbour.detection.banks.actions import do_add_bank_entries, get_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.kit.db import SYSTEM, make_engine
from safeharbour.kit.migrate import current_revision, head_revision, upgrade_to_head
from safeharbour.kit.transactions import Transactions
from safeharbour.models_registry import metadata
from tests.conftest import WORKER

RELEASES = Path(__file__).resolve().parent / "data" / "releases"
RELEASED = sorted(p.name for p in RELEASES.iterdir() if p.is_dir())
# Alembic head of each release: what its databases must say before the upgrade.
RELEASE_HEADS = {"0.2.0": "0002audit"}


@pytest.fixture(params=RELEASED)
def release(request: pytest.FixtureRequest) -> Path:
    return RELEASES / str(request.param)


def load_plain_dump(url: str, dump: str) -> None:
    """Load a `pg_dump` plain-SQL file the way psql would, without needing psql: SQL runs as
    written, `COPY ... FROM stdin` blocks go through the COPY protocol, and psql's own
    backslash commands (`\\restrict`, `\\unrestrict`) are left out."""
    copy_block = re.compile(r"^(COPY [^\n]+ FROM stdin;)\n(.*?)^\\\.\n", re.M | re.S)
    sql_url = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(sql_url, autocommit=True) as conn:
        position = 0
        for match in copy_block.finditer(dump):
            _execute_script(conn, dump[position : match.start()])
            with conn.cursor().copy(match.group(1)) as copy:
                copy.write(match.group(2))
            position = match.end()
        _execute_script(conn, dump[position:])


def _execute_script(conn: psycopg.Connection[Any], script: str) -> None:
    statements = "\n".join(line for line in script.splitlines() if not line.startswith("\\"))
    if statements.strip():
        # Without parameters psycopg sends the text as one simple query: several statements,
        # dollar-quoted function bodies included, in one round trip.
        conn.execute(statements.encode())


@pytest.fixture
def released_database(
    backend: str, release: Path, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    """A fresh database holding the release's data, at the release's schema."""
    if backend == "sqlite":
        target = tmp_path / "data" / "safeharbour.db"
        target.parent.mkdir(parents=True)
        shutil.copyfile(release / "safeharbour.db", target)
        yield f"sqlite:///{target}"
        return
    admin, _template = request.getfixturevalue("postgres_template")
    name = f"sh_rel_{WORKER}_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        load_plain_dump(url, (release / "safeharbour.pg.sql").read_text(encoding="utf-8"))
        yield url
    finally:
        with admin_engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin_engine.dispose()


def _counts(engine: Engine, tables: list[str]) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}


def _grouped(engine: Engine, sql: str) -> dict[str, int]:
    with engine.connect() as conn:
        return {str(key): int(n) for key, n in conn.execute(text(sql))}


def test_a_released_database_upgrades_to_head_with_its_data(
    released_database: str, release: Path, tmp_path: Path
) -> None:
    expected = json.loads((release / "expected.json").read_text(encoding="utf-8"))
    engine = make_engine(released_database)
    try:
        assert current_revision(engine) == RELEASE_HEADS[release.name]
        before = _counts(engine, sorted(expected["counts"]))
        assert before == expected["counts"], "the fixture is not what the release wrote"
        cases_before = _grouped(engine, "SELECT status, count(*) FROM cases GROUP BY status")
        requests_before = _grouped(
            engine, "SELECT status, count(*) FROM legal_requests GROUP BY status"
        )

        # (Nothing to apply only for the newest release's fixture, until a revision follows it.)
        upgrade_to_head(engine)
        assert current_revision(engine) == head_revision()

        # Every row is still there, grouped as before.
        assert _counts(engine, sorted(expected["counts"])) == expected["counts"]
        assert _grouped(engine, "SELECT status, count(*) FROM cases GROUP BY status") == (
            cases_before
        )
        assert _grouped(engine, "SELECT status, count(*) FROM legal_requests GROUP BY status") == (
            requests_before
        )
        # The upgraded schema is exactly what a fresh database at head has.
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, metadata) == []
        with engine.connect() as conn:
            fact = conn.execute(
                text("SELECT value FROM installation_facts WHERE name = :n"),
                {"n": "demo_activity:2026-12-06"},
            ).scalar_one()
            report = conn.execute(
                text("SELECT tree_size FROM published_reports WHERE date = :d"),
                {"d": "2026-12-06"},
            ).scalar_one()
        assert json.loads(fact) == expected["activity_2026_12_06"]
        assert report == expected["activity_2026_12_06"]["report_tree_size"]
    finally:
        engine.dispose()

    # Today's code reads and extends the released data: the audit chain verifies, a new
    # audited action on a released row appends to it, and the chain still verifies.
    from safeharbour.bootstrap import build_container

    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=released_database,
        scheduler_enabled=False,
        public_base_url="http://testserver",
    )
    container = build_container(settings)
    try:
        with container.database.reader() as session:
            report_before = verify_chain(session)
        assert report_before.ok, report_before.reason
        assert report_before.entries == expected["counts"]["audit_log"]

        def add_entry(unit: Any) -> int:
            bank = get_bank(unit.session, "release-fixture-urls")
            assert bank is not None
            return do_add_bank_entries(
                unit, bank, Signal.URL, ["https://upgraded.example/"], actor=SYSTEM
            )

        assert Transactions(container.database).write(add_entry) == 1
        with container.database.reader() as session:
            report_after = verify_chain(session)
        assert report_after.ok, report_after.reason
        assert report_after.entries > report_before.entries
    finally:
        container.close()
