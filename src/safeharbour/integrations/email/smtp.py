"""The SMTP adapter of the `Notifier` port, on the standard library (`smtplib`, `email`).

Why the standard library: one plain-text message per call to a relay the operator runs is all
this needs; smtplib speaks SMTP, SMTPS and STARTTLS with certificate checks, and adds no
dependency to audit. Configured by `SAFEHARBOUR_SMTP_URL`:

    smtp://host:25                       plain (a relay on the same host or network)
    smtp://user:password@host:587?starttls=true
    smtps://user:password@host:465

A connection per message: notifications are few (one per notice and decision), and a long-lived
connection would need keep-alive handling for no gain. Failures answer `SendResult(False)` and
the dispatcher retries with backoff; nothing here retries by itself.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate
from urllib.parse import parse_qs, unquote, urlsplit

from safeharbour.notifications.ports import OutgoingEmail, SendResult


class SmtpNotifier:
    name = "smtp"

    def __init__(self, url: str, *, sender: str, timeout: float = 15.0) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps"):
            raise ValueError("SAFEHARBOUR_SMTP_URL must start with smtp:// or smtps://")
        if not parts.hostname:
            raise ValueError("SAFEHARBOUR_SMTP_URL needs a host")
        self.host = parts.hostname
        self.implicit_tls = parts.scheme == "smtps"
        self.port = parts.port or (465 if self.implicit_tls else 25)
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        query = parse_qs(parts.query)
        self.starttls = query.get("starttls", ["false"])[0].lower() in ("1", "true", "yes")
        self.sender = sender
        self.timeout = timeout

    def _message(self, message: OutgoingEmail) -> EmailMessage:
        mail = EmailMessage()
        mail["From"] = self.sender
        mail["To"] = message.to
        mail["Subject"] = message.subject
        mail["Date"] = formatdate(usegmt=True)
        mail["Message-ID"] = f"<{message.idempotency_key}@safeharbour>"
        mail["Auto-Submitted"] = "auto-generated"
        mail.set_content(message.body)
        return mail

    def send(self, message: OutgoingEmail) -> SendResult:
        context = ssl.create_default_context()
        try:
            client: smtplib.SMTP
            if self.implicit_tls:
                client = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=self.timeout, context=context
                )
            else:
                client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            with client:
                if self.starttls:
                    client.starttls(context=context)
                if self.username and self.password:
                    client.login(self.username, self.password)
                refused = client.send_message(self._message(message))
        except smtplib.SMTPRecipientsRefused as exc:
            codes = sorted(str(code) for code, _ in exc.recipients.values())
            return SendResult(False, f"recipient refused with {', '.join(codes)}")
        except (OSError, smtplib.SMTPException) as exc:
            return SendResult(False, f"{type(exc).__name__}: {exc}"[:500])
        if refused:
            # The refusal names the address: keep only the status codes (no personal data).
            codes = sorted(str(code) for code, _ in refused.values())
            return SendResult(False, f"recipient refused with {', '.join(codes)}")
        return SendResult(True)
