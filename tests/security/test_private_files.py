"""The data directory is 0700 and the database, its journals and the keys 0600, whatever the
umask of the process that created them (a shell's usual 022 included)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

# Builds the container (migrations, keys) and writes one audited change, so that SQLite has a
# write-ahead log and shared-memory file open when the modes are read.
_CHILD = """
import os, stat, sys, json
from pathlib import Path
os.umask(0o022)
from safeharbour.bootstrap import build_container
from safeharbour.config import Settings
from safeharbour.kit.db import SYSTEM
from safeharbour.audit.tags import AuditTag
data = Path(sys.argv[1])
settings = Settings(data_dir=data, database_url=sys.argv[2] or None, scheduler_enabled=False)
container = build_container(settings)
with container.database.uow() as unit:
    unit.record(AuditTag.AUTHZ_LOGIN_FAILED, actor=SYSTEM, subjects={}, snapshot={})
    unit.commit()
    modes = {
        str(p.relative_to(data)): stat.S_IMODE(p.stat().st_mode)
        for p in [data, *data.rglob("*")]
    }
print(json.dumps(modes))
container.close()
"""


def _modes_after_start(data_dir: Path, database_url: str) -> dict[str, int]:
    import json

    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(data_dir), database_url],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {k: int(v) for k, v in json.loads(done.stdout.splitlines()[-1]).items()}


def test_data_directory_and_files_are_owner_only_under_umask_022(
    backend: str, tmp_path: Path, database_url: str
) -> None:
    data_dir = tmp_path / "fresh-data"
    # On SQLite start from nothing at all, as a first install does (not from the test copy).
    url = "" if backend == "sqlite" else database_url
    modes = _modes_after_start(data_dir, url)

    assert modes["."] == 0o700, oct(modes["."])
    expected_files = ["keys/secret.key", "keys/encryption.keys", "keys/signing.ed25519"]
    if backend == "sqlite":
        expected_files += ["safeharbour.db", "safeharbour.db-wal", "safeharbour.db-shm"]
    for name in expected_files:
        assert name in modes, f"{name} missing: {sorted(modes)}"
    for name, mode in modes.items():
        assert not mode & (stat.S_IRWXG | stat.S_IRWXO), f"{name} is {oct(mode)}"


def test_an_existing_world_readable_database_is_tightened(tmp_path: Path) -> None:
    data_dir = tmp_path / "old-data"
    _modes_after_start(data_dir, "")
    os.chmod(data_dir, 0o755)
    for name in ("safeharbour.db", "keys/secret.key"):
        os.chmod(data_dir / name, 0o644)
    modes = _modes_after_start(data_dir, "")
    assert modes["."] == 0o700
    assert modes["safeharbour.db"] == 0o600
    assert modes["keys/secret.key"] == 0o600
