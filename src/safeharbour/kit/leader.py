"""One scheduler leader at a time.

On PostgreSQL the leader holds a session-level advisory lock on a dedicated connection: the
lock lives exactly as long as that connection, so a leader that crashes, is killed or loses
its network loses the lock with it, and another process takes over. The leader checks that it
still holds the lock before every round of jobs and stops scheduling the moment it does not.

On SQLite (one node) an exclusive `flock` on a file beside the database does the same between
processes of that node; the kernel releases it when the process dies.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
from pathlib import Path
from typing import IO, Any, Protocol

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.pool import NullPool

log = logging.getLogger(__name__)


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for `pg_try_advisory_lock`, derived from a name."""
    digest = hashlib.sha256(f"safeharbour:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class LeaderLock(Protocol):
    name: str

    def try_acquire(self) -> bool:
        """Take the lock if free; True when this process holds it (now or already)."""

    def still_held(self) -> bool:
        """True while the lock is ours; False once it was lost (connection gone...)."""

    def release(self) -> None: ...


class PostgresLeaderLock:
    """A session-level advisory lock held on a connection of its own (not from the pool)."""

    def __init__(self, engine: Engine, name: str = "scheduler") -> None:
        self.name = name
        self.key = advisory_key(name)
        # A pool of its own without pooling: the connection that holds the lock is never
        # handed to other work, and closing it really closes the session (and frees the lock).
        self._engine = create_engine(
            engine.url, poolclass=NullPool, connect_args={"connect_timeout": 5}
        )
        self._conn: Any = None

    def try_acquire(self) -> bool:
        if self._conn is not None:
            return self.still_held()
        try:
            conn = self._engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}))
        except Exception as exc:
            log.warning("leader lock %s: cannot reach the database: %r", self.name, exc)
            return False
        if not got:
            conn.close()
            return False
        self._conn = conn
        log.info("leader lock %s acquired (pid %d)", self.name, os.getpid())
        return True

    def still_held(self) -> bool:
        if self._conn is None:
            return False
        try:
            held = self._conn.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                    " AND pid = pg_backend_pid()"
                    # bigint keys are split in two oids; the shift wraps back to the sign.
                    " AND ((classid::bigint << 32) | objid::bigint) = (:k)::bigint"
                    " AND objsubid = 1"
                ),
                {"k": self.key},
            )
        except Exception as exc:
            log.warning("leader lock %s lost with its connection: %r", self.name, exc)
            self._drop()
            return False
        if not held:
            log.warning("leader lock %s is no longer held", self.name)
            self._drop()
            return False
        return True

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()
                conn.close()
            except Exception:  # the connection is already gone; nothing to clean
                log.debug("closing a lost leader connection failed", exc_info=True)

    def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
            finally:
                conn.close()
        self._engine.dispose()


class FileLeaderLock:
    """An exclusive, non-blocking `flock` on a file: one leader among a node's processes."""

    def __init__(self, path: Path, name: str = "scheduler") -> None:
        self.name = name
        self.path = path
        self._file: IO[str] | None = None

    def try_acquire(self) -> bool:
        if self._file is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle
        log.info("leader lock %s acquired (pid %d)", self.name, os.getpid())
        return True

    def still_held(self) -> bool:
        return self._file is not None

    def release(self) -> None:
        handle, self._file = self._file, None
        if handle is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            handle.close()
