"""Demo commands: `demo seed --days N` (the fictional platform and N days of its activity)."""

from __future__ import annotations

from typing import Annotated

import orjson
import typer

from safeharbour.cli.common import DataDirOption, domain_errors, out
from safeharbour.cli.context import open_container

demo_app = typer.Typer(no_args_is_help=True, help="The fictional demo platform and its activity.")


@demo_app.command("seed")
def demo_seed(
    days: Annotated[
        int, typer.Option("--days", min=1, max=366, help="Days of activity ending yesterday (UTC).")
    ] = 14,
    volume: Annotated[
        float,
        typer.Option(
            "--volume", min=0.01, max=20.0, help="Scale of a day (1.0: a few hundred decisions)."
        ),
    ] = 1.0,
    data_dir: DataDirOption = None,
) -> None:
    """Seed the demo platform (when missing) and the missing days of activity; prints a JSON
    summary. Idempotent. Exits 2 on a data directory holding non-demo data."""
    from safeharbour.cli.core import _progress
    from safeharbour.demo import seed_demo
    from safeharbour.demo.activity import seed_activity

    with domain_errors(), open_container(data_dir) as container:
        seed_demo(container, progress=_progress)
        result = seed_activity(container, days=days, volume=volume, progress=_progress)
    out(orjson.dumps(result.as_json()).decode())


def register(app: typer.Typer) -> None:
    app.add_typer(demo_app, name="demo")
