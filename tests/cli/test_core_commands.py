"""The foundation's commands: contract output on stdout, exit codes, --data-dir."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from safeharbour.cli.app import app
from tests.factories import deleted, post, sample_batch


@pytest.fixture
def run(settings: Any, monkeypatch: Any) -> Any:
    """Invoke the CLI on the test's database (both backends) and data directory."""
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None) -> Any:
        return runner.invoke(app, [*args, "--data-dir", str(settings.data_dir)], input=stdin)

    return invoke


def write_jsonl(path: Path, events: list[dict[str, Any]]) -> Path:
    path.write_bytes(b"\n".join(orjson.dumps(e) for e in events) + b"\n")
    return path


def test_ingest_is_idempotent_and_prints_counts(run: Any, tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "events.jsonl", [*sample_batch(), deleted("post-2")])
    first = run("ingest", str(source))
    assert first.exit_code == 0, first.output
    assert orjson.loads(first.stdout) == {"accepted": 6, "duplicates": 0}
    again = run("ingest", str(source))
    assert orjson.loads(again.stdout) == {"accepted": 0, "duplicates": 6}
    verify = run("audit", "verify")
    assert verify.exit_code == 0 and verify.stdout.startswith("ok: 6 entries")


def test_ingest_rejects_the_whole_file_naming_line_and_field(run: Any, tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    numeric_text = post("p-2", text=3)  # type: ignore[arg-type]  # the error on line 3
    source.write_bytes(
        orjson.dumps(post("p-1")) + b"\n{not json\n" + orjson.dumps(numeric_text) + b"\n"
    )
    result = run("ingest", str(source))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "line 2: not valid JSON" in result.stderr
    assert "line 3.data.text" in result.stderr
    empty = run("audit", "verify")
    assert empty.stdout.startswith("ok: 0 entries")


def test_ingest_of_a_missing_file_exits_2(run: Any, tmp_path: Path) -> None:
    result = run("ingest", str(tmp_path / "nope.jsonl"))
    assert result.exit_code == 2 and "nope.jsonl" in result.stderr


def test_keys_create_prints_only_the_key_and_revoke_works(
    run: Any, container: Any, client: Any
) -> None:
    created = run("keys", "create", "--role", "auditor")
    assert created.exit_code == 0, created.output
    key = created.stdout.strip()
    assert created.stdout == key + "\n" and key.startswith("shk_")
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {key}"})
    assert me.status_code == 200 and me.json()["role"] == "auditor"
    key_id = me.json()["actor"].split(":", 1)[1]
    revoked = run("keys", "revoke", key_id)
    assert revoked.exit_code == 0 and revoked.stdout.strip() == key_id
    assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {key}"}).status_code == 401


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["keys", "create", "--role", "superuser"], "role"),
        (["keys", "create", "--role", "authority"], "owner"),
        (["keys", "create", "--role", "platform", "--owner", "not-a-uuid"], "owner"),
        (["keys", "revoke", "not-a-uuid"], "key_id"),
    ],
)
def test_invalid_input_exits_2_naming_the_field(run: Any, args: list[str], field: str) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert f"error: {field}:" in result.stderr
    assert result.stdout == ""


def test_rotate_encryption_rewrites_encrypted_fields(run: Any, container: Any) -> None:
    from safeharbour.authz.models import User
    from safeharbour.authz.users import do_create_user
    from safeharbour.kit.db import SYSTEM
    from safeharbour.kit.transactions import run_in_unit

    created = run_in_unit(
        container.database,
        lambda unit: do_create_user(
            unit,
            email="officer@example.org",
            password="a long enough password",
            role="moderator",
            totp=True,
            cipher=container.keys.cipher,
            actor=SYSTEM,
        ),
    )
    with container.database.reader() as s:
        before = s.get(User, created.id).totp_secret_encrypted
    result = run("keys", "rotate-encryption")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "1"
    with container.database.reader() as s:
        after = s.get(User, created.id).totp_secret_encrypted
    assert after != before
    assert container.keys.cipher.decrypt(after) == container.keys.cipher.decrypt(before)


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "safeharbour", "audit", "verify", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok: 0 entries, chain intact\n"
