"""Enforcement throughput: actions through the signed webhook adapter (`WebhookPlatform`)
against the reference receiver running as its own process, next to the raw HTTP round trip to
the same receiver measured in the same run.

The adapter figure includes what one platform call costs Safeharbour's side: building the JSON
action, signing it (HMAC-SHA256), the POST over a kept-alive connection, and the receiver's
verification, idempotent apply and reply, then parsing the outcome. The raw figure POSTs a body
of the same size to the receiver's `/_control/ping`, which answers `{}` without verifying or
applying anything: the floor HTTP itself sets. Sequential (one caller, as the dispatcher runs)
and with concurrent callers.

    python bench/enforce.py            # full run (under a minute)
    python bench/enforce.py --quick    # small smoke run, used by the test suite
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import free_port

from safeharbour.enforcement.ports import ActOutcome
from safeharbour.integrations.webhook.adapter import WebhookPlatform

SECRET = "bench-secret"


@contextmanager
def receiver_process() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "safeharbour.integrations.webhook.reference_receiver",
            "--port",
            str(port),
            "--secret",
            SECRET,
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if "listening" not in line:
            raise RuntimeError(f"receiver did not start: {line!r}")
        yield f"http://127.0.0.1:{port}/"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def measure(call: Callable[[int], None], n: int, workers: int) -> tuple[float, list[float]]:
    """(operations per second, per-operation latencies in seconds)."""
    latencies: list[float] = []

    def one(i: int) -> None:
        start = time.perf_counter()
        call(i)
        latencies.append(time.perf_counter() - start)

    start = time.perf_counter()
    if workers == 1:
        for i in range(n):
            one(i)
    else:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, range(n)))
    return n / (time.perf_counter() - start), latencies


def p99(latencies: list[float]) -> float:
    return statistics.quantiles(latencies, n=100)[98] if len(latencies) > 1 else latencies[0]


def run(url: str, n: int, workers: int, tag: str) -> tuple[float, float, float, float]:
    adapter = WebhookPlatform(url, SECRET, backoff=())
    failures: list[str] = []

    def act(i: int) -> None:
        result = adapter.remove_post(f"post-{tag}-{i}", idempotency_key=f"{tag}-{i}")
        if result.outcome != ActOutcome.APPLIED:
            failures.append(result.detail or result.outcome.value)

    body = adapter.build("remove_post", "post", f"post-{tag}-0", {}, f"{tag}-0")
    raw_client = httpx.Client(timeout=10)
    headers = {"Content-Type": "application/json"}

    def ping(i: int) -> None:
        raw_client.post(url + "_control/ping", content=body, headers=headers).raise_for_status()

    for i in range(min(50, n)):  # warm both connections up
        ping(i)
    adapter.remove_post("warm", idempotency_key=f"warm-{tag}")
    adapter_rate, adapter_lat = measure(act, n, workers)
    raw_rate, raw_lat = measure(ping, n, workers)
    adapter.close()
    raw_client.close()
    if failures:
        raise RuntimeError(f"{len(failures)} actions failed, e.g. {failures[0]}")
    return adapter_rate, p99(adapter_lat), raw_rate, p99(raw_lat)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    args = parser.parse_args()
    n = 200 if args.quick else 5000
    print(f"enforce benchmark ({'quick' if args.quick else 'full'}): {n} actions per row")
    with receiver_process() as url:
        for workers in (1, 8):
            rate, lat, raw, raw_lat = run(url, n, workers, f"w{workers}")
            print(
                f"webhook, {workers} caller(s): adapter {rate:>8,.0f} actions/s  "
                f"p99 {lat * 1000:6.2f} ms   raw HTTP {raw:>8,.0f} req/s  "
                f"p99 {raw_lat * 1000:6.2f} ms   ratio {rate / raw:5.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
