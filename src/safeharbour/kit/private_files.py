"""Owner-only files: the data directory, the SQLite database and its journals, key files.

The data directory holds what must never be world-readable (the database with encrypted
personal data and the audit chain, the keys, demo credentials), so its mode is set here
explicitly instead of trusting the process umask: a server started from a shell with the
usual umask 022 would otherwise leave `safeharbour.db` readable by every local account.

SQLite creates `-wal` and `-shm` with the mode of the database file, so creating the database
file 0600 before SQLite opens it is what keeps the journals private; files left readable by an
older version are tightened at the next start.
"""

from __future__ import annotations

import os
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600

SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_directory(path: Path) -> Path:
    """Create `path` (and missing parents) and make `path` itself 0700, whatever the umask."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, DIRECTORY_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty if missing, 0600 whatever the umask; tighten it if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, FILE_MODE)
    os.close(fd)
    os.chmod(path, FILE_MODE)
    return path


def private_sqlite_database(database: Path) -> None:
    """Prepare a SQLite database file (and any journal already there) as owner-only.

    An empty file is a valid empty SQLite database, so creating it first changes nothing
    for SQLite except the mode it inherits for its journals.
    """
    if not database.parent.exists():
        private_directory(database.parent)
    private_file(database)
    for suffix in SQLITE_COMPANIONS:
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.chmod(companion, FILE_MODE)


def append_private_line(path: Path, line: str) -> None:
    """Append one line to an owner-only file and flush it to disk before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, FILE_MODE)
    try:
        os.write(fd, (line.rstrip("\n") + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, FILE_MODE)
