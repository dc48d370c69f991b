"""Detection commands: `hash`, `bank import`, `bank export`, `bank set`, `bank list`,
`bank release-entry`, `scan`, `classifier score`, `classifier serve`.

`hash` needs no server and no data directory: it reads the files it is given and prints, so an
operator can check what Safeharbour would compute for a file before importing it into a bank or
comparing it with a hash an exchange sent. `bank` and `scan` work on the data directory's banks,
without a running server; `scan` only reads.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from safeharbour.cli.common import DataDirOption, domain_errors, err, fail, out
from safeharbour.cli.context import cli_actor, open_container

if TYPE_CHECKING:
    from safeharbour.detection.classifiers import Classifier
    from safeharbour.detection.signals.hashing import MediaHashes
    from safeharbour.kit.db import UnitOfWork

NOT_AN_IMAGE = "not an image"


bank_app = typer.Typer(no_args_is_help=True, help="Hash, URL and text banks.")
classifier_app = typer.Typer(
    no_args_is_help=True,
    help="Text classifiers (SAFEHARBOUR_CLASSIFIERS). Training: scripts/train_classifier.py.",
)
ClassifiersOption = Annotated[
    str | None,
    typer.Option(
        "--classifiers",
        help="default, onnx:PATH, onnx:default or an http(s):// URL, comma-separated "
        "(default: SAFEHARBOUR_CLASSIFIERS, else the shipped model).",
    ),
]


def register(app: typer.Typer) -> None:
    app.command("hash")(hash_command)
    app.add_typer(bank_app, name="bank")
    bank_app.command("import")(bank_import)
    bank_app.command("export")(bank_export)
    bank_app.command("set")(bank_set)
    bank_app.command("list")(bank_list)
    bank_app.command("release-entry")(bank_release_entry)
    app.command("scan")(scan_command)
    app.add_typer(classifier_app, name="classifier")
    classifier_app.command("score")(classifier_score)
    classifier_app.command("serve")(classifier_serve)


def hash_command(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="FILE...", help="Files to hash.", show_default=False),
    ],
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help='One JSON object per file and line: {"path", "sha256", "md5", "pdq", '
            '"pdq_quality"}; "pdq" is 64 hex characters, null for non-images.',
        ),
    ] = False,
) -> None:
    """Print SHA-256, MD5 and PDQ (with its quality) of each FILE.

    PDQ hashes below quality 50 are shown but would not be matched against banks. Exit 2 if a
    file cannot be read, before anything is printed when it is missing.
    """
    # Imported here: numpy, Pillow and pdqhash would slow every other command's start.
    from safeharbour.detection.signals.hashing import hash_file

    for path in files:
        if not path.exists():
            fail("no such file", field=str(path))
        if path.is_dir():
            fail("is a directory", field=str(path))
    rows: list[tuple[str, MediaHashes]] = []
    for path in files:
        try:
            hashes = hash_file(path)
        except OSError as exc:
            fail(exc.strerror or str(exc), field=str(path))
        if as_json:
            out(json.dumps(_json_record(str(path), hashes)))
            if hashes.pdq_skipped and hashes.pdq_skipped != NOT_AN_IMAGE:
                err.print(f"warning: {path}: no PDQ: {hashes.pdq_skipped}", markup=False)
        else:
            rows.append((str(path), hashes))
    if not as_json:
        _print_table(rows)


def _json_record(path: str, hashes: MediaHashes) -> dict[str, object]:
    return {
        "path": path,
        "sha256": hashes.sha256,
        "md5": hashes.md5,
        "pdq": hashes.pdq,
        "pdq_quality": hashes.pdq_quality,
    }


def _print_table(rows: list[tuple[str, MediaHashes]]) -> None:
    header = ("PATH", "SHA256", "MD5", "PDQ", "QUALITY", "NOTE")
    lines = [header]
    for path, hashes in rows:
        if hashes.pdq is None:
            note = hashes.pdq_skipped or ""
        elif not hashes.pdq_matchable:
            note = "low quality: not matched"
        else:
            note = ""
        quality = "-" if hashes.pdq_quality is None else str(hashes.pdq_quality)
        lines.append((path, hashes.sha256, hashes.md5, hashes.pdq or "-", quality, note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for line in lines:
        out("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip())


SIGNALS = ("pdq", "md5", "sha256", "url", "domain", "keyword", "regex")


def bank_import(
    name: Annotated[str, typer.Argument(help="Bank name (created if missing).")],
    file: Annotated[Path, typer.Argument(help="Values: one per line unless --format says else.")],
    signal: Annotated[
        str, typer.Option("--signal", help="pdq|md5|sha256|url|domain|keyword|regex")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="lines (default), csv or threatexchange.")
    ] = "lines",
    allow_list: Annotated[
        bool,
        typer.Option("--allow-list", help="When creating NAME: make it an allow-list."),
    ] = False,
    remove: Annotated[
        bool, typer.Option("--remove", help="Remove the values from NAME instead of adding.")
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Add the values of FILE to bank NAME; prints one summary line.

    A new bank is enabled with action policy `review`. Every value is validated first (pdq and
    sha256: 64 hex, md5: 32 hex, regex: compiles and is safe, url and domain: parse under a public
    suffix): an invalid one exits 2 naming `line N` and nothing is stored. Values already in the
    bank are skipped, so re-importing a file is harmless.
    """
    from safeharbour.detection.banks.actions import (
        do_add_bank_entries,
        do_create_bank,
        do_remove_bank_entries,
        get_bank,
    )
    from safeharbour.detection.banks.values import FORMATS, Signal, normalise_value, read_values

    if signal not in SIGNALS:
        fail(f"expected one of {', '.join(SIGNALS)}", field="--signal")
    if fmt not in FORMATS:
        fail(f"expected one of {', '.join(FORMATS)}", field="--format")
    if not file.is_file():
        fail("no such file", field=str(file))
    kind = Signal(signal)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        fail("not UTF-8 text", field=str(file))
    values: list[str] = []
    errors: list[str] = []
    try:
        for number, raw in read_values(kind, text, fmt):
            try:
                values.append(normalise_value(kind, raw))
            except ValueError as exc:
                errors.append(f"line {number}: {exc}")
                if len(errors) >= 100:
                    break
    except ValueError as exc:
        errors.append(str(exc))
    if errors:
        for message in errors:
            err.print(f"error: {message}", markup=False)
        raise typer.Exit(2)
    actor = cli_actor()

    def work(unit: UnitOfWork) -> tuple[bool, int, int]:
        from safeharbour.detection.exchanges.queries import exchange_bank_names
        from safeharbour.kit.errors import InvalidInput

        if name in exchange_bank_names(unit.session):
            raise InvalidInput("the bank is filled by its exchange, not by files", field="name")
        bank = get_bank(unit.session, name)
        created = bank is None
        if bank is None:
            if remove:
                from safeharbour.kit.errors import NotFound

                raise NotFound("no such bank", field="name")
            bank = do_create_bank(unit, name, allow_list=allow_list, actor=actor)
        if remove:
            changed = do_remove_bank_entries(unit, bank, kind, values, actor=actor)
        else:
            changed = do_add_bank_entries(unit, bank, kind, values, actor=actor)
        return created, changed, len(set(values))

    with domain_errors(), open_container(data_dir) as container:
        created, changed, distinct = container.tx.write(work)
    verb = "removed" if remove else "added"
    unchanged = "not found" if remove else "already present"
    out(
        f"bank {name}: {verb} {changed} {signal} values, {distinct - changed} {unchanged}"
        + (" (bank created: enabled, policy review)" if created else "")
    )


def bank_export(
    name: Annotated[str, typer.Argument(help="Bank name.")],
    fmt: Annotated[
        str, typer.Option("--format", help="plain (one value per line), csv or threatexchange.")
    ] = "plain",
    signal: Annotated[
        str | None,
        typer.Option(
            "--signal", help="Only this signal (pdq|md5|sha256|url|domain|keyword|regex)."
        ),
    ] = None,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Write to this file instead of stdout.")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Write the entries of bank NAME in a format `bank import` reads back.

    `plain`: one value per line (one signal: use --signal when the bank holds several); `csv`:
    `signal_type,value` rows, every signal; `threatexchange`: `<type> <value>` lines (pdq,
    md5, sha256, url, keyword). Importing the file into another bank, with the same --signal and
    --format, gives the same entries. Exit 2 naming the field when the bank or an option is
    unknown or the format cannot carry a value; nothing is written then.
    """
    from safeharbour.detection.banks.queries import bank_entries
    from safeharbour.detection.banks.values import EXPORT_FORMATS, write_values

    if fmt not in EXPORT_FORMATS:
        fail(f"expected one of {', '.join(EXPORT_FORMATS)}", field="--format")
    if signal is not None and signal not in SIGNALS:
        fail(f"expected one of {', '.join(SIGNALS)}", field="--signal")
    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        from safeharbour.detection.exchanges.queries import exchange_bank_names

        if name in exchange_bank_names(session):
            # Hash-sharing programmes forbid re-sharing what they send.
            fail("the bank is filled by an exchange; its data is not exported", field="name")
        entries = bank_entries(session, name, signal)
    try:
        text = write_values(entries, fmt)
    except ValueError as exc:
        fail(str(exc), field="--format")
    if out_file is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        out_file.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(exc.strerror or str(exc), field="--out")
    err.print(f"bank {name}: exported {len(entries)} entries to {out_file}", markup=False)


def bank_set(
    name: Annotated[str, typer.Argument(help="Bank name.")],
    policy: Annotated[str | None, typer.Option("--policy", help="act|review|tag")] = None,
    category: Annotated[
        str | None, typer.Option("--category", help="STATEMENT_CATEGORY_* (DSA category).")
    ] = None,
    irreversible_ok: Annotated[
        bool | None,
        typer.Option(
            "--irreversible-ok/--no-irreversible-ok",
            help="Whether matches may run irreversible platform actions automatically.",
            show_default=False,
        ),
    ] = None,
    enabled: Annotated[
        bool | None, typer.Option("--enabled/--disabled", show_default=False)
    ] = None,
    shadow: Annotated[
        bool | None,
        typer.Option(
            "--shadow/--no-shadow",
            help="Report matches without acting on them.",
            show_default=False,
        ),
    ] = None,
    pdq_threshold: Annotated[
        int | None, typer.Option("--pdq-threshold", help="Hamming distance (default 31).")
    ] = None,
    quarantine_threshold: Annotated[
        int | None,
        typer.Option(
            "--quarantine-threshold",
            help="Quarantine an entry matching more distinct posts than this in the window "
            "(default 100).",
        ),
    ] = None,
    quarantine_window_minutes: Annotated[
        int | None,
        typer.Option("--quarantine-window-minutes", help="The sliding window (default 60)."),
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Change bank NAME's settings; prints the bank's settings as one JSON line."""
    from safeharbour.detection.banks.actions import do_update_bank

    actor = cli_actor()

    def work(unit: UnitOfWork) -> dict[str, object]:
        bank = do_update_bank(
            unit,
            name,
            policy=policy,
            category=category,
            enabled=enabled,
            shadow=shadow,
            irreversible_ok=irreversible_ok,
            pdq_threshold=pdq_threshold,
            quarantine_threshold=quarantine_threshold,
            quarantine_window_minutes=quarantine_window_minutes,
            actor=actor,
        )
        return {
            "bank": bank.name,
            "policy": bank.policy,
            "category": bank.category,
            "enabled": bank.enabled,
            "shadow": bank.shadow,
            "allow_list": bank.allow_list,
            "irreversible_ok": bank.irreversible_ok,
            "pdq_threshold": bank.pdq_threshold,
            "quarantine_threshold": bank.quarantine_threshold,
            "quarantine_window_minutes": bank.quarantine_window_minutes,
        }

    with domain_errors(), open_container(data_dir) as container:
        settings = container.tx.write(work)
    out(json.dumps(settings))


def bank_list(data_dir: DataDirOption = None) -> None:
    """One JSON line per bank: settings, entry count and quarantined entries (digests)."""
    from sqlalchemy import func, select

    from safeharbour.detection.banks.models import Bank, BankEntry
    from safeharbour.detection.quarantine import quarantined_entries

    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        counts = {
            row[0]: int(row[1])
            for row in session.execute(
                select(BankEntry.bank_id, func.count()).group_by(BankEntry.bank_id)
            )
        }
        held: dict[str, list[dict[str, str]]] = {}
        for bank_name, signal, digest in quarantined_entries(session):
            held.setdefault(bank_name, []).append({"signal": signal, "value_sha256": digest})
        rows = [
            {
                "bank": bank.name,
                "policy": bank.policy,
                "category": bank.category,
                "enabled": bank.enabled,
                "shadow": bank.shadow,
                "allow_list": bank.allow_list,
                "irreversible_ok": bank.irreversible_ok,
                "entries": int(counts.get(bank.id, 0)),
                "quarantined": held.get(bank.name, []),
            }
            for bank in session.scalars(select(Bank).order_by(Bank.name))
        ]
    for row in rows:
        out(json.dumps(row))


def bank_release_entry(
    name: Annotated[str, typer.Argument(help="Bank name.")],
    value: Annotated[str, typer.Argument(help="The entry's value as stored (normalised).")],
    signal: Annotated[
        str | None, typer.Option("--signal", help="pdq|md5|sha256|url|domain|keyword|regex")
    ] = None,
    data_dir: DataDirOption = None,
) -> None:
    """Lift the quarantine of bank NAME's entry VALUE: its matches act automatically again."""
    from safeharbour.detection.quarantine import do_release_entry

    actor = cli_actor()

    def work(unit: UnitOfWork) -> str:
        entry = do_release_entry(unit, name, value, signal=signal, actor=actor)
        return f"bank {name}: released {entry.signal} entry {entry.value_sha256[:16]}"

    with domain_errors(), open_container(data_dir) as container:
        line = container.tx.write(work)
    out(line)


def scan_command(
    file: Annotated[Path, typer.Argument(help="JSON Lines: one platform event per line.")],
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help='One JSON object per event and line: {"event_id", "matches": [{"bank", '
            '"signal", "value", "distance"}], "verdict": "act|review|tag|none"}.',
        ),
    ] = False,
    scores: Annotated[
        bool,
        typer.Option(
            "--scores",
            help="Also run the classifiers of SAFEHARBOUR_CLASSIFIERS (default: the shipped "
            'model) and add "scores": {label: probability} to each JSON object.',
        ),
    ] = False,
    data_dir: DataDirOption = None,
) -> None:
    """Match the events of FILE.jsonl against the data directory's banks; stores nothing.

    Events are in the ingest format; an invalid line exits 2 naming `line N.field` before
    anything is printed. Without --json: one line per event with a match. With a rules file
    the verdict is the rules': account, channel and label conditions read the mirror, behaviour
    windows count the file's own posts (docs/detection.md, "Rules").
    """

    from safeharbour.cli.rules import rules_in_force
    from safeharbour.detection.classifiers import load_classifiers
    from safeharbour.detection.events import decode_scan_inputs
    from safeharbour.detection.quarantine import quarantined_count
    from safeharbour.detection.rules.facts import ScanRules
    from safeharbour.detection.scanner import VERDICT_NONE, Scanner, ScanResult

    if not file.is_file():
        fail("no such file", field=str(file))
    with domain_errors():
        # Split like iterating the file does (ingest's reader), so line numbers agree.
        items = decode_scan_inputs(file.read_bytes().split(b"\n"))
    with (
        domain_errors(),
        open_container(data_dir) as container,
        container.database.reader() as session,
    ):
        classifiers = (
            load_classifiers(container.settings.classifiers or "default") if scores else []
        )
        scanner = Scanner.from_session(session, classifiers=classifiers)
        held = quarantined_count(session)
        # The rules read the author, channel and labels from the mirror: the session stays open.
        rules = ScanRules(rules_in_force(container.settings), scanner.banks, session)
        if held:
            err.print(
                f"warning: {held} bank entries quarantined (see `safeharbour bank list`)",
                markup=False,
            )
        if rules.needed and "scores" in rules.rules.needs and not scores:
            err.print(
                "warning: rules read classifier scores; without --scores no score condition holds",
                markup=False,
            )
        for start in range(0, len(items), SCAN_BATCH):
            chunk = items[start : start + SCAN_BATCH]
            scanned = iter(scanner.scan_many([item for _, item in chunk if item is not None]))
            for event_id, item in chunk:
                if item is None:
                    # A valid event that is not a post is not scanned: no matches, verdict none.
                    result = ScanResult(event_id, (), VERDICT_NONE)
                else:
                    result = rules.apply(item, next(scanned))
                if as_json:
                    record = result.as_json()
                    if scores:
                        record["scores"] = dict(result.scores)
                    out(json.dumps(record, ensure_ascii=False))
                elif result.matches:
                    banks = ", ".join(sorted({m.bank for m in result.matches}))
                    out(
                        f"{result.event_id}: {result.verdict} "
                        f"({len(result.matches)} matches: {banks})"
                    )


SCAN_BATCH = 512


def _classifiers(spec: str | None) -> list[Classifier]:
    from safeharbour.config import Settings
    from safeharbour.detection.classifiers import load_classifiers
    from safeharbour.kit.errors import InvalidInput

    if spec is None:
        with domain_errors():
            return load_classifiers(Settings().classifiers or "default")
    try:
        found = load_classifiers(spec)
    except InvalidInput as exc:
        fail(exc.errors[0].message if exc.errors else str(exc), field="--classifiers")
    if not found:
        fail("no classifier named", field="--classifiers")
    return found


def classifier_score(
    file: Annotated[Path, typer.Argument(help="One text per line; - for standard input.")],
    classifiers: ClassifiersOption = None,
) -> None:
    """Score each line of FILE: one JSON object per line, {"line", "scores": {label: p}}."""
    from safeharbour.detection.classifiers import ClassifierError

    if str(file) == "-":
        lines = sys.stdin.read().splitlines()
    elif not file.is_file():
        fail("no such file", field=str(file))
    else:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except UnicodeDecodeError:
            fail("not UTF-8 text", field=str(file))
    models = _classifiers(classifiers)
    for start in range(0, len(lines), SCAN_BATCH):
        chunk = lines[start : start + SCAN_BATCH]
        merged: list[dict[str, float]] = [{} for _ in chunk]
        for model in models:
            try:
                scored = model.score(chunk)
            except ClassifierError as exc:
                fail(str(exc), field="--classifiers", code=1)
            for target, item in zip(merged, scored, strict=True):
                for label, value in item.items():
                    target[label] = max(value, target.get(label, 0.0))
        for offset, item in enumerate(merged):
            out(json.dumps({"line": start + offset + 1, "scores": item}))


def classifier_serve(
    classifiers: ClassifiersOption = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8090,
) -> None:
    """Answer POST {"texts": [...]} with {"scores": [...]} (the HTTP classifier protocol,
    detection/classifiers/http_service.py) until interrupted."""
    from safeharbour.detection.classifiers.http_service import make_server

    models = _classifiers(classifiers)
    if len(models) != 1:
        fail("serve one classifier at a time", field="--classifiers")
    try:
        server = make_server(models[0], host, port)
    except OSError as exc:
        fail(exc.strerror or str(exc), field="--port")
    err.print(f"serving on http://{host}:{server.server_address[1]}/score", markup=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
