"""Helpers shared by the rules, behaviour and retro-scan tests."""

from __future__ import annotations

from typing import Any

from typer.testing import CliRunner

from safeharbour.cli.app import app


def cli_runner(settings: Any, monkeypatch: Any) -> Any:
    """`invoke(*args)` runs the real CLI on the test's database and data directory."""
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])

    return invoke
