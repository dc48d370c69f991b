"""Shared CLI pieces: the `--data-dir` option, output streams, error-to-exit-code mapping."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from safeharbour.kit.errors import DomainError, InvalidInput

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_INVALID = 2

err = Console(stderr=True, highlight=False, soft_wrap=True)

DataDirOption = Annotated[
    Path | None,
    typer.Option(
        "--data-dir",
        help="Data directory (default: $SAFEHARBOUR_DATA_DIR, then ./safeharbour-data).",
        show_default=False,
    ),
]


def out(line: str) -> None:
    """Contract output: one line on stdout."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(message: str, *, field: str | None = None, code: int = EXIT_INVALID) -> NoReturn:
    prefix = f"error: {field}: " if field else "error: "
    err.print(prefix + message, markup=False)
    raise typer.Exit(code)


@contextlib.contextmanager
def domain_errors() -> Iterator[None]:
    """Map domain errors to exit codes; invalid input names its field on stderr."""
    try:
        yield
    except InvalidInput as exc:
        if exc.errors:
            for item in exc.errors:
                err.print(f"error: {item.field}: {item.message}", markup=False)
            raise typer.Exit(EXIT_INVALID) from None
        fail(exc.message)
    except DomainError as exc:
        fail(f"{exc.code}: {exc.message}", field=exc.errors[0].field if exc.errors else None)
