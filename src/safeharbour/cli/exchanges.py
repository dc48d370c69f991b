"""Exchange commands: `exchange add`, `exchange set`, `exchange list`, `exchange fetch`,
`exchange status`.

An exchange is a hash-sharing programme that fills one bank (docs/hash-sharing.md). Stdout
carries the contract (one JSON line per exchange, or a summary line); progress goes to stderr.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from safeharbour.cli.common import DataDirOption, domain_errors, err, fail, out
from safeharbour.cli.context import cli_actor, open_container

exchange_app = typer.Typer(
    no_args_is_help=True, help="Hash-sharing exchanges: configured sources of banks."
)


def register(app: typer.Typer) -> None:
    app.add_typer(exchange_app, name="exchange")
    exchange_app.command("add")(exchange_add)
    exchange_app.command("list")(exchange_list)
    exchange_app.command("fetch")(exchange_fetch)
    exchange_app.command("status")(exchange_status)
    exchange_app.command("set")(exchange_set)


def exchange_add(
    name: Annotated[str, typer.Argument(help="Exchange name; its bank gets the same name.")],
    kind: Annotated[
        str, typer.Option("--kind", help="hashlist | stopncii | ncmec | tat | threatexchange")
    ],
    url: Annotated[
        str | None, typer.Option("--url", help="hashlist: the feed's URL (https://...).")
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="stopncii, ncmec, tat, threatexchange: another API base URL (a test environment).",
        ),
    ] = None,
    environment: Annotated[
        str | None,
        typer.Option(
            "--environment",
            help="ncmec: an NCMECEnvironment name (default test_Industry; Industry in production).",
        ),
    ] = None,
    privacy_group: Annotated[
        int | None,
        typer.Option("--privacy-group", help="threatexchange: the privacy group's numeric id."),
    ] = None,
    page_size: Annotated[int | None, typer.Option("--page-size", min=1, max=10_000)] = None,
    credentials_file: Annotated[
        Path | None,
        typer.Option(
            "--credentials-file",
            help="A JSON object of credentials (hashlist: token; stopncii: subscription_key, "
            "fetch_function_key; ncmec, tat: username, password; threatexchange: api_token), "
            "stored encrypted.",
        ),
    ] = None,
    policy: Annotated[
        str,
        typer.Option(
            "--policy", help="act|review|tag; review unless you decide its hashes may act."
        ),
    ] = "review",
    category: Annotated[
        str | None, typer.Option("--category", help="STATEMENT_CATEGORY_* (DSA category).")
    ] = None,
    pdq_threshold: Annotated[
        int, typer.Option("--pdq-threshold", help="This exchange's PDQ distance threshold.")
    ] = 31,
    every: Annotated[int, typer.Option("--every", help="Minutes between scheduled fetches.")] = 60,
    data_dir: DataDirOption = None,
) -> None:
    """Configure an exchange and create the bank it fills; prints its state as one JSON line.

    The settings and credentials are checked by building the client first: a missing URL or
    key exits 2 naming it, and nothing is stored."""
    from safeharbour.detection.exchanges.actions import do_create_exchange
    from safeharbour.detection.exchanges.queries import exchange_states

    credentials: dict[str, str] = {}
    if credentials_file is not None:
        try:
            loaded = json.loads(credentials_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            fail(f"not a readable JSON file: {exc}", field="--credentials-file")
        if not isinstance(loaded, dict) or not all(isinstance(v, str) for v in loaded.values()):
            fail("expected a JSON object of strings", field="--credentials-file")
        credentials = {str(k): v for k, v in loaded.items()}
    settings: dict[str, Any] = {}
    if url:
        settings["url"] = url
    if base_url:
        settings["base_url"] = base_url
    if page_size:
        settings["page_size"] = page_size
    if environment:
        settings["environment"] = environment
    if privacy_group:
        settings["privacy_group"] = privacy_group
    actor = cli_actor()
    with domain_errors(), open_container(data_dir) as container:
        cipher = container.keys.cipher
        container.tx.write(
            lambda unit: do_create_exchange(
                unit,
                name,
                kind=kind,
                settings=settings,
                credentials=credentials,
                cipher=cipher,
                policy=policy,
                category=category,
                pdq_threshold=pdq_threshold,
                fetch_every_minutes=every,
                actor=actor,
            )
        )
        states = container.tx.read(exchange_states)
    out(_json(next(s for s in states if s["name"] == name.strip())))


def exchange_set(
    name: Annotated[str, typer.Argument(help="Exchange name.")],
    surfaces: Annotated[
        str | None,
        typer.Option(
            "--surfaces", help="Where its hashes match: public, private or public,private."
        ),
    ] = None,
    eu_private_basis: Annotated[
        str | None,
        typer.Option(
            "--eu-private-basis",
            help="The legal basis for matching EU/EEA users' private messages, in words "
            "(without it, such matches are dropped).",
        ),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Set where an exchange's hashes may match; prints its state as one JSON line."""
    from safeharbour.detection.exchanges.actions import do_set_exchange_surfaces
    from safeharbour.detection.exchanges.queries import exchange_states

    listed = [s.strip() for s in surfaces.split(",")] if surfaces is not None else None
    actor = cli_actor()
    with domain_errors(), open_container(data_dir) as container:
        container.tx.write(
            lambda unit: do_set_exchange_surfaces(
                unit, name, surfaces=listed, eu_private_basis=eu_private_basis, actor=actor
            )
        )
        states = container.tx.read(exchange_states)
    out(_json(next(s for s in states if s["name"] == name)))


def exchange_list(data_dir: DataDirOption = None) -> None:
    """One JSON line per exchange: kind, bank controls, state, entries, unsupported types."""
    from safeharbour.detection.exchanges.queries import exchange_states

    with domain_errors(), open_container(data_dir) as container:
        states = container.tx.read(exchange_states)
    for state in states:
        out(_json(state))


def exchange_status(
    name: Annotated[str, typer.Argument(help="Exchange name.")],
    data_dir: DataDirOption = None,
) -> None:
    """The exchange's state as one JSON line; exit 2 when there is no such exchange."""
    from safeharbour.detection.exchanges.queries import exchange_states

    with domain_errors(), open_container(data_dir) as container:
        states = container.tx.read(exchange_states)
    found = [s for s in states if s["name"] == name]
    if not found:
        fail("no such exchange", field="name")
    out(_json(found[0]))


def exchange_fetch(
    name: Annotated[str, typer.Argument(help="Exchange name.")],
    max_pages: Annotated[
        int | None, typer.Option("--max-pages", min=1, help="Stop after N pages.")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Fetch from the stored checkpoint until the provider has no more; prints a summary line.

    Each page is committed with its checkpoint, so an interrupted fetch resumes where it
    stopped. A provider error is recorded on the exchange and exits 1."""
    from safeharbour.detection.exchanges.fetch import FetchResult, fetch_exchange

    actor = cli_actor()
    with (
        domain_errors(),
        open_container(data_dir) as container,
        Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
        ) as progress,
    ):
        task = progress.add_task(f"exchange {name}: fetching", total=None)

        def on_page(result: FetchResult) -> None:
            progress.update(
                task,
                description=f"exchange {name}: {result.pages} pages, +{result.added} "
                f"~{result.updated} -{result.deleted}",
            )

        result = fetch_exchange(
            container.tx,
            container.keys.cipher,
            name,
            actor=actor,
            max_pages=max_pages,
            on_page=on_page,
        )
    summary = (
        f"exchange {name}: {result.pages} pages, added {result.added}, updated "
        f"{result.updated}, deleted {result.deleted}, unsupported {result.unsupported}, "
        f"rejected {result.rejected}, {'complete' if result.complete else 'more to fetch'}"
    )
    out(summary)
    if result.error is not None:
        err.print(f"error: {result.error}", markup=False)
        raise typer.Exit(1)


def _json(state: dict[str, Any]) -> str:
    return json.dumps(state, sort_keys=True, separators=(",", ":"))
