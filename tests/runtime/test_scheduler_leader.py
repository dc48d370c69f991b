"""One scheduler leader at a time, across real processes: PostgreSQL advisory lock, or on
SQLite a file lock on the node. Kill the leader: the other takes over."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import httpx

from safeharbour.bootstrap import Container
from safeharbour.config import Settings
from tests.runtime.support import base_env, free_port, start_worker, wait_for


def scrape(port: int) -> str:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
    except httpx.HTTPError:
        return ""


def is_leader(text: str) -> bool:
    return re.search(r"^safeharbour_scheduler_leader 1\.0$", text, re.M) is not None


def job_runs(text: str) -> float:
    found = re.search(r'^safeharbour_job_runs_total\{job="outbox-prune"\} (\S+)$', text, re.M)
    return float(found.group(1)) if found else 0.0


def test_one_scheduler_runs_jobs_and_another_takes_over_when_it_dies(
    container: Container, settings: Settings, database_url: str, tmp_path: Path
) -> None:
    env = base_env(settings.resolved_data_dir, database_url)
    ports = [free_port(), free_port()]
    workers = [
        start_worker(
            env, tmp_path, f"scheduler-{n}", "--role", "scheduler", "--metrics-port", str(port)
        )
        for n, port in enumerate(ports)
    ]
    try:
        wait_for(
            lambda: all(scrape(p) for p in ports) and any(is_leader(scrape(p)) for p in ports),
            what="both schedulers up, one of them leader",
        )
        texts = [scrape(p) for p in ports]
        leaders = [n for n, text in enumerate(texts) if is_leader(text)]
        assert len(leaders) == 1, texts
        leader, follower = leaders[0], 1 - leaders[0]
        wait_for(lambda: job_runs(scrape(ports[leader])) >= 1, what="the leader runs jobs")
        assert job_runs(scrape(ports[follower])) == 0.0  # the follower ran nothing

        workers[leader].kill()  # SIGKILL: no clean release; the lock dies with the process
        wait_for(lambda: is_leader(scrape(ports[follower])), what="the follower takes the lead")
        wait_for(lambda: job_runs(scrape(ports[follower])) >= 1, what="the new leader runs jobs")
        assert workers[follower].stop() == 0
    finally:
        for worker in workers:
            if worker.alive():
                worker.kill()


def test_a_process_without_jobs_never_takes_the_lock(tmp_path: Path) -> None:
    """An API node of a cluster has no jobs: it must not keep the scheduler workers from
    leading."""
    from safeharbour.kit.clock import SystemClock
    from safeharbour.kit.leader import FileLeaderLock
    from safeharbour.kit.scheduler import Scheduler

    idle = Scheduler(clock=SystemClock(), leader=FileLeaderLock(tmp_path / "scheduler.lock"))
    idle.start(tick_seconds=0.01)
    assert idle._thread is None  # no loop: nothing that could ever take the lock
    busy = Scheduler(clock=SystemClock(), leader=FileLeaderLock(tmp_path / "scheduler.lock"))
    busy.register("job", timedelta(hours=1), lambda: None)
    try:
        assert busy.holds_leadership()
        assert not idle.is_leader
    finally:
        idle.stop()
        busy.stop()
