"""What the browser tests share: the real server process, console users, signing in.

Fixtures live in `conftest.py`; this module holds the plain classes and functions they return
and that tests import (`from tests.e2e.support import sign_in, ConsoleUser, PASSWORD`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import pyotp
from playwright.sync_api import Page, expect

from tests import ports

PASSWORD = "correct horse battery staple"
"""The password users get unless a test gives another (the policy wants 12+ characters)."""

STARTUP_TIMEOUT = 30.0
"""Seconds the server may take to answer /healthz; about one on a warm machine."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


# -- the server process -----------------------------------------------------------------------
free_port = ports.free_port


def server_env(data_dir: Path, database_url: str, extra: dict[str, str]) -> dict[str, str]:
    """The environment of the server and CLI processes.

    Every `SAFEHARBOUR_*` variable of the test run is dropped first, so that a developer's own
    settings (a data dir, a secret key) cannot leak into the server under test.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHARBOUR_")}
    env.update(
        SAFEHARBOUR_DATA_DIR=str(data_dir),
        SAFEHARBOUR_DATABASE_URL=database_url,
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


class ServerDidNotStart(RuntimeError):
    pass


@dataclass
class LiveServer:
    """`python -m safeharbour serve` running in its own process on a free port.

    `url` is the server root (`http://127.0.0.1:<port>`, no trailing slash); the consoles are
    at `url + "/console/"`. `data_dir` holds its keys (and, on SQLite, the database);
    `log_path` collects its stdout and stderr.
    """

    url: str
    port: int
    data_dir: Path
    database_url: str
    log_path: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes] = field(repr=False)

    def log(self) -> str:
        """Everything the server has written so far (stdout and stderr)."""
        try:
            return self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""

    def log_tail(self, lines: int = 80) -> str:
        return "\n".join(self.log().splitlines()[-lines:])

    def stop(self) -> None:
        """SIGTERM (uvicorn shuts down cleanly and closes the container), then SIGKILL."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def _healthy(url: str) -> bool:
    # No proxies: a developer's http_proxy must not see requests to 127.0.0.1.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(f"{url}/healthz", timeout=1) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def start_live_server(
    *, data_dir: Path, database_url: str, log_path: Path, extra_env: dict[str, str]
) -> LiveServer:
    """Start the server and return once /healthz answers; raise with its log if it does not.

    A port lost to another process between choosing it and binding it is retried on a new one.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    env = server_env(data_dir, database_url, extra_env)
    for _attempt in range(3):
        port = free_port()
        command = [
            sys.executable,
            "-m",
            "safeharbour",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
        ]
        with log_path.open("ab") as log:
            start = log.tell()
            log.write(f"$ {' '.join(command)}\n".encode())
            log.flush()
            process = subprocess.Popen(
                command,
                cwd=data_dir.parent,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        server = LiveServer(
            url=f"http://127.0.0.1:{port}",
            port=port,
            data_dir=data_dir,
            database_url=database_url,
            log_path=log_path,
            env=env,
            process=process,
        )
        deadline = time.monotonic() + STARTUP_TIMEOUT
        exited: int | None = None
        while time.monotonic() < deadline:
            if _healthy(server.url):
                return server
            exited = process.poll()
            if exited is not None:
                break
            time.sleep(0.05)
        server.stop()
        this_attempt = log_path.read_bytes()[start:].decode(errors="replace").lower()
        if exited is not None and "address already in use" in this_attempt:
            continue
        reason = (
            f"exited with status {exited}"
            if exited is not None
            else f"did not answer /healthz within {STARTUP_TIMEOUT:.0f} s"
        )
        raise ServerDidNotStart(f"the server {reason}; its log:\n{server.log_tail()}")
    raise ServerDidNotStart(f"no free port found in 3 attempts; log:\n{server.log_tail()}")


def run_cli(
    server: LiveServer, *args: str, input: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """`python -m safeharbour <args> --data-dir <the server's>` against the server's database.

    Returns the finished process (text stdout and stderr); with `check`, a non-zero exit
    raises AssertionError carrying the command's stderr.
    """
    command = [sys.executable, "-m", "safeharbour", *args, "--data-dir", str(server.data_dir)]
    done = subprocess.run(
        command,
        cwd=server.data_dir.parent,
        env=server.env,
        input=input,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check and done.returncode != 0:
        raise AssertionError(
            f"`safeharbour {' '.join(args)}` exited {done.returncode}:\n{done.stderr}"
        )
    return done


# -- console users ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ConsoleUser:
    id: uuid.UUID
    email: str
    password: str
    role: str
    totp_secret: str | None = None

    @property
    def role_label(self) -> str:
        """The role as the console shows it (`legal_officer` -> `legal officer`)."""
        return self.role.replace("_", " ")

    def totp_code(self, at: datetime | None = None) -> str:
        """The current TOTP code, as the user's authenticator app would show it.

        The server accepts each 30-second step once (replay protection): a second sign-in
        with TOTP inside the same step needs a code from a later step (`at=`).
        """
        assert self.totp_secret, f"{self.email} has no TOTP"
        totp = pyotp.TOTP(self.totp_secret)
        return totp.at(at) if at is not None else totp.now()

    def wrong_totp_code(self) -> str:
        """A well-formed code the server cannot accept now (none of the nearby steps')."""
        assert self.totp_secret, f"{self.email} has no TOTP"
        totp = pyotp.TOTP(self.totp_secret)
        now = time.time()
        near = {totp.at(now + 30 * step) for step in range(-3, 4)}
        return next(code for code in ("000000", "111111", "222222", "333333") if code not in near)


def totp_secret_from_cli(stderr: str) -> str:
    """The secret inside the otpauth:// URI that `users create --totp` prints to stderr."""
    for line in stderr.splitlines():
        if line.startswith("otpauth://"):
            return str(pyotp.parse_uri(line.strip()).secret)
    raise AssertionError(f"no otpauth:// URI in the command's stderr:\n{stderr}")


# -- the browser ------------------------------------------------------------------------------
def fill_login_form(page: Page, email: str, password: str, totp: str = "") -> None:
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_label("Authenticator code").fill(totp)


def sign_in(page: Page, user: ConsoleUser, *, next_path: str | None = None) -> None:
    """Sign in through the real login form and wait until the session is open.

    Fills the TOTP code when the user has one. Fails (with the page in the failure
    screenshot) when the form refuses the sign-in.
    """
    target = "/console/login" + (f"?next={quote(next_path, safe='')}" if next_path else "")
    page.goto(target)
    code = user.totp_code() if user.totp_secret else ""
    fill_login_form(page, user.email, user.password, code)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def sign_out(page: Page) -> None:
    """Press "Sign out" in the top bar and wait for the login form."""
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/console/login$"))


def full_page_screenshot(page: Page, path: Path) -> Path:
    """A full-page PNG of what the browser shows; asserts the file really is a PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=path, full_page=True)
    assert_png(path)
    return path


def assert_png(path: Path) -> None:
    data = path.read_bytes()
    assert len(data) > len(PNG_SIGNATURE), f"{path} is empty"
    assert data.startswith(PNG_SIGNATURE), f"{path} is not a PNG"
