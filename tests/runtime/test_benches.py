"""Smoke run of the scale-out benchmark (`--quick`), so that it keeps working."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import postgres_admin_url
from tests.nats_support import require_nats

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.slow
def test_scale_bench_quick() -> None:
    require_nats()  # the NATS + PostgreSQL half is the point of this bench
    if postgres_admin_url() is None:  # never None under CI=true: it raises there
        pytest.skip("PostgreSQL is not available")
    completed = subprocess.run(
        [sys.executable, str(BENCH / "scale.py"), "--quick"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    output = completed.stdout
    assert "cores; load average" in output
    assert "embedded bus, SQLite, 1 process" in output
    assert "API + 1 worker" in output and "API + 2 workers" in output
    assert "ratio 2 workers / 1 worker:" in output
