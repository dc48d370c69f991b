"""A NATS server of our own (`nats-server -js` on a free port, its own store directory),
killed with SIGKILL and restarted: the stream is on disk, clients reconnect by themselves,
and a publication during the outage raises (so the outbox keeps the row) instead of hanging.

The shared server on 127.0.0.1:4222 is never touched: this needs the `nats-server` binary,
and skips with the reason without it.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from safeharbour.integrations.nats.bus import BusUnavailable, JetStreamBus
from safeharbour.kit.bus import BusMessage
from tests.integrations.nats.test_jetstream_bus import Seen
from tests.nats_support import wait_until
from tests.ports import free_port

NATS_SERVER = shutil.which("nats-server") or (
    "/usr/sbin/nats-server" if Path("/usr/sbin/nats-server").exists() else None
)


_free_port = free_port


class OwnServer:
    def __init__(self, store: Path) -> None:
        self.store = store
        self.port = _free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        assert NATS_SERVER is not None
        self.process = subprocess.Popen(
            [NATS_SERVER, "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.store)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), 0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("nats-server did not start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self.process = None


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[OwnServer]:
    if NATS_SERVER is None:
        pytest.skip("the nats-server binary is not installed")
    server = OwnServer(tmp_path / "jetstream")
    server.start()
    yield server
    if server.process is not None:
        server.kill()


def message(n: int) -> BusMessage:
    return BusMessage(id=f"m-{n}", topic="legal.request.answered", key="agency-1", payload={"n": n})


def test_the_stream_survives_a_server_crash_and_clients_reconnect(own_server: OwnServer) -> None:
    options = {
        "partitions": 2,
        "ack_wait_seconds": 2.0,
        "request_timeout_seconds": 1.0,
        "fetch_timeout_seconds": 0.3,
    }
    publisher = JetStreamBus(own_server.url, **options)  # type: ignore[arg-type]
    try:
        for n in range(5):
            publisher.publish(message(n))  # acknowledged, nobody consumes yet

        own_server.kill()
        wait_until(lambda: publisher.health()["connected"] is False)
        with pytest.raises(BusUnavailable, match="not connected"):
            publisher.publish(message(99))
        assert publisher.publish_many([message(98)])[0] is not None

        own_server.start()  # same port, same store directory
        wait_until(lambda: publisher.health()["connected"] is True)
        publisher.publish(message(5))

        consumer = JetStreamBus(own_server.url, **options)  # type: ignore[arg-type]
        try:
            seen = Seen()
            consumer.subscribe("legal.request.answered", seen, group="after-crash")
            wait_until(lambda: len(seen.messages) == 6)
            assert seen.values("n") == [0, 1, 2, 3, 4, 5]  # 98 and 99 were refused, not stored

            # Killed again right after those acks: the server may not have written them yet,
            # so it redelivers (at least once, never lost), in order, after `ack_wait`.
            own_server.kill()
            own_server.start()
            wait_until(lambda: publisher.health()["connected"] is True)
            publisher.publish(message(6))
            wait_until(lambda: 6 in seen.values("n"))
            after_crash = seen.values("n")[6:]
            assert after_crash == sorted(after_crash) and after_crash[-1] == 6
            assert set(seen.values("n")) == set(range(7))
        finally:
            consumer.close(timeout=5)
    finally:
        publisher.close(timeout=5)
