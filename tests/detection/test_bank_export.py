"""`bank export`: every signal round-trips (export -> import into a new bank -> same entries)
in every format that can carry it, on both backends; and what a format cannot carry is a clear
error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safeharbour.cli.app import app
from safeharbour.detection.banks.queries import bank_entries
from safeharbour.detection.banks.values import write_values

VALUES = {
    "pdq": ["f" * 64, "0123456789abcdef" * 4],
    "md5": ["a" * 32, "0123456789abcdef" * 2],
    "sha256": ["b" * 64, "fedcba9876543210" * 4],
    "url": ["https://shop.example.com/p?id=1", "http://xn--80ak6aa92e.com/"],
    "domain": ["scam.example.org", "bad.co.uk"],
    "keyword": ["free money", "купить оружие", 'say "hi", then, leave'],
    "regex": [r"win(ner)?\s+\d+\s+prizes?", r"(?i)купить\s+\w+"],
}
TX_SIGNALS = ("pdq", "md5", "sha256", "url", "keyword")


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def invoke(*args: str) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)])

    return invoke


def entries(container: Any, name: str) -> list[tuple[str, str]]:
    with container.database.reader() as session:
        return bank_entries(session, name)


def fill(run: Any, tmp_path: Path, name: str, signals: tuple[str, ...]) -> None:
    for signal in signals:
        source = tmp_path / f"{name}-{signal}.txt"
        source.write_text("\n".join(VALUES[signal]) + "\n", encoding="utf-8")
        result = run("bank", "import", name, "--signal", signal, str(source))
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize("fmt", ["plain", "csv", "threatexchange"])
def test_every_signal_round_trips(run: Any, container: Any, tmp_path: Path, fmt: str) -> None:
    signals = TX_SIGNALS if fmt == "threatexchange" else tuple(VALUES)
    fill(run, tmp_path, "source", signals)
    original = entries(container, "source")
    assert {s for s, _ in original} == set(signals)
    import_format = "lines" if fmt == "plain" else fmt
    for signal in signals:
        exported = tmp_path / f"export-{signal}.{fmt}"
        result = run(
            "bank", "export", "source", "--format", fmt, "--signal", signal, "--out", str(exported)
        )
        assert result.exit_code == 0, result.output
        assert f"bank source: exported {len(VALUES[signal])} entries" in result.stderr
        imported = run(
            "bank", "import", "copy", "--signal", signal, "--format", import_format, str(exported)
        )
        assert imported.exit_code == 0, imported.output
        assert f"added {len(VALUES[signal])} {signal} values, 0 already present" in imported.stdout
    assert entries(container, "copy") == original


def test_one_csv_file_carries_a_whole_bank(run: Any, container: Any, tmp_path: Path) -> None:
    fill(run, tmp_path, "source", tuple(VALUES))
    result = run("bank", "export", "source", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("signal_type,value\n")
    exported = tmp_path / "all.csv"
    exported.write_text(result.stdout, encoding="utf-8")
    for signal in VALUES:
        imported = run(
            "bank", "import", "copy", "--signal", signal, "--format", "csv", str(exported)
        )
        assert imported.exit_code == 0, imported.output
    assert entries(container, "copy") == entries(container, "source")


def test_plain_export_to_stdout_is_one_value_per_line(
    run: Any, container: Any, tmp_path: Path
) -> None:
    fill(run, tmp_path, "hashes", ("md5",))
    result = run("bank", "export", "hashes")
    assert result.exit_code == 0, result.output
    assert result.stdout == "".join(v + "\n" for v in sorted(VALUES["md5"]))


def test_what_a_format_cannot_carry_is_an_error(run: Any, container: Any, tmp_path: Path) -> None:
    fill(run, tmp_path, "mixed", ("md5", "domain"))
    several = run("bank", "export", "mixed", "--format", "plain")
    assert several.exit_code == 2
    assert "error: --format: the bank holds several signals (domain, md5)" in several.stderr
    no_type = run("bank", "export", "mixed", "--format", "threatexchange")
    assert no_type.exit_code == 2
    assert "threatexchange has no signal type for domain" in no_type.stderr
    only_md5 = run("bank", "export", "mixed", "--format", "threatexchange", "--signal", "md5")
    assert only_md5.exit_code == 0
    assert only_md5.stdout == "".join(f"video_md5 {v}\n" for v in sorted(VALUES["md5"]))
    missing = run("bank", "export", "nope")
    assert missing.exit_code != 0 and "no such bank" in missing.stderr
    bad = run("bank", "export", "mixed", "--format", "xml")
    assert bad.exit_code == 2 and "error: --format: expected one of" in bad.stderr
    bad_signal = run("bank", "export", "mixed", "--signal", "colour")
    assert bad_signal.exit_code == 2 and "error: --signal: expected one of" in bad_signal.stderr


def test_values_plain_lines_cannot_carry() -> None:
    with pytest.raises(ValueError, match="starts with #; use --format csv"):
        write_values([("keyword", "#hashtag")], "plain")
    with pytest.raises(ValueError, match="holds a line break; use --format csv"):
        write_values([("keyword", "two\u2028lines")], "plain")
    assert write_values([("keyword", "#hashtag")], "csv") == "signal_type,value\nkeyword,#hashtag\n"
