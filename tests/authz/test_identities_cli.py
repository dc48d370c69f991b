"""`safeharbour users|agencies|flaggers`: ids alone on stdout, exit 2 naming the field, audited.

The commands run in-process through Typer's runner against the test database of the current
backend (SAFEHARBOUR_DATABASE_URL) and the same data directory as the `container` fixture, so
the fixture's key ring decrypts what the commands encrypted.
"""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyotp
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from typer.testing import CliRunner

from safeharbour.audit.tags import AuditTag
from safeharbour.authz.models import User
from safeharbour.authz.users import verify_password
from safeharbour.bootstrap import Container
from safeharbour.cli import app as cli_app
from safeharbour.intake.models import TrustedFlagger
from safeharbour.legal.models import Agency
from tests.authz.conftest import PASSWORD, audit_entries, audit_text

ID_LINE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\n$")

Run = Callable[..., Any]


@pytest.fixture
def run(container: Container, database_url: str) -> Run:
    data_dir: Path = container.settings.data_dir
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None) -> Any:
        group, command, *rest = args
        return runner.invoke(
            cli_app,
            [group, command, "--data-dir", str(data_dir), *rest],
            input=stdin,
            env={"SAFEHARBOUR_DATABASE_URL": database_url},
        )

    return invoke


def new_id(result: Any) -> uuid.UUID:
    assert result.exit_code == 0, result.stderr
    assert ID_LINE.match(result.stdout), repr(result.stdout)
    return uuid.UUID(result.stdout.strip())


def assert_invalid(result: Any, field: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.stdout, result.stderr)
    assert result.stdout == ""
    assert f"error: {field}:" in result.stderr, result.stderr


def public_key_b64() -> str:
    raw = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return base64.b64encode(raw).decode()


# -- flaggers and agencies --------------------------------------------------------------------
def test_flaggers_add_prints_the_id_and_audits_it(run: Run, container: Container) -> None:
    flagger = new_id(run("flaggers", "add", "--name", "  Hotline e.V. "))
    with container.database.reader() as session:
        row = session.get(TrustedFlagger, flagger)
        assert row is not None and row.name == "Hotline e.V."
    [entry] = audit_entries(container, AuditTag.AUTHZ_FLAGGER_CREATED)
    assert entry.subjects == {"flagger": str(flagger)}
    assert entry.actor.startswith("cli:")
    assert "hotline" not in str(entry.snapshot).lower()


def test_flaggers_add_refuses_an_empty_name(run: Run) -> None:
    assert_invalid(run("flaggers", "add", "--name", "   "), "name")


def test_agencies_add_normalises_and_audits(run: Run, container: Container) -> None:
    key = public_key_b64()
    agency = new_id(
        run(
            "agencies",
            "add",
            "--name",
            "Parquet de Paris",
            "--country",
            "fr",
            "--kind",
            "prosecutor",
            "--domain",
            "Justice.Example.FR",
            "--domain",
            "justice.example.fr",
            "--domain",
            "parquet.example.fr",
            "--signing-key",
            key,
        )
    )
    with container.database.reader() as session:
        row = session.get(Agency, agency)
        assert row is not None
        assert (row.country, row.kind) == ("FR", "prosecutor")
        assert row.domains == ["justice.example.fr", "parquet.example.fr"]
        assert row.signing_key_b64 == key
    [entry] = audit_entries(container, AuditTag.AUTHZ_AGENCY_CREATED)
    assert entry.subjects == {"agency": str(agency)}
    assert entry.snapshot["country"] == "FR" and entry.snapshot["kind"] == "prosecutor"
    assert "justice.example.fr" not in str(entry.snapshot)


def test_agencies_add_without_signing_key(run: Run) -> None:
    new_id(
        run(
            "agencies",
            "add",
            "--name",
            "Garda",
            "--country",
            "IE",
            "--kind",
            "police",
            "--domain",
            "garda.example.ie",
        )
    )


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"--country": "Germany"}, "country"),
        ({"--country": "XX"}, "country"),
        ({"--country": "UK"}, "country"),
        ({"--kind": "army"}, "kind"),
        ({"--domain": "not a domain"}, "domain"),
        ({"--domain": "localhost"}, "domain"),
        ({"--signing-key": "!!not-base64!!"}, "signing_key"),
        ({"--signing-key": base64.b64encode(b"\x01" * 31).decode()}, "signing_key"),
        ({"--name": ""}, "name"),
    ],
)
def test_agencies_add_refuses_bad_input(
    run: Run, container: Container, override: dict[str, str], field: str
) -> None:
    options = {
        "--name": "Policie CR",
        "--country": "CZ",
        "--kind": "police",
        "--domain": "policie.example.cz",
        "--signing-key": public_key_b64(),
    } | override
    args = [item for pair in options.items() for item in pair]
    assert_invalid(run("agencies", "add", *args), field)
    assert audit_entries(container, AuditTag.AUTHZ_AGENCY_CREATED) == []


# -- users ------------------------------------------------------------------------------------
def test_users_create_reads_the_password_from_stdin_and_prints_only_the_id(
    run: Run, container: Container
) -> None:
    result = run(
        "users",
        "create",
        "--email",
        "  Maria.Moderator@Example.ORG ",
        "--role",
        "moderator",
        stdin=PASSWORD + "\nsecond line is ignored\n",
    )
    user_id = new_id(result)
    assert PASSWORD not in result.stdout + result.stderr
    with container.database.reader() as session:
        user = session.get(User, user_id)
        assert user is not None
        assert user.email == "maria.moderator@example.org"
        assert user.role == "moderator" and not user.totp_required
        assert user.password_hash.startswith("$argon2id$")
        assert verify_password(user.password_hash, PASSWORD).ok
    [entry] = audit_entries(container, AuditTag.AUTHZ_USER_CREATED)
    assert entry.subjects == {"user": str(user_id)}
    assert entry.snapshot == {"role": "moderator", "totp_required": False}


def test_users_create_with_totp_prints_the_uri_to_stderr_and_stores_it_encrypted(
    run: Run, container: Container
) -> None:
    result = run(
        "users",
        "create",
        "--email",
        "ada@example.org",
        "--role",
        "admin",
        "--totp",
        stdin=PASSWORD + "\n",
    )
    user_id = new_id(result)
    uri = re.search(r"otpauth://\S+", result.stderr)
    assert uri is not None and "otpauth" not in result.stdout
    secret = pyotp.parse_uri(uri.group(0)).secret
    with container.database.reader() as session:
        user = session.get(User, user_id)
        assert user is not None and user.totp_required
        assert user.totp_secret_encrypted and secret not in user.totp_secret_encrypted
        assert container.keys.cipher.decrypt(user.totp_secret_encrypted) == secret
    assert secret.lower() not in audit_text(container)


def test_users_create_for_an_authority_and_a_trusted_flagger(
    run: Run, container: Container, agency_id: uuid.UUID, flagger_id: uuid.UUID
) -> None:
    officer = new_id(
        run(
            "users",
            "create",
            "--email",
            "officer@bka.example.de",
            "--role",
            "authority",
            "--agency",
            str(agency_id),
            stdin=PASSWORD,
        )
    )
    analyst = new_id(
        run(
            "users",
            "create",
            "--email",
            "analyst@hotline.example",
            "--role",
            "trusted_flagger",
            "--flagger",
            str(flagger_id),
            stdin=PASSWORD,
        )
    )
    with container.database.reader() as session:
        assert session.get(User, officer).agency_id == agency_id  # type: ignore[union-attr]
        assert session.get(User, analyst).flagger_id == flagger_id  # type: ignore[union-attr]
    subjects = [e.subjects for e in audit_entries(container, AuditTag.AUTHZ_USER_CREATED)]
    assert subjects == [
        {"user": str(officer), "agency": str(agency_id)},
        {"user": str(analyst), "flagger": str(flagger_id)},
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "field"),
    [
        (["--email", "x@example.org", "--role", "superuser"], PASSWORD, "role"),
        (["--email", "not-an-address", "--role", "moderator"], PASSWORD, "email"),
        (["--email", "x@localhost", "--role", "moderator"], PASSWORD, "email"),
        (["--email", "x@example.org", "--role", "moderator"], "short pw\n", "password"),
        (["--email", "x@example.org", "--role", "moderator"], "", "password"),
        (["--email", "x@example.org", "--role", "authority"], PASSWORD, "agency"),
        (["--email", "x@example.org", "--role", "trusted_flagger"], PASSWORD, "flagger"),
        (
            ["--email", "x@example.org", "--role", "authority", "--agency", "nope"],
            PASSWORD,
            "agency",
        ),
        (
            [
                "--email",
                "x@example.org",
                "--role",
                "authority",
                "--agency",
                "00000000-0000-4000-8000-000000000000",
            ],
            PASSWORD,
            "agency",
        ),
    ],
)
def test_users_create_refuses_bad_input(
    run: Run, container: Container, args: list[str], stdin: str, field: str
) -> None:
    assert_invalid(run("users", "create", *args, stdin=stdin), field)
    assert audit_entries(container, AuditTag.AUTHZ_USER_CREATED) == []


def test_users_create_short_password_message_says_how_long(run: Run) -> None:
    result = run(
        "users", "create", "--email", "x@example.org", "--role", "moderator", stdin="eleven char"
    )
    assert_invalid(result, "password")
    assert "12" in result.stderr


def test_only_authority_and_trusted_flagger_users_name_an_owner(
    run: Run, agency_id: uuid.UUID, flagger_id: uuid.UUID
) -> None:
    base = ["users", "create", "--email", "x@example.org"]
    assert_invalid(
        run(*base, "--role", "moderator", "--agency", str(agency_id), stdin=PASSWORD), "agency"
    )
    assert_invalid(
        run(*base, "--role", "admin", "--flagger", str(flagger_id), stdin=PASSWORD), "flagger"
    )
    assert_invalid(
        run(
            *base,
            "--role",
            "authority",
            "--agency",
            str(agency_id),
            "--flagger",
            str(flagger_id),
            stdin=PASSWORD,
        ),
        "flagger",
    )
    # An agency id is not a flagger id: the existence check is per kind.
    assert_invalid(
        run(*base, "--role", "trusted_flagger", "--flagger", str(agency_id), stdin=PASSWORD),
        "flagger",
    )


def test_users_create_refuses_a_taken_email_whatever_its_case(run: Run) -> None:
    new_id(
        run("users", "create", "--email", "dup@example.org", "--role", "auditor", stdin=PASSWORD)
    )
    result = run(
        "users", "create", "--email", "DUP@Example.org", "--role", "moderator", stdin=PASSWORD
    )
    assert_invalid(result, "email")
    assert "already exists" in result.stderr


def test_users_list_shows_users_as_a_table(run: Run) -> None:
    user_id = new_id(
        run(
            "users",
            "create",
            "--email",
            "lister@example.org",
            "--role",
            "legal_officer",
            stdin=PASSWORD,
        )
    )
    result = run("users", "list")
    assert result.exit_code == 0, result.stderr
    line = next(ln for ln in result.stdout.splitlines() if str(user_id) in ln)
    assert "lister@example.org" in line and "legal_officer" in line and "active" in line


def test_no_email_or_password_reaches_the_audit_log(
    run: Run, container: Container, agency_id: uuid.UUID
) -> None:
    new_id(
        run(
            "users",
            "create",
            "--email",
            "Secret.Person@Example.org",
            "--role",
            "authority",
            "--agency",
            str(agency_id),
            "--totp",
            stdin=PASSWORD,
        )
    )
    assert_invalid(
        run(
            "users",
            "create",
            "--email",
            "secret.person@example.org",
            "--role",
            "moderator",
            stdin=PASSWORD,
        ),
        "email",
    )
    text = audit_text(container)
    assert AuditTag.AUTHZ_USER_CREATED in text
    for leak in ("secret.person", "example.org", PASSWORD.lower(), "argon2"):
        assert leak not in text
