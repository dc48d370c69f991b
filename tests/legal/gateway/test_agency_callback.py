"""The agency's call-back number: set at onboarding or later, stored encrypted, audited."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from safeharbour.bootstrap import Container
from safeharbour.cli import app as cli_app
from safeharbour.legal.models import Agency
from tests.authz.conftest import audit_entries


def _run(container: Container, database_url: str, *args: str) -> Any:
    data_dir: Path = container.settings.data_dir
    group, command, *rest = args
    return CliRunner().invoke(
        cli_app,
        [group, command, "--data-dir", str(data_dir), *rest],
        env={"SAFEHARBOUR_DATABASE_URL": database_url},
    )


def _phone(container: Container, agency_id: uuid.UUID) -> str | None:
    with container.database.reader() as session:
        agency = session.get(Agency, agency_id)
        assert agency is not None
        token = agency.callback_phone_encrypted
    return container.keys.cipher.decrypt(token) if token else None


def test_callback_number_at_onboarding_and_later(container: Container, database_url: str) -> None:
    added = _run(
        container,
        database_url,
        "agencies",
        "add",
        "--name",
        "LKA",
        "--country",
        "DE",
        "--kind",
        "police",
        "--domain",
        "lka.example.de",
        "--callback-phone",
        "+49 (611) 55-0",
    )
    assert added.exit_code == 0, added.stderr
    agency_id = uuid.UUID(added.stdout.strip())
    assert _phone(container, agency_id) == "+49611550"
    with container.database.reader() as session:
        token = session.get(Agency, agency_id).callback_phone_encrypted  # type: ignore[union-attr]
    assert "611" not in (token or "")  # encrypted at rest

    changed = _run(
        container,
        database_url,
        "agencies",
        "set-callback",
        str(agency_id),
        "--phone",
        "+4961155123",
    )
    assert changed.exit_code == 0, changed.stderr
    assert changed.stdout.strip() == str(agency_id)
    assert _phone(container, agency_id) == "+4961155123"
    [entry] = audit_entries(container, "authz:agency:callback_set")
    assert entry.subjects == {"agency": str(agency_id)}
    assert "4961155123" not in str(entry.snapshot)

    listed = _run(container, database_url, "agencies", "list")
    assert listed.exit_code == 0 and "call-back" in listed.stdout


def test_a_bad_number_is_refused_naming_the_field(container: Container, database_url: str) -> None:
    result = _run(
        container,
        database_url,
        "agencies",
        "add",
        "--name",
        "LKA",
        "--country",
        "DE",
        "--kind",
        "police",
        "--domain",
        "lka.example.de",
        "--callback-phone",
        "call 110",
    )
    assert result.exit_code == 2
    assert "callback_phone" in result.stderr
