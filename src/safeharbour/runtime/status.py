"""What `/readyz` adds for the scale-out layout: the bus's health and the live processes.

Readiness stays "ready" while the database answers: an API node whose bus is down still
accepts and persists (the outbox keeps every message until the bus is back), so the bus and
the workers are reported, not made conditions.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from safeharbour.runtime.metrics import bus_health, group_backlog
from safeharbour.runtime.queries import live_processes, queues


def cluster_status(container: Any, session: Session) -> dict[str, Any]:
    now = container.clock.now()
    depths = queues(session, now)
    bus = bus_health(container.bus)
    processes = live_processes(session, now)
    roles: dict[str, int] = {}
    for process in processes:
        for role in filter(None, process.roles.split(",")):
            roles[role] = roles.get(role, 0) + (process.state == "running")
    return {
        "bus_health": bus,
        "lag_seconds": {
            **{name: round(q.oldest_age_seconds, 3) for name, q in depths.items()},
        },
        "queues": {name: {"pending": q.pending, "dead": q.dead} for name, q in depths.items()},
        "bus_lag": group_backlog(container.bus),
        "workers": {
            "roles_running": roles,
            "processes": [
                {
                    "id": p.id,
                    "kind": p.kind,
                    "roles": p.roles.split(",") if p.roles else [],
                    "state": p.state,
                    "seen_seconds_ago": round(max(0.0, (now - p.seen_at).total_seconds()), 1),
                    "processed": p.processed,
                    "errors": p.errors,
                    "leader": p.leader,
                }
                for p in processes
            ],
        },
        "scheduler": {"leader_here": container.scheduler.is_leader},
    }
