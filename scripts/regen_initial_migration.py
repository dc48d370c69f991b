"""Regenerate the initial schema revision from the models (only before the first release).

Usage: .venv/bin/python scripts/regen_initial_migration.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from safeharbour.kit.migrate import MIGRATIONS_DIR, alembic_config

REVISION = "0001initial"

versions = MIGRATIONS_DIR / "versions"
for old in versions.glob(f"*{REVISION}*.py"):
    old.unlink()
# Later revisions build on the initial one; park them while it is regenerated.
parked = {p: p.read_text() for p in versions.glob("*.py")}
for path in parked:
    path.unlink()
with tempfile.TemporaryDirectory() as tmp:
    url = f"sqlite:///{Path(tmp) / 'empty.db'}"
    config = alembic_config(url)
    config.set_main_option("file_template", "2026_11_29_%%(rev)s_%%(slug)s")
    command.revision(
        config, message="initial schema", autogenerate=True, rev_id=REVISION, head="base"
    )
for path, text in parked.items():
    path.write_text(text)
print("regenerated", REVISION)
