"""`safeharbour export ...`: DSA exports (docs/transparency.md, "DSA exports").

Contract:
- `export sor --date D --out DIR` writes `sor-0001.json`, ... each `{"statements": [...]}` with
  1-100 statements of reasons of that UTC day; prints `<date> <statements> <files>`. Every
  statement is validated first: if one would be refused, nothing is written and it exits 1.
- `export sor --validate FILE...` checks batch files, single statements and `{"payload": ...}`
  wrappers; prints one line per problem (`error: FILE statement N: FIELD: message`, warnings
  likewise) and exits 0 when every statement is valid (warnings allowed), otherwise 1.
- `export transparency --from D --to D --out DIR` writes one CSV per table of Implementing
  Regulation (EU) 2024/2835 and a README.txt listing the fields left empty.
Every command reads the database named by `--data-dir` / `SAFEHARBOUR_DATABASE_URL`; no server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from safeharbour.cli.common import (
    EXIT_CHECK_FAILED,
    DataDirOption,
    domain_errors,
    err,
    fail,
    out,
)


def register(app: typer.Typer) -> None:
    export = typer.Typer(no_args_is_help=True, help="DSA exports: statements of reasons, reports.")
    export.command("sor")(sor_command)
    export.command("transparency")(transparency_command)
    app.add_typer(export, name="export")


def sor_command(
    day: Annotated[str | None, typer.Option("--date", help="The UTC day, YYYY-MM-DD.")] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Directory to write sor-NNNN.json into.")
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Validate the FILES instead of exporting.")
    ] = False,
    files: Annotated[list[Path] | None, typer.Argument(help="Files to validate.")] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Export a day's statements of reasons (Transparency Database format), or validate files."""
    if validate:
        _validate(files or [])
        return
    if files:
        fail("files are only taken with --validate", field="files")
    if day is None:
        fail("--date is required (or --validate FILE...)", field="date")
    if out_dir is None:
        fail("--out is required", field="out")
    from safeharbour.cli.context import open_container
    from safeharbour.transparency.reports import parse_day
    from safeharbour.transparency.sor_export import InvalidExport, export_day

    with domain_errors():
        parsed = parse_day(day)
        with open_container(data_dir) as container, container.database.reader() as session:
            try:
                count, written = export_day(session, parsed, out_dir)
            except InvalidExport as exc:
                for puid, field, message in exc.problems:
                    err.print(f"error: statement {puid}: {field}: {message}", markup=False)
                fail(
                    "nothing written: the statements above would be refused", code=EXIT_CHECK_FAILED
                )
    out(f"{parsed.isoformat()} {count} {len(written)}")


def _validate(files: list[Path]) -> None:
    from safeharbour.transparency.sor_validate import validate_file

    if not files:
        fail("name at least one file to validate", field="files")
    statements = errors = warnings = 0
    with Progress(console=err, transient=True, disable=len(files) < 20) as progress:
        task = progress.add_task("validating", total=len(files))
        for path in files:
            count, problems = validate_file(path)
            statements += count
            for problem in problems:
                out(problem.line())
                if problem.severity == "error":
                    errors += 1
                else:
                    warnings += 1
            progress.advance(task)
    err.print(
        f"{len(files)} files, {statements} statements: {errors} errors, {warnings} warnings",
        markup=False,
    )
    if errors:
        raise typer.Exit(EXIT_CHECK_FAILED)


def transparency_command(
    start: Annotated[str, typer.Option("--from", help="First UTC day, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--to", help="Last UTC day (included), YYYY-MM-DD.")],
    out_dir: Annotated[Path, typer.Option("--out", help="Directory to write the CSVs into.")],
    data_dir: DataDirOption = None,
) -> None:
    """The harmonised transparency-report tables (Implementing Regulation (EU) 2024/2835)."""
    from safeharbour.cli.context import open_container
    from safeharbour.transparency.dsa_tables import parse_period, write_tables

    with domain_errors():
        first, last = parse_period(start, end)
        with open_container(data_dir) as container, container.database.reader() as session:
            written = write_tables(
                session, first, last, out_dir, service=container.settings.platform_name
            )
    out(f"{first.isoformat()}/{last.isoformat()} {len(written)}")
