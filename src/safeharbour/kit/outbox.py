"""Transactional outbox: messages are stored with the change, published after commit.

A crash between commit and publish loses nothing (the relay finds the row again); a crash
after publish but before marking re-publishes it, which consumers absorb by message id.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String, Text, delete, insert, select, update
from sqlalchemy.orm import Mapped, mapped_column

from safeharbour.kit.bus import BusMessage, EventBus
from safeharbour.kit.db import Base, Database, JSONType, UnitOfWork, UTCDateTime, table_of
from safeharbour.kit.ids import new_id

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10


class OutboxRow(Base):
    __tablename__ = "outbox"

    position: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    id: Mapped[str] = mapped_column(String(36), unique=True, comment="message id for dedup")
    topic: Mapped[str] = mapped_column(String(120))
    key: Mapped[str | None] = mapped_column(String(200), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    dead_at: Mapped[datetime | None] = mapped_column(
        UTCDateTime(), nullable=True, comment="set after MAX_ATTEMPTS failures; shown to admins"
    )
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)

    __table_args__ = (Index("ix_outbox_pending", "published_at", "dead_at", "position"),)


def store_pending(unit: UnitOfWork) -> None:
    """Before-commit hook: persist the unit's messages in its transaction."""
    if not unit.outbox:
        return
    now = unit.database.clock.now()
    unit.session.execute(
        insert(table_of(OutboxRow)),
        [
            {
                "id": str(new_id()),
                "topic": m.topic,
                "key": m.key,
                "payload": m.payload,
                "created_at": now,
                "attempts": 0,
            }
            for m in unit.outbox
        ],
    )


class OutboxRelay:
    """Moves committed outbox rows to the bus, in order, marking each once published."""

    def __init__(self, database: Database, bus: EventBus, *, batch: int = 500) -> None:
        self.database = database
        self.bus = bus
        self.batch = batch
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def wake(self, _unit: object = None) -> None:
        self._wake.set()

    def relay_once(self) -> int:
        """Publish one batch of due messages; returns how many were published.

        Messages are marked published together after the batch, in one transaction: a crash
        in between re-publishes them, which idempotent consumers absorb. A message whose
        publication fails is retried later with backoff and does not hold back the others
        (the embedded bus promises no global order; the NATS adapter orders per subject).
        """
        now = self.database.clock.now()
        with self.database.reader() as reader:
            rows = reader.scalars(
                select(OutboxRow)
                .where(OutboxRow.published_at.is_(None), OutboxRow.dead_at.is_(None))
                .order_by(OutboxRow.position)
                .limit(self.batch)
            ).all()
        due = [row for row in rows if row.next_attempt_at is None or row.next_attempt_at <= now]
        published: list[int] = []
        for row, error in zip(due, self._publish(due), strict=True):
            if error is not None:
                self._record_failure(row, error)
                continue
            published.append(row.position)
        if published:
            with self.database.uow() as unit:
                unit.session.execute(
                    update(OutboxRow)
                    .where(OutboxRow.position.in_(published))
                    .values(published_at=self.database.clock.now())
                )
                unit.commit()
        return len(published)

    def _publish(self, rows: list[OutboxRow]) -> list[Exception | None]:
        """Each row's publication error, or None. A bus with `publish_many` (NATS) gets the
        whole batch at once: it pipelines the publications instead of one round trip each."""
        messages = [
            BusMessage(id=row.id, topic=row.topic, key=row.key, payload=row.payload) for row in rows
        ]
        publish_many = getattr(self.bus, "publish_many", None)
        if publish_many is not None and messages:
            return list(publish_many(messages))
        outcomes: list[Exception | None] = []
        for message in messages:
            try:
                self.bus.publish(message)
            except Exception as exc:
                outcomes.append(exc)
                continue
            outcomes.append(None)
        return outcomes

    def _record_failure(self, row: OutboxRow, exc: Exception) -> None:
        attempts = row.attempts + 1
        now = self.database.clock.now()
        values: dict[str, Any] = {
            "attempts": attempts,
            "last_error": repr(exc)[:2000],
            "next_attempt_at": now + timedelta(seconds=min(300, 2**attempts)),
        }
        if attempts >= MAX_ATTEMPTS:
            values["dead_at"] = now
            log.error("outbox message %s dead after %d attempts: %r", row.id, attempts, exc)
        with self.database.uow() as unit:
            unit.session.execute(
                update(OutboxRow).where(OutboxRow.position == row.position).values(**values)
            )
            unit.commit()

    def prune(self, older_than: timedelta = timedelta(days=7)) -> int:
        cutoff = self.database.clock.now() - older_than
        with self.database.uow() as unit:
            result = unit.session.execute(
                delete(OutboxRow).where(
                    OutboxRow.published_at.is_not(None), OutboxRow.published_at < cutoff
                )
            )
            unit.commit()
        return int(getattr(result, "rowcount", 0) or 0)

    def start(self, poll_seconds: float = 0.5, coalesce_seconds: float = 0.05) -> None:
        """Relay in a background thread until `stop()`.

        After a wake-up the relay waits `coalesce_seconds` before its pass, so that under load
        one marking transaction covers many commits instead of doubling every commit.
        """

        def run() -> None:
            while not self._stop.is_set():
                try:
                    while self.relay_once():
                        if self._stop.is_set():
                            return
                except Exception:
                    log.exception("outbox relay pass failed")
                self._wake.wait(poll_seconds)
                self._wake.clear()
                self._stop.wait(coalesce_seconds)

        self._thread = threading.Thread(target=run, name="outbox-relay", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)
