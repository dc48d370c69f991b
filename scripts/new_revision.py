"""Write a new Alembic revision: the difference between the models and the newest schema.

Usage: make revision m="what changes" [rev=0015slug]
   or: .venv/bin/python scripts/new_revision.py "what changes" [--rev 0015slug]

A scratch SQLite database is upgraded to the current head, the models are compared with it,
and the operations are written to `migrations/versions/<yyyy>_<mm>_<dd>_<rev>_<slug>.py`.
Released revisions are never edited (`tests/test_migrations.py` pins them): a schema change
is always a new revision. Read and adjust what autogenerate wrote — it cannot see renames,
and a new NOT NULL column needs a server default — then run `tests/test_migrations.py` on
both databases.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from safeharbour.kit.db import make_engine
from safeharbour.kit.migrate import alembic_config, upgrade_to_head


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("message", help="what the revision changes (becomes the file's slug)")
    parser.add_argument("--rev", help="revision id, e.g. 0015labels (default: random hex)")
    args = parser.parse_args(argv)
    if not args.message.strip():
        parser.error('message: describe the change, e.g. m="notice language column"')
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'head.db'}"
        engine = make_engine(url)
        upgrade_to_head(engine)
        engine.dispose()
        config = alembic_config(url)
        heads = ScriptDirectory.from_config(config).get_heads()
        if len(heads) != 1:
            print(f"error: {len(heads)} heads ({', '.join(heads)}); merge them first")
            return 1
        script = command.revision(
            config, message=args.message.strip(), autogenerate=True, rev_id=args.rev or None
        )
    path = getattr(script, "path", None)
    print(f"wrote {path}" if path else "no revision written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
