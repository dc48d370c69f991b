"""A classifier behind HTTP: the client adapter and a reference server.

Protocol (JSON, UTF-8):

    POST <url>   {"texts": ["...", ...]}            (at most MAX_BATCH texts a request)
    200          {"scores": [{"<label>": 0.97}, ...]}  one object per text, in order

Anything else is an error: a status other than 200 (the body's `error`, if any, is quoted),
a body that is not that shape, a probability outside [0, 1], or no answer within the timeout.
The client raises `ClassifierError` naming the URL and what went wrong; the scanner lets it
propagate, so the event is not acknowledged and is scanned again later (nothing is lost).

`serve(classifier, host, port)` answers that protocol for any `Classifier` (e.g. the default
model on a separate machine): `safeharbour classifier serve`. Requests that are not
`{"texts": [str, ...]}` get 400 with `{"error": "..."}` naming the field.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

from safeharbour.detection.classifiers import Classifier, ClassifierError, check_scores

MAX_BATCH = 1000
MAX_BODY_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT_SECONDS = 5.0


class HttpClassifier:
    def __init__(
        self,
        url: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.url = url
        self.timeout = timeout
        # One client: keep-alive connections between batches.
        self._client = httpx.Client(timeout=timeout, transport=transport)

    def close(self) -> None:
        self._client.close()

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        out: list[dict[str, float]] = []
        for start in range(0, len(texts), MAX_BATCH):
            out.extend(self._score_batch(list(texts[start : start + MAX_BATCH])))
        return out

    def _score_batch(self, texts: list[str]) -> list[dict[str, float]]:
        try:
            response = self._client.post(self.url, json={"texts": texts})
        except httpx.TimeoutException:
            raise ClassifierError(
                f"classifier service {self.url} did not answer within {self.timeout:g} s"
            ) from None
        except httpx.HTTPError as exc:
            raise ClassifierError(f"classifier service {self.url}: {exc}") from None
        if response.status_code != 200:
            detail = ""
            try:
                body = response.json()
                if isinstance(body, dict) and isinstance(body.get("error"), str):
                    detail = f": {body['error']}"
            except ValueError:
                pass
            raise ClassifierError(
                f"classifier service {self.url} answered {response.status_code}{detail}"
            )
        try:
            body = response.json()
        except ValueError:
            raise ClassifierError(f"classifier service {self.url}: not JSON") from None
        if not isinstance(body, dict) or "scores" not in body:
            raise ClassifierError(f'classifier service {self.url}: no "scores" in the answer')
        return check_scores(body["scores"], len(texts), f"classifier service {self.url}")


def _handler(classifier: Classifier) -> type[BaseHTTPRequestHandler]:
    class ScoreHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return  # no per-request lines on stderr

        def _answer(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY_BYTES:
                self._answer(413, {"error": f"body: at most {MAX_BODY_BYTES} bytes"})
                return
            try:
                body = json.loads(self.rfile.read(length) or b"null")
            except ValueError:
                self._answer(400, {"error": "body: not JSON"})
                return
            texts = body.get("texts") if isinstance(body, dict) else None
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                self._answer(400, {"error": "texts: expected a list of strings"})
                return
            if len(texts) > MAX_BATCH:
                self._answer(400, {"error": f"texts: at most {MAX_BATCH} a request"})
                return
            try:
                scores = classifier.score(texts)
            except Exception as exc:  # the client sees why, the server keeps serving
                self._answer(500, {"error": f"scoring failed: {exc}"})
                return
            self._answer(200, {"scores": scores})

    return ScoreHandler


def make_server(
    classifier: Classifier, host: str = "127.0.0.1", port: int = 0
) -> ThreadingHTTPServer:
    """A server for `classifier` bound to host:port (0: a free port; see `server_address`)."""
    server = ThreadingHTTPServer((host, port), _handler(classifier))
    server.daemon_threads = True
    return server


def serve_in_thread(
    classifier: Classifier, host: str = "127.0.0.1"
) -> tuple[str, ThreadingHTTPServer]:
    """Start a server on a free port in a background thread; returns (URL, server).
    Call `server.shutdown()` to stop it."""
    server = make_server(classifier, host, 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    bound_host, bound_port = server.server_address[:2]
    return f"http://{bound_host!s}:{bound_port}/score", server
