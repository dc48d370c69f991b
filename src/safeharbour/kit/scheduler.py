"""In-process scheduler for periodic jobs (deadline checks, purges, daily reports).

Jobs are registered by name at bootstrap. `run_due()` runs every job whose interval has elapsed
on the injected clock, so tests drive it with a manual clock instead of sleeping. A job that
fails is logged and retried at its next interval; it never stops the others.

With a `leader` lock (kit/leader.py) the background loop runs jobs only while this process
holds the lock: among several scheduler processes one schedules, the others wait to take over.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from safeharbour.kit.leader import LeaderLock

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
    leader: LeaderLock | None = None
    is_leader: bool = False
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

    def holds_leadership(self) -> bool:
        """Take or confirm the leader lock (always True without one)."""
        if self.leader is None:
            self.is_leader = True
        elif self.is_leader:
            self.is_leader = self.leader.still_held()
            if not self.is_leader:
                log.warning("scheduler lost the leader lock: scheduling stops")
        else:
            self.is_leader = self.leader.try_acquire()
        return self.is_leader

    def start(self, tick_seconds: float = 1.0) -> None:
        if not self.jobs:
            # A process without the scheduler role (an API node of a cluster) must not take
            # the leader lock from the process that has the jobs.
            return

        def loop() -> None:
            while not self._stop.is_set():
                try:
                    if self.holds_leadership():
                        self.run_due()
                except Exception:  # a database outage must not end the loop
                    log.exception("scheduler round failed")
                self._stop.wait(tick_seconds)

        self._thread = threading.Thread(target=loop, name="scheduler", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.leader is not None:
            try:
                self.leader.release()
            except Exception:
                log.warning("releasing the leader lock failed", exc_info=True)
            self.is_leader = False
