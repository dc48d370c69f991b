"""Issue 7's "done when" for Matrix, end to end against a real Synapse (CI runs it).

Synapse 1.163.2 from PyPI in its own virtualenv (synapse.py), SQLite, loopback only, no
federation; Safeharbour is the real `safeharbour serve` process with only the contract's two
settings (plus a short report-poll interval so the test does not wait 30 s). Through the
client API a poster sends a text and an image from tests/data/pdq/ whose PDQ hash is in an
`act` bank (`irreversible_ok`, since a redaction cannot be undone). Then:

- both messages reach the mirror through the application-service push;
- a second user sees the image event redacted;
- the author receives the statement of reasons from the moderation bot in a direct room;
- an abuse report filed through Matrix becomes a notice (the admin event-reports API, polled);
- a moderator bans the room through the API's decision path, and a re-join is refused.

Every process it starts (Synapse, the server) is stopped at the end.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import select

from safeharbour.authz.keys import do_create_api_key
from safeharbour.bootstrap import build_container
from safeharbour.config import Settings
from safeharbour.detection.banks.actions import do_add_bank_entries, do_create_bank
from safeharbour.detection.banks.values import Signal
from safeharbour.detection.signals.hashing import hash_file
from safeharbour.intake.models import Notice, Post
from safeharbour.integrations.matrix.client import SynapseClient
from safeharbour.integrations.matrix.reports import ReportPoller
from safeharbour.kit.db import SYSTEM
from safeharbour.kit.transactions import run_in_unit
from tests.conftest import IN_CI, TEST_DATA
from tests.e2e.support import LiveServer, _healthy, free_port, server_env
from tests.integrations.matrix.synapse import SYNAPSE_VERSION, Homeserver, ensure_synapse

pytestmark = [pytest.mark.slow, pytest.mark.timeout(420)]

IMAGE = TEST_DATA / "pdq/python-threatexchange/threatexchange/tests/hashing/resources/rgb.jpeg"
WAIT = 45.0
T = TypeVar("T")


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = WAIT) -> T:
    """Poll until `probe` answers something truthy; fail naming `what` otherwise."""
    deadline = time.monotonic() + timeout
    while True:
        found = probe()
        if found:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for: {what}")
        time.sleep(0.2)


@pytest.fixture(scope="session")
def synapse_python() -> Path:
    try:
        return ensure_synapse()
    except Exception as exc:
        message = f"matrix-synapse=={SYNAPSE_VERSION} could not be installed: {exc}"
        if IN_CI:
            pytest.fail(message + "; CI=true requires the Matrix end-to-end test", pytrace=False)
        pytest.skip(message)


@dataclass
class Matrix:
    """A client-API session of one user."""

    base: str
    token: str

    def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return httpx.request(
            method,
            self.base + path,
            headers={"Authorization": f"Bearer {self.token}"},
            timeout=15,
            **kwargs,
        )

    def ok(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        reply = self.call(method, path, **kwargs)
        assert reply.status_code == 200, f"{method} {path}: {reply.status_code} {reply.text}"
        body: dict[str, Any] = reply.json()
        return body

    def send(self, room: str, content: dict[str, Any]) -> str:
        txn = uuid.uuid4().hex
        path = f"/_matrix/client/v3/rooms/{quote(room)}/send/m.room.message/{txn}"
        return str(self.ok("PUT", path, json=content)["event_id"])


@dataclass
class Stack:
    homeserver: Homeserver
    server: LiveServer
    settings: Settings
    admin: Matrix
    poster: Matrix
    reader: Matrix


def _serve(
    port: int, data_dir: Path, database_url: str, env: dict[str, str], log: Path
) -> LiveServer:
    command = [
        sys.executable, "-m", "safeharbour", "serve",
        "--host", "127.0.0.1", "--port", str(port), "--data-dir", str(data_dir),
    ]  # fmt: skip
    with log.open("ab") as out:
        process = subprocess.Popen(
            command, cwd=data_dir.parent, env=env, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    server = LiveServer(
        url=f"http://127.0.0.1:{port}",
        port=port,
        data_dir=data_dir,
        database_url=database_url,
        log_path=log,
        env=env,
        process=process,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None:
        if _healthy(server.url):
            return server
        time.sleep(0.05)
    server.stop()
    raise AssertionError(f"safeharbour serve did not start:\n{server.log_tail()}")


@pytest.fixture
def stack(synapse_python: Path, database_url: str, tmp_path: Path) -> Iterator[Stack]:
    data_dir = tmp_path / "data"
    data_dir.mkdir(exist_ok=True)
    as_port, hs_port = free_port(), free_port()
    registration = tmp_path / "synapse" / "safeharbour-as.yaml"
    registration.parent.mkdir()
    base_env = server_env(data_dir, database_url, {})
    # The contract's command writes the registration (tokens kept in the data dir).
    subprocess.run(
        [
            sys.executable, "-m", "safeharbour", "matrix", "register",
            "--homeserver-url", f"http://127.0.0.1:{hs_port}",
            "--as-url", f"http://127.0.0.1:{as_port}",
            "--out", str(registration), "--data-dir", str(data_dir),
        ],
        env=base_env, check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    homeserver = Homeserver(synapse_python, registration.parent, hs_port, registration)
    homeserver.configure()
    homeserver.start()
    server: LiveServer | None = None
    try:
        admin = Matrix(homeserver.url, homeserver.register("admin", "Admin-Pass-123", admin=True))
        poster = Matrix(homeserver.url, homeserver.register("alice", "Alice-Pass-123"))
        reader = Matrix(homeserver.url, homeserver.register("bob", "Bob-Pass-123"))
        env = {
            **base_env,
            "SAFEHARBOUR_MATRIX_HOMESERVER_URL": homeserver.url,
            "SAFEHARBOUR_MATRIX_ADMIN_TOKEN": admin.token,
            "SAFEHARBOUR_MATRIX_REPORTS_POLL_SECONDS": "1",
            "SAFEHARBOUR_PUBLIC_BASE_URL": f"http://127.0.0.1:{as_port}",
        }
        settings = Settings(
            data_dir=data_dir,
            database_url=database_url,
            secret_key=None,
            encryption_keys=None,
            signing_key=None,
            scheduler_enabled=False,
        )
        _bank_the_image(settings)
        server = _serve(as_port, data_dir, database_url, env, tmp_path / "server.log")
        yield Stack(homeserver, server, settings, admin, poster, reader)
    finally:
        if server is not None:
            server.stop()
            print("--- safeharbour serve, last lines ---\n" + server.log_tail(120))
        homeserver.stop()
        print("--- synapse, last lines ---\n" + homeserver.log_tail(60))


def _bank_the_image(settings: Settings) -> None:
    pdq = hash_file(IMAGE).pdq
    assert pdq is not None
    container = build_container(settings)
    try:

        def bank(unit: Any) -> None:
            made = do_create_bank(
                unit,
                "known-images",
                policy="act",
                category="STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH",
                irreversible_ok=True,
                actor=SYSTEM,
            )
            do_add_bank_entries(unit, made, Signal.PDQ, [pdq], actor=SYSTEM)

        run_in_unit(container.database, bank)
    finally:
        container.close()


def _post(stack: Stack, post_id: str) -> Post | None:
    container = build_container(stack.settings, migrate=False)
    try:
        with container.database.reader() as session:
            return session.get(Post, post_id)
    finally:
        container.close()


def _notice_case(stack: Stack, event_id: str) -> uuid.UUID | None:
    container = build_container(stack.settings, migrate=False)
    try:
        with container.database.reader() as session:
            notice = session.scalars(select(Notice).where(Notice.item_id == event_id)).first()
            return notice.case_id if notice is not None else None
    finally:
        container.close()


def _a_poller_without_its_cursor_submits_nothing_again(stack: Stack, event_id: str) -> None:
    """Exactly once: the notices' idempotency keys, not the cursor, keep a report single."""
    container = build_container(stack.settings, migrate=False)
    client = SynapseClient(stack.homeserver.url, admin_token=stack.admin.token, as_token="-")
    try:
        poller = ReportPoller(
            database=container.database,
            client=client,
            notices=container.nta.notices,
            review=container.nta.review,
            cursor_path=stack.settings.data_dir / "a-lost.cursor",
        )
        assert poller.poll() == 0
        with container.database.reader() as session:
            found = session.scalars(select(Notice).where(Notice.item_id == event_id)).all()
            assert len(found) == 1
    finally:
        client.close()
        container.close()


def test_matrix_ingest_detection_statement_report_and_room_ban(stack: Stack) -> None:
    poster, reader, admin = stack.poster, stack.reader, stack.admin
    room = str(
        poster.ok(
            "POST",
            "/_matrix/client/v3/createRoom",
            json={"name": "mod-test", "preset": "public_chat"},
        )["room_id"]
    )
    reader.ok("POST", f"/_matrix/client/v3/join/{quote(room)}", json={})
    since_box = [poster.ok("GET", "/_matrix/client/v3/sync", params={"timeout": 0})["next_batch"]]
    text_id = poster.send(room, {"msgtype": "m.text", "body": "buy cheap watches here"})
    upload = httpx.post(
        f"{stack.homeserver.url}/_matrix/media/v3/upload",
        params={"filename": "rgb.jpeg"},
        content=IMAGE.read_bytes(),
        headers={"Authorization": f"Bearer {poster.token}", "Content-Type": "image/jpeg"},
        timeout=15,
    )
    assert upload.status_code == 200, upload.text
    mxc = upload.json()["content_uri"]
    image_id = poster.send(
        room,
        {"msgtype": "m.image", "body": "look", "url": mxc, "info": {"mimetype": "image/jpeg"}},
    )

    # 1. Both reach the mirror through the application-service push.
    text_post = wait_for("the text post in the mirror", lambda: _post(stack, text_id))
    assert text_post.channel_id == room and text_post.author_id == stack.homeserver.user_id("alice")
    image_post = wait_for("the image post in the mirror", lambda: _post(stack, image_id))
    assert image_post.channel_id == room

    # 2. The bank matched: the image event is redacted, as the second user sees it.
    def redacted() -> bool:
        seen = reader.ok("GET", f"/_matrix/client/v3/rooms/{quote(room)}/event/{quote(image_id)}")
        return not seen.get("content") and bool(seen.get("unsigned", {}).get("redacted_because"))

    wait_for("the image event redacted for the second user", redacted)
    text_seen = reader.ok("GET", f"/_matrix/client/v3/rooms/{quote(room)}/event/{quote(text_id)}")
    assert text_seen["content"]["body"] == "buy cheap watches here"
    # The redaction comes back through the push: the mirror marks the post deleted.
    wait_for(
        "post.deleted in the mirror", lambda: (_post(stack, image_id) or image_post).deleted_at
    )

    # 3. The author receives the statement of reasons from the moderation bot.
    def invited_room() -> str | None:
        # Incremental syncs: Synapse caches an initial sync's answer for a while.
        sync = poster.ok(
            "GET", "/_matrix/client/v3/sync", params={"since": since_box[0], "timeout": 500}
        )
        since_box[0] = sync["next_batch"]
        invites = sync.get("rooms", {}).get("invite", {})
        return next(iter(invites), None)

    direct = wait_for("an invitation from the moderation bot", invited_room)
    poster.ok("POST", f"/_matrix/client/v3/join/{quote(direct)}", json={})

    def statement() -> dict[str, Any] | None:
        page = poster.ok(
            "GET", f"/_matrix/client/v3/rooms/{quote(direct)}/messages", params={"dir": "b"}
        )
        notices = [
            e
            for e in page.get("chunk", [])
            if e["type"] == "m.room.message" and e["content"].get("msgtype") == "m.notice"
        ]
        return notices[0] if notices else None

    message = wait_for("the statement of reasons message", statement)
    assert message["sender"].startswith("@safeharbour-moderation:")
    assert "/statements/" in message["content"]["body"] or "statement" in (
        message["content"]["body"].lower()
    )

    # 4. An abuse report filed through Matrix becomes a notice.
    reader.ok(
        "POST",
        f"/_matrix/client/v3/rooms/{quote(room)}/report/{quote(text_id)}",
        json={"reason": "spam link", "score": -100},
    )
    case_id = wait_for("the report as a notice", lambda: _notice_case(stack, text_id))
    _a_poller_without_its_cursor_submits_nothing_again(stack, text_id)

    # 5. A moderator bans the room through the decision path; a re-join is refused.
    container = build_container(stack.settings, migrate=False)
    try:
        key = run_in_unit(
            container.database,
            lambda unit: do_create_api_key(unit, role="moderator", label="e2e", actor=SYSTEM),
        ).secret
        auditor_key = run_in_unit(
            container.database,
            lambda unit: do_create_api_key(unit, role="auditor", label="e2e", actor=SYSTEM),
        ).secret
    finally:
        container.close()
    api = httpx.Client(
        base_url=stack.server.url + "/api/v1",
        headers={"Authorization": f"Bearer {key}"},
        timeout=60,
    )
    with api:
        api.post(f"/cases/{case_id}/claim").raise_for_status()
        decided = api.post(
            f"/cases/{case_id}/decision",
            json={
                "outcome": "action",
                "category": "STATEMENT_CATEGORY_SCAMS_AND_FRAUD",
                "explanation": "The room exists to sell counterfeit goods.",
                "actions": [
                    {
                        "kind": "ban_channel",
                        "ground": {
                            "kind": "terms_of_service",
                            "reference": "ToS 4.2",
                            "explanation": "Rooms for selling counterfeits are not allowed.",
                        },
                    }
                ],
            },
        )
        assert decided.status_code == 201, decided.text

    def blocked() -> bool:
        answer = admin.call("GET", f"/_synapse/admin/v1/rooms/{quote(room)}/block")
        return answer.status_code == 200 and bool(answer.json().get("block"))

    wait_for("the room blocked on the homeserver", blocked)
    rejoin = reader.call("POST", f"/_matrix/client/v3/join/{quote(room)}", json={})
    assert rejoin.status_code == 403, rejoin.text

    # Health: the adapter reports the homeserver reachable and the push seen.
    def ready() -> dict[str, Any] | None:
        answer = httpx.get(
            stack.server.url + "/api/v1/system/status",
            headers={"Authorization": f"Bearer {auditor_key}"},
            timeout=10,
        )
        return answer.json() if answer.status_code == 200 else None

    platform = wait_for("the system status to answer 200", ready)["enforcement"]["platform"]
    assert platform["adapter"] == "matrix" and platform["connected"] is True
    assert platform["appservice"]["transactions"] > 0
