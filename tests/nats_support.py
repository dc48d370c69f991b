"""The NATS server the bus tests run against: 127.0.0.1:4222, or `SAFEHARBOUR_TEST_NATS_URL`.

Unreachable: the tests that need it skip with the reason, or with `CI=true` fail (the session
also refuses to start, see tests/conftest.py). Each test gets its own stream and subject
prefix, deleted afterwards, so runs never collide.
"""

from __future__ import annotations

import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlparse

import pytest

from safeharbour.integrations.nats.bus import JetStreamBus

IN_CI = os.environ.get("CI", "").lower() == "true"
NATS_URL = os.environ.get("SAFEHARBOUR_TEST_NATS_URL", "nats://127.0.0.1:4222")


def nats_unreachable_reason() -> str | None:
    parsed = urlparse(NATS_URL)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or 4222), 3):
            return None
    except OSError as exc:
        return f"NATS at {NATS_URL} unreachable: {exc}"


def require_nats() -> str:
    reason = nats_unreachable_reason()
    if reason is not None:
        if IN_CI:
            pytest.fail(f"CI=true: {reason}")
        pytest.skip(reason)
    return NATS_URL


# Fast retries and short long-polls keep the tests quick; the semantics are the defaults'.
TEST_BUS_OPTIONS: dict[str, Any] = {
    "partitions": 4,
    "max_deliver": 3,
    "retry_delay_seconds": 0.02,
    "fetch_timeout_seconds": 0.3,
}


@pytest.fixture
def jetstream_factory() -> Iterator[Callable[..., JetStreamBus]]:
    """`make(**options)` → a bus on this test's own stream; every call is another connection
    (another "process") on the same stream. All are closed and the stream deleted afterwards."""
    url = require_nats()
    suffix = uuid.uuid4().hex[:10]
    names: dict[str, Any] = {"stream": f"TEST_{suffix}", "subject_prefix": f"t{suffix}"}
    made: list[JetStreamBus] = []

    def make(**options: Any) -> JetStreamBus:
        bus = JetStreamBus(url, **{**names, **TEST_BUS_OPTIONS, **options})
        made.append(bus)
        return bus

    yield make
    for bus in made:
        bus.close(timeout=10)
    cleaner = JetStreamBus(url, **names)
    cleaner.delete_stream()
    cleaner.close()


def wait_until(condition: Callable[[], bool], *, timeout: float = 20.0) -> None:
    """Poll until `condition()` holds; fail naming it when it never does (not a timing test:
    the deadline is only there so a lost message fails the test instead of hanging it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.02)
    assert condition(), f"condition still false after {timeout}s"
