"""Detection rules commands: `rules check`, `rules test`, `rules backtest`, `rules outcomes`, and
`bank rescan`.

`check` and `test` need no database: they read rules and fixture files. `backtest` reads the
data directory's stored posts and stores nothing. Exit codes: 0 fine, 1 a fixture failed,
2 invalid rules, fixtures or options.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from safeharbour.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_INVALID,
    DataDirOption,
    domain_errors,
    err,
    fail,
    out,
)
from safeharbour.cli.context import cli_actor, open_container

if TYPE_CHECKING:
    from rich.progress import Progress

    from safeharbour.config import Settings
    from safeharbour.detection.rules.engine import RuleSet

rules_app = typer.Typer(no_args_is_help=True, help="Detection rules as data (YAML).")


def register(app: typer.Typer) -> None:
    from safeharbour.cli.detection import bank_app

    app.add_typer(rules_app, name="rules")
    rules_app.command("check")(rules_check)
    rules_app.command("test")(rules_test)
    rules_app.command("backtest")(rules_backtest)
    rules_app.command("outcomes")(rules_outcomes)
    bank_app.command("rescan")(bank_rescan)


def _progress() -> Progress:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )


def _load(paths: list[Path], *, missing_ok: bool = False) -> RuleSet:
    """Rules of these files (a directory: its *.yaml); exit 2 listing every error.
    `missing_ok`: a missing path (the data directory's `rules/`) has no rules."""
    from safeharbour.detection.rules.loader import InvalidRules, load_rules, rule_files

    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(rule_files(path))
        elif path.is_file():
            files.append(path)
        elif not missing_ok:
            fail("no such file", field=str(path))
    try:
        return load_rules(files)
    except InvalidRules as exc:
        for error in exc.errors:
            err.print(f"error: {error}", markup=False)
        raise typer.Exit(EXIT_INVALID) from None


def rules_in_force(settings: Settings) -> RuleSet:
    """The data directory's rules for a command (`scan`): invalid ones exit 2."""
    return _load([settings.resolved_rules_dir], missing_ok=True)


def _summary(rules: RuleSet) -> str:
    own = [r for r in rules.rules if not r.builtin]
    shadow = sum(1 for r in own if r.shadow)
    builtin = "with" if any(r.builtin for r in rules.rules) else "without"
    return (
        f"{len(own)} rules ({shadow} in shadow mode), {builtin} the banks' own policies, "
        f"version {rules.version[:12]}"
    )


def rules_check(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="[FILE...]",
            help="Rules files or directories; default: the data directory's rules.",
            show_default=False,
        ),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Validate rules files; prints a summary, or every error (`file:line: path: reason`)
    on stderr and exits 2."""
    from safeharbour.config import load_settings

    if files:
        rules = _load(list(files))
    else:
        rules = _load([load_settings(data_dir).resolved_rules_dir], missing_ok=True)
    out(f"ok: {_summary(rules)}")


def rules_test(
    file: Annotated[Path, typer.Argument(help="Fixtures (YAML or JSON).")],
    data_dir: DataDirOption = None,
) -> None:
    """Run rule fixtures: each input post and context against the rules, compared with the
    expected outcome. The rules are the files the fixture file names under `rules:` (relative
    to it), else the data directory's. Exit 0 all pass, 1 a fixture failed (named), 2 invalid
    rules or fixtures."""
    from safeharbour.config import load_settings
    from safeharbour.detection.rules.fixtures import read_fixture_file, run_fixtures
    from safeharbour.detection.rules.loader import InvalidRules

    if not file.is_file():
        fail("no such file", field=str(file))
    try:
        fixtures = read_fixture_file(file)
    except InvalidRules as exc:
        for error in exc.errors:
            err.print(f"error: {error}", markup=False)
        raise typer.Exit(EXIT_INVALID) from None
    if fixtures.rules:
        paths = [(file.parent / name) for name in fixtures.rules]
    else:
        paths = [load_settings(data_dir).resolved_rules_dir]
    rules = _load(paths, missing_ok=not fixtures.rules)
    try:
        results = run_fixtures(rules, fixtures)
    except InvalidRules as exc:
        for error in exc.errors:
            err.print(f"error: {file.name}: {error.path}: {error.message}", markup=False)
        raise typer.Exit(EXIT_INVALID) from None
    failed = [r for r in results if not r.passed]
    for result in results:
        if result.passed:
            out(f"pass: {result.name}")
        else:
            out(f"FAIL: {result.name}: {'; '.join(result.problems)}")
    out(f"{len(results) - len(failed)} passed, {len(failed)} failed ({_summary(rules)})")
    if failed:
        raise typer.Exit(EXIT_CHECK_FAILED)


def _date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        fail("expected a date YYYY-MM-DD", field="--since")


def rules_backtest(
    since: Annotated[str, typer.Option("--since", help="Replay posts from this day (UTC).")],
    rules_file: Annotated[
        list[Path] | None,
        typer.Option("--rules", help="Candidate rules (file or directory); default: in force."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Replay stored posts since a day through today's banks and the candidate rules, and print
    what would change against what was decided: verdicts, per-rule counts, example post ids.
    Stores nothing."""
    from safeharbour.bootstrap import detection_scanner_factory
    from safeharbour.detection.rules.backtest import backtest, count_posts

    start = _date(since)
    with domain_errors(), open_container(data_dir) as container:
        rules = _load(list(rules_file)) if rules_file else rules_in_force(container.settings)
        with container.database.reader() as session:
            # The pipeline's scanner: with the classifiers of SAFEHARBOUR_CLASSIFIERS.
            scanner = detection_scanner_factory(container)(session)
            total = count_posts(session, start)
            with _progress() as progress:
                task = progress.add_task("replaying posts", total=total)
                report = backtest(
                    session,
                    scanner,
                    rules,
                    start,
                    advance=lambda n: progress.advance(task, n),
                )
    if as_json:
        out(json.dumps(report.as_json(), sort_keys=True))
        return
    out(f"rules {rules.version[:12]}: {report.posts} posts since {report.since}")
    out(f"{report.changed} verdicts would change")
    for (was, now), count in sorted(report.verdicts.items()):
        mark = "" if was == now else "  (change)"
        out(f"  verdict {was} -> {now}: {count}{mark}")
    for rule, counts in sorted(report.rules.items()):
        figures = ", ".join(
            f"{k} {counts[k]}"
            for k in ("candidate", "decided", "new", "gone", "shadow")
            if counts[k]
        )
        out(f"  rule {rule}: {figures}")
    for key, ids in sorted(report.examples.items()):
        out(f"  e.g. {key}: {', '.join(ids)}")


def rules_outcomes(
    shadow: Annotated[
        bool | None,
        typer.Option("--shadow/--no-shadow", help="Only shadow (or only live) outcomes."),
    ] = None,
    rule: Annotated[str | None, typer.Option("--rule", help="Only this rule id.")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=10_000)] = 50,
    data_dir: DataDirOption = None,
) -> None:
    """Recorded rule outcomes, newest first, one JSON line each (shadow: what it would have
    done)."""
    from safeharbour.detection.queries import rule_outcomes

    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        rows = rule_outcomes(session, shadow=shadow, rule=rule, limit=limit)
    for row in rows:
        out(json.dumps(row, sort_keys=True))


def bank_rescan(
    name: Annotated[str, typer.Argument(help="Bank name.")],
    batch: Annotated[int, typer.Option("--batch", min=1, max=10_000)] = 200,
    data_dir: DataDirOption = None,
) -> None:
    """Re-scan the stored posts against bank NAME's current version now (resuming a rescan an
    interruption left), feeding matches through the pipeline; prints the summary as JSON."""
    from safeharbour.bootstrap import detection_rules, detection_scanners
    from safeharbour.detection.banks.actions import get_bank
    from safeharbour.detection.models import Rescan
    from safeharbour.detection.retroscan import do_rescan_batch, do_start_rescan, rescan_json
    from safeharbour.enforcement.ports import is_reversible
    from safeharbour.kit.db import UnitOfWork
    from safeharbour.kit.errors import NotFound

    actor = cli_actor()
    with domain_errors(), open_container(data_dir) as container:
        source = detection_rules(container)
        rules, error = source.poll()
        if error is not None:
            err.print(f"warning: rules invalid, the last good ones apply: {error}", markup=False)

        def start(unit: UnitOfWork) -> tuple[object, int, int]:
            bank = get_bank(unit.session, name)
            if bank is None:
                raise NotFound("no such bank", field="name")
            rescan = do_start_rescan(unit, bank, actor=actor)
            return rescan.id, rescan.total, rescan.scanned

        rescan_id, total, done = container.tx.write(start)
        platform = container.nta.platform
        scanners = detection_scanners(container)
        with _progress() as progress:
            task = progress.add_task(f"rescanning {name}", total=max(total, done), completed=done)
            while True:
                with container.database.uow() as unit:
                    result = do_rescan_batch(
                        unit,
                        rescan_id,  # type: ignore[arg-type]
                        rules=rules,
                        policy=container.nta.review,
                        is_reversible=lambda kind: is_reversible(platform, kind),
                        batch=batch,
                        scanner=scanners(),
                    )
                    unit.commit()
                if result.decided:
                    container.nta.dispatch_enforcement(result.decided)
                if result.finished:
                    break
                progress.advance(task, result.scanned)
        with container.database.reader() as session:
            row = session.get(Rescan, rescan_id)
            summary = rescan_json(row) if row is not None else {}
    out(json.dumps(summary, sort_keys=True))
