"""`safeharbour hash FILE... [--json]`: contract output, errors, no server, no data directory."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from typer.testing import CliRunner

from safeharbour.cli.app import app

runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    photo = io.BytesIO()
    Image.radial_gradient("L").convert("RGB").save(photo, format="JPEG", quality=95)
    flat = io.BytesIO()
    Image.new("RGB", (64, 64), (128, 128, 128)).save(flat, format="PNG")
    paths = {
        "photo": tmp_path / "photo.jpg",
        "flat": tmp_path / "flat.png",
        "text": tmp_path / "notes.txt",
    }
    paths["photo"].write_bytes(photo.getvalue())
    paths["flat"].write_bytes(flat.getvalue())
    paths["text"].write_bytes(b"hello\n")
    return paths


def test_json_lines(files: dict[str, Path]) -> None:
    result = runner.invoke(app, ["hash", str(files["photo"]), str(files["text"]), "--json"])

    assert result.exit_code == 0, result.output
    photo, text = (json.loads(line) for line in result.stdout.splitlines())
    assert list(photo) == ["path", "sha256", "md5", "pdq", "pdq_quality"]
    assert photo["path"] == str(files["photo"])
    assert photo["sha256"] == hashlib.sha256(files["photo"].read_bytes()).hexdigest()
    assert photo["md5"] == hashlib.md5(files["photo"].read_bytes()).hexdigest()
    assert len(photo["pdq"]) == 64 and int(photo["pdq"], 16) >= 0
    assert 0 <= photo["pdq_quality"] <= 100
    assert text["pdq"] is None and text["pdq_quality"] is None
    assert text["sha256"] == hashlib.sha256(b"hello\n").hexdigest()


def test_table(files: dict[str, Path]) -> None:
    result = runner.invoke(
        app, ["hash", str(files["photo"]), str(files["flat"]), str(files["text"])]
    )

    assert result.exit_code == 0, result.output
    header, photo, flat, text = result.stdout.splitlines()
    assert header.split() == ["PATH", "SHA256", "MD5", "PDQ", "QUALITY", "NOTE"]
    assert photo.startswith(str(files["photo"]))
    assert "low quality: not matched" in flat
    assert text.endswith("not an image")


def test_missing_file_is_invalid_input(files: dict[str, Path], tmp_path: Path) -> None:
    missing = tmp_path / "nope.jpg"
    result = runner.invoke(app, ["hash", str(files["photo"]), str(missing), "--json"])

    assert result.exit_code == 2
    assert result.stdout == ""  # checked before anything is printed
    assert result.stderr.strip() == f"error: {missing}: no such file"


def test_directory_is_invalid_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["hash", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {tmp_path}: is a directory"


def test_runs_as_a_program_without_server_or_data_dir(
    files: dict[str, Path], tmp_path: Path
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHARBOUR_")}
    env["SAFEHARBOUR_DATA_DIR"] = str(data_dir)

    completed = subprocess.run(
        [sys.executable, "-m", "safeharbour", "hash", str(files["photo"]), "--json"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert completed.returncode == 0, completed.stderr
    (line,) = completed.stdout.splitlines()
    assert json.loads(line)["sha256"] == hashlib.sha256(files["photo"].read_bytes()).hexdigest()
    assert not data_dir.exists()
    assert list(work.iterdir()) == []
