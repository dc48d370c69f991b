"""Smoke run of the bus benchmark (`bench/bus.py --quick`), so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.nats_support import require_nats

BENCH = Path(__file__).resolve().parents[3] / "bench" / "bus.py"


def test_bus_bench_quick() -> None:
    url = require_nats()
    completed = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--nats-url", url],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "ratio nats / embedded" in completed.stdout
    assert "ratio 2 / 1" in completed.stdout
