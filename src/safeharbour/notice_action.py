"""The composition root's part for notice and action: ports chosen by settings, policies built.

Kept beside `bootstrap.py` (which holds it in `Container.nta`) so that the shared composition
root stays small. Like bootstrap, it may import adapters (`integrations`); contexts never import
it. Adapters by setting:

- `SAFEHARBOUR_PLATFORM_ADAPTER`: `memory` (the in-memory platform) unless
  `SAFEHARBOUR_MATRIX_HOMESERVER_URL` and `SAFEHARBOUR_MATRIX_ADMIN_TOKEN` are both set: then
  the Matrix adapter (docs/matrix.md); or `SAFEHARBOUR_WEBHOOK_URL` and
  `SAFEHARBOUR_WEBHOOK_SECRET`: then the signed webhook adapter (docs/webhooks.md).
- `SAFEHARBOUR_SMTP_URL`: the SMTP notifier when set; otherwise e-mails stay in memory, with a
  note in the log at start-up (fine for development and demos, wrong for production).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta

from safeharbour.config import Settings
from safeharbour.enforcement.dispatch import DispatchReport, Messages, dispatch_pending
from safeharbour.enforcement.ports import PlatformAdapter
from safeharbour.intake.notices import NoticePolicy
from safeharbour.kit.db import SYSTEM, Database
from safeharbour.kit.errors import InvalidInput
from safeharbour.kit.keys import KeyRing
from safeharbour.notifications.dispatch import deliver_pending
from safeharbour.notifications.ports import Notifier
from safeharbour.review.policy import ReviewPolicy

log = logging.getLogger(__name__)


@dataclass
class NoticeAndAction:
    database: Database
    keys: KeyRing
    platform: PlatformAdapter
    notifier: Notifier
    notices: NoticePolicy
    review: ReviewPolicy
    messages: Messages
    claim_lease: timedelta = timedelta(minutes=2)
    """How long a process holds the calls and e-mails it claimed (kit/claims.py)."""

    def dispatch_enforcement(
        self,
        decision_ids: Iterable[uuid.UUID] | None = None,
        legal_request_ids: Iterable[uuid.UUID] | None = None,
        *,
        limit: int = 500,
    ) -> DispatchReport:
        """Make due platform calls (those of `decision_ids` / `legal_request_ids`, or all) and
        record outcomes. `limit` bounds the rows one claim takes (a worker's pass stays short,
        so SIGTERM does not wait long)."""
        report = dispatch_pending(
            self.database,
            self.platform,
            self.messages,
            decision_ids=decision_ids,
            legal_request_ids=legal_request_ids,
            lease=self.claim_lease,
            limit=limit,
        )
        if decision_ids is None or legal_request_ids is not None:
            self.record_legal_effects(legal_request_ids)
        return report

    def give_legal_effect(self, request_ids: Iterable[uuid.UUID]) -> None:
        """After an answer commits: carry out the order's planned calls and stamp the time of
        effect (docs/authority-gateway.md, Effect)."""
        self.dispatch_enforcement(decision_ids=[], legal_request_ids=list(request_ids))

    def record_legal_effects(self, request_ids: Iterable[uuid.UUID] | None = None) -> None:
        from safeharbour.legal.gateway import record_effects

        with self.database.uow() as unit:
            record_effects(unit, request_ids=request_ids, actor=SYSTEM)
            unit.commit()

    def platform_jobs(
        self, settings: Settings
    ) -> list[tuple[str, timedelta, Callable[[], object]]]:
        """Periodic jobs the platform adapter needs (Matrix: polling abuse reports)."""
        from safeharbour.integrations.matrix.wiring import matrix_jobs

        return matrix_jobs(self, settings)

    def deliver_notifications(self) -> int:
        return deliver_pending(
            self.database, self.notifier, self.keys.cipher, lease=self.claim_lease
        )


def _platform(settings: Settings, database: Database) -> PlatformAdapter:
    if settings.matrix_homeserver_url and settings.matrix_admin_token:
        from safeharbour.integrations.matrix.wiring import build_matrix_adapter

        return build_matrix_adapter(settings, database)
    if settings.webhook_url and settings.webhook_secret:
        from safeharbour.integrations.webhook.adapter import WebhookPlatform, context_lookup

        return WebhookPlatform(
            settings.webhook_url,
            settings.webhook_secret,
            timeout=settings.webhook_timeout_seconds,
            backoff=settings.webhook_backoff_seconds,
            context_of=context_lookup(database),
        )
    if settings.platform_adapter == "memory":
        from safeharbour.integrations.fakes.platform import InMemoryPlatform

        return InMemoryPlatform()
    raise InvalidInput("unknown platform adapter; expected memory", field="platform_adapter")


def _notifier(settings: Settings) -> Notifier:
    if settings.smtp_url:
        from safeharbour.integrations.email.smtp import SmtpNotifier

        try:
            return SmtpNotifier(settings.smtp_url, sender=settings.mail_from)
        except ValueError as exc:
            raise InvalidInput(str(exc), field="SAFEHARBOUR_SMTP_URL") from None
    from safeharbour.integrations.fakes.notifier import InMemoryNotifier

    log.info("SAFEHARBOUR_SMTP_URL is not set: e-mails to notifiers are kept in memory")
    return InMemoryNotifier()


def build_notice_and_action(
    settings: Settings, keys: KeyRing, database: Database
) -> NoticeAndAction:
    review = ReviewPolicy.from_settings(settings, secret_key=keys.secret_key, cipher=keys.cipher)
    return NoticeAndAction(
        database=database,
        keys=keys,
        platform=_platform(settings, database),
        notifier=_notifier(settings),
        notices=NoticePolicy.from_settings(
            settings, secret_key=keys.secret_key, cipher=keys.cipher
        ),
        review=review,
        messages=Messages(links=review.links, tokens=review.tokens),
        claim_lease=timedelta(seconds=settings.claim_lease_seconds),
    )
