"""The webhook reference receiver as a real subprocess on 127.0.0.1, shared by the session."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from tests.ports import free_port

WEBHOOK_SECRET = "contract-test-secret"


@pytest.fixture(scope="session")
def receiver_url() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "safeharbour.integrations.webhook.reference_receiver",
            "--port",
            str(port),
            "--secret",
            WEBHOOK_SECRET,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "listening" in line, line
        url = f"http://127.0.0.1:{port}/"
        httpx.get(url + "_control/state", timeout=5).raise_for_status()
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()
