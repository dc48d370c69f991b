"""Browser end-to-end fixtures: Debian's Chromium through Playwright, against the real server.

Each test gets the real server (`python -m safeharbour serve` in its own process, on a free
port) over its own freshly migrated database from `tests/conftest.py`, so every e2e test runs
on SQLite and, when one answers, on PostgreSQL. It drives the server with Chromium in a fresh
browser context. Users and other data are made through the actions (`make_user`,
`live_container`) or the real CLI (`cli`, `make_user(..., via_cli=True)`).

Chromium is Debian's `chromium`, launched by executable path (`SAFEHARBOUR_CHROMIUM`, else
`/usr/bin/chromium`); `playwright install` is never run. `scripts/ensure-chromium.sh`, which
`make test` runs first, installs it when missing. Without it these tests are skipped, saying
why, except with `CI=true`, where they fail.

When a test fails, a full-page screenshot, the page's HTML, the browser console and the
server's log are saved under `$SAFEHARBOUR_E2E_ARTIFACTS/<test>/` (default: pytest's temporary
directory, `e2e-failures/`); the failure report names the files and shows the server log.

Why the browser is package-scoped rather than session-scoped: while Playwright's sync API is
started it leaves its event loop marked as running in the main thread, so `asyncio.run()` in
any later test would fail. The package scope stops it when the last e2e test of a run (per
database backend) is done; a launch costs under a second.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Response,
    expect,
    sync_playwright,
)

from safeharbour.authz.users import do_create_user
from safeharbour.bootstrap import Container, build_container
from safeharbour.config import Settings
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests.conftest import IN_CI
from tests.e2e.support import (
    PASSWORD,
    ConsoleUser,
    LiveServer,
    run_cli,
    start_live_server,
    totp_secret_from_cli,
)

DEFAULT_CHROMIUM = "/usr/bin/chromium"

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # Without these Chromium keeps trying to reach Google's services, which on a closed
    # network is a flood of refused connections.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Flags every launch gets. The fresh `--user-data-dir` is Playwright's own: each launch
creates a new temporary profile (and refuses the flag, pointing to persistent contexts)."""

ACTION_TIMEOUT_MS = 5_000
NAVIGATION_TIMEOUT_MS = 10_000
E2E_TEST_TIMEOUT_S = 60
"""A hung e2e test fails after this long (pytest-timeout); the normal ones take 2-5 s."""

expect.set_options(timeout=ACTION_TIMEOUT_MS)

E2E_DIR = Path(__file__).resolve().parent


@dataclass
class PageRecord:
    page: Page
    console: list[str] = field(default_factory=list)
    """Console errors, uncaught exceptions and failed sub-resource loads, in order."""


PAGES = pytest.StashKey[list[PageRecord]]()
SERVER = pytest.StashKey[LiveServer]()
ARTIFACTS = pytest.StashKey[Path]()


# -- marking and failure artifacts ------------------------------------------------------------
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Everything under tests/e2e is `e2e` (so `-m "not e2e"` works even if a module forgets
    its `pytestmark`) and gets a per-test timeout."""
    for item in items:
        if E2E_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.e2e)
            if item.get_closest_marker("timeout") is None:
                item.add_marker(pytest.mark.timeout(E2E_TEST_TIMEOUT_S))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    report = yield
    if report.failed and report.when in ("setup", "call"):
        _save_failure_artifacts(item, report)
    return report


def _save_failure_artifacts(item: pytest.Item, report: pytest.TestReport) -> None:
    pages = item.stash.get(PAGES, [])
    server = item.stash.get(SERVER, None)
    root = item.stash.get(ARTIFACTS, None)
    if root is None or (not pages and server is None):
        return
    target = root / re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid)[-150:]
    target.mkdir(parents=True, exist_ok=True)
    lines = [f"saved under {target}"]
    for number, record in enumerate(pages, start=1):
        suffix = "" if number == 1 else f"-{number}"
        page = record.page
        if page.is_closed():
            continue
        lines.append(f"page{suffix}: {page.url}")
        try:
            shot = target / f"screenshot{suffix}.png"
            page.screenshot(path=shot, full_page=True, timeout=ACTION_TIMEOUT_MS)
            lines.append(f"  screenshot: {shot}")
            html = target / f"page{suffix}.html"
            html.write_text(page.content())
            lines.append(f"  html:       {html}")
        except Exception as exc:  # a crashed page must not hide the test's own failure
            lines.append(f"  could not capture the page: {exc}")
        if record.console:
            console = target / f"console{suffix}.log"
            console.write_text("\n".join(record.console) + "\n")
            lines.append(f"  console:    {console} ({len(record.console)} errors)")
    if server is not None:
        log = target / "server.log"
        shutil.copyfile(server.log_path, log)
        lines.append(f"server log: {log}")
        report.sections.append(("live server log (last 80 lines)", server.log_tail()))
    report.sections.append(("e2e failure artifacts", "\n".join(lines)))


@pytest.fixture(scope="session")
def e2e_artifacts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where failure screenshots go: `$SAFEHARBOUR_E2E_ARTIFACTS`, else under pytest's
    temporary directory (`/tmp/pytest-of-<user>/pytest-<n>/e2e-failures`)."""
    configured = os.environ.get("SAFEHARBOUR_E2E_ARTIFACTS")
    if configured:
        return Path(configured).resolve()
    return tmp_path_factory.getbasetemp() / "e2e-failures"


@pytest.fixture(autouse=True)
def _e2e_artifacts(request: pytest.FixtureRequest, e2e_artifacts_dir: Path) -> None:
    request.node.stash[ARTIFACTS] = e2e_artifacts_dir


# -- the browser ------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def chromium_executable() -> str:
    """The path of Debian's Chromium; skips the test without it (fails it with CI=true)."""
    path = Path(os.environ.get("SAFEHARBOUR_CHROMIUM") or DEFAULT_CHROMIUM)
    if path.is_file() and os.access(path, os.X_OK):
        return str(path)
    message = (
        f"Chromium not found at {path}: install Debian's chromium (`make test` does so as root) "
        "or set SAFEHARBOUR_CHROMIUM"
    )
    if IN_CI:
        pytest.fail(f"{message}; CI=true requires the browser tests to run", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="package")
def browser(chromium_executable: str) -> Iterator[Browser]:
    """Headless Chromium, shared by the e2e tests; each test gets its own `context`."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=chromium_executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield launched
        finally:
            launched.close()


# -- the server -------------------------------------------------------------------------------
@pytest.fixture
def live_server_env() -> dict[str, str]:
    """Extra environment for the server process (and `cli`); override it in a test module,
    e.g. `{"SAFEHARBOUR_SESSION_TTL_HOURS": "1"}`."""
    return {}


@pytest.fixture
def live_server(
    request: pytest.FixtureRequest,
    database_url: str,
    tmp_path: Path,
    live_server_env: dict[str, str],
) -> Iterator[LiveServer]:
    """The real server in its own process, on this test's database; stopped afterwards."""
    server = start_live_server(
        data_dir=tmp_path / "data",
        database_url=database_url,
        log_path=tmp_path / "server.log",
        extra_env=live_server_env,
    )
    request.node.stash[SERVER] = server
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def live_container(live_server: LiveServer) -> Iterator[Container]:
    """A container in the test process on the server's database and keys, to set up data
    through the actions (`run_in_unit(live_container.database, lambda unit: do_...(...))`)."""
    settings = Settings(
        data_dir=live_server.data_dir,
        database_url=live_server.database_url,
        # The server generated its keys into the data dir; never take them from the test
        # run's environment, or TOTP secrets would be encrypted with another key.
        secret_key=None,
        encryption_keys=None,
        signing_key=None,
        scheduler_enabled=False,
        public_base_url=live_server.url,
    )
    container = build_container(settings, migrate=False)
    try:
        yield container
    finally:
        container.close()


@pytest.fixture
def cli(live_server: LiveServer) -> Callable[..., Any]:
    """Run the real CLI on the server's data dir and database: `cli("agencies", "add", ...)`.

    Keyword arguments: `input` (stdin text), `check` (default True: raise on a non-zero exit).
    Returns the `subprocess.CompletedProcess` (text `stdout`, `stderr`, `returncode`).
    """

    def run(*args: str, input: str | None = None, check: bool = True) -> Any:
        return run_cli(live_server, *args, input=input, check=check)

    return run


@pytest.fixture
def make_user(live_container: Container, cli: Callable[..., Any]) -> Callable[..., ConsoleUser]:
    """Create a console user: `make_user("mod@example.org", "moderator", totp=True)`; `totp`
    left out means as the role requires (officer roles always get one).

    Through `do_create_user` by default, or through `safeharbour users create` with
    `via_cli=True`. Returns a `ConsoleUser` carrying the password and the TOTP secret.
    """

    def make(
        email: str,
        role: str = "moderator",
        *,
        password: str = PASSWORD,
        totp: bool | None = None,
        agency_id: uuid.UUID | None = None,
        flagger_id: uuid.UUID | None = None,
        via_cli: bool = False,
    ) -> ConsoleUser:
        if via_cli:
            args = ["users", "create", "--email", email, "--role", role]
            if agency_id:
                args += ["--agency", str(agency_id)]
            if flagger_id:
                args += ["--flagger", str(flagger_id)]
            if totp:
                args.append("--totp")
            done = cli(*args, input=password + "\n")
            # Roles that can see or release personal data always get TOTP, asked or not.
            secret = totp_secret_from_cli(done.stderr) if "otpauth://" in done.stderr else None
            return ConsoleUser(uuid.UUID(done.stdout.strip()), email, password, role, secret)
        created = run_in_unit(
            live_container.database,
            lambda unit: do_create_user(
                unit,
                email=email,
                password=password,
                role=role,
                agency_id=agency_id,
                flagger_id=flagger_id,
                totp=totp,
                cipher=live_container.keys.cipher,
                actor=SYSTEM,
            ),
        )
        secret = created.totp.secret if created.totp else None
        return ConsoleUser(created.id, email, password, role, secret)

    return make


# -- pages ------------------------------------------------------------------------------------
def new_context(browser: Browser, server: LiveServer) -> BrowserContext:
    """A fresh browser context (no cookies, no storage) whose `base_url` is the server."""
    fresh = browser.new_context(
        base_url=server.url,
        viewport={"width": 1280, "height": 800},
        locale="en-GB",
        timezone_id="UTC",
    )
    fresh.set_default_timeout(ACTION_TIMEOUT_MS)
    fresh.set_default_navigation_timeout(NAVIGATION_TIMEOUT_MS)
    return fresh


@pytest.fixture
def context(browser: Browser, live_server: LiveServer) -> Iterator[BrowserContext]:
    """The `page`'s browser context: fresh (no cookies), `base_url` the live server, so
    `page.goto("/console/login")` works; `context.cookies()` shows what the server set."""
    fresh = new_context(browser, live_server)
    try:
        yield fresh
    finally:
        fresh.close()


def open_page(request: pytest.FixtureRequest, context: BrowserContext) -> PageRecord:
    """A new tab in `context` whose errors are recorded and which is captured if the test
    fails."""
    record = PageRecord(context.new_page())

    def on_console(message: ConsoleMessage) -> None:
        # Chromium also logs every 4xx/5xx response as "Failed to load resource", the page
        # itself included (a refused login is a 401 page): `on_response` reports those.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            record.console.append(f"console.error: {message.text}")

    def on_response(response: Response) -> None:
        if response.status < 400 or response.request.resource_type == "document":
            return
        if urlsplit(response.url).path == "/favicon.ico":
            return  # the browser asks for it by itself; the consoles link no icon
        kind = response.request.resource_type
        record.console.append(f"HTTP {response.status} for {kind} {response.url}")

    record.page.on("console", on_console)
    record.page.on("response", on_response)
    record.page.on("pageerror", lambda error: record.console.append(f"uncaught: {error}"))
    pages = request.node.stash.setdefault(PAGES, [])
    pages.append(record)
    return record


@pytest.fixture
def page_record(request: pytest.FixtureRequest, context: BrowserContext) -> PageRecord:
    return open_page(request, context)


@pytest.fixture
def page(page_record: PageRecord) -> Page:
    """A tab in a fresh context on the live server; screenshotted if the test fails."""
    return page_record.page


@pytest.fixture
def console_errors(page_record: PageRecord) -> list[str]:
    """What went wrong in the `page` so far: console errors (CSP violations among them),
    uncaught exceptions, and 4xx/5xx answers to anything but a page navigation (scripts,
    styles, HTMX requests). Assert it is empty at the end of a flow; a test that expects an
    HTMX request to fail filters its line out."""
    return page_record.console


@pytest.fixture
def new_page(
    request: pytest.FixtureRequest, browser: Browser, live_server: LiveServer
) -> Iterator[Callable[[], Page]]:
    """Open another tab in a context of its own, i.e. another person: `second = new_page()`.

    For flows with two users at once (four-eyes approval, a moderator and an auditor). Each
    call gives a fresh context; all are captured on failure and closed afterwards.
    """
    opened: list[BrowserContext] = []

    def open_another() -> Page:
        fresh = new_context(browser, live_server)
        opened.append(fresh)
        return open_page(request, fresh).page

    try:
        yield open_another
    finally:
        for fresh in opened:
            fresh.close()
