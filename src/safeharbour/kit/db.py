"""Database engines, the declarative base, portable column types and the unit of work.

SQLite (embedded default) runs in WAL mode with `synchronous=FULL`, because an acknowledged
write must survive a power cut, not only a process crash. Writers open their transaction with
`BEGIN IMMEDIATE`, so two writers queue on the file lock instead of failing half-way; readers use
a separate engine with deferred transactions so they never wait for a writer.

PostgreSQL is the production database; the same code runs on both.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import JSON, DateTime, Engine, MetaData, Table, create_engine, event
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from safeharbour.kit.clock import as_utc
from safeharbour.kit.errors import InvalidInput

log = logging.getLogger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite returns naive values)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = as_utc(value)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else as_utc(value)


JSONType = JSON().with_variant(JSONB(), "postgresql")


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transaction control away from the sqlite3 module so BEGIN is ours.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, *, immediate: bool = True, pool_size: int = 10) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            from pathlib import Path

            from safeharbour.kit.private_files import private_sqlite_database

            private_sqlite_database(Path(parsed.database))
        engine = create_engine(url, connect_args={"timeout": 60})
        _configure_sqlite(engine, immediate=immediate)
        event.listen(engine, "before_cursor_execute", _refuse_nul_characters)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    engine = create_engine(url, pool_size=pool_size, max_overflow=20, pool_pre_ping=True)
    event.listen(engine, "before_cursor_execute", _refuse_nul_characters)
    return engine


_NO_TEXT = frozenset({int, float, bool, type(None), datetime, bytes})
"""Parameter types that cannot hold a NUL character: skipped without a further test."""


def _has_nul(value: Any) -> bool:
    kind = type(value)
    if kind is str:
        return "\x00" in value
    if kind in _NO_TEXT:
        return False
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    inner = getattr(value, "obj", None)  # psycopg's Jsonb wrapper
    return inner is not None and _has_nul(inner)


def _refuse_nul_characters(
    conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, executemany: bool
) -> None:
    """PostgreSQL cannot store a NUL character in text or JSON (a DataError, so a 500), SQLite
    can: refuse it on both, before any statement runs, as a 422 naming the value's column.
    Every write of every path goes through here, a thousand rows at a time on ingest: plain
    strings and scalars are tested inline, only containers are walked."""
    rows = parameters if executemany else [parameters]
    for row in rows or ():
        values = row.values() if isinstance(row, dict) else (row or ())
        for value in values:
            kind = type(value)
            if kind is str:
                if "\x00" not in value:
                    continue
            elif kind in _NO_TEXT or not _has_nul(value):
                continue
            _refuse(row, value, context)


def _refuse(row: Any, bad: Any, context: Any) -> None:
    items = row.items() if isinstance(row, dict) else enumerate(row)
    key = next(k for k, v in items if v is bad)
    names = getattr(getattr(context, "compiled", None), "positiontup", None) or ()
    # An expanded IN list has more positional values than compiled names: name what it can.
    field = str(names[key]) if isinstance(key, int) and key < len(names) else str(key)
    raise InvalidInput(
        "text may not contain NUL (U+0000) characters", field=field.rstrip("_0123456789") or field
    )


BeforeCommitHook = Callable[["UnitOfWork"], None]
AfterCommitHook = Callable[["UnitOfWork"], None]


@dataclass(frozen=True)
class Actor:
    """Who performs an action. `id` is pseudonymous (a UUID or a system name), never an e-mail."""

    kind: str  # user | api_key | system | cli
    id: str
    role: str | None = None

    @property
    def ref(self) -> str:
        return f"{self.kind}:{self.id}"


SYSTEM = Actor("system", "safeharbour")


@dataclass
class AuditRecord:
    """An audit entry waiting for its place in the chain; appended at commit."""

    action: str
    actor: Actor
    subjects: dict[str, str]
    snapshot: dict[str, Any]
    occurred_at: datetime


@dataclass
class OutboxMessage:
    topic: str
    payload: dict[str, Any]
    key: str | None = None


@dataclass
class UnitOfWork:
    """One transaction. Actions add to it; the transport that opened it commits it.

    Audit records and outbox messages gathered by actions are written at `commit()`, inside
    the same transaction as the changes they describe; after-commit hooks (waking the outbox
    relay) run only once the data is durable.
    """

    session: Session
    database: Database
    audit: list[AuditRecord] = field(default_factory=list)
    outbox: list[OutboxMessage] = field(default_factory=list)
    committed: bool = False
    post_commit: list[Callable[[], object]] = field(default_factory=list)
    """Callbacks the work registered with `after_commit`: run once the data is durable."""

    @property
    def clock(self) -> Any:
        return self.database.clock

    def record(
        self,
        action: str,
        *,
        actor: Actor,
        subjects: dict[str, Any],
        snapshot: dict[str, Any] | None = None,
    ) -> None:
        self.audit.append(
            AuditRecord(
                action=str(action),
                actor=actor,
                subjects={k: str(v) for k, v in subjects.items()},
                snapshot=dict(snapshot or {}),
                occurred_at=self.database.clock.now(),
            )
        )

    def publish(self, topic: str, payload: dict[str, Any], *, key: str | None = None) -> None:
        self.outbox.append(OutboxMessage(topic=topic, payload=payload, key=key))

    def after_commit(self, callback: Callable[[], object]) -> None:
        """Run `callback` once this unit has committed (post-commit dispatch: platform calls,
        e-mails), never on rollback. `kit.transactions` runs them after a successful commit,
        outside the transaction; a failing callback is logged and does not undo the commit."""
        self.post_commit.append(callback)

    def run_after_commit(self) -> None:
        if not self.committed:
            return
        callbacks, self.post_commit = self.post_commit, []
        for callback in callbacks:
            try:
                callback()
            except Exception:  # the data is committed; the callback's own retry owns the rest
                log.exception("post-commit callback failed")

    def commit(self) -> None:
        for hook in self.database.before_commit_hooks:
            hook(self)
        self.session.commit()
        self.committed = True
        had_outbox = bool(self.outbox)
        self.audit.clear()
        self.outbox.clear()
        if had_outbox:
            for after in self.database.after_commit_hooks:
                after(self)

    def rollback(self) -> None:
        self.session.rollback()
        self.audit.clear()
        self.outbox.clear()
        self.post_commit.clear()


class Database:
    """Engines and sessions for one database URL, plus the commit hooks bootstrap installs."""

    def __init__(self, url: str, *, clock: Any) -> None:
        self.url = url
        self.clock = clock
        self.engine = make_engine(url, immediate=True)
        self.backend = self.engine.dialect.name
        self.read_engine = (
            make_engine(url, immediate=False) if self.backend == "sqlite" else self.engine
        )
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)
        self.before_commit_hooks: list[BeforeCommitHook] = []
        self.after_commit_hooks: list[AfterCommitHook] = []
        self._lock = threading.Lock()

    @contextmanager
    def uow(self) -> Iterator[UnitOfWork]:
        session = self._sessions()
        unit = UnitOfWork(session=session, database=self)
        try:
            yield unit
        except BaseException:
            unit.rollback()
            raise
        finally:
            if not unit.committed:
                session.rollback()
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        finally:
            # close() ends the transaction without expiring what was loaded, so callers
            # may still read the objects they got.
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()


def table_of(model: type[Base]) -> Table:
    """The Core table of a model, for bulk statements that skip per-object ORM work."""
    return cast(Table, model.__table__)
