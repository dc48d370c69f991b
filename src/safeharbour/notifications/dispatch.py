"""Sending queued e-mails through the `Notifier` port, after the queueing transaction committed.

Due messages are claimed with a lease (kit/claims.py), so that several processes delivering at
once never send one message twice; each is then sent and marked in its own short transaction,
the port call itself outside any transaction. A failure is retried with exponential backoff
(capped at one hour); after `MAX_ATTEMPTS` the message is dead and its address erased. The
address is erased too as soon as the message is sent.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import or_, select

from safeharbour.audit.tags import AuditTag
from safeharbour.kit import claims
from safeharbour.kit.db import SYSTEM, Database
from safeharbour.kit.keys import FieldCipher
from safeharbour.notifications.models import Notification
from safeharbour.notifications.ports import Notifier, OutgoingEmail

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8


def deliver_pending(
    database: Database,
    notifier: Notifier,
    cipher: FieldCipher,
    *,
    only: Iterable[uuid.UUID] | None = None,
    limit: int = 200,
    lease: timedelta = timedelta(minutes=2),
) -> int:
    """Send due messages (or just `only`); returns how many were sent. Messages another
    process holds are left to it."""
    now = database.clock.now()
    query = (
        select(Notification.id)
        .where(
            Notification.status == "pending",
            or_(Notification.next_attempt_at.is_(None), Notification.next_attempt_at <= now),
        )
        .order_by(Notification.created_at)
        .limit(limit)
    )
    if only is not None:
        ids = list(only)
        if not ids:
            return 0
        query = query.where(Notification.id.in_(ids))
    token, due = claims.claim(database, Notification, query, lease=lease)
    sent = 0
    try:
        for notification_id in due:
            sent += _deliver_one(database, notifier, cipher, notification_id)
    finally:
        claims.release(database, Notification, token, due)
    return sent


def _deliver_one(
    database: Database, notifier: Notifier, cipher: FieldCipher, notification_id: uuid.UUID
) -> int:
    with database.reader() as session:
        row = session.get(Notification, notification_id)
        if (
            row is None
            or row.status != "pending"
            or row.recipient_encrypted is None
            or row.body_encrypted is None
        ):
            return 0
        message = OutgoingEmail(
            to=cipher.decrypt(row.recipient_encrypted),
            subject=row.subject,
            body=cipher.decrypt(row.body_encrypted),
            idempotency_key=str(row.id),
        )
    result = notifier.send(message)
    with database.uow() as unit:
        row = unit.session.get(Notification, notification_id, with_for_update=True)
        if row is None or row.status != "pending":
            return 0
        now = unit.clock.now()
        row.attempts += 1
        row.adapter = notifier.name
        if result.sent:
            row.status = "sent"
            row.sent_at = now
            row.recipient_encrypted = None
            row.body_encrypted = None
            row.last_error = None
            unit.record(
                AuditTag.NOTIFY_EMAIL_SENT,
                actor=SYSTEM,
                subjects={"notification": row.id},
                snapshot={"adapter": notifier.name, "attempts": row.attempts},
            )
        else:
            row.last_error = (result.detail or "failed")[:2000]
            if row.attempts >= MAX_ATTEMPTS:
                row.status = "dead"
                row.recipient_encrypted = None
                row.body_encrypted = None
                log.error("notification %s dead after %d attempts", row.id, row.attempts)
                unit.record(
                    AuditTag.NOTIFY_EMAIL_DEAD,
                    actor=SYSTEM,
                    subjects={"notification": row.id},
                    snapshot={"adapter": notifier.name, "attempts": row.attempts},
                )
            else:
                row.next_attempt_at = now + timedelta(seconds=min(3600, 30 * 2**row.attempts))
        unit.commit()
        return 1 if result.sent else 0
