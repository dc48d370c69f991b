"""In-process scheduler for periodic jobs (deadline checks, purges, daily reports).

Jobs are registered by name at bootstrap. `run_due()` runs every job whose interval has elapsed
on the injected clock, so tests drive it with a manual clock instead of sleeping. A job that
fails is logged and retried at its next interval; it never stops the others.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    every: timedelta
    run: Callable[[], Any]
    last_started: datetime | None = None
    last_error: str | None = None
    runs: int = 0
    failures: int = 0


@dataclass
class Scheduler:
    clock: Any
    jobs: dict[str, Job] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def register(self, name: str, every: timedelta, run: Callable[[], Any]) -> None:
        if name in self.jobs:
            raise ValueError(f"job {name!r} registered twice")
        self.jobs[name] = Job(name=name, every=every, run=run)

    def run_due(self) -> list[str]:
        now = self.clock.now()
        ran = []
        for job in self.jobs.values():
            if job.last_started is not None and now - job.last_started < job.every:
                continue
            job.last_started = now
            job.runs += 1
            try:
                job.run()
                job.last_error = None
            except Exception as exc:
                job.failures += 1
                job.last_error = repr(exc)
                log.exception("scheduled job %s failed", job.name)
            ran.append(job.name)
        return ran

    def start(self, tick_seconds: float = 1.0) -> None:
        def loop() -> None:
            while not self._stop.is_set():
                self.run_due()
                self._stop.wait(tick_seconds)

        self._thread = threading.Thread(target=loop, name="scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
