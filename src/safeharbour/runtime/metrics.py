"""Prometheus metrics (`GET /metrics` on the API, `--metrics-port` on workers).

Two kinds of figures:
- what this process did, per stage (`detection`, `legal_delivery`, `enforcement`, `notify`,
  `scheduler`): counters of units processed and of errors, and a histogram of the time per unit
  of work, kept in `PROCESS` and updated by `instrument`;
- the state of the shared queues, read from the database (and the bus) when scraped: depth and
  lag (age of the oldest waiting item) of the outbox, platform calls and e-mails, dead letters,
  the bus consumers' pending counts, SLA breaches and the live processes by role.
Every node reports the same shared figures; Prometheus queries should `max()` them, not sum.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

log = logging.getLogger(__name__)
T = TypeVar("T")

PROCESS = CollectorRegistry(auto_describe=True)
PROCESSED = Counter(
    "safeharbour_stage_processed",
    "Units of work finished by this process, per stage (messages, calls, e-mails, jobs).",
    ["stage"],
    registry=PROCESS,
)
ERRORS = Counter(
    "safeharbour_stage_errors",
    "Units of work that raised in this process, per stage (they are retried).",
    ["stage"],
    registry=PROCESS,
)
SECONDS = Histogram(
    "safeharbour_stage_seconds",
    "Time per handler call or work pass, per stage.",
    ["stage"],
    registry=PROCESS,
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)


def instrument(
    stage: str, work: Callable[..., T], *, units: Callable[[T], int] = lambda _: 1
) -> Callable[..., T]:
    """`work` wrapped to count its units, errors and time under `stage`."""

    def run(*args: Any, **kwargs: Any) -> T:
        started = time.perf_counter()
        try:
            result = work(*args, **kwargs)
        except Exception:
            ERRORS.labels(stage).inc()
            raise
        finally:
            SECONDS.labels(stage).observe(time.perf_counter() - started)
        count = units(result)
        if count:
            PROCESSED.labels(stage).inc(count)
        return result

    return run


def stage_totals() -> dict[str, dict[str, float]]:
    """{stage: {"processed": n, "errors": n}} of this process, for heartbeats."""
    totals: dict[str, dict[str, float]] = {}
    for metric in PROCESS.collect():
        key = {"safeharbour_stage_processed": "processed", "safeharbour_stage_errors": "errors"}
        if metric.name not in key:
            continue
        for sample in metric.samples:
            if sample.name.endswith("_total"):
                stage = sample.labels["stage"]
                totals.setdefault(stage, {"processed": 0.0, "errors": 0.0})
                totals[stage][key[metric.name]] = sample.value
    return totals


class SharedStateCollector(Collector):
    """Gauges read at scrape time from the database and the bus of one container."""

    def __init__(self, container: Any) -> None:
        self.container = container

    def collect(self) -> Iterator[Metric]:
        from safeharbour.runtime.queries import live_processes, queues, sla_breaches

        container = self.container
        now = container.clock.now()
        with container.database.reader() as session:
            depths = queues(session, now)
            breaches = sla_breaches(session, now)
            processes = live_processes(session, now)
        depth = GaugeMetricFamily(
            "safeharbour_queue_depth", "Items waiting, per queue.", labels=["queue"]
        )
        lag = GaugeMetricFamily(
            "safeharbour_queue_lag_seconds",
            "Age of the oldest waiting item, per queue.",
            labels=["queue"],
        )
        dead = GaugeMetricFamily(
            "safeharbour_queue_dead",
            "Items given up on (dead letters), per queue.",
            labels=["queue"],
        )
        for name, queue in depths.items():
            depth.add_metric([name], queue.pending)
            lag.add_metric([name], queue.oldest_age_seconds)
            dead.add_metric([name], queue.dead)
        yield depth
        yield lag
        yield dead
        yield from bus_metrics(container.bus)
        yield from group_metrics(container.bus)
        sla = GaugeMetricFamily(
            "safeharbour_sla_breaches",
            "Deadlines passed: legal_requests_overdue (authority requests open past their "
            "deadline), legal_deadlines_missed_total (ever), cases_overdue (review cases open "
            "past their SLA: notices, flags, signals).",
            labels=["kind"],
        )
        for kind, count in breaches.items():
            sla.add_metric([kind], count)
        yield sla
        alive = GaugeMetricFamily(
            "safeharbour_processes_alive",
            "Processes with a heartbeat in the last 30 s, per kind and role.",
            labels=["kind", "role"],
        )
        counts: dict[tuple[str, str], int] = {}
        for process in processes:
            for role in process.roles.split(",") if process.roles else ["-"]:
                counts[(process.kind, role)] = counts.get((process.kind, role), 0) + 1
        for (kind, role), count in sorted(counts.items()):
            alive.add_metric([kind, role], count)
        yield alive
        runs = CounterMetricFamily(
            "safeharbour_job_runs", "Scheduled job runs in this process.", labels=["job"]
        )
        failures = CounterMetricFamily(
            "safeharbour_job_failures", "Scheduled job runs that failed.", labels=["job"]
        )
        for job in container.scheduler.jobs.values():
            runs.add_metric([job.name], job.runs)
            failures.add_metric([job.name], job.failures)
        yield runs
        yield failures
        leader = GaugeMetricFamily(
            "safeharbour_scheduler_leader", "1 when this process holds the scheduler lock."
        )
        leader.add_metric([], 1.0 if container.scheduler.is_leader else 0.0)
        yield leader


def bus_health(bus: Any) -> dict[str, Any]:
    """The bus adapter's own report (`health()`), or just its name."""
    health = getattr(bus, "health", None)
    if health is None:
        return {"name": bus.name, "ok": True}
    try:
        report = dict(health())
    except Exception as exc:  # an unreachable bus is a finding, not a crash
        return {"name": bus.name, "ok": False, "error": repr(exc)[:500]}
    report.setdefault("name", bus.name)
    return report


def _consumers(report: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    consumers = report.get("consumers") or {}
    if isinstance(consumers, dict):
        return [(str(k), v) for k, v in consumers.items() if isinstance(v, dict)]
    return [(str(c.get("name", "?")), c) for c in consumers if isinstance(c, dict)]


def bus_metrics(bus: Any) -> Iterator[Metric]:
    report = bus_health(bus)
    up = GaugeMetricFamily("safeharbour_bus_up", "1 when the bus answers.", labels=["bus"])
    ok = report.get("ok", report.get("connected", True)) and "error" not in report
    up.add_metric([str(report.get("name"))], 1.0 if ok else 0.0)
    yield up
    pending = GaugeMetricFamily(
        "safeharbour_bus_consumer_pending",
        "Messages not yet delivered to a consumer group (stream lag).",
        labels=["consumer"],
    )
    unacked = GaugeMetricFamily(
        "safeharbour_bus_consumer_ack_pending",
        "Messages delivered to a consumer group and not yet acknowledged (in flight).",
        labels=["consumer"],
    )
    for name, info in _consumers(report):
        if "pending" in info:
            pending.add_metric([name], float(info["pending"]))
        if "ack_pending" in info:
            unacked.add_metric([name], float(info["ack_pending"]))
    yield pending
    yield unacked


def bus_groups() -> dict[str, tuple[str, ...]]:
    """The consumer groups of a deployment and their topics (bootstrap subscribes them)."""
    from safeharbour.detection import pipeline
    from safeharbour.legal.gateway.delivery import TOPICS as LEGAL_TOPICS

    detection = (*pipeline.TOPICS, pipeline.JOIN_TOPIC)
    return {"detection": detection, "legal-delivery": tuple(LEGAL_TOPICS)}


def group_backlog(bus: Any) -> dict[str, dict[str, int]]:
    """Per group, messages not yet delivered (`pending`) and in flight (`ack_pending`),
    whichever process consumes them: what an API node reports about the workers' lag. Empty
    for a bus without backlogs (the embedded one delivers synchronously)."""
    backlog = getattr(bus, "backlog", None)
    if backlog is None:
        return {}
    report: dict[str, dict[str, int]] = {}
    for group, topics in bus_groups().items():
        total = {"pending": 0, "ack_pending": 0}
        for topic in topics:
            try:
                found = backlog(topic, group=group)
            except Exception:  # an unreachable bus shows as bus_up 0, not as a failed scrape
                log.warning("bus backlog of %s unavailable", group, exc_info=True)
                return report
            total["pending"] += int(found.get("pending", 0))
            total["ack_pending"] += int(found.get("ack_pending", 0))
        report[group] = total
    return report


def group_metrics(bus: Any) -> Iterator[Metric]:
    pending = GaugeMetricFamily(
        "safeharbour_bus_group_pending",
        "Messages of a consumer group not yet delivered to any worker (its lag), cluster-wide.",
        labels=["group"],
    )
    in_flight = GaugeMetricFamily(
        "safeharbour_bus_group_ack_pending",
        "Messages of a consumer group delivered and not yet acknowledged, cluster-wide.",
        labels=["group"],
    )
    for group, counts in group_backlog(bus).items():
        pending.add_metric([group], counts["pending"])
        in_flight.add_metric([group], counts["ack_pending"])
    yield pending
    yield in_flight


class _Chain(Collector):
    def __init__(self, *collectors: Any) -> None:
        self.collectors = collectors

    def collect(self) -> Iterator[Metric]:
        for collector in self.collectors:
            yield from collector.collect()


def registry_for(container: Any) -> CollectorRegistry:
    """A registry with this process's stage counters and the container's shared gauges."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Chain(PROCESS, SharedStateCollector(container)))
    return registry


def exposition(container: Any) -> bytes:
    return generate_latest(registry_for(container))
