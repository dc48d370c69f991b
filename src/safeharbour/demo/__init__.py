"""A small fictional platform for demos and first runs: `safeharbour serve --demo`.

Everything is deterministic from a seed, and seeding is idempotent: events carry fixed ids,
users and keys are looked up before they are created. A data directory that holds anything
that is not demo data is refused (exit 2), so a demo can never be mixed into real records.
"""

from safeharbour.demo.seed import DemoSeed, seed_demo

__all__ = ["DemoSeed", "seed_demo"]
