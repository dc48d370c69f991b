"""E-mail adapters of the `Notifier` port."""

from safeharbour.integrations.email.smtp import SmtpNotifier

__all__ = ["SmtpNotifier"]
