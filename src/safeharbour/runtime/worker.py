"""A worker process: the work of its roles until SIGTERM or SIGINT, then a clean exit.

Started by `safeharbour worker --role R [--role R2] [--concurrency N] [--metrics-port P]`
(cli/worker.py) on a container built with those roles (bootstrap.py):

- bus roles (`detection`, `notify`'s legal e-mails) were subscribed by bootstrap; the bus runs
  the handlers on `concurrency` threads;
- polled roles (`enforcement`, `notify`'s delivery) run `concurrency` loops each: a pass claims
  due rows with a lease (kit/claims.py), so loops and processes never take the same row;
- `scheduler` runs the periodic jobs while this process holds the leader lock.

Shutdown, on the first SIGTERM/SIGINT: stop taking work (the bus stops fetching; loops and the
scheduler finish the pass in hand), let in-flight handlers finish and ack (or nak: the message
is redelivered elsewhere), release claims and the leader lock, write a last heartbeat, exit 0.
A second signal does not hurry it: everything in flight is bounded by the bus's close timeout.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from types import FrameType
from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.runtime import queries
from safeharbour.runtime.heartbeat import HEARTBEAT_SECONDS, Heartbeat
from safeharbour.runtime.metrics import registry_for

log = logging.getLogger(__name__)


class Worker:
    def __init__(
        self,
        container: Container,
        *,
        concurrency: int = 1,
        metrics_port: int | None = None,
        metrics_host: str = "127.0.0.1",
        poll_seconds: float | None = None,
    ) -> None:
        self.container = container
        self.concurrency = max(1, concurrency)
        self.metrics_port = metrics_port
        self.metrics_host = metrics_host
        self.poll_seconds = poll_seconds or container.settings.worker_poll_seconds
        self.stopping = threading.Event()
        self.heartbeat = Heartbeat(container, kind="worker", roles=sorted(container.roles))
        self._threads: list[threading.Thread] = []
        self._metrics_server: Any = None

    # -- lifecycle --------------------------------------------------------------------------

    def request_stop(self, signum: int | None = None, _frame: FrameType | None = None) -> None:
        if not self.stopping.is_set():
            name = signal.Signals(signum).name if signum else "stop"
            log.info("%s received: finishing in-flight work, then exiting", name)
        self.stopping.set()

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)

    def start(self) -> None:
        container = self.container
        if self.metrics_port is not None:
            from prometheus_client import start_http_server

            self._metrics_server, _ = start_http_server(
                self.metrics_port, addr=self.metrics_host, registry=registry_for(container)
            )
        if container.bus.name != "embedded":
            # Messages this process commits (decisions, outcomes) reach the bus promptly; a
            # relay is safe on every node (a double publication is dropped by message id).
            # Never with the embedded bus: it would mark messages published to subscribers
            # that live in another process (the server's).
            container.database.after_commit_hooks.append(container.relay.wake)
            container.relay.start(container.settings.outbox_poll_seconds)
        if "scheduler" in container.roles:
            container.scheduler.start()
        for role, work in sorted(container.work.items()):
            for n in range(self.concurrency):
                thread = threading.Thread(
                    target=self._poll, args=(role, work), name=f"{role}-{n}", daemon=True
                )
                thread.start()
                self._threads.append(thread)
        self.heartbeat.beat()
        log.info(
            "worker started: roles %s, concurrency %d, bus %s",
            ",".join(sorted(container.roles)),
            self.concurrency,
            container.bus.name,
        )

    def _poll(self, role: str, work: Any) -> None:
        while not self.stopping.is_set():
            try:
                done = work()
            except Exception:
                log.exception("%s pass failed", role)
                done = 0
            if not done:
                self.stopping.wait(self.poll_seconds)

    def wait(self) -> None:
        """Block until a stop is requested, beating meanwhile."""
        last_prune = time.monotonic()
        while not self.stopping.wait(HEARTBEAT_SECONDS):
            self.heartbeat.beat()
            if time.monotonic() - last_prune > 3600:
                queries.forget_stale(self.container.database)
                last_prune = time.monotonic()

    def shutdown(self) -> None:
        """Stop taking work, finish or give back what is in flight, release everything."""
        self.stopping.set()
        self.heartbeat.beat("stopping")
        container = self.container
        close_bus = getattr(container.bus, "close", None)
        if close_bus is not None:  # stops fetching; in-flight handlers finish, then ack/nak
            close_bus()
        for thread in self._threads:
            thread.join(timeout=60)
        container.scheduler.stop()  # finishes the job in hand, releases the leader lock
        container.relay.stop()
        self.heartbeat.beat("stopped")
        if self._metrics_server is not None:
            self._metrics_server.shutdown()
        container.database.dispose()
        log.info("worker stopped")

    def run(self) -> int:
        self.install_signal_handlers()
        self.start()
        try:
            self.wait()
        finally:
            self.shutdown()
        return 0
