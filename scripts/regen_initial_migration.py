"""Regenerate the initial schema revision from the models (only before the first release).

Usage: .venv/bin/python scripts/regen_initial_migration.py

Later revisions are parked while the initial one is regenerated; whatever happens, the
folder is restored (the old initial revision too, if generation fails).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from safeharbour.kit.migrate import MIGRATIONS_DIR, alembic_config

REVISION = "0001initial"
versions = MIGRATIONS_DIR / "versions"
saved = {path: path.read_text() for path in versions.glob("*.py")}
for path in saved:
    path.unlink()
ok = False
try:
    with tempfile.TemporaryDirectory() as tmp:
        config = alembic_config(f"sqlite:///{Path(tmp) / 'empty.db'}")
        config.set_main_option("file_template", "2026_11_29_%%(rev)s_%%(slug)s")
        command.revision(
            config, message="initial schema", autogenerate=True, rev_id=REVISION, head="base"
        )
    ok = True
finally:
    for path, text in saved.items():
        if REVISION in path.name and ok:
            continue  # replaced by the new revision
        path.write_text(text)
print("regenerated" if ok else "FAILED, previous revisions restored:", REVISION)
sys.exit(0 if ok else 1)
