"""The data directory's precedence, and keys generated once and shared by every process."""

from __future__ import annotations

import base64
import os
import stat
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import Fernet

from safeharbour.config import load_settings
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keys import load_keys


def test_data_dir_precedence(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SAFEHARBOUR_DATA_DIR", raising=False)
    monkeypatch.delenv("SAFEHARBOUR_DATABASE_URL", raising=False)
    assert load_settings().resolved_data_dir == tmp_path / "safeharbour-data"
    monkeypatch.setenv("SAFEHARBOUR_DATA_DIR", str(tmp_path / "from-env"))
    assert load_settings().resolved_data_dir == tmp_path / "from-env"
    assert load_settings(tmp_path / "flag").resolved_data_dir == tmp_path / "flag"
    settings = load_settings(tmp_path / "flag")
    assert settings.effective_database_url == f"sqlite:///{tmp_path / 'flag' / 'safeharbour.db'}"
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", "postgresql://x@y/z")
    moved = load_settings(tmp_path / "flag")
    assert moved.effective_database_url == "postgresql://x@y/z"
    assert moved.keys_dir == tmp_path / "flag" / "keys"  # only the database moves


def test_keys_are_generated_once_private_and_race_free(tmp_path: Path, monkeypatch: Any) -> None:
    for name in ("SECRET_KEY", "ENCRYPTION_KEYS", "SIGNING_KEY"):
        monkeypatch.delenv(f"SAFEHARBOUR_{name}", raising=False)
    settings = load_settings(tmp_path)
    with ThreadPoolExecutor(8) as pool:
        rings = list(pool.map(lambda _: load_keys(settings), range(16)))
    assert len({r.secret_key for r in rings}) == 1
    assert len({r.signer.public_key_raw for r in rings}) == 1
    token = rings[0].cipher.encrypt("alice@example.org")
    assert all(r.cipher.decrypt(token) == "alice@example.org" for r in rings)
    for path in (tmp_path / "keys").iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE((tmp_path / "keys").stat().st_mode) == 0o700
    assert [p.name for p in (tmp_path / "keys").iterdir() if p.name.startswith(".")] == []


def test_keys_from_the_environment_and_rotation(tmp_path: Path, monkeypatch: Any) -> None:
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    seed = base64.b64encode(os.urandom(32)).decode()
    monkeypatch.setenv("SAFEHARBOUR_ENCRYPTION_KEYS", old)
    monkeypatch.setenv("SAFEHARBOUR_SIGNING_KEY", seed)
    monkeypatch.setenv("SAFEHARBOUR_SECRET_KEY", "s" * 40)
    ring = load_keys(load_settings(tmp_path))
    token = ring.cipher.encrypt("secret")
    assert not (tmp_path / "keys").exists()
    monkeypatch.setenv("SAFEHARBOUR_ENCRYPTION_KEYS", f"{new},{old}")
    rotated_ring = load_keys(load_settings(tmp_path))
    rotated = rotated_ring.cipher.rotate(token)
    monkeypatch.setenv("SAFEHARBOUR_ENCRYPTION_KEYS", new)
    assert load_keys(load_settings(tmp_path)).cipher.decrypt(rotated) == "secret"
    with pytest.raises(InvalidInput):
        load_keys(load_settings(tmp_path)).cipher.decrypt(token)


@pytest.mark.parametrize(
    ("variable", "value"),
    [("SAFEHARBOUR_SIGNING_KEY", "not base64!"), ("SAFEHARBOUR_ENCRYPTION_KEYS", "short")],
)
def test_bad_keys_are_named(tmp_path: Path, monkeypatch: Any, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidInput) as caught:
        load_keys(load_settings(tmp_path))
    assert caught.value.errors[0].field == variable
