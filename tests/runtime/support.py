"""Real processes for the scale-out tests: `safeharbour serve` and `safeharbour worker`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from tests import ports

free_port = ports.free_port


def base_env(data_dir: Path, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHARBOUR_")}
    env.update(
        {
            "SAFEHARBOUR_DATA_DIR": str(data_dir),
            "SAFEHARBOUR_DATABASE_URL": database_url,
            "SAFEHARBOUR_LOG_LEVEL": "INFO",
            "SAFEHARBOUR_OUTBOX_POLL_SECONDS": "0.1",
            "SAFEHARBOUR_WORKER_POLL_SECONDS": "0.2",
        }
    )
    env.update(extra)
    return env


class Proc:
    """One child process with its log file; `kill()` is SIGKILL, `stop()` SIGTERM."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.log_path = log_dir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "safeharbour", *args],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self, timeout: float = 60) -> int:
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise AssertionError(f"{self.name} ignored SIGTERM:\n{self.log()[-3000:]}") from None
        finally:
            self._log.close()


def start_server(env: dict[str, str], log_dir: Path, name: str = "api") -> tuple[Proc, str]:
    port = free_port()
    proc = Proc(name, ["serve", "--port", str(port)], env, log_dir)
    base = f"http://127.0.0.1:{port}"
    wait_for(
        lambda: _answers(base),
        what=f"{name} answering /healthz",
        timeout=60,
        alive=proc,
    )
    return proc, base


def start_worker(env: dict[str, str], log_dir: Path, name: str, *args: str) -> Proc:
    return Proc(name, ["worker", *args], env, log_dir)


def _answers(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def wait_for(
    condition: Callable[[], bool],
    *,
    what: str,
    timeout: float = 60,
    alive: Proc | None = None,
) -> None:
    """Poll until `condition()`; the deadline only turns a hang into a failure that names
    what never happened (no timing is asserted)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if alive is not None and not alive.alive():
            raise AssertionError(f"{alive.name} exited:\n{alive.log()[-3000:]}")
        time.sleep(0.1)
    raise AssertionError(f"never happened within {timeout}s: {what}")
