"""A real Synapse homeserver for the Matrix tests: installed from PyPI into its own virtualenv,
configured for loopback only, started on a free port and stopped afterwards.

We only talk to it over HTTP (client, admin and application-service APIs), so its AGPL code
never runs in our process. The virtualenv is cached under
`$SAFEHARBOUR_SYNAPSE_CACHE` (default `~/.cache/safeharbour`) as `synapse-<version>/`, keyed by
version, built beside it and renamed into place so a half-built one is never used. Without it
(no index reachable) the tests skip, saying why; under `CI=true` they fail.

Configuration: one client listener on
127.0.0.1, no federation resources, no key servers, registration closed except through the
shared secret, generous rate limits so scripted clients are not throttled, SQLite.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import yaml

SYNAPSE_VERSION = "1.163.2"
STARTUP_TIMEOUT = 60.0
GENEROUS = {"per_second": 1000, "burst_count": 1000}


def cache_root() -> Path:
    configured = os.environ.get("SAFEHARBOUR_SYNAPSE_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "safeharbour"


def _installed(python: Path) -> bool:
    if not python.exists():
        return False
    done = subprocess.run(
        [str(python), "-c", "import synapse; print(synapse.__version__)"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return done.returncode == 0 and done.stdout.strip() == SYNAPSE_VERSION


def ensure_synapse() -> Path:
    """The Python of a virtualenv holding matrix-synapse==SYNAPSE_VERSION; installs it once.

    Raises RuntimeError (with pip's output) when it cannot be installed."""
    root = cache_root()
    root.mkdir(parents=True, exist_ok=True)
    final = root / f"synapse-{SYNAPSE_VERSION}"
    python = final / "bin" / "python"
    with (root / f"synapse-{SYNAPSE_VERSION}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two runs at once build it once
        if _installed(python):
            return python
        building = root / f"synapse-{SYNAPSE_VERSION}.building"
        shutil.rmtree(building, ignore_errors=True)
        shutil.rmtree(final, ignore_errors=True)
        base = getattr(sys, "_base_executable", sys.executable)
        steps = [
            [base, "-m", "venv", str(building)],
            [
                str(building / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                f"matrix-synapse=={SYNAPSE_VERSION}",
            ],
        ]
        for step in steps:
            done = subprocess.run(step, capture_output=True, text=True, timeout=900)
            if done.returncode != 0:
                raise RuntimeError(
                    f"`{' '.join(step)}` failed ({done.returncode}):\n{done.stderr[-3000:]}"
                )
        # Renamed, not copied: the venv's python finds its site-packages through pyvenv.cfg
        # beside it, which moves along (we never use the console scripts' shebangs).
        building.rename(final)
        if not _installed(python):
            raise RuntimeError(f"{final} does not import synapse {SYNAPSE_VERSION}")
        return python


@dataclass
class Homeserver:
    python: Path
    directory: Path
    port: int
    registration_file: Path
    process: subprocess.Popen[bytes] | None = None
    shared_secret: str = ""
    server_name: str = "localhost"
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.directory / "synapse.log"

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return ""

    def configure(self) -> None:
        config = self.directory / "homeserver.yaml"
        subprocess.run(
            [
                str(self.python),
                "-m",
                "synapse.app.homeserver",
                "--server-name",
                self.server_name,
                "--config-path",
                str(config),
                "--data-directory",
                str(self.directory),
                "--generate-config",
                "--report-stats=no",
            ],
            cwd=self.directory,
            check=True,
            capture_output=True,
            timeout=120,
        )
        document: dict[str, Any] = yaml.safe_load(config.read_text())
        self.shared_secret = str(document["registration_shared_secret"])
        document.update(
            listeners=[
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            database={
                "name": "sqlite3",
                "args": {"database": str(self.directory / "homeserver.db")},
            },
            trusted_key_servers=[],
            suppress_key_server_warning=True,
            federation_domain_whitelist=[],
            enable_registration=False,
            url_preview_enabled=False,
            presence={"enabled": False},
            report_stats=False,
            rc_message=GENEROUS,
            rc_registration=GENEROUS,
            rc_joins={"local": GENEROUS, "remote": GENEROUS},
            rc_login={"address": GENEROUS, "account": GENEROUS, "failed_attempts": GENEROUS},
            rc_admin_redaction=GENEROUS,
            rc_invites={"per_room": GENEROUS, "per_user": GENEROUS, "per_issuer": GENEROUS},
            app_service_config_files=[str(self.registration_file)],
        )
        document.pop("log_config", None)  # default logging to stderr → our log file
        config.write_text(yaml.safe_dump(document))

    def start(self) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [str(self.python), "-m", "synapse.app.homeserver", "-c", "homeserver.yaml"],
            cwd=self.directory,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Synapse did not start; its log:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def register(self, name: str, password: str, *, admin: bool = False) -> str:
        """Shared-secret registration (`/_synapse/admin/v1/register`); returns the token."""
        nonce = httpx.get(f"{self.url}/_synapse/admin/v1/register", timeout=10).json()["nonce"]
        parts = (nonce, name, password, "admin" if admin else "notadmin")
        mac = hmac.new(
            self.shared_secret.encode(), "\x00".join(parts).encode(), digestmod=hashlib.sha1
        )
        reply = httpx.post(
            f"{self.url}/_synapse/admin/v1/register",
            json={
                "nonce": nonce,
                "username": name,
                "password": password,
                "admin": admin,
                "mac": mac.hexdigest(),
            },
            timeout=10,
        )
        reply.raise_for_status()
        token = str(reply.json()["access_token"])
        self.tokens[name] = token
        return token

    def user_id(self, name: str) -> str:
        return f"@{name}:{self.server_name}"
