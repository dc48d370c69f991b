"""E-mail to people outside the platform (notifiers, appellants) through the `Notifier` port."""

from safeharbour.notifications.actions import do_queue_email
from safeharbour.notifications.dispatch import deliver_pending
from safeharbour.notifications.models import Notification
from safeharbour.notifications.ports import Notifier, OutgoingEmail, SendResult

__all__ = [
    "Notification",
    "Notifier",
    "OutgoingEmail",
    "SendResult",
    "deliver_pending",
    "do_queue_email",
]
