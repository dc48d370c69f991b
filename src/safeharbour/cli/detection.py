"""Detection commands: `hash`.

`hash` needs no server and no data directory: it reads the files it is given and prints, so an
operator can check what Safeharbour would compute for a file before importing it into a bank or
comparing it with a hash an exchange sent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from safeharbour.cli.common import err, fail, out

if TYPE_CHECKING:
    from safeharbour.detection.signals.hashing import MediaHashes

NOT_AN_IMAGE = "not an image"


def register(app: typer.Typer) -> None:
    app.command("hash")(hash_command)


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
