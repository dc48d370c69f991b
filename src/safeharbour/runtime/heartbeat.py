"""A process's heartbeat row (`process_heartbeats`), so that any node can list who is alive:
workers (runtime/worker.py) and API nodes (`Container.start_background`)."""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from typing import Any

from safeharbour.runtime import queries
from safeharbour.runtime.metrics import stage_totals

log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 5.0


class Heartbeat:
    """This process's row in `process_heartbeats`, written every few seconds."""

    def __init__(self, container: Any, *, kind: str, roles: list[str]) -> None:
        self.container = container
        host = socket.gethostname()[:150]
        self.values: dict[str, Any] = {
            "id": f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}",
            "kind": kind,
            "roles": ",".join(sorted(roles)),
            "host": host,
            "pid": os.getpid(),
            "started_at": container.clock.now(),
        }

    def beat(self, state: str = "running") -> None:
        totals = stage_totals()
        try:
            queries.beat(
                self.container.database,
                {
                    **self.values,
                    "seen_at": self.container.clock.now(),
                    "processed": int(sum(t["processed"] for t in totals.values())),
                    "errors": int(sum(t["errors"] for t in totals.values())),
                    "leader": self.container.scheduler.is_leader,
                    "state": state,
                },
            )
        except Exception:  # a database hiccup must not stop the work; the next beat retries
            log.warning("heartbeat failed", exc_info=True)


class HeartbeatThread:
    """Beats every `HEARTBEAT_SECONDS` on a daemon thread until `stop()` (API nodes)."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="heartbeat", daemon=True)

    def _run(self) -> None:
        while True:
            self.heartbeat.beat()
            if self._stop.wait(HEARTBEAT_SECONDS):
                return

    def start(self) -> HeartbeatThread:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.heartbeat.beat("stopped")
