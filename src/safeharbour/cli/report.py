"""`safeharbour report ...`: the verifiable daily transparency report (docs/transparency.md).

Contract: `report daily --date D --out DIR` writes report.json, report.csv, index.html,
leaves.jsonl and root.json (exit 2 for a date not before today, UTC; a published day is
re-emitted byte for byte); `report verify DIR` exits 0, or 1 naming the first mismatch.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from safeharbour.cli.common import EXIT_CHECK_FAILED, DataDirOption, domain_errors, fail, out


def register(app: typer.Typer) -> None:
    report = typer.Typer(no_args_is_help=True, help="Daily transparency reports.")
    report.command("daily")(daily_command)
    report.command("verify")(verify_command)
    app.add_typer(report, name="report")


def daily_command(
    day: Annotated[str, typer.Option("--date", help="The UTC day, YYYY-MM-DD.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write the files into.")],
    data_dir: DataDirOption = None,
) -> None:
    """Publish (or re-emit) the report of one finished UTC day."""
    from safeharbour.cli.context import open_container
    from safeharbour.transparency.reports import do_publish_day, parse_day, write_files

    with domain_errors():
        parsed = parse_day(day)
        with open_container(data_dir) as container, container.database.uow() as unit:
            report = do_publish_day(unit, parsed, signer=container.keys.signer)
            unit.commit()
            write_files(report, out_dir)
            out(f"{report.date} {report.tree_size} {report.root}")


def verify_command(
    directory: Annotated[Path, typer.Argument(help="A directory written by `report daily`.")],
) -> None:
    """Recompute every number, the root and the signature of a published report."""
    from safeharbour.transparency.reports import verify_dir

    problem = verify_dir(directory)
    if problem is not None:
        fail(problem, code=EXIT_CHECK_FAILED)
    out("ok")
