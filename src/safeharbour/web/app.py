"""The FastAPI app factory. Consoles are mounted sub-apps; the API lives under /api/v1."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, Response
from fastapi.concurrency import run_in_threadpool
from prometheus_client import CONTENT_TYPE_LATEST
from sqlalchemy import func, select, text

from safeharbour import __version__
from safeharbour.authz.principal import Principal
from safeharbour.authz.roles import Permission
from safeharbour.bootstrap import Container, detection_rules
from safeharbour.detection.exchanges.queries import exchange_summaries
from safeharbour.detection.quarantine import quarantined_count
from safeharbour.detection.retroscan import rescan_status
from safeharbour.enforcement.actions import count_dead_letters
from safeharbour.enforcement.ports import platform_health
from safeharbour.kit.outbox import OutboxRow
from safeharbour.runtime.metrics import exposition
from safeharbour.runtime.status import cluster_status
from safeharbour.web.deps import PUBLIC, declare_permissions, permission_doc, require
from safeharbour.web.errors import error_response, install_error_handlers
from safeharbour.web.observability import RequestContextMiddleware

API_PREFIX = "/api/v1"
log = logging.getLogger(__name__)


def operator_status(container: Container) -> dict[str, Any]:
    """The details of readiness, for an authenticated operator (`GET /api/v1/system/status`)."""
    rules = detection_rules(container)
    rules.poll()  # an invalid new rules file shows here at once, the last good in force
    with container.database.reader() as session:
        session.execute(text("SELECT 1"))
        pending = session.scalar(
            select(func.count())
            .select_from(OutboxRow)
            .where(OutboxRow.published_at.is_(None), OutboxRow.dead_at.is_(None))
        )
        oldest = session.scalar(
            select(func.min(OutboxRow.created_at)).where(
                OutboxRow.published_at.is_(None), OutboxRow.dead_at.is_(None)
            )
        )
        dead = session.scalar(
            select(func.count()).select_from(OutboxRow).where(OutboxRow.dead_at.is_not(None))
        )
        dead_letters = count_dead_letters(session)
        quarantined = quarantined_count(session)
        exchanges = exchange_summaries(session)
        rescans = rescan_status(session, limit=5)
        cluster = cluster_status(container, session)
    lag = (container.clock.now() - oldest).total_seconds() if oldest else 0.0
    return {
        "status": "ready",
        "database": container.database.backend,
        "bus": container.bus.name,
        "outbox": {"pending": pending, "lag_seconds": round(lag, 3), "dead": dead},
        "enforcement": {
            "adapter": container.nta.platform.name,
            "dead_letters": dead_letters,
            "platform": platform_health(container.nta.platform),
        },
        "detection": {
            "quarantined_entries": quarantined,
            "exchanges": exchanges,
            "rules": rules.status(),
            "rescans": rescans,
        },
        **cluster,
        "jobs": {
            name: {"runs": job.runs, "failures": job.failures, "last_error": job.last_error}
            for name, job in container.scheduler.jobs.items()
        },
    }


def create_app(container: Container, *, background: bool = False) -> FastAPI:
    """Build the app around a container; `background` starts the relay and scheduler."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if background:
            container.start_background()
        try:
            yield
        finally:
            if background:
                container.scheduler.stop()
                container.relay.stop()

    app = FastAPI(
        title="Safeharbour",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # served by consoles/api_docs.py from vendored files, no CDN
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.container = container
    install_error_handlers(app)

    from safeharbour.api.v1 import admin_agencies, admin_users, agency_designations, events, system

    app.include_router(events.router, prefix=API_PREFIX)
    app.include_router(system.router, prefix=API_PREFIX)
    app.include_router(admin_users.router, prefix=API_PREFIX)
    app.include_router(admin_agencies.router, prefix=API_PREFIX)
    app.include_router(agency_designations.router, prefix=API_PREFIX)
    _include_public_pages(app)
    _include_legal_gateway(app)
    _include_notice_and_action(app)
    _include_transparency(app)

    @app.get("/healthz", tags=["health"], openapi_extra=PUBLIC)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", tags=["health"], openapi_extra=PUBLIC)
    async def readyz() -> Any:
        """Ready or not, and nothing else: anyone may ask, so it names no path, process, job
        or error. Operators read the details at /api/v1/system/status."""

        def check() -> None:
            with container.database.reader() as session:
                session.execute(text("SELECT 1"))

        try:
            await run_in_threadpool(check)
        except Exception:  # the database being down is the answer, not a crash
            log.warning("readiness check failed", exc_info=True)
            return error_response(503, "not_ready", "not ready")
        return {"status": "ready"}

    @app.get(
        f"{API_PREFIX}/system/status",
        tags=["health"],
        openapi_extra=permission_doc(Permission.STATUS_READ),
    )
    async def system_status(
        _: Annotated[Principal, require(Permission.STATUS_READ)],
    ) -> Any:
        """What /readyz used to tell everyone, for operators: the outbox and its lag, the bus,
        enforcement and its platform's health, detection rules and re-scans, the processes of
        the cluster and their heartbeats, the scheduler's jobs and their last errors."""
        try:
            return await run_in_threadpool(operator_status, container)
        except Exception as exc:
            log.warning("status check failed", exc_info=True)
            return error_response(503, "not_ready", f"database unavailable: {exc}")

    @app.get("/metrics", tags=["health"], openapi_extra=PUBLIC)
    async def metrics() -> Response:
        """Prometheus text format: aggregates only (docs/operations.md, Metrics)."""
        body = await run_in_threadpool(exposition, container)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    _include_matrix(app, container)
    _mount_consoles(app, container)
    declare_permissions(app.routes)
    limits = {
        f"{API_PREFIX}/events": container.settings.ingest_max_body_bytes,
        f"{API_PREFIX}/platform/events": container.settings.ingest_max_body_bytes,
        # Synapse's transactions (up to 100 events of up to 64 KiB): a 413 would stall the push.
        "/_matrix/app/v1/transactions/": container.settings.ingest_max_body_bytes,
        f"{API_PREFIX}/legal/requests": container.settings.legal_max_body_bytes,
    }
    app.add_middleware(RequestContextMiddleware, limits=limits, default_limit=1024 * 1024)
    return app


def _include_public_pages(app: FastAPI) -> None:
    """The front door (`/`) and the self-contained API documentation."""
    from safeharbour.consoles import api_docs, front_door

    app.include_router(front_door.router)
    app.include_router(api_docs.router)


def _include_legal_gateway(app: FastAPI) -> None:
    """The authority gateway: its API, the discovery document and the public page."""
    from safeharbour.api import discovery
    from safeharbour.api.v1 import legal_officer, legal_requests
    from safeharbour.consoles import for_authorities

    app.include_router(legal_requests.router, prefix=API_PREFIX)
    app.include_router(legal_officer.router, prefix=API_PREFIX)
    app.include_router(discovery.router)
    app.include_router(for_authorities.router)


def _include_notice_and_action(app: FastAPI) -> None:
    """Notices, cases, decisions, appeals, disputes, statements (docs/notice-and-action.md)."""
    from safeharbour.api.v1 import detection, notices, review

    app.include_router(notices.router, prefix=API_PREFIX)
    app.include_router(review.router, prefix=API_PREFIX)
    app.include_router(detection.router, prefix=API_PREFIX)
    _include_platform(app)


def _include_matrix(app: FastAPI, container: Container) -> None:
    """The Matrix application-service endpoints, when Matrix is configured (docs/matrix.md)."""
    from safeharbour.integrations.matrix.adapter import MatrixPlatformAdapter

    platform = container.nta.platform
    if isinstance(platform, MatrixPlatformAdapter):
        from safeharbour.integrations.matrix.appservice import build_router

        app.include_router(
            build_router(
                container.tx,
                platform,
                max_future=container.settings.ingest_max_future,
            )
        )


def _include_platform(app: FastAPI) -> None:
    """Signed inbound platform events and the enforcement dead-letter list (docs/webhooks.md)."""
    from safeharbour.api.v1 import platform

    app.include_router(platform.router, prefix=API_PREFIX)


def _include_transparency(app: FastAPI) -> None:
    """Blind QA of automated decisions and the public report site (docs/transparency.md)."""
    from safeharbour.api import transparency_site
    from safeharbour.api.v1 import qa

    app.include_router(qa.router, prefix=API_PREFIX)
    app.include_router(transparency_site.router)


def _mount_consoles(app: FastAPI, container: Container) -> None:
    from safeharbour.consoles import mount_consoles

    mount_consoles(app, container)
