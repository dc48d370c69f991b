"""`serve --demo`: deterministic, idempotent, and never mixed into real data."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from safeharbour.audit.chain import verify_chain
from safeharbour.audit.models import AuditEntry
from safeharbour.authz.models import User
from safeharbour.cli.app import app as cli
from safeharbour.demo import seed_demo
from safeharbour.demo.platform import DemoPlatform
from safeharbour.intake.models import Account, Post
from safeharbour.kit.errors import InvalidInput

SMALL = {"accounts": 60, "channels": 6, "posts": 150}


def totals(container: Any) -> tuple[int, ...]:
    with container.database.reader() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) for m in (Account, Post, User, AuditEntry)
        )


def test_the_demo_platform_is_deterministic() -> None:
    first = list(DemoPlatform(seed=7, **SMALL).events())
    assert first == list(DemoPlatform(seed=7, **SMALL).events())
    assert first != list(DemoPlatform(seed=8, **SMALL).events())
    countries = {e["data"]["country"] for e in first if e["type"] == "account.upserted"}
    assert {"DE", "FR"} & countries  # EU/EEA users exist, so DSA exports have material


def test_seeding_twice_changes_nothing(container: Any, client: Any) -> None:
    first = seed_demo(container, platform=DemoPlatform(**SMALL))
    assert first.created
    after_first = totals(container)
    again = seed_demo(container, platform=DemoPlatform(**SMALL))
    assert not again.created
    assert totals(container) == after_first
    assert again.credentials == first.credentials and again.api_keys == first.api_keys
    with container.database.reader() as s:
        assert verify_chain(s).ok
    roles = {role for role, _, _ in first.credentials}
    assert roles == {
        "admin",
        "moderator",
        "senior_moderator",
        "legal_officer",
        "auditor",
        "trusted_flagger",
        "authority",
    }
    platform_key = dict(first.api_keys)["platform"]
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {platform_key}"})
    assert me.json()["role"] == "platform"


def test_real_data_is_never_mixed_with_the_demo(container: Any, make_key: Any) -> None:
    make_key("auditor")  # a real, non-demo record
    with pytest.raises(InvalidInput) as caught:
        seed_demo(container, platform=DemoPlatform(**SMALL))
    assert caught.value.errors[0].field == "data_dir"


def test_serve_demo_exits_2_on_non_demo_data(
    settings: Any, monkeypatch: Any, make_key: Any
) -> None:
    make_key("auditor")
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", settings.database_url)
    result = CliRunner().invoke(
        cli, ["serve", "--demo", "--data-dir", str(settings.data_dir), "--port", "1"]
    )
    assert result.exit_code == 2, result.output
    assert "error: data_dir:" in result.stderr
