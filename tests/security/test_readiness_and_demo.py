"""What anyone can read about an installation: /readyz says ready or not; demo credentials
are this installation's own, kept owner-only in the data directory."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safeharbour.bootstrap import Container
from safeharbour.demo import seed_demo
from safeharbour.demo.platform import DemoPlatform
from safeharbour.demo.seed import CREDENTIALS_FILE
from tests.conftest import bearer

SMALL = {"accounts": 20, "channels": 3, "posts": 30}


def test_readyz_answers_ready_and_nothing_more(client: Any, container: Container) -> None:
    answer = client.get("/readyz")
    assert answer.status_code == 200
    assert answer.json() == {"status": "ready"}
    body = answer.text
    for secret in (str(container.settings.resolved_data_dir), str(os.getpid()), "jobs", "bus"):
        assert secret not in body


def test_the_details_need_an_operator(
    client: Any, make_key: Callable[..., str], container: Container
) -> None:
    assert client.get("/api/v1/system/status").status_code == 401
    moderator = client.get("/api/v1/system/status", headers=bearer(make_key("moderator")))
    assert moderator.status_code == 403, moderator.text
    for role in ("auditor", "admin"):
        answer = client.get("/api/v1/system/status", headers=bearer(make_key(role)))
        assert answer.status_code == 200, answer.text
        details = answer.json()
        assert {"outbox", "enforcement", "detection", "jobs", "bus"} <= set(details)


def test_demo_credentials_are_random_per_install_and_kept_owner_only(
    container: Container, capsys: pytest.CaptureFixture[str]
) -> None:
    first = seed_demo(container, platform=DemoPlatform(**SMALL))
    path = container.settings.resolved_data_dir / CREDENTIALS_FILE
    assert first.credentials_path == path
    assert path.stat().st_mode & 0o777 == 0o600
    stored = json.loads(path.read_text())
    passwords = {role: password for role, _, password in first.credentials}
    assert stored["passwords"] == passwords
    # Not derivable from the seed: nothing from the old fixed derivation, and long enough.
    assert all(len(p) >= 20 for p in passwords.values())
    # Officers of roles that need a second factor have one, and it is in the file.
    assert set(stored["totp_secrets"]) == {
        f"{role}@demo.safeharbour.example"
        for role in ("admin", "senior-moderator", "legal-officer", "auditor", "authority")
    }
    first.print_welcome("http://127.0.0.1:8000")
    banner = capsys.readouterr().err
    assert passwords["admin"] in banner and str(path) in banner

    again = seed_demo(container, platform=DemoPlatform(**SMALL))
    assert again.credentials == first.credentials and not again.created
    again.print_welcome("http://127.0.0.1:8000")
    later = capsys.readouterr().err
    assert passwords["admin"] not in later  # said once; afterwards where to find them
    assert str(path) in later


def test_two_installs_get_different_demo_credentials(tmp_path: Path, clock: Any) -> None:
    from safeharbour.bootstrap import build_container
    from safeharbour.config import Settings

    seen = []
    for name in ("one", "two"):
        settings = Settings(data_dir=tmp_path / name, scheduler_enabled=False)
        built = build_container(settings, clock=clock)
        try:
            seen.append(seed_demo(built, platform=DemoPlatform(**SMALL)).credentials)
        finally:
            built.close()
    assert seen[0] != seen[1]
