"""A tiny reference receiver for Safeharbour's signed action webhooks (docs/webhooks.md).

    python -m safeharbour.integrations.webhook.reference_receiver --port 8089 --secret S

It verifies the signature and the replay window, applies each action once per `action_id` to
an in-memory state and answers the outcome. Standard library only, so a platform team can read
it as the specification in code. Test controls (bind to 127.0.0.1 only):

- `POST /_control/fail?count=N` answers the next N actions with HTTP 503;
- `POST /_control/reset` forgets every action; `GET /_control/state` shows them;
- `POST /_control/ping` answers `{}` and does nothing else (the HTTP floor for benchmarks).
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from safeharbour.integrations.webhook.signing import (
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    verify,
)

TYPES = {
    "remove_post",
    "restrict_post",
    "suspend_account",
    "terminate_account",
    "ban_channel",
    "quarantine_media",
    "label",
    "notify_user",
    "reverse",
}


class ReceiverState:
    """What the platform did: actions by id, reversed action ids, requests seen."""

    def __init__(self, *, fail: int = 0, unsupported: set[str] | None = None) -> None:
        self.lock = threading.Lock()
        self.applied: dict[str, dict[str, Any]] = {}
        self.reversed: set[str] = set()
        self.failures = fail
        self.unsupported = set(unsupported or ())
        self.requests = 0

    def reset(self) -> None:
        with self.lock:
            self.applied.clear()
            self.reversed.clear()
            self.failures = 0
            self.requests = 0

    def apply(self, action: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        """Apply one verified action: (HTTP status, reply body)."""
        kind = action.get("type")
        action_id = action.get("action_id")
        if kind not in TYPES or not isinstance(action_id, str) or not action_id:
            return 400, {"error": "unknown type or missing action_id"}
        with self.lock:
            self.requests += 1
            if self.failures > 0:
                self.failures -= 1
                return 503, {"error": "simulated outage"}
            if kind in self.unsupported:
                return 200, {"outcome": "not_supported", "detail": f"{kind} is not supported"}
            if action_id in self.applied:
                return 200, {"outcome": "already_applied"}
            if kind == "reverse":
                undone = str((action.get("params") or {}).get("action_id", ""))
                original = self.applied.get(undone)
                if original is None or original["type"] == "reverse":
                    return 200, {"outcome": "not_supported", "detail": "nothing to undo"}
                self.applied[action_id] = action
                if undone in self.reversed:
                    return 200, {"outcome": "already_applied"}
                self.reversed.add(undone)
                return 200, {"outcome": "applied"}
            self.applied[action_id] = action
            return 200, {"outcome": "applied"}

    def in_force(self, target_id: str) -> list[str]:
        """Types of actions in force on a target (applied, not reversed, not messages)."""
        with self.lock:
            return sorted(
                a["type"]
                for key, a in self.applied.items()
                if a["target"]["id"] == target_id
                and key not in self.reversed
                and a["type"] not in ("reverse", "notify_user")
            )


def make_handler(secret: str, state: ReceiverState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes

        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if urlsplit(self.path).path == "/_control/state":
                with state.lock:
                    body = {
                        "applied": sorted(state.applied),
                        "reversed": sorted(state.reversed),
                        "requests": state.requests,
                    }
                self._reply(200, body)
            else:
                self._reply(404, {"error": "not found"})

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            parts = urlsplit(self.path)
            if parts.path == "/_control/fail":
                count = int(parse_qs(parts.query).get("count", ["1"])[0])
                with state.lock:
                    state.failures = count
                self._reply(200, {"failures": count})
                return
            if parts.path == "/_control/ping":  # the raw HTTP round trip (bench/enforce.py)
                self._reply(200, {})
                return
            if parts.path == "/_control/reset":
                state.reset()
                self._reply(200, {})
                return
            try:
                verify(
                    secret,
                    raw,
                    self.headers.get(TIMESTAMP_HEADER),
                    self.headers.get(SIGNATURE_HEADER),
                    now=time.time(),
                )
            except SignatureError as exc:
                self._reply(401, {"error": str(exc), "header": exc.header})
                return
            try:
                action = json.loads(raw)
            except ValueError:
                self._reply(400, {"error": "the body is not JSON"})
                return
            if not isinstance(action, dict):
                self._reply(400, {"error": "the body is not a JSON object"})
                return
            status, body = state.apply(action)
            self._reply(status, body)

    return Handler


class ReferenceReceiver:
    """The receiver on a background thread (tests, benchmarks): `url`, `state`, `stop()`."""

    def __init__(
        self, secret: str, *, host: str = "127.0.0.1", port: int = 0, fail: int = 0
    ) -> None:
        self.state = ReceiverState(fail=fail)
        self.server = ThreadingHTTPServer((host, port), make_handler(secret, self.state))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/"

    def start(self) -> ReferenceReceiver:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--secret", required=True)
    parser.add_argument("--fail", type=int, default=0, help="answer the first N actions 503")
    args = parser.parse_args(argv)
    receiver = ReferenceReceiver(args.secret, host=args.host, port=args.port, fail=args.fail)
    print(f"reference receiver listening on {receiver.url}", flush=True)
    try:
        receiver.server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        receiver.server.server_close()


if __name__ == "__main__":
    main()
