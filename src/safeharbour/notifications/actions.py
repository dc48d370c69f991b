"""Queueing e-mails in the transaction of the change that causes them.

`do_queue_email` is the only writer of new notifications; `notifications.dispatch` sends them
after commit. The address and the body are encrypted at once; neither ever enters the audit
log. `actor` is the caller of the change that queued the message.
"""

from __future__ import annotations

import uuid
from typing import Any

from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.notifications.models import Notification


def do_queue_email(
    unit: UnitOfWork,
    *,
    to: str,
    subject: str,
    body: str,
    purpose: str,
    related: dict[str, Any],
    cipher: FieldCipher,
    actor: Actor,
    notification_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Queue one e-mail. A caller driven by at-least-once messages passes a `notification_id`
    derived from the message id and checks it first, so a replay queues nothing twice."""
    notification = Notification(
        id=notification_id or new_id(),
        purpose=purpose,
        recipient_encrypted=cipher.encrypt(to),
        subject=subject[:300],
        body_encrypted=cipher.encrypt(body),
        related={k: str(v) for k, v in related.items()},
        status="pending",
        attempts=0,
        next_attempt_at=None,
        created_at=unit.clock.now(),
    )
    unit.session.add(notification)
    # Not audited here: the change that queued it is, and so is the delivery (dispatch.py).
    return notification.id
