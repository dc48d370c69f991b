"""Local stand-ins for hash-sharing providers, on 127.0.0.1, speaking their documented shapes.

Each keeps the provider's change log; tests append changes, inject failures (an error status,
a rate limit with Retry-After, a malformed page) and read what the provider holds now
(`current()`), which is what a fetch must end up with. The clients under test are the real
ones; only the far end is local.
"""

from __future__ import annotations

import base64
import json
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse


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

    def answer_post(self, path: str, form: dict[str, str]) -> tuple[int, bytes]:
        return 405, b"{}"

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

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[-1] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                status, body = provider.answer_post(urlparse(self.path).path, form)
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
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


class NCMECProvider(_Base):
    """NCMEC hash sharing's `GET /v2/entries?from=&to=` (HTTP basic auth), answering the XML
    the library parses: `<images maxTimestamp>` / `<videos>` with entries and tombstones, and
    `<paging><next>` while the time window has more entries (`start`, `size`, `max`)."""

    def __init__(self, user: str, password: str, page_size: int = 2) -> None:
        super().__init__()
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.page_size = page_size
        # entry id -> (kind, member, timestamp, deleted, classification, fingerprints)
        self.entries: dict[str, tuple[str, int, int, bool, str | None, dict[str, str]]] = {}
        self.now = int(time.time()) - 10_000

    def set(
        self, entry_id: str, kind: str, fingerprints: dict[str, str], classification: str = "A1"
    ) -> None:
        self.now += 1
        self.entries[entry_id] = (kind, 42, self.now, False, classification, fingerprints)

    def delete(self, entry_id: str) -> None:
        self.now += 1
        kind = self.entries[entry_id][0]
        self.entries[entry_id] = (kind, 42, self.now, True, None, {})

    def current(self) -> dict[str, tuple[str, str]]:
        used = {"image": "pdq", "video": "md5"}
        return {
            f"{member}-{entry_id}": (used[kind], fps[used[kind]])
            for entry_id, (kind, member, _ts, deleted, _c, fps) in self.entries.items()
            if not deleted and used[kind] in fps
        }

    @staticmethod
    def _time(text: str) -> int:
        # The library formats local time with a Z suffix; read it back the same way.
        return int(datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").timestamp())

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if headers.get("authorization") != self.auth:
            return 401, {}, b""
        if path != "/v2/entries":
            return 404, {}, b""
        low, high = self._time(query["from"]), self._time(query["to"])
        start, size = int(query.get("start", "0")), int(query.get("size", str(self.page_size)))
        with self.lock:
            window = sorted(
                (entry_id, *rest)
                for entry_id, rest in self.entries.items()
                if low <= rest[2] <= high
            )
        page = window[start : start + size]
        root = ET.Element("queryResult", xmlns="https://hashsharing.ncmec.org/npo/v2")
        for kind, group in (("image", "images"), ("video", "videos")):
            items = [e for e in page if e[1] == kind]
            if not items:
                continue
            stamp = datetime.fromtimestamp(max(e[3] for e in items), UTC).strftime(
                "%Y-%m-%dT%H:%M:%SZ"
            )
            holder = ET.SubElement(root, group, count=str(len(items)), maxTimestamp=stamp)
            for entry_id, _kind, member, _ts, deleted, classification, fps in items:
                node = ET.SubElement(holder, ("deleted" + kind.title()) if deleted else kind)
                ET.SubElement(node, "id").text = entry_id
                ET.SubElement(node, "member", id=str(member)).text = "Member"
                if classification:
                    ET.SubElement(node, "classification").text = classification
                if fps:
                    prints = ET.SubElement(node, "fingerprints")
                    for name, value in fps.items():
                        ET.SubElement(prints, name).text = value
        if start + size < len(window):
            paging = ET.SubElement(root, "paging")
            ET.SubElement(paging, "next").text = (
                f"/v2/entries?from={query['from']}&to={query['to']}"
                f"&start={start + size}&size={size}&max={len(window)}"
            )
        body = ET.tostring(root, xml_declaration=True, encoding="utf-8")
        return 200, {"Content-Type": "application/xml"}, body


class TATProvider(_Base):
    """TCAP's hash list v2: a bearer token from `POST /token-auth/tcap/`, then
    `GET /api/hash-list/v2/all?order=asc&after=<timestamp>,<id>` pages in ascending
    (updated_on, id) order with the page's last record as `checkpoint`."""

    def __init__(self, user: str, password: str, page_size: int = 2) -> None:
        super().__init__()
        self.user, self.password = user, password
        self.page_size = page_size
        self.records: dict[int, dict[str, Any]] = {}
        self.now = 1_704_085_200.0
        self.tokens: set[str] = set()

    def set(
        self,
        record_id: int,
        algorithm: str,
        digest: str,
        file_type: str = "jpg",
        *,
        deleted: bool = False,
    ) -> None:
        self.now += 1
        self.records[record_id] = {
            "id": record_id,
            "hash_digest": digest,
            "algorithm": algorithm,
            "ideology": "far-right",
            "file_type": file_type,
            "deleted": deleted,
            "updated_on": self.now,
            "created_on": "2024-01-01T00:00:00Z",
        }

    def current(self) -> dict[str, tuple[str, str]]:
        held = {}
        for r in self.records.values():
            if r["deleted"]:
                continue
            if r["algorithm"] == "PDQ":
                held[str(r["id"])] = ("pdq", r["hash_digest"])
            elif r["algorithm"] == "MD5" and r["file_type"] in ("mov", "m4v", "mp4", "webm"):
                held[str(r["id"])] = ("md5", r["hash_digest"])
        return held

    def answer_post(self, path: str, form: dict[str, str]) -> tuple[int, bytes]:
        if path != "/token-auth/tcap/":
            return 404, b"{}"
        if (form.get("username"), form.get("password")) != (self.user, self.password):
            return 400, b'{"non_field_errors": ["Unable to log in with provided credentials."]}'
        token = f"tok-{len(self.tokens)}"
        self.tokens.add(token)
        return 200, json.dumps({"token": token, "user": {"username": self.user}}).encode()

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if path != "/api/hash-list/v2/all":
            return 404, {}, b"{}"
        if headers.get("authorization", "").removeprefix("Bearer ") not in self.tokens:
            return 401, {}, b'{"detail": "Invalid token."}'
        after = query.get("after") or ""
        low = (float(after.split(",")[0]), int(after.split(",")[1])) if after else (0.0, -1)
        with self.lock:
            ordered = sorted(self.records.values(), key=lambda r: (r["updated_on"], r["id"]))
        rest = [r for r in ordered if (r["updated_on"], r["id"]) > low]
        page = rest[: self.page_size]
        last = page[-1] if page else None
        more = f"{self.url}/api/hash-list/v2/all?limit={self.page_size}&offset={len(page)}"
        body = {
            "count": len(rest),
            "next": more if len(rest) > len(page) else None,
            "previous": None,
            "checkpoint": f"{last['updated_on']},{last['id']}" if last else after,
            "results": page,
        }
        return 200, {}, json.dumps(body).encode()


class ThreatExchangeProvider(_Base):
    """The Graph API's `GET /<privacy group>/threat_updates/`: updates in a time window
    (`start_time`, `stop_time` on `last_updated`), `limit` per page, `paging.next` a full URL
    carrying the `access_token` and an `after` cursor, as the Graph API does."""

    def __init__(self, token: str, group: int, page_size: int = 2) -> None:
        super().__init__()
        self.token, self.group, self.page_size = token, group, page_size
        self.items: dict[str, dict[str, Any]] = {}
        self.now = int(time.time()) - 10_000

    def set(self, item_id: str, kind: str, indicator: str, *, delete: bool = False) -> None:
        self.now += 1
        self.items[item_id] = {
            "id": item_id,
            "indicator": indicator,
            "type": kind,
            "last_updated": self.now,
            "should_delete": delete,
            "tags": ["nci"],
        }

    def current(self) -> dict[str, tuple[str, str]]:
        kinds = {"HASH_PDQ": "pdq", "HASH_MD5": "md5", "HASH_SHA256": "sha256", "URI": "url"}
        return {
            i: (kinds[r["type"]], r["indicator"])
            for i, r in self.items.items()
            if r["type"] in kinds and not r["should_delete"]
        }

    def answer(
        self, path: str, query: dict[str, str], headers: dict[str, str]
    ) -> tuple[int, dict[str, str], bytes]:
        if path != f"/{self.group}/threat_updates/":
            return 404, {}, b'{"error": {"message": "Unsupported get request"}}'
        if query.get("access_token") != self.token:
            return 400, {}, b'{"error": {"message": "Invalid OAuth access token.", "code": 190}}'
        low = int(query.get("start_time") or 0)
        high = int(query["stop_time"])
        limit = int(query.get("limit") or self.page_size)
        offset = int(query.get("after") or 0)
        with self.lock:
            window = sorted(
                (r for r in self.items.values() if low <= r["last_updated"] <= high),
                key=lambda r: r["id"],
            )
        page = window[offset : offset + limit]
        body: dict[str, Any] = {"data": page}
        if offset + limit < len(window):
            rest = {k: v for k, v in query.items() if k != "after"}
            rest["after"] = str(offset + limit)
            body["paging"] = {"next": f"{self.url}{path}?" + urlencode(rest)}
        return 200, {}, json.dumps(body).encode()
