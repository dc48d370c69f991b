"""The `safeharbour` command.

Conventions every command keeps: stdout carries only the contract output (ids alone on a
line, JSON objects); progress bars and messages go to stderr. Exit 0 ok, 1 a check failed,
2 invalid input with the field named on stderr. Every command that touches the database
accepts `--data-dir` after its own name, creates the directory and applies pending migrations.
"""

from __future__ import annotations

import sys

from safeharbour.cli.app import app


def main() -> None:
    try:
        app(prog_name="safeharbour")
    except KeyboardInterrupt:
        sys.exit(130)


__all__ = ["app", "main"]
