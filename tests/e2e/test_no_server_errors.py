"""No route answers 5xx on any generated input: a bounded schemathesis run (pinned in the dev
extras) against the real server process on 127.0.0.1, over its own database, both backends.

Schemathesis reads the served OpenAPI document and generates requests for every operation
(examples, then fuzzing) as an admin and, for the routes that act for an agency, as an
authority; its one check here is `not_a_server_error`. Each run has a time budget (`MAX_TIME`,
about a minute per database in all); the seed is fixed so a failure can be replayed
(`st replay <id>` from the output).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from safeharbour.authz.keys import do_create_api_key
from safeharbour.bootstrap import Container
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from safeharbour.legal.agencies import do_add_agency
from tests.e2e.support import LiveServer

MAX_TIME = {"admin": 40, "authority": 15}
SEED = "20261208"
AUTHORITY_PATHS = "^/api/v1/legal/requests"


@pytest.fixture
def live_server_env() -> dict[str, str]:
    """Inbound webhooks on, so that their route parses rather than answers 503."""
    return {"SAFEHARBOUR_WEBHOOK_SECRET": "s" * 32}


def _key(container: Container, role: str, owner_id: uuid.UUID | None = None) -> str:
    return run_in_unit(
        container.database,
        lambda unit: do_create_api_key(unit, role=role, owner_id=owner_id, actor=SYSTEM),
    ).secret


def _run(server: LiveServer, key: str, budget: int, report: Path, *extra: str) -> str:
    st = shutil.which("st", path=str(Path(sys.executable).parent))
    assert st is not None, "schemathesis is a dev dependency (pyproject.toml)"
    command = [
        st,
        "run",
        f"{server.url}/api/v1/openapi.json",
        "--url",
        server.url,
        "--checks",
        "not_a_server_error",
        "--max-time",
        str(budget),
        "--max-examples",
        "20",
        "--workers",
        "1",
        "--seed",
        SEED,
        "--request-timeout",
        "10",
        "--header",
        f"Authorization: Bearer {key}",
        "--report",
        "junit",
        "--report-dir",
        str(report),
        "--no-color",
        *extra,
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=budget + 60,
        env=server.env,
        check=False,
        # schemathesis keeps a cache folder in its working directory: keep it out of the checkout
        cwd=report.parent,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, f"schemathesis found server errors:\n{output[-6000:]}"
    return output


def test_no_api_route_answers_5xx_to_generated_requests(
    live_server: LiveServer, live_container: Container, tmp_path: Path
) -> None:
    agency = run_in_unit(
        live_container.database,
        lambda unit: do_add_agency(
            unit,
            name="Bundeskriminalamt",
            country="DE",
            kind="police",
            domains=("bka.example.de",),
            cipher=live_container.keys.cipher,
            actor=SYSTEM,
        ),
    )
    as_admin = _run(
        live_server, _key(live_container, "admin"), MAX_TIME["admin"], tmp_path / "admin"
    )
    # What only an agency may call: its requests, supplements and disclosure downloads.
    as_authority = _run(
        live_server,
        _key(live_container, "authority", agency.id),
        MAX_TIME["authority"],
        tmp_path / "authority",
        "--include-path-regex",
        AUTHORITY_PATHS,
    )
    assert "passed" in as_admin and "passed" in as_authority
    assert "unhandled error" not in live_server.log_tail(2000), live_server.log_tail(80)


pytestmark = pytest.mark.timeout(sum(MAX_TIME.values()) + 180)
