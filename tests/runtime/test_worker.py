"""`safeharbour worker`: role checks, polled work in its own process, metrics, heartbeats and
a clean exit on SIGTERM; `/metrics` and `/readyz` on the API."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from safeharbour.bootstrap import Container
from safeharbour.config import Settings
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.integrations.webhook.reference_receiver import ReferenceReceiver
from safeharbour.runtime.models import ProcessHeartbeat
from tests.nta import notice_body
from tests.runtime.support import base_env, free_port, start_worker, wait_for
from tests.runtime.test_claims import plan_removals

SECRET = "worker-test-secret"


def test_bus_roles_refuse_the_embedded_bus(settings: Settings, database_url: str) -> None:
    env = base_env(settings.resolved_data_dir, database_url)
    result = subprocess.run(
        [sys.executable, "-m", "safeharbour", "worker", "--role", "detection"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "error: bus:" in result.stderr and "SAFEHARBOUR_BUS=nats" in result.stderr
    unknown = subprocess.run(
        [sys.executable, "-m", "safeharbour", "worker", "--role", "moderation"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert unknown.returncode == 2 and "--role" in unknown.stderr


def metric(text: str, name: str, labels: str) -> float:
    found = re.search(rf"^{name}\{{{re.escape(labels)}\}} (\S+)$", text, re.M)
    return float(found.group(1)) if found else -1.0


def test_an_enforcement_worker_makes_due_calls_and_exits_cleanly_on_sigterm(
    container: Container, settings: Settings, database_url: str, tmp_path: Path
) -> None:
    ids = plan_removals(container, 5)
    receiver = ReferenceReceiver(SECRET).start()
    port = free_port()
    env = base_env(
        settings.resolved_data_dir,
        database_url,
        SAFEHARBOUR_WEBHOOK_URL=receiver.url,
        SAFEHARBOUR_WEBHOOK_SECRET=SECRET,
    )
    worker = start_worker(
        env, tmp_path, "enforcement", "--role", "enforcement", "--metrics-port", str(port)
    )
    try:

        def scrape() -> str:
            try:
                return httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=2).text
            except httpx.HTTPError:
                return ""

        wait_for(lambda: len(receiver.state.applied) == 5, what="5 calls applied", alive=worker)
        assert set(receiver.state.applied) == {str(i) for i in ids}
        wait_for(
            lambda: (
                metric(scrape(), "safeharbour_stage_processed_total", 'stage="enforcement"') >= 5
            ),
            what="the worker's metrics count its calls",
            alive=worker,
        )
        text = scrape()
        assert metric(text, "safeharbour_queue_depth", 'queue="enforcement"') == 0.0
        assert metric(text, "safeharbour_queue_depth", 'queue="outbox"') >= 0.0
        assert metric(text, "safeharbour_processes_alive", 'kind="worker",role="enforcement"') == 1
        assert worker.stop() == 0, worker.log()[-2000:]
    finally:
        if worker.alive():
            worker.kill()
        receiver.stop()
    with container.database.reader() as session:
        statuses = set(session.scalars(select(EnforcementAction.status)))
        beats = session.scalars(select(ProcessHeartbeat)).all()
    assert statuses == {"applied"}
    assert [(b.kind, b.roles, b.state) for b in beats] == [("worker", "enforcement", "stopped")]
    assert "SIGTERM received" in worker.log()


def test_metrics_and_readiness_on_the_api(
    client: Any,
    container: Container,
    clock: Any,
    mirror: None,
    submit: Callable[..., Any],
    operator_status: Any,
) -> None:
    plan_removals(container, 2)
    submit(notice_body("post-1"))  # a review case due within the notice SLA
    reply = client.get("/metrics")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/plain")
    body = reply.text
    assert metric(body, "safeharbour_queue_depth", 'queue="enforcement"') == 2.0
    assert metric(body, "safeharbour_queue_lag_seconds", 'queue="enforcement"') >= 0.0
    for kind in ("legal_requests_overdue", "legal_deadlines_missed_total", "cases_overdue"):
        assert metric(body, "safeharbour_sla_breaches", f'kind="{kind}"') == 0.0
    clock.advance(timedelta(days=4))  # past every notice SLA
    later = client.get("/metrics").text
    assert metric(later, "safeharbour_sla_breaches", 'kind="cases_overdue"') == 1.0
    assert metric(body, "safeharbour_bus_up", 'bus="embedded"') == 1.0
    ready = operator_status()
    assert ready["queues"]["enforcement"] == {"pending": 2, "dead": 0}
    assert set(ready["lag_seconds"]) == {"outbox", "enforcement", "notify"}
    assert ready["bus_health"]["name"] == "embedded"
    assert ready["workers"] == {"roles_running": {}, "processes": []}
