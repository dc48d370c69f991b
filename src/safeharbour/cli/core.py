"""Foundation commands: serve, ingest, audit verify, keys."""

from __future__ import annotations

import uuid
from functools import partial
from pathlib import Path
from typing import Annotated, Any

import orjson
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from safeharbour.cli.common import (
    EXIT_CHECK_FAILED,
    DataDirOption,
    domain_errors,
    err,
    out,
)
from safeharbour.cli.context import cli_actor, open_container

audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log.")
keys_app = typer.Typer(no_args_is_help=True, help="API keys for machines.")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def serve(
    data_dir: DataDirOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    demo: Annotated[bool, typer.Option("--demo", help="Seed a fictional demo platform.")] = False,
    demo_days: Annotated[
        int,
        typer.Option(
            "--demo-days", min=0, max=366, help="With --demo: days of activity ending yesterday."
        ),
    ] = 14,
    demo_volume: Annotated[
        float,
        typer.Option(
            "--demo-volume",
            min=0.01,
            max=20.0,
            help="With --demo: scale of a day (1.0: a few hundred decisions; lower starts faster).",
        ),
    ] = 0.1,
) -> None:
    """Run the HTTP server (API, consoles), the outbox relay and the scheduler."""
    import uvicorn
    from uvicorn.importer import import_from_string

    from safeharbour.bootstrap import build_container
    from safeharbour.config import load_settings
    from safeharbour.web.observability import configure_logging

    settings = load_settings(data_dir)
    if "SAFEHARBOUR_PUBLIC_BASE_URL" not in __import__("os").environ:
        settings.public_base_url = f"http://{host}:{port}"
    configure_logging(settings.log_level)
    with domain_errors():
        container = build_container(settings)
        if demo:
            from safeharbour.demo import seed_demo

            seeded = seed_demo(container, progress=_progress)
            if demo_days:
                from safeharbour.demo.activity import seed_activity

                seed_activity(container, days=demo_days, volume=demo_volume, progress=_progress)
            from safeharbour.demo.topup import top_up_open_work

            top_up_open_work(container)
            seeded.print_welcome(settings.public_base_url)
        else:
            from safeharbour.kit.links import front_door_lines

            lines = ["", "Safeharbour is starting:", *front_door_lines(settings.public_base_url)]
            typer.echo("\n".join(lines) + "\n", err=True)
    # By import string: the CLI imports no transport module (an import contract), and the app
    # factory imports the API routers.
    create_app = import_from_string("safeharbour.web.app:create_app")
    app = create_app(container, background=True)
    try:
        uvicorn.run(app, host=host, port=port, log_config=None, access_log=False)
    finally:
        container.close()


def _ingest_chunk(chunk: list[Any], actor: Any, max_future: Any, unit: Any) -> Any:
    from safeharbour.intake.mirror import do_ingest_events

    return do_ingest_events(unit, chunk, actor=actor, max_future=max_future)


def ingest(
    file: Annotated[Path, typer.Argument(help="JSON Lines: one platform event per line.")],
    data_dir: DataDirOption = None,
    batch_size: Annotated[int, typer.Option(min=1, max=1000)] = 1000,
) -> None:
    """Ingest platform events from FILE.jsonl; prints {"accepted", "duplicates"}.

    The whole file is validated first: any invalid line exits 2 naming `line N.field` and
    nothing is stored. Batches are then committed in order; re-running the same file is
    harmless (events are idempotent on event_id).
    """
    from safeharbour.intake.schemas import check_event_times, read_events_jsonl

    with domain_errors():
        events = read_events_jsonl(file)
    accepted = duplicates = 0
    actor = cli_actor()
    with domain_errors(), open_container(data_dir) as container, _progress() as progress:
        max_future = container.settings.ingest_max_future
        # The whole file first, like every other check: nothing stored if any event is refused.
        check_event_times(events, now=container.clock.now(), max_future=max_future)
        task = progress.add_task("ingesting", total=len(events))
        for start in range(0, len(events), batch_size):
            chunk = events[start : start + batch_size]
            result = container.tx.write(partial(_ingest_chunk, chunk, actor, max_future))
            accepted += result.accepted
            duplicates += result.duplicates
            progress.advance(task, len(chunk))
    out(orjson.dumps({"accepted": accepted, "duplicates": duplicates}).decode())


@audit_app.command("verify")
def audit_verify(
    reports: Annotated[
        Path | None,
        typer.Option(
            "--reports",
            help="Published transparency reports (a day's directory, or a directory of them) "
            "whose audit heads the chain must match, besides the stored ones.",
            exists=True,
            file_okay=False,
        ),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Check the whole audit chain: exit 0 if intact, 1 naming the first broken entry.

    Besides each link, the chain must reach and match every signed checkpoint (database and
    the data directory's audit-checkpoints.jsonl) and every published report's audit head.
    """
    from safeharbour.audit.chain import count_entries

    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
        _progress() as progress,
    ):
        task = progress.add_task("verifying", total=count_entries(session))
        report = container.verify_audit(
            session, reports_dir=reports, progress=lambda n: progress.advance(task, n)
        )
    if report.ok:
        out(f"ok: {report.entries} entries, chain intact")
        err.print(
            f"{report.anchors} signed checkpoints and published audit heads agree", markup=False
        )
        return
    where = f"entry seq {report.first_broken_seq}" if report.first_broken_seq else "anchors"
    out(f"broken: {where}: {report.reason}")
    raise typer.Exit(EXIT_CHECK_FAILED)


@audit_app.command("checkpoint")
def audit_checkpoint(data_dir: DataDirOption = None) -> None:
    """Sign the chain's head now (database and audit-checkpoints.jsonl); prints the signed
    checkpoint, or the latest one when the head has not moved since."""
    from safeharbour.audit.anchor import latest_checkpoint

    with domain_errors(), open_container(data_dir) as container:
        written = container.write_audit_checkpoint()
        if written is None:
            with container.database.reader() as session:
                written = latest_checkpoint(session)
    if written is None:
        err.print("the audit chain is empty: nothing to sign yet", markup=False)
        return
    out(written.line)


@keys_app.command("create")
def keys_create(
    role: Annotated[str, typer.Option("--role", help="Role the key acts with.")],
    owner: Annotated[
        str | None, typer.Option("--owner", help="Agency, flagger or platform id.")
    ] = None,
    label: Annotated[str | None, typer.Option("--label")] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Create an API key and print it (shown once; only its hash is stored)."""
    from safeharbour.authz.keys import do_create_api_key
    from safeharbour.kit.ids import parse_id

    with domain_errors():
        owner_id = parse_id(owner, field="owner") if owner else None
        with open_container(data_dir) as container:
            created = container.tx.write(
                lambda unit: do_create_api_key(
                    unit, role=role, owner_id=owner_id, label=label, actor=cli_actor()
                ),
            )
    out(created.secret)


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id.")],
    data_dir: DataDirOption = None,
) -> None:
    """Revoke an API key by id."""
    from safeharbour.authz.keys import do_revoke_api_key
    from safeharbour.kit.ids import parse_id

    with domain_errors():
        parsed: uuid.UUID = parse_id(key_id, field="key_id")
        with open_container(data_dir) as container:
            container.tx.write(
                lambda unit: do_revoke_api_key(unit, parsed, actor=cli_actor()),
            )
    out(str(parsed))


@keys_app.command("rotate-encryption")
def keys_rotate_encryption(data_dir: DataDirOption = None) -> None:
    """Re-encrypt every encrypted field under the primary (first) encryption key."""
    import safeharbour.models_registry  # noqa: F401  (every context registers its columns)
    from safeharbour.kit.encrypted_fields import do_rotate_encrypted_fields

    with domain_errors(), open_container(data_dir) as container:
        count = container.tx.write(
            lambda unit: do_rotate_encrypted_fields(unit, container.keys.cipher, actor=cli_actor()),
        )
    out(str(count))


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("ingest")(ingest)
    app.add_typer(audit_app, name="audit")
    app.add_typer(keys_app, name="keys")
