"""Roles that can see or release personal data never sign in with a password alone."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from typer.testing import CliRunner

from safeharbour.authz.models import User
from safeharbour.authz.roles import Role, requires_second_factor
from safeharbour.authz.users import CreatedUser
from safeharbour.bootstrap import Container
from safeharbour.cli import app as cli_app
from safeharbour.kit.clock import ManualClock
from safeharbour.kit.errors import InvalidInput
from tests.authz.conftest import PASSWORD
from tests.authz.test_console_login import csrf_of, login
from tests.conftest import bearer

MakeUser = Callable[..., CreatedUser]
OFFICER_ROLES = ["admin", "senior_moderator", "legal_officer", "auditor", "authority"]


def test_the_roles_needing_a_second_factor() -> None:
    assert sorted(r.value for r in Role if requires_second_factor(r)) == sorted(OFFICER_ROLES)


@pytest.mark.parametrize("role", OFFICER_ROLES)
def test_creating_an_officer_always_enrols_totp(
    role: str, make_user: MakeUser, agency_id: uuid.UUID
) -> None:
    owner = {"agency_id": agency_id} if role == "authority" else {}
    created = make_user(f"{role.replace('_', '-')}@example.org", role, **owner)
    assert created.totp is not None
    assert created.totp.provisioning_uri.startswith("otpauth://totp/Safeharbour:")
    with pytest.raises(InvalidInput) as refused:
        make_user(f"x-{role.replace('_', '-')}@example.org", role, totp=False, **owner)
    assert refused.value.errors[0].field == "totp"


def test_other_roles_enrol_only_when_asked(make_user: MakeUser) -> None:
    assert make_user("plain@example.org", "moderator").totp is None
    assert make_user("asked@example.org", "moderator", totp=True).totp is not None


def test_the_admin_api_enrols_officers_by_default(
    client: Any, make_key: Callable[..., str], agency_id: uuid.UUID
) -> None:
    admin = bearer(make_key("admin"))
    body = {
        "email": "officer@bka.example.de",
        "role": "authority",
        "password": PASSWORD,
        "agency_id": str(agency_id),
    }
    created = client.post("/api/v1/admin/users", json=body, headers=admin)
    assert created.status_code == 201, created.text
    assert created.json()["totp"]["provisioning_uri"].startswith("otpauth://totp/")
    refused = client.post(
        "/api/v1/admin/users",
        json={**body, "email": "other@bka.example.de", "totp": False},
        headers=admin,
    )
    assert refused.status_code == 422, refused.text
    assert "totp" in refused.text


def test_the_cli_prints_the_secret_and_uri_once(container: Container, database_url: str) -> None:
    result = CliRunner().invoke(
        cli_app,
        [
            *("users", "create", "--data-dir", str(Path(container.settings.data_dir))),
            *("--email", "legal@example.org", "--role", "legal_officer"),
        ],
        input=PASSWORD + "\n",
        env={"SAFEHARBOUR_DATABASE_URL": database_url},
    )
    assert result.exit_code == 0, result.stderr
    uuid.UUID(result.stdout.strip())  # stdout: the id alone
    secret = re.search(r"secret: ([A-Z2-7]+)", result.stderr)
    assert secret, result.stderr
    assert f"secret={secret.group(1)}" in result.stderr  # the otpauth URI carries it too


def test_an_officer_cannot_sign_in_with_the_password_alone(
    client: Any, make_user: MakeUser, clock: ManualClock
) -> None:
    created = make_user("legal@example.org", "legal_officer")
    assert login(client, "legal@example.org").status_code == 401
    assert created.totp is not None
    code = pyotp.TOTP(created.totp.secret).at(clock.now())
    assert login(client, "legal@example.org", totp=code).status_code == 303


def _officer_from_before(container: Container, make_user: MakeUser) -> uuid.UUID:
    """A legal officer created before second factors were mandatory: no TOTP at all."""
    created = make_user("old-officer@example.org", "legal_officer")
    with container.database.uow() as unit:
        user = unit.session.get(User, created.id)
        assert user is not None
        user.totp_required = False
        user.totp_secret_encrypted = None
        unit.commit()
    return created.id


def test_an_officer_without_a_second_factor_is_led_through_enrolment(
    client: Any, container: Container, make_user: MakeUser, clock: ManualClock
) -> None:
    _officer_from_before(container, make_user)
    signed = login(client, "old-officer@example.org")
    assert signed.status_code == 303
    assert signed.headers["location"].endswith("/console/account/second-factor")
    # Every other page sends the session back to enrolment; nothing else opens.
    for path in ("/console/", "/console/legal/", "/console/moderator/"):
        page = client.get(path, follow_redirects=False)
        assert page.status_code == 303, path
        assert page.headers["location"].endswith("/console/account/second-factor")
    enrol = client.get("/console/account/second-factor")
    assert enrol.status_code == 200
    uri = re.search(r"otpauth://totp/[^<\s]+", enrol.text)
    assert uri, enrol.text
    secret = re.search(r"secret=([A-Z2-7]+)", uri.group(0))
    assert secret
    # A reload shows the same key, so an app that scanned it keeps working.
    assert secret.group(1) in client.get("/console/account/second-factor").text.replace(" ", "")
    token = csrf_of(enrol.text)
    wrong = client.post(
        "/console/account/second-factor", data={"code": "000000", "csrf_token": token}
    )
    assert wrong.status_code == 422 and "does not match" in wrong.text
    assert client.get("/console/", follow_redirects=False).status_code == 303
    code = pyotp.TOTP(secret.group(1)).at(clock.now())
    done = client.post(
        "/console/account/second-factor",
        data={"code": code, "csrf_token": token},
        follow_redirects=False,
    )
    assert done.status_code == 303
    assert client.get("/console/").status_code == 200
    # From now on the password alone is refused, and the enrolment code cannot be replayed.
    fresh = type(client)(client.app)
    assert login(fresh, "old-officer@example.org").status_code == 401
    assert login(fresh, "old-officer@example.org", totp=code).status_code == 401
    clock.advance(timedelta(seconds=30))
    next_code = pyotp.TOTP(secret.group(1)).at(clock.now())
    assert login(fresh, "old-officer@example.org", totp=next_code).status_code == 303
