"""`safeharbour worker`: one process of the scale-out layout (docs/operations.md)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from safeharbour.cli.common import DataDirOption, domain_errors, err


class WorkerRole(StrEnum):
    DETECTION = "detection"
    ENFORCEMENT = "enforcement"
    NOTIFY = "notify"
    SCHEDULER = "scheduler"


def worker(
    role: Annotated[
        list[WorkerRole],
        typer.Option(
            "--role",
            help="What this process works on; repeat for several. detection and notify need "
            "SAFEHARBOUR_BUS=nats.",
        ),
    ],
    concurrency: Annotated[
        int, typer.Option(min=1, max=256, help="Handler threads (bus) and loops (polled work).")
    ] = 1,
    metrics_port: Annotated[
        int | None,
        typer.Option(min=1, max=65535, help="Serve Prometheus metrics on this port."),
    ] = None,
    metrics_host: Annotated[
        str, typer.Option(help="Interface for --metrics-port (0.0.0.0 for a remote scraper).")
    ] = "127.0.0.1",
    data_dir: DataDirOption = None,
) -> None:
    """Run worker roles until SIGTERM/SIGINT, then finish in-flight work and exit 0."""
    from safeharbour.bootstrap import build_container
    from safeharbour.config import load_settings
    from safeharbour.runtime.worker import Worker
    from safeharbour.web.observability import configure_logging

    settings = load_settings(data_dir)
    configure_logging(settings.log_level)
    roles = sorted({r.value for r in role})
    with domain_errors():
        container = build_container(settings, roles=roles, concurrency=concurrency)
    process = Worker(
        container,
        concurrency=concurrency,
        metrics_port=metrics_port,
        metrics_host=metrics_host,
    )
    err.print(
        f"worker: roles {', '.join(roles)}; concurrency {concurrency}; bus {container.bus.name}"
        + (f"; metrics on {metrics_host}:{metrics_port}" if metrics_port else ""),
        markup=False,
    )
    raise typer.Exit(process.run())


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
