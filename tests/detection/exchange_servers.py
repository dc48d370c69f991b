"""Local stand-ins for hash-sharing providers, on 127.0.0.1, speaking their documented shapes.

Each keeps the provider's change log; tests append changes, inject failures (an error status,
a rate limit with Retry-After, a malformed page) and read what the provider holds now
(`current()`), which is what a fetch must end up with. The clients under test are the real
ones; only the far end is local.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse


class _Base:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.failures: list[tuple[int, dict[str, str], bytes]] = []
        self.requests: list[dict[str, Any]] = []
        self.page_delay = 0.0
        self.server: ThreadingHTTPServer | None = None

    def fail_next(
        self, status: int, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> None:
        with self.lock:
            self.failures.append((status, headers or {}, body))

    @property
    def url(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        raise NotImplementedError

    @contextmanager
    def running(self) -> Iterator[_Base]:
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parsed = urlparse(self.path)
                query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
                headers = {k.lower(): v for k, v in self.headers.items()}
                with provider.lock:
                    provider.requests.append({"path": parsed.path, "query": query})
                    failure = provider.failures.pop(0) if provider.failures else None
                if provider.page_delay:
                    time.sleep(provider.page_delay)
                if failure is not None:
                    status, extra, body = failure
                else:
                    status, extra, body = provider.answer(parsed.path, query, headers)
                self.send_response(status)
                for key, value in {"Content-Type": "application/json", **extra}.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()


class HashListProvider(_Base):
    """The hash-list feed of docs/hash-sharing.md: a change log paged by cursor `c<offset>`."""

    def __init__(self, token: str | None = None) -> None:
        super().__init__()
        self.log: list[dict[str, Any]] = []
        self.token = token

    def put(self, key: str, kind: str, value: str, label: str | None = None) -> None:
        entry: dict[str, Any] = {"id": key, "type": kind, "value": value}
        if label:
            entry["label"] = label
        self.log.append(entry)

    def delete(self, key: str) -> None:
        self.log.append({"id": key, "deleted": True})

    def current(self) -> dict[str, tuple[str, str]]:
        """What the provider holds now, of the types a platform can match."""
        held: dict[str, tuple[str, str]] = {}
        for entry in self.log:
            if entry.get("deleted") or entry["type"] not in ("pdq", "md5", "sha256", "url"):
                held.pop(entry["id"], None)
            else:
                held[entry["id"]] = (entry["type"], entry["value"])
        return held

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if self.token and headers.get("authorization") != f"Bearer {self.token}":
            return 401, {}, b'{"error": "unauthorised"}'
        cursor = query.get("cursor", "c0")
        if not cursor.startswith("c") or not cursor[1:].isdigit():
            return 400, {}, b'{"error": "bad cursor"}'
        start, limit = int(cursor[1:]), int(query.get("limit", "100"))
        with self.lock:
            entries = self.log[start : start + limit]
            end = start + len(entries)
            more = end < len(self.log)
        body = {"entries": entries, "next_cursor": f"c{end}", "has_more": more}
        return 200, {}, json.dumps(body).encode()


class StopNCIIProvider(_Base):
    """StopNCII's FetchHashes: records by last-modified time, paged by `nextPageToken`,
    authenticated by the subscription and function keys."""

    def __init__(self, subscription_key: str, function_key: str) -> None:
        super().__init__()
        self.subscription_key = subscription_key
        self.function_key = function_key
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.now = 1000

    def set(self, signal_type: str, value: str, status: str = "Active") -> None:
        self.now += 1
        self.records[(signal_type, value)] = {
            "lastModtimestamp": self.now,
            "signalType": signal_type,
            "hashValue": value,
            "hashStatus": status,
            "caseNumbers": [] if status == "Active" else {"case-1": status},
            "CSPFeedbacks": [],
        }

    def current(self) -> dict[str, tuple[str, str]]:
        kinds = {"ImagePDQ": "pdq", "VideoMD5": "md5"}
        return {
            f"{t}:{v}": (kinds[t], v)
            for (t, v), r in self.records.items()
            if t in kinds and r["hashStatus"] not in ("Withdrawn", "Deleted")
        }

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if path != "/FetchHashes":
            return 404, {}, b"{}"
        if (
            headers.get("ocp-apim-subscription-key") != self.subscription_key
            or headers.get("x-functions-key") != self.function_key
        ):
            return 401, {}, b'{"message": "Access denied"}'
        start = int(query["startTimestamp"])
        size = int(query.get("pageSize", "800"))
        offset = int(query.get("nextPageToken") or 0)
        with self.lock:
            series = sorted(
                (r for r in self.records.values() if r["lastModtimestamp"] >= start),
                key=lambda r: (r["lastModtimestamp"], r["hashValue"]),
            )
            page = series[offset : offset + size]
            more = offset + size < len(series)
            next_set = max((r["lastModtimestamp"] for r in series), default=start - 1) + 1
        body = {
            "count": len(page),
            "nextPageToken": str(offset + size) if more else None,
            "nextSetTimestamp": next_set,
            "hasMoreRecords": more,
            "hashRecords": page,
        }
        return 200, {}, json.dumps(body).encode()
