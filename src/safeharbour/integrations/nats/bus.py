"""The event bus on NATS JetStream, for several API nodes and worker processes.

Layout (docs/scale-out.md):

- One stream (`stream`, FILE storage, limits retention with `max_age`) holds the subjects
  `<prefix>.>`. A message on topic `review.case.opened` with key `acct-7` is published on
  `<prefix>.review.case.opened.p<N>`, N = CRC-32 of the key mod `partitions`, with the header
  `Nats-Msg-Id: <message id>`: within the stream's duplicate window, a second publication of
  the same id (the outbox relay crashed after publishing and before marking) is dropped by
  the server.
- `subscribe(pattern, handler, group=g)` binds durable pull consumers named after the group
  and the pattern. Every process subscribing with the same group and pattern shares them, so
  the group is a work queue across processes and machines.
- Ordering: for a topic without wildcards there is one consumer per partition, each with
  `max_ack_pending=1`, so cluster-wide at most one message of a partition is in flight and the
  next one is delivered only after it was acked (or dead-lettered): per-key order holds with
  any number of worker threads and processes, and partitions run in parallel. A pattern with
  wildcards (rare) cannot be pinned to a partition by a JetStream filter (the partition is the
  last token), so it gets a single consumer with `max_ack_pending=1`: ordered, not parallel.
- A handler runs on a worker thread (`concurrency` threads per process). It returning acks the
  message; it raising naks it with a growing delay (the partition waits: order is kept);
  after `max_deliver` deliveries the message is copied to `<prefix>.dlq.<group>` with the
  error and acked. Deliveries are counted by the server, so a message that crashes its
  process every time is dead-lettered too (the handler is not run again past the limit).
  While a handler runs longer than a third of `ack_wait`, the adapter tells the server it is
  still working on it, so a slow handler is not redelivered elsewhere meanwhile.

The public methods are synchronous: nats-py runs on an asyncio loop on a thread of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import fnmatch
import logging
import re
import threading
import zlib
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import nats
import orjson
from nats.aio.client import Client as NatsClient
from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeoutError
from nats.js import JetStreamContext
from nats.js import api as js_api
from nats.js.errors import APIError, FetchTimeoutError, NotFoundError

from safeharbour.kit.bus import BusMessage, Handler

log = logging.getLogger(__name__)

T = TypeVar("T")

KEY_HEADER = "Sh-Key"
TOPIC_HEADER = "Sh-Topic"
ERROR_HEADER = "Sh-Error"
DELIVERIES_HEADER = "Sh-Deliveries"
ORIGINAL_SUBJECT_HEADER = "Sh-Original-Subject"
MESSAGE_ID_HEADER = "Sh-Message-Id"
GROUP_HEADER = "Sh-Group"
DLQ_TOKEN = "dlq"  # noqa: S105 - a subject token, not a secret
_WILDCARDS = re.compile(r"[*?\[\]]")
_NAME_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]+$")
_STREAM_NAME_IN_USE = 10058


class BusUnavailable(RuntimeError):
    """NATS did not answer: the caller (the outbox relay) keeps the message and retries."""


def partition_of(key: str, partitions: int) -> int:
    """Stable across processes and Python runs (unlike `hash()`), so every publisher agrees."""
    return zlib.crc32(key.encode("utf-8")) % partitions


def _check_topic(topic: str) -> None:
    tokens = topic.split(".")
    if not topic or not all(_TOKEN.match(token) for token in tokens):
        raise ValueError(
            f"topic {topic!r}: dot-separated tokens of letters, digits, '_' and '-' only"
        )
    if tokens[0] == DLQ_TOKEN:
        raise ValueError(f"topic {topic!r}: the '{DLQ_TOKEN}' namespace is the dead-letter one")


def _check_name(what: str, value: str) -> None:
    if not value or not _TOKEN.match(value):
        raise ValueError(f"{what} {value!r}: letters, digits, '_' and '-' only")


@dataclass
class _Subscription:
    """One (group, pattern) in this process: its handlers and its consumers' fetch loops."""

    group: str
    pattern: str
    handlers: list[Handler] = field(default_factory=list)
    consumers: list[str] = field(default_factory=list)
    tasks: list[asyncio.Task[None]] = field(default_factory=list)


class JetStreamBus:
    """`EventBus` on NATS JetStream; see the module docstring for subjects and ordering."""

    name = "nats"

    def __init__(
        self,
        url: str,
        *,
        stream: str = "SAFEHARBOUR",
        subject_prefix: str = "sh",
        partitions: int = 16,
        max_deliver: int = 5,
        ack_wait_seconds: float = 30.0,
        concurrency: int = 4,
        retry_delay_seconds: float = 1.0,
        max_age_seconds: float = 7 * 24 * 3600,
        duplicate_window_seconds: float = 15 * 60,
        fetch_timeout_seconds: float = 1.0,
        request_timeout_seconds: float = 5.0,
        replicas: int = 1,
    ) -> None:
        _check_name("stream", stream)
        _check_name("subject_prefix", subject_prefix)
        if partitions < 1:
            raise ValueError("partitions: at least 1")
        if max_deliver < 1:
            raise ValueError("max_deliver: at least 1")
        if concurrency < 1:
            raise ValueError("concurrency: at least 1")
        if not 1 <= replicas <= 5:
            raise ValueError("replicas: 1 to 5 (3 on a three-node cluster)")
        self.url = url
        self.stream = stream
        self.prefix = subject_prefix
        self.partitions = partitions
        self.max_deliver = max_deliver
        self.ack_wait = ack_wait_seconds
        self.concurrency = concurrency
        self.retry_delay = retry_delay_seconds
        self.max_age = max_age_seconds
        self.duplicate_window = duplicate_window_seconds
        self.fetch_timeout = fetch_timeout_seconds
        self.request_timeout = request_timeout_seconds
        self.replicas = replicas

        self._subs: dict[tuple[str, str], _Subscription] = {}
        self._subs_lock = threading.Lock()
        self._workers = ThreadPoolExecutor(
            max_workers=concurrency, thread_name_prefix=f"bus-{stream}"
        )
        self._stopping: asyncio.Event | None = None
        self._closed = False
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name=f"nats-{stream}", daemon=True
        )
        self._thread.start()
        try:
            self._nc, self._js = self._run(self._connect(), timeout=self.request_timeout * 3)
        except BaseException:
            self._stop_loop()
            raise

    # -- the sync facade ------------------------------------------------------------------

    def _run(self, coro: Coroutine[Any, Any, T], *, timeout: float | None = None) -> T:
        future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        return future.result(timeout if timeout is not None else self.request_timeout * 2)

    async def _connect(self) -> tuple[NatsClient, JetStreamContext]:
        self._stopping = asyncio.Event()
        try:
            nc = await nats.connect(
                self.url,
                name=f"safeharbour-{self.stream}",
                connect_timeout=self.request_timeout,
                # nats-py applies this to the first connection too, where "forever" would hang
                # the process's start instead of reporting a wrong URL; raised below once up.
                max_reconnect_attempts=2,
                reconnect_time_wait=0.5,
                allow_reconnect=True,
                error_cb=self._on_error,
                disconnected_cb=self._on_disconnected,
                reconnected_cb=self._on_reconnected,
            )
        except Exception as exc:
            raise BusUnavailable(f"nats_url {self.url}: cannot connect: {exc!r}") from exc
        # Once connected, a NATS restart or failover must never end the process's connection.
        nc.options["max_reconnect_attempts"] = -1
        js = nc.jetstream(timeout=self.request_timeout)
        config = js_api.StreamConfig(
            name=self.stream,
            subjects=[f"{self.prefix}.>"],
            storage=js_api.StorageType.FILE,
            retention=js_api.RetentionPolicy.LIMITS,
            max_age=self.max_age,
            duplicate_window=self.duplicate_window,
            num_replicas=self.replicas,
        )
        try:
            await js.add_stream(config)
        except APIError as exc:
            # Another process created it with other limits: converge on ours (idempotent).
            if exc.err_code != _STREAM_NAME_IN_USE:
                await nc.close()
                raise
            await js.update_stream(config)
        return nc, js

    async def _on_error(self, exc: Exception) -> None:
        log.warning("nats %s: %r", self.url, exc)

    async def _on_disconnected(self) -> None:
        if not self._closed:
            log.warning("nats %s: disconnected; reconnecting", self.url)

    async def _on_reconnected(self) -> None:
        log.warning("nats %s: reconnected", self.url)

    # -- publishing -----------------------------------------------------------------------

    def subject_for(self, message: BusMessage) -> str:
        _check_topic(message.topic)
        # No key: no order to keep, so spread by id for parallelism.
        partition = partition_of(
            message.key if message.key is not None else message.id, self.partitions
        )
        return f"{self.prefix}.{message.topic}.p{partition}"

    def publish(self, message: BusMessage) -> None:
        """Durably store the message in the stream; raise unless JetStream acknowledged it."""
        if self._closed:
            raise BusUnavailable("the bus is closed")
        self._run(self._publish(message))

    def publish_many(self, messages: list[BusMessage]) -> list[Exception | None]:
        """Publish a batch pipelined on the connection (in order on the wire, so the stream
        keeps their order); per message, the error or None once JetStream acknowledged it.
        The outbox relay uses it when present."""
        if self._closed:
            return [BusUnavailable("the bus is closed") for _ in messages]

        async def publish_all() -> list[Exception | None]:
            outcomes = await asyncio.gather(
                *(self._publish(message) for message in messages), return_exceptions=True
            )
            return [outcome if isinstance(outcome, Exception) else None for outcome in outcomes]

        return self._run(publish_all(), timeout=self.request_timeout * 2 + len(messages) * 0.01)

    async def _publish(self, message: BusMessage) -> None:
        subject = self.subject_for(message)
        if not self._nc.is_connected:
            # nats-py would buffer it until reconnected and send it after our timeout told the
            # relay it failed: refused now, the relay's retry is the only copy (dedup covers
            # the race with a disconnect right after this check).
            raise BusUnavailable(f"nats_url {self.url}: not connected")
        headers = {js_api.Header.MSG_ID.value: message.id, TOPIC_HEADER: message.topic}
        if message.key is not None:
            headers[KEY_HEADER] = message.key
        await self._js.publish(
            subject,
            orjson.dumps(message.payload),
            timeout=self.request_timeout,
            stream=self.stream,
            headers=headers,
        )

    # -- consuming ------------------------------------------------------------------------

    def subscribe(self, pattern: str, handler: Handler, *, group: str) -> None:
        """Start consuming `pattern` for `group` (idempotent per handler).

        A second handler for the same group and pattern in this process is called on the same
        deliveries (as on the embedded bus), not given a share of them.
        """
        if self._closed:
            raise BusUnavailable("the bus is closed")
        _check_name("group", group)
        if not pattern or pattern.split(".")[0] == DLQ_TOKEN:
            raise ValueError(f"pattern {pattern!r}: empty or in the dead-letter namespace")
        with self._subs_lock:
            sub = self._subs.get((group, pattern))
            if sub is not None:
                if handler not in sub.handlers:
                    sub.handlers.append(handler)
                return
            sub = _Subscription(group=group, pattern=pattern, handlers=[handler])
            self._subs[(group, pattern)] = sub
        try:
            self._run(self._start(sub), timeout=self.request_timeout * (self.partitions + 2))
        except BaseException:
            with self._subs_lock:
                self._subs.pop((group, pattern), None)
            raise

    def consumer_names(self, pattern: str, *, group: str) -> list[str]:
        base = f"{group}__{self._pattern_slug(pattern)}"
        if _WILDCARDS.search(pattern):
            return [base]
        return [f"{base}__p{n}" for n in range(self.partitions)]

    def _pattern_slug(self, pattern: str) -> str:
        readable = _NAME_UNSAFE.sub("_", pattern)[:60]
        return f"{readable}_{zlib.crc32(pattern.encode()):08x}"

    def _filters(self, pattern: str) -> list[str]:
        if not _WILDCARDS.search(pattern):
            _check_topic(pattern)
            return [f"{self.prefix}.{pattern}.p{n}" for n in range(self.partitions)]
        literal: list[str] = []
        for token in pattern.split("."):
            if _WILDCARDS.search(token) or not _TOKEN.match(token):
                break
            literal.append(token)
        # Everything under the literal head; the exact shell match is checked per message.
        return [".".join([self.prefix, *literal, ">"])]

    async def _start(self, sub: _Subscription) -> None:
        names = self.consumer_names(sub.pattern, group=sub.group)
        for name, subject in zip(names, self._filters(sub.pattern), strict=True):
            config = js_api.ConsumerConfig(
                durable_name=name,
                description=f"group {sub.group}, pattern {sub.pattern}",
                deliver_policy=js_api.DeliverPolicy.ALL,
                ack_policy=js_api.AckPolicy.EXPLICIT,
                ack_wait=self.ack_wait,
                # Unlimited on the server: the adapter dead-letters at `max_deliver` itself,
                # so no message is ever dropped silently.
                max_deliver=-1,
                max_ack_pending=1,
                filter_subject=subject,
            )
            try:
                # Create, or update to this configuration (ack_wait...): idempotent, and
                # safe when several processes start at once.
                await self._js.add_consumer(self.stream, config)
                psub = await self._js.pull_subscribe_bind(durable=name, stream=self.stream)
            except BaseException:
                for task in sub.tasks:  # no half-started subscription keeps consuming
                    task.cancel()
                raise
            sub.consumers.append(name)
            sub.tasks.append(asyncio.create_task(self._consume(sub, psub), name=name))

    async def _consume(self, sub: _Subscription, psub: JetStreamContext.PullSubscription) -> None:
        assert self._stopping is not None
        while not self._stopping.is_set():
            try:
                messages = await psub.fetch(1, timeout=self.fetch_timeout)
            except (TimeoutError, NatsTimeoutError, FetchTimeoutError):
                continue
            except asyncio.CancelledError:
                raise
            except Exception:
                if self._stopping.is_set():
                    break
                log.warning("fetch on %s failed; retrying", sub.group, exc_info=True)
                await asyncio.sleep(0.5)
                continue
            for msg in messages:
                try:
                    await self._handle(sub, msg)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    # The ack/nak/dead-letter did not reach the server (disconnected): the
                    # server redelivers after ack_wait; this loop must live on.
                    log.warning("answering a delivery of %s failed", sub.group, exc_info=True)
        try:
            await psub.unsubscribe()
        except Exception:  # the connection may already be closing
            log.debug("unsubscribe failed", exc_info=True)

    def _decode(self, msg: Msg) -> BusMessage:
        headers = msg.headers or {}
        topic = headers.get(TOPIC_HEADER) or msg.subject[len(self.prefix) + 1 :].rsplit(".", 1)[0]
        return BusMessage(
            id=headers.get(js_api.Header.MSG_ID.value, ""),
            topic=topic,
            key=headers.get(KEY_HEADER),
            payload=orjson.loads(msg.data),
        )

    async def _handle(self, sub: _Subscription, msg: Msg) -> None:
        if msg.subject.startswith(f"{self.prefix}.{DLQ_TOKEN}."):
            await msg.ack()
            return
        deliveries = msg.metadata.num_delivered
        try:
            message = self._decode(msg)
        except Exception as exc:
            await self._dead_letter(sub, msg, f"undecodable: {exc!r}", deliveries)
            return
        if not fnmatch.fnmatchcase(message.topic, sub.pattern):
            await msg.ack()
            return
        if deliveries > self.max_deliver:
            # Delivered past the limit without an answer: the handler crashed its process.
            await self._dead_letter(sub, msg, "no outcome after max_deliver deliveries", deliveries)
            return
        with self._subs_lock:
            handlers = list(sub.handlers)
        work = asyncio.get_running_loop().run_in_executor(
            self._workers, _call_handlers, handlers, message
        )
        while True:
            done, _ = await asyncio.wait({work}, timeout=self.ack_wait / 3)
            if done:
                break
            await msg.in_progress()
        error = work.exception()
        if error is None:
            # Not `ack_sync`: the partition's next fetch travels behind this ack on the same
            # connection, so the server has it first; a lost ack only means a redelivery.
            await msg.ack()
            return
        log.warning(
            "handler of %s failed on %s (delivery %d): %r", sub.group, message.id, deliveries, error
        )
        if deliveries >= self.max_deliver:
            await self._dead_letter(sub, msg, repr(error), deliveries)
        else:
            await msg.nak(delay=min(self.ack_wait, self.retry_delay * 2 ** (deliveries - 1)))

    async def _dead_letter(self, sub: _Subscription, msg: Msg, error: str, deliveries: int) -> None:
        headers = dict(msg.headers or {})
        original_id = headers.get(js_api.Header.MSG_ID.value, "")
        sequence = msg.metadata.sequence.stream
        headers.update(
            {
                js_api.Header.MSG_ID.value: f"dlq:{sub.group}:{original_id or sequence}",
                MESSAGE_ID_HEADER: original_id,
                GROUP_HEADER: sub.group,
                ORIGINAL_SUBJECT_HEADER: msg.subject,
                ERROR_HEADER: error[:2000].replace("\r", " ").replace("\n", " "),
                DELIVERIES_HEADER: str(deliveries),
            }
        )
        # Published before the ack: a crash in between dead-letters it twice (deduplicated by
        # id within the window), never zero times.
        await self._js.publish(
            self.dead_letter_subject(sub.group),
            msg.data,
            timeout=self.request_timeout,
            stream=self.stream,
            headers=headers,
        )
        log.error("dead-lettered %s for group %s: %s", original_id, sub.group, error)
        await msg.ack_sync(timeout=self.request_timeout)

    def dead_letter_subject(self, group: str) -> str:
        return f"{self.prefix}.{DLQ_TOKEN}.{group}"

    def dead_letters(self, group: str, *, limit: int = 1000) -> list[dict[str, Any]]:
        """The group's dead letters, oldest first: message id, topic, key, error, payload."""
        _check_name("group", group)
        return self._run(self._read_dead_letters(group, limit))

    async def _read_dead_letters(self, group: str, limit: int) -> list[dict[str, Any]]:
        subject = self.dead_letter_subject(group)
        info = await self._js.stream_info(self.stream, subjects_filter=subject)
        total = (info.state.subjects or {}).get(subject, 0)
        if not total:
            return []
        psub = await self._js.pull_subscribe(
            subject,
            stream=self.stream,
            config=js_api.ConsumerConfig(
                ack_policy=js_api.AckPolicy.NONE,
                deliver_policy=js_api.DeliverPolicy.ALL,
                inactive_threshold=30.0,
            ),
        )
        letters: list[dict[str, Any]] = []
        try:
            while len(letters) < min(total, limit):
                try:
                    batch = await psub.fetch(min(total, limit) - len(letters), timeout=2.0)
                except (TimeoutError, NatsTimeoutError, FetchTimeoutError):
                    break
                for msg in batch:
                    headers = msg.headers or {}
                    letters.append(
                        {
                            "id": headers.get(MESSAGE_ID_HEADER, ""),
                            "topic": headers.get(TOPIC_HEADER, ""),
                            "key": headers.get(KEY_HEADER),
                            "error": headers.get(ERROR_HEADER, ""),
                            "deliveries": int(headers.get(DELIVERIES_HEADER, "0")),
                            "payload": orjson.loads(msg.data),
                        }
                    )
        finally:
            await psub.unsubscribe()
        return letters

    # -- operations -----------------------------------------------------------------------

    def health(self) -> dict[str, Any]:
        """Connection, stream and, per consumer of this process, backlog and in-flight counts.

        `pending` is what the consumer has not delivered yet (lag); `ack_pending` is delivered
        and not yet acknowledged; `lag` sums `pending + ack_pending` per group.
        """
        report: dict[str, Any] = {
            "bus": self.name,
            "connected": bool(not self._closed and self._nc.is_connected),
            "stream": self.stream,
            "consumers": [],
            "lag": {},
        }
        if not report["connected"]:
            return report
        try:
            report.update(self._run(self._health()))
        except Exception as exc:
            report["error"] = repr(exc)
        return report

    async def _health(self) -> dict[str, Any]:
        info = await self._js.stream_info(self.stream)
        with self._subs_lock:
            owned = [(sub, name) for sub in self._subs.values() for name in list(sub.consumers)]
        # One request per consumer, in parallel: a worker has partitions x patterns of them.
        infos = await asyncio.gather(
            *(self._js.consumer_info(self.stream, name) for _, name in owned)
        )
        consumers: list[dict[str, Any]] = []
        lag: dict[str, int] = {}
        for (sub, name), ci in zip(owned, infos, strict=True):
            pending = int(ci.num_pending or 0)
            ack_pending = int(ci.num_ack_pending or 0)
            consumers.append(
                {
                    "name": name,
                    "group": sub.group,
                    "pattern": sub.pattern,
                    "pending": pending,
                    "ack_pending": ack_pending,
                    "redelivered": int(ci.num_redelivered or 0),
                }
            )
            lag[sub.group] = lag.get(sub.group, 0) + pending + ack_pending
        return {
            "stream_messages": int(info.state.messages),
            "stream_bytes": int(info.state.bytes),
            "consumers": consumers,
            "lag": lag,
        }

    def backlog(self, pattern: str, *, group: str) -> dict[str, int]:
        """A group's backlog on a pattern, whichever process consumes it (for an API node's
        metrics, or to wait for workers): `pending` not yet delivered, `ack_pending` in
        flight, `consumers` how many of the pattern's consumers exist so far."""
        return self._run(self._backlog(pattern, group))

    async def _backlog(self, pattern: str, group: str) -> dict[str, int]:
        async def info_or_none(name: str) -> Any:
            try:
                return await self._js.consumer_info(self.stream, name)
            except NotFoundError:
                return None

        names = self.consumer_names(pattern, group=group)
        infos = [i for i in await asyncio.gather(*map(info_or_none, names)) if i is not None]
        return {
            "pending": sum(int(i.num_pending or 0) for i in infos),
            "ack_pending": sum(int(i.num_ack_pending or 0) for i in infos),
            "consumers": len(infos),
        }

    def delete_stream(self) -> None:
        """Drop the stream and its consumers (tests, and tearing down a deployment)."""
        with contextlib.suppress(NotFoundError):
            self._run(self._js.delete_stream(self.stream))

    def close(self, timeout: float = 30.0) -> None:
        """Stop fetching, let in-flight handlers finish (then ack or nak), disconnect.

        Fetch loops stop after their current long-poll (at most `fetch_timeout_seconds`), so
        no message is handed to a subscription that is gone (it would wait `ack_wait`).
        """
        if self._closed:
            return
        self._closed = True
        try:
            self._run(self._shutdown(timeout), timeout=timeout + self.request_timeout * 2)
        except Exception:
            log.warning("bus shutdown was not clean", exc_info=True)
        finally:
            self._workers.shutdown(wait=False, cancel_futures=True)
            self._stop_loop()

    async def _shutdown(self, timeout: float) -> None:
        assert self._stopping is not None
        self._stopping.set()
        with self._subs_lock:
            tasks = [task for sub in self._subs.values() for task in sub.tasks]
        if tasks:
            _, late = await asyncio.wait(tasks, timeout=timeout)
            for task in late:
                task.cancel()  # unacked: redelivered after ack_wait
            if late:
                await asyncio.wait(late, timeout=1.0)
        # Flush (the server has our last acks) then close; not `drain`, which would wait for
        # the abandoned fetch subscriptions to empty and hang for its whole timeout.
        try:
            await asyncio.wait_for(self._nc.flush(), self.request_timeout)
        except Exception:
            log.warning("nats: final flush failed; unsent acks mean redeliveries", exc_info=True)
        await self._nc.close()

    def _stop_loop(self) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)


def _call_handlers(handlers: list[Handler], message: BusMessage) -> None:
    if len(handlers) == 1:
        handlers[0](message)
        return
    failures: list[str] = []
    for handler in handlers:
        try:
            handler(message)
        except Exception as exc:
            log.exception("bus handler failed on %s", message.id)
            failures.append(repr(exc))
    if failures:
        raise RuntimeError("; ".join(failures))
