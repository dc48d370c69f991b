"""Command tree. Each context's commands live in their own module and are mounted here."""

from __future__ import annotations

import typer

app = typer.Typer(
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Safeharbour: notices, authority requests, detection, enforcement and transparency.",
)


def _mount() -> None:
    # Imported here so that `safeharbour --help` stays quick and import cycles stay impossible.
    from safeharbour.cli import (
        core,
        demo,
        detection,
        exchanges,
        export,
        identities,
        legal,
        matrix,
        report,
        rules,
        worker,
    )

    core.register(app)
    demo.register(app)
    identities.register(app)
    legal.register(app)
    detection.register(app)
    exchanges.register(app)
    rules.register(app)
    report.register(app)
    export.register(app)
    worker.register(app)
    matrix.register(app)


_mount()
