"""A consumer process for the crash tests: appends each handled message's id to a file
(one line each, flushed) and takes `work_ms` per message. Killed by the test."""

from __future__ import annotations

import sys
import threading
import time

from safeharbour.integrations.nats.bus import JetStreamBus
from safeharbour.kit.bus import BusMessage


def main() -> None:
    url, stream, prefix, group, out_path, work_ms = sys.argv[1:7]
    lock = threading.Lock()
    out = open(out_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as the process

    def handle(message: BusMessage) -> None:
        time.sleep(float(work_ms) / 1000)
        with lock:
            out.write(message.id + "\n")
            out.flush()

    bus = JetStreamBus(
        url,
        stream=stream,
        subject_prefix=prefix,
        partitions=4,
        ack_wait_seconds=1.0,
        fetch_timeout_seconds=0.3,
    )
    bus.subscribe("platform.post.created", handle, group=group)
    print("subscribed", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
