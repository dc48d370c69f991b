"""Composition root: builds the container of services one process uses, and picks adapters.

Nothing else constructs engines, buses or keys. Every command and the server call
`build_container`, which creates the data directory, applies pending migrations and wires
the commit hooks (outbox rows and audit entries are written inside each transaction).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from safeharbour.audit.chain import append_pending
from safeharbour.config import Settings
from safeharbour.kit.bus import EmbeddedBus, EventBus
from safeharbour.kit.clock import Clock, SystemClock
from safeharbour.kit.db import Database
from safeharbour.kit.keys import KeyRing, load_keys
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.kit.outbox import OutboxRelay, store_pending
from safeharbour.kit.scheduler import Scheduler
from safeharbour.notice_action import NoticeAndAction, build_notice_and_action

log = logging.getLogger(__name__)


@dataclass
class Container:
    settings: Settings
    clock: Clock
    database: Database
    keys: KeyRing
    bus: EventBus
    relay: OutboxRelay
    scheduler: Scheduler
    nta: NoticeAndAction
    """Notice and action: its ports (platform, notifier) and policies."""
    extras: dict[str, Any] = field(default_factory=dict)

    def start_background(self) -> None:
        """Outbox relay and scheduler threads, for the long-running server process."""
        self.database.after_commit_hooks.append(self.relay.wake)
        self.relay.start(self.settings.outbox_poll_seconds)
        if self.settings.scheduler_enabled:
            self.scheduler.start()

    def close(self) -> None:
        self.scheduler.stop()
        self.relay.stop()
        self.database.dispose()


def build_container(
    settings: Settings, *, clock: Clock | None = None, migrate: bool = True
) -> Container:
    settings.resolved_data_dir.mkdir(parents=True, exist_ok=True)
    clock = clock or SystemClock()
    database = Database(settings.effective_database_url, clock=clock)
    if migrate:
        upgrade_to_head(database.engine)
    # Order matters: outbox rows first, the audit append last, so that on PostgreSQL the
    # chain's advisory lock is held for as short a time as possible.
    database.before_commit_hooks.extend([store_pending, append_pending])
    keys = load_keys(settings)
    bus = EmbeddedBus()
    relay = OutboxRelay(database, bus)
    scheduler = Scheduler(clock=clock)
    container = Container(
        settings=settings,
        clock=clock,
        database=database,
        keys=keys,
        bus=bus,
        relay=relay,
        scheduler=scheduler,
        nta=build_notice_and_action(settings, keys, database),
    )
    _register_jobs(container)
    return container


def _register_jobs(container: Container) -> None:
    from safeharbour.legal.holds import purge_after_holds_end

    def purge_job() -> None:
        with container.database.uow() as unit:
            purge_after_holds_end(unit)
            unit.commit()

    container.scheduler.register("purge-after-holds-end", timedelta(minutes=5), purge_job)
    container.scheduler.register(
        "outbox-prune", timedelta(hours=1), lambda: container.relay.prune()
    )

    def legal_deadlines_job() -> None:
        from safeharbour.legal.gateway import do_escalate_deadlines

        with container.database.uow() as unit:
            do_escalate_deadlines(unit)
            unit.commit()

    container.scheduler.register("legal-deadlines", timedelta(seconds=30), legal_deadlines_job)

    def preservation_purge_job() -> None:
        from safeharbour.legal.gateway import do_purge_expired_snapshots

        with container.database.uow() as unit:
            do_purge_expired_snapshots(unit)
            unit.commit()

    container.scheduler.register("preservation-purge", timedelta(minutes=5), preservation_purge_job)

    def user_notices_job() -> None:
        from safeharbour.legal.gateway import do_deliver_due_user_notices

        with container.database.uow() as unit:
            do_deliver_due_user_notices(unit)
            unit.commit()

    container.scheduler.register("legal-user-notices", timedelta(minutes=5), user_notices_job)

    def daily_report_job() -> None:
        from safeharbour.transparency.reports import publish_due_days

        with container.database.uow() as unit:
            publish_due_days(
                unit,
                signer=container.keys.signer,
                reports_dir=container.settings.resolved_data_dir / "reports",
            )
            unit.commit()

    # Every 10 minutes: yesterday is published within 10 minutes after midnight UTC.
    container.scheduler.register("daily-report", timedelta(minutes=10), daily_report_job)

    nta = container.nta
    container.scheduler.register(
        "enforcement-dispatch", timedelta(seconds=30), nta.dispatch_enforcement
    )
    _subscribe_legal_delivery(container)
    _subscribe_detection(container)
    container.scheduler.register(
        "notifications-deliver", timedelta(seconds=10), nta.deliver_notifications
    )


def _subscribe_detection(container: Container) -> None:
    """Stored posts → bank scan → review signals (detection/pipeline.py); idempotent per event."""
    from safeharbour.detection.pipeline import TOPICS, PostScanHandler
    from safeharbour.enforcement.ports import is_reversible

    platform = container.nta.platform
    handler = PostScanHandler(
        container.database,
        policy=container.nta.review,
        is_reversible=lambda kind: is_reversible(platform, kind),
        dispatch=container.nta.dispatch_enforcement,
    )
    for topic in TOPICS:
        container.bus.subscribe(topic, handler, group="detection")


def _subscribe_legal_delivery(container: Container) -> None:
    """Gateway answers, effects and deadline alerts → e-mails through the Notifier
    (legal/gateway/delivery.py); idempotent by message id."""
    from safeharbour.kit.bus import BusMessage
    from safeharbour.legal.gateway.delivery import TOPICS, queue_gateway_email

    settings = container.settings
    oncall = settings.legal_oncall_email or settings.legal_contact_email

    def handle(message: BusMessage) -> None:
        with container.database.uow() as unit:
            queue_gateway_email(
                unit,
                message_id=message.id,
                topic=message.topic,
                payload=message.payload,
                oncall_email=oncall,
                base_url=settings.public_base_url,
                cipher=container.keys.cipher,
            )
            unit.commit()

    for topic in TOPICS:
        container.bus.subscribe(topic, handle, group="legal-delivery")
