"""Free TCP ports for the servers the tests start, never the same one in two xdist workers.

Choosing a port and binding it happen in different processes (the test picks, the server
binds), so two workers could otherwise both be handed a port the kernel just released. Each
worker keeps to its own share of the ports: those whose number halved, modulo the worker count,
is its index (halved because Linux hands `bind(("", 0))` ports of one parity only).
"""

from __future__ import annotations

import os
import socket


def worker_slot() -> tuple[int, int]:
    """(this worker's index, number of workers); (0, 1) without xdist."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1", ...
    count = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1") or 1)
    index = int(name[2:]) if name.startswith("gw") and name[2:].isdigit() else 0
    return index, max(count, 1)


def free_port() -> int:
    """A TCP port on 127.0.0.1 nothing listens on right now, in this worker's share. Another
    program may still take it before the server binds it: the servers' starters retry."""
    index, count = worker_slot()
    for _ in range(200):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if (port // 2) % count == index:
            return port
    raise RuntimeError(f"no free port for worker {index} of {count} after 200 tries")
