"""Build this folder's fixtures WITH THE RELEASED 0.2.0 CODE (see README.md here).

Run from a worktree of the release, never from today's code:

    git worktree add /tmp/rel-0.2.0 bd1d700
    PYTHONPATH=/tmp/rel-0.2.0/src .venv/bin/python \
        tests/data/releases/0.2.0/make_fixture.py DATA_DIR [DATABASE_URL]

It seeds a smaller demo platform than `demo seed` does (so the files stay small) and one day of
demo activity on a fixed date through the released actions, then prints the row counts that
`test_release_upgrade.py` pins.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import inspect, text

import safeharbour
from safeharbour.bootstrap import build_container
from safeharbour.config import load_settings
from safeharbour.demo.activity import seed_activity
from safeharbour.demo.platform import DemoPlatform
from safeharbour.demo.seed import DEMO_ACTOR, seed_demo
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal

# The day after the last simulated one: the activity covers 2026-12-06, the day before the
# release date.
TODAY = date(2026, 12, 7)


def main() -> None:
    assert safeharbour.__version__ == "0.1.0", "run this with the released code (see README.md)"
    data_dir = Path(sys.argv[1])
    if len(sys.argv) > 2:
        os.environ["SAFEHARBOUR_DATABASE_URL"] = sys.argv[2]
    else:
        os.environ.pop("SAFEHARBOUR_DATABASE_URL", None)
    container = build_container(load_settings(data_dir))
    try:
        seed_demo(container, platform=DemoPlatform(seed=2024, accounts=40, channels=6, posts=80))
        result = seed_activity(container, days=1, volume=0.1, today=TODAY)
        # The demo raises detection signals without banks; one bank keeps those tables
        # represented in the fixture.
        with container.database.uow() as unit:
            bank = do_create_bank(
                unit, "release-fixture-urls", policy="review", source="fixture", actor=DEMO_ACTOR
            )
            do_add_bank_entries(
                unit,
                bank,
                Signal.URL,
                ["https://spam.example/win", "https://phish.example/login"],
                actor=DEMO_ACTOR,
            )
            unit.commit()
        engine = container.database.engine
        with engine.connect() as conn:
            counts = {
                name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
                for name in sorted(inspect(conn).get_table_names())
            }
    finally:
        container.close()
    print(json.dumps({"activity": result.as_json(), "counts": counts}, indent=1))


if __name__ == "__main__":
    main()
