"""Test fixtures: every database test runs on SQLite and, when available, PostgreSQL.

Each test gets its own freshly migrated database (`alembic upgrade head`, never
`create_all`): on SQLite a copy of a template file migrated once per session, on PostgreSQL
`CREATE DATABASE ... TEMPLATE` of a migrated template. With `CI=true` a missing PostgreSQL
fails the run instead of skipping it.

Tests read only the repository: reference data lives in `tests/data/` (see its README).

Safe under pytest-xdist (`make test` runs `-n 2`): every session-scoped resource is per worker
(PostgreSQL templates and databases carry the worker's name and a random suffix, temporary
directories are per worker, servers get ports from `tests.ports`, NATS streams are per test).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from safeharbour.bootstrap import Container, build_container
from safeharbour.config import Settings
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.db import make_engine
from safeharbour.kit.migrate import upgrade_to_head

IN_CI = os.environ.get("CI", "").lower() == "true"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REPO_ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = REPO_ROOT / "tests" / "data"
# "gw0", "gw1", ... under pytest-xdist, "main" without it: part of every database name, so a
# left-over database says which worker made it.
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "main")


def _url_text(url: URL) -> str:
    """The URL as a string with its password: `str(url)` masks it as `***`."""
    return url.render_as_string(hide_password=False)


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI nothing a test needs may be missing: tests that skip locally without a pinned
    native dependency or the NATS server must run there."""
    if not IN_CI:
        return
    missing: list[str] = []
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        missing.append("the hyperscan package")
    from tests.nats_support import nats_unreachable_reason

    if (nats_reason := nats_unreachable_reason()) is not None:
        missing.append(nats_reason)
    if missing:
        pytest.exit(f"CI=true but these are missing: {', '.join(missing)}", returncode=3)


def postgres_admin_url() -> str | None:
    """The PostgreSQL server to test on, or None when there is none (never None in CI)."""
    url = os.environ.get("SAFEHARBOUR_TEST_POSTGRES_URL")
    candidate = url or DEFAULT_PG_URL
    if make_url(candidate).drivername == "postgresql":
        candidate = _url_text(make_url(candidate).set(drivername="postgresql+psycopg"))
    try:
        engine = create_engine(candidate, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return candidate
    except Exception as exc:
        if url or IN_CI:
            raise RuntimeError(f"PostgreSQL required for the test run but unreachable: {exc}")
        return None


_PG_URL: str | bool | None = False


def _pg_url() -> str | None:
    global _PG_URL
    if _PG_URL is False:
        _PG_URL = postgres_admin_url()
    return _PG_URL  # type: ignore[return-value]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        backends = ["sqlite"]
        if _pg_url() is not None:
            backends.append("postgresql")
        if metafunc.definition.get_closest_marker("postgres"):
            backends = [b for b in backends if b == "postgresql"]
        metafunc.parametrize("backend", backends, scope="session")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[tuple[str, str]]:
    admin = _pg_url()
    assert admin is not None
    name = f"sh_tpl_{WORKER}_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = _url_text(make_url(admin).set(database=name))
    engine = make_engine(url)
    upgrade_to_head(engine)
    engine.dispose()
    yield admin, name
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "data" / "safeharbour.db"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template, target)
        yield f"sqlite:///{target}"
        return
    admin, template_name = request.getfixturevalue("postgres_template")
    name = f"sh_t_{WORKER}_{uuid.uuid4().hex[:12]}"
    admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"'))
    yield _url_text(make_url(admin).set(database=name))
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin_engine.dispose()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 6, 1, 12, 0, tzinfo=UTC))


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        scheduler_enabled=False,
        public_base_url="http://testserver",
    )


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Iterator[Container]:
    built = build_container(settings, clock=clock)
    yield built
    built.close()


@pytest.fixture
def app(container: Container) -> Any:
    from safeharbour.web.app import create_app

    return create_app(container)


@pytest.fixture
def client(app: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def make_key(container: Container) -> Callable[..., str]:
    """Create an API key for a role (and owner) directly through the action."""
    from safeharbour.authz.keys import do_create_api_key
    from safeharbour.kit.db import SYSTEM
    from safeharbour.kit.transactions import run_in_unit

    def make(role: str, owner_id: uuid.UUID | None = None) -> str:
        return run_in_unit(
            container.database,
            lambda unit: do_create_api_key(unit, role=role, owner_id=owner_id, actor=SYSTEM),
        ).secret

    return make


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


@pytest.fixture
def operator_status(client: Any, make_key: Callable[..., str]) -> Callable[[], Any]:
    """The readiness details an operator reads (`GET /api/v1/system/status`, auditor's key);
    the anonymous `/readyz` answers only ready or not."""
    key = make_key("auditor")

    def read() -> Any:
        answer = client.get("/api/v1/system/status", headers=bearer(key))
        assert answer.status_code == 200, answer.text
        return answer.json()

    return read
