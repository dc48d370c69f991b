"""Composition root: builds the container of services one process uses, and picks adapters.

Nothing else constructs engines, buses or keys. Every command and the server call
`build_container`, which creates the data directory, applies pending migrations and wires
the commit hooks (outbox rows and audit entries are written inside each transaction).

Roles (docs/operations.md): with the embedded bus and no `roles` given, one process does
everything (`serve`). With a shared bus (NATS) a process does only what its roles say: an API
node or a CLI command none (it persists and relays the outbox), a worker started with
`safeharbour worker --role R` the work of R:

- `detection`: the bus subscription that scans stored posts (and acts on `act` banks);
- `enforcement`: the platform calls due (`Container.work["enforcement"]`, polled);
- `notify`: legal e-mails queued from the bus, and e-mail delivery (`Container.work["notify"]`);
- `scheduler`: the periodic jobs, run by one leader at a time (kit/leader.py).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, Any

from safeharbour.audit.chain import append_pending
from safeharbour.config import Settings
from safeharbour.kit.bus import EmbeddedBus, EventBus
from safeharbour.kit.clock import Clock, SystemClock
from safeharbour.kit.db import Actor, Database, UnitOfWork
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keys import KeyRing, load_keys
from safeharbour.kit.leader import FileLeaderLock, LeaderLock, PostgresLeaderLock
from safeharbour.kit.migrate import upgrade_to_head
from safeharbour.kit.outbox import OutboxRelay, store_pending
from safeharbour.kit.private_files import private_directory
from safeharbour.kit.scheduler import Scheduler
from safeharbour.kit.transactions import Transactions
from safeharbour.notice_action import NoticeAndAction, build_notice_and_action

if TYPE_CHECKING:
    from pathlib import Path

    from sqlalchemy.orm import Session

    from safeharbour.audit.anchor import Checkpoint
    from safeharbour.audit.chain import ChainReport
    from safeharbour.detection.classifiers import Classifier
    from safeharbour.detection.pipeline import ScannerCache
    from safeharbour.detection.rules.loader import RulesSource
    from safeharbour.detection.scanner import Scanner
    from safeharbour.enforcement.models import EnforcementAction
    from safeharbour.legal.gateway import GatewayConfig, Recipient
    from safeharbour.review.qa import QaPolicy
    from safeharbour.review.service import DecisionService
    from safeharbour.runtime.heartbeat import HeartbeatThread

log = logging.getLogger(__name__)

ROLES = ("detection", "enforcement", "notify", "scheduler")
WORKER_CLAIM = 50
"""Platform calls one polled pass claims at most: short passes keep SIGTERM quick."""
BUS_ROLES = ("detection", "notify")
"""Roles fed by bus subscriptions: in a process of their own they need a shared bus."""


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
    roles: frozenset[str] = frozenset(ROLES)
    """What this process works on (module docstring)."""
    work: dict[str, Callable[[], int]] = field(default_factory=dict)
    """Polled work of the worker roles (`enforcement`, `notify`): one pass, returns how many
    items it finished. In the single-node mode these run as scheduler jobs instead."""
    heartbeat: HeartbeatThread | None = None
    """This process's heartbeat thread while the server runs (`start_background`)."""

    # Parts built on first use, once per container (each is read-only or owns its own lock).
    @functools.cached_property
    def tx(self) -> Transactions:
        """The transaction helper every transport uses: `tx.write(fn)`, `tx.read(fn)`."""
        return Transactions(self.database)

    @functools.cached_property
    def gateway(self) -> GatewayConfig:
        """The authority gateway's settings (API and authority console)."""
        from safeharbour.legal.gateway import GatewayConfig

        return GatewayConfig.from_settings(self.settings)

    @functools.cached_property
    def discovery(self) -> dict[str, Any]:
        """`/.well-known/legal-requests.json` and the page "For authorities" (one document)."""
        from safeharbour.legal.assessment import default_policy
        from safeharbour.legal.gateway import build_discovery_document

        config = self.gateway
        document = build_discovery_document(
            default_policy(),
            contact=config.contact,
            base_url=config.base_url,
            public_key_b64=self.keys.signer.public_key_b64,
            max_body_bytes=config.max_body_bytes,
            attachment_limits=config.attachment_limits,
        )
        return document.model_dump(mode="json")

    @functools.cached_property
    def outbound_recipients(self) -> dict[str, Recipient]:
        """Who receives outbound reports (built-in registry plus settings overrides)."""
        from safeharbour.legal.gateway import build_registry

        return build_registry(self.settings.outbound_authorities)

    def report_outbound(
        self, unit: UnitOfWork, decision_id: uuid.UUID, kind: str, actor: Actor
    ) -> uuid.UUID:
        """One outbound report of a decision (legal gateway), in the caller's unit."""
        from safeharbour.legal.gateway import do_create_outbound_report

        return do_create_outbound_report(
            unit,
            decision_id,
            kind=kind,
            registry=self.outbound_recipients,
            cipher=self.keys.cipher,
            platform_name=self.settings.platform_name,
            actor=actor,
        ).id

    @functools.cached_property
    def decisions(self) -> DecisionService:
        """Decide, then enforce (review/service.py), wired to the gateway and the platform."""
        from safeharbour.review.service import DecisionService

        return DecisionService(
            policy=self.nta.review,
            report_outbound=self.report_outbound,
            dispatch=lambda ids: self.nta.dispatch_enforcement(ids),
        )

    def retry_enforcement(self, action_id: uuid.UUID, actor: Actor) -> EnforcementAction:
        """Re-send a dead-lettered platform call now (enforcement/service.py)."""
        from safeharbour.enforcement.service import retry_enforcement

        return retry_enforcement(
            self.tx,
            lambda decisions, requests: self.nta.dispatch_enforcement(decisions, requests),
            action_id,
            actor=actor,
        )

    @functools.cached_property
    def classifiers(self) -> list[Classifier]:
        """The classifiers of SAFEHARBOUR_CLASSIFIERS (models are read-only and shared)."""
        from safeharbour.detection.classifiers import load_classifiers

        return load_classifiers(self.settings.classifiers)

    @functools.cached_property
    def scanners(self) -> ScannerCache:
        from safeharbour.detection.pipeline import ScannerCache

        return ScannerCache(self.database, detection_scanner_factory(self))

    @functools.cached_property
    def rules(self) -> RulesSource:
        from safeharbour.detection.rules.loader import RulesSource

        return RulesSource(self.settings.resolved_rules_dir)

    def start_background(self) -> None:
        """Outbox relay, scheduler and heartbeat threads, for the long-running server process."""
        from safeharbour.runtime.heartbeat import Heartbeat, HeartbeatThread

        self.database.after_commit_hooks.append(self.relay.wake)
        self.relay.start(self.settings.outbox_poll_seconds)
        if self.settings.scheduler_enabled:
            self.scheduler.start()
        # Seen by every node's /readyz and /metrics (docs/operations.md).
        beat = Heartbeat(self, kind="api", roles=sorted(self.roles))
        self.heartbeat = HeartbeatThread(beat).start()

    def write_audit_checkpoint(self) -> Checkpoint | None:
        """Sign the audit chain's head into the database and the data directory's checkpoint
        file, if it moved since the last checkpoint (audit/anchor.py)."""
        from safeharbour.audit.anchor import CHECKPOINT_FILE, write_checkpoint

        return write_checkpoint(
            self.database,
            signer=self.keys.signer,
            checkpoint_file=self.settings.resolved_data_dir / CHECKPOINT_FILE,
        )

    def verify_audit(
        self, session: Session, *, reports_dir: Path | None = None, progress: Any = None
    ) -> ChainReport:
        """The audit chain checked link by link and against every anchor in sight: signed
        checkpoints (database and file), stored published reports and those in `reports_dir`
        (audit/anchor.py). The one verification the CLI, the API and the console share."""
        from safeharbour.audit.anchor import CHECKPOINT_FILE, verify_anchored
        from safeharbour.transparency.reports import stored_roots

        return verify_anchored(
            session,
            public_key_b64=self.keys.signer.public_key_b64,
            checkpoint_file=self.settings.resolved_data_dir / CHECKPOINT_FILE,
            report_roots=list(stored_roots(session)),
            reports_dir=reports_dir,
            progress=progress,
        )

    def close(self) -> None:
        if "scheduler" in self.roles:
            # A clean shutdown anchors what this process wrote since the last minute's
            # checkpoint; failing to must not stop the shutdown.
            try:
                self.write_audit_checkpoint()
            except Exception:
                log.exception("audit checkpoint at shutdown failed")
        self.scheduler.stop()
        self.relay.stop()
        beating, self.heartbeat = self.heartbeat, None
        if beating is not None:
            beating.stop()
        close_bus = getattr(self.bus, "close", None)  # the NATS bus holds a connection
        if close_bus is not None:
            close_bus()
        self.database.dispose()


def build_container(
    settings: Settings,
    *,
    clock: Clock | None = None,
    migrate: bool = True,
    roles: Iterable[str] | None = None,
    concurrency: int | None = None,
) -> Container:
    """`roles=None`: everything with the embedded bus, nothing with a shared one (API nodes,
    CLI commands); workers name theirs. `concurrency`: bus handler threads (workers)."""
    private_directory(settings.resolved_data_dir)
    clock = clock or SystemClock()
    database = Database(settings.effective_database_url, clock=clock)
    if migrate:
        upgrade_to_head(database.engine)
    # Order matters: outbox rows first, the audit append last, so that on PostgreSQL the
    # chain's advisory lock is held for as short a time as possible.
    database.before_commit_hooks.extend([store_pending, append_pending])
    keys = load_keys(settings)
    single_node = roles is None and settings.bus == "embedded"
    chosen = frozenset(ROLES if single_node else (roles or ()))
    _check_roles(settings, chosen, explicit=roles is not None)
    bus = _build_bus(settings, concurrency=concurrency)
    relay = OutboxRelay(database, bus)
    scheduler = Scheduler(clock=clock, leader=_leader_lock(settings, database))
    container = Container(
        settings=settings,
        clock=clock,
        database=database,
        keys=keys,
        bus=bus,
        relay=relay,
        scheduler=scheduler,
        nta=build_notice_and_action(settings, keys, database),
        roles=chosen,
    )
    _register_jobs(container, single_node=single_node)
    return container


def _check_roles(settings: Settings, roles: frozenset[str], *, explicit: bool) -> None:
    unknown = sorted(roles - set(ROLES))
    if unknown:
        raise InvalidInput(
            f"unknown role {unknown[0]!r}; expected one of {', '.join(ROLES)}", field="role"
        )
    if explicit and settings.bus == "embedded" and roles & set(BUS_ROLES):
        raise InvalidInput(
            f"the {'/'.join(sorted(roles & set(BUS_ROLES)))} role needs a shared bus: set "
            "SAFEHARBOUR_BUS=nats (with the embedded bus the server does this work itself)",
            field="bus",
        )


def _leader_lock(settings: Settings, database: Database) -> LeaderLock:
    """PostgreSQL: an advisory lock, cluster-wide; SQLite: a file lock, one node."""
    if database.backend == "postgresql":
        return PostgresLeaderLock(database.engine)
    return FileLeaderLock(settings.resolved_data_dir / "scheduler.lock")


def _build_bus(settings: Settings, *, concurrency: int | None = None) -> EventBus:
    """`embedded` delivers in this process; `nats` connects to JetStream (docs/scale-out.md)."""
    if settings.bus == "nats":
        from safeharbour.integrations.nats.bus import JetStreamBus

        return JetStreamBus(
            settings.nats_url,
            stream=settings.nats_stream,
            subject_prefix=settings.nats_subject_prefix,
            replicas=settings.nats_replicas,
            ack_wait_seconds=settings.nats_ack_wait_seconds,
            **({"concurrency": concurrency} if concurrency else {}),
        )
    return EmbeddedBus()


def _register_jobs(container: Container, *, single_node: bool = True) -> None:
    if "scheduler" in container.roles:
        _register_periodic_jobs(container)
    _register_worker_roles(container, single_node=single_node)


def _register_periodic_jobs(container: Container) -> None:
    """The `scheduler` role: cluster-wide periodic jobs, run by the leader only."""
    from safeharbour.legal.holds import purge_after_holds_end

    def purge_job() -> None:
        with container.database.uow() as unit:
            purge_after_holds_end(unit)
            unit.commit()

    container.scheduler.register("purge-after-holds-end", timedelta(minutes=5), purge_job)
    from safeharbour.audit.anchor import CHECKPOINT_EVERY

    container.scheduler.register(
        "audit-checkpoint", CHECKPOINT_EVERY, container.write_audit_checkpoint
    )
    container.scheduler.register(
        "outbox-prune", timedelta(hours=1), lambda: container.relay.prune()
    )

    def legal_deadlines_job() -> None:
        from safeharbour.legal.gateway import do_escalate_deadlines

        with container.database.uow() as unit:
            do_escalate_deadlines(unit)
            unit.commit()

    container.scheduler.register("legal-deadlines", timedelta(seconds=30), legal_deadlines_job)

    def legal_terms_notices_job() -> None:
        from safeharbour.legal.gateway import NoticeFiling, do_retry_waiting_notices

        filing = NoticeFiling(container.nta.notices, container.nta.review)
        with container.database.uow() as unit:
            do_retry_waiting_notices(unit, filing)
            unit.commit()

    container.scheduler.register(
        "legal-terms-notices", timedelta(minutes=5), legal_terms_notices_job
    )

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
    container.scheduler.register("qa-sample", timedelta(minutes=10), lambda: sample_qa(container))
    container.scheduler.register(
        "detection-rescan", timedelta(seconds=30), lambda: _detection_rescan_job(container)
    )
    container.scheduler.register(
        "exchanges-fetch", timedelta(minutes=1), _exchanges_fetch_starter(container)
    )
    container.scheduler.register(
        "detection-behaviour-prune",
        timedelta(hours=1),
        lambda: _detection_behaviour_prune_job(container),
    )
    # The platform adapter's own jobs (Matrix: abuse reports → notices).
    for name, every, job in container.nta.platform_jobs(container.settings):
        container.scheduler.register(name, every, job)


def _exchanges_fetch_starter(container: Container) -> Callable[[], None]:
    """The `exchanges-fetch` job: start fetching each hash-sharing exchange whose interval has
    passed, in a thread of its own, unless the previous round still runs. A large exchange or
    a provider's rate limit must not hold up the scheduler's other jobs (legal deadlines run
    every 30 s). Pages commit with their checkpoints and a page applies only on the checkpoint
    it was fetched from, so a leadership lost mid-fetch loses nothing and applies nothing
    twice."""
    import threading

    from safeharbour.detection.exchanges.fetch import fetch_due_exchanges

    running = threading.Lock()

    def fetch_round() -> None:
        try:
            fetch_due_exchanges(container.tx, container.keys.cipher, container.clock.now())
        except Exception:
            log.exception("exchanges fetch round failed")
        finally:
            running.release()

    def start() -> None:
        if running.acquire(blocking=False):
            threading.Thread(target=fetch_round, name="exchanges-fetch", daemon=True).start()

    return start


def _register_worker_roles(container: Container, *, single_node: bool) -> None:
    """`enforcement` and `notify` poll the database for due work (claims make that safe from
    any number of processes); `detection` and `notify` subscribe to the bus. On a single node
    the polls are scheduler jobs, as they always were."""
    from safeharbour.runtime.metrics import instrument

    nta = container.nta
    roles = container.roles
    if "enforcement" in roles:
        dispatch = instrument(
            "enforcement",
            lambda: len(nta.dispatch_enforcement(limit=WORKER_CLAIM).outcomes),
            units=int,
        )
        if single_node:
            container.scheduler.register("enforcement-dispatch", timedelta(seconds=30), dispatch)
        else:
            container.work["enforcement"] = dispatch
    if "notify" in roles:
        _subscribe_legal_delivery(container)
    if "detection" in roles:
        _subscribe_detection(container)
    if "notify" in roles:
        deliver = instrument("notify", nta.deliver_notifications, units=int)
        if single_node:
            container.scheduler.register("notifications-deliver", timedelta(seconds=10), deliver)
        else:
            container.work["notify"] = deliver


def qa_policy(container: Container) -> QaPolicy:
    from safeharbour.review.qa import QaPolicy

    settings = container.settings
    seed = settings.qa_sample_seed.encode("utf-8") if settings.qa_sample_seed else None
    return QaPolicy(
        rate=settings.qa_sample_rate,
        minimum=settings.qa_sample_minimum,
        seed=seed or hashlib.sha256(b"qa-sample:" + container.keys.secret_key).digest(),
    )


def sample_qa(container: Container) -> int:
    """The `qa-sample` job: draw yesterday's blind QA sample (once; docs/transparency.md)."""
    from safeharbour.kit.db import SYSTEM
    from safeharbour.review.qa import do_sample_qa

    with container.database.uow() as unit:
        yesterday = unit.clock.now().astimezone(UTC).date() - timedelta(days=1)
        rows = do_sample_qa(unit, yesterday, policy=qa_policy(container), actor=SYSTEM)
        unit.commit()
    return len(rows)


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
        rules=detection_rules(container),
        scanners=detection_scanners(container),
    )
    from safeharbour.runtime.metrics import instrument

    counted = instrument("detection", handler)
    for topic in TOPICS:
        container.bus.subscribe(topic, counted, group="detection")
    from safeharbour.detection.pipeline import JOIN_TOPIC, JoinHandler

    joins = JoinHandler(container.database, rules=detection_rules(container))
    container.bus.subscribe(JOIN_TOPIC, instrument("detection", joins), group="detection")


def detection_scanner_factory(container: Container) -> Callable[[Session], Scanner]:
    """`Scanner.from_session` with the classifiers of SAFEHARBOUR_CLASSIFIERS, loaded once per
    container (models are read-only and shared by every rebuilt scanner)."""
    from safeharbour.detection.scanner import Scanner

    return functools.partial(Scanner.from_session, classifiers=container.classifiers)


def detection_scanners(container: Container) -> ScannerCache:
    """The scanner of the current banks, rebuilt when one changes; one per container, shared by
    the ingest hook and retro-scans."""
    return container.scanners


def detection_rules(container: Container) -> RulesSource:
    """The detection rules of `<data dir>/rules` (or SAFEHARBOUR_RULES_DIR), hot-reloaded;
    one source per container, read by the pipeline, retro-scans and /readyz."""
    return container.rules


def _detection_behaviour_prune_job(container: Container) -> None:
    """Behaviour window rows older than the longest window a rule may set."""
    from safeharbour.detection.behaviour import MAX_WINDOW, prune_behaviour_hits

    with container.database.uow() as unit:
        prune_behaviour_hits(unit.session, unit.clock.now() - MAX_WINDOW)
        unit.commit()


def _detection_rescan_job(container: Container) -> None:
    """Retro-scans of changed banks (detection/retroscan.py): bounded batches per run."""
    from safeharbour.detection.retroscan import run_rescans
    from safeharbour.enforcement.ports import is_reversible

    platform = container.nta.platform
    rules = detection_rules(container)
    run_rescans(
        container.database,
        policy=container.nta.review,
        rules=rules.current,
        is_reversible=lambda kind: is_reversible(platform, kind),
        dispatch=container.nta.dispatch_enforcement,
        scanner=detection_scanners(container),
    )


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

    from safeharbour.runtime.metrics import instrument

    counted = instrument("legal_delivery", handle)
    for topic in TOPICS:
        container.bus.subscribe(topic, counted, group="legal-delivery")
