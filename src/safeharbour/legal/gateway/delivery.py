"""Delivering the gateway's messages through the `Notifier` port (e-mail).

Driven by the outbox messages the gateway publishes (bus subscription wired in bootstrap):

* `legal.request.answered` → the agency's active officers: the final answer (or
  `need_more_info` and exactly what is missing);
* `legal.request.effect_given` → the agency's active officers: the time the order was carried
  out (DSA Art. 9(1));
* `legal.deadline.escalated` → the legal on-call address: 50% / 90% of the time elapsed;
* `legal.deadline.missed` → the legal on-call address: the deadline passed unanswered.

Messages arrive at least once: each e-mail's id is derived from the message id and the
recipient, so a replay queues nothing twice. The e-mails are queued (encrypted) in one
transaction and sent by `notifications.dispatch` with retries. They carry ids, kinds, times,
the answer and rule sentences; never the authority's statement or anything about the users
concerned.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from safeharbour.authz.models import User
from safeharbour.kit.db import SYSTEM, UnitOfWork
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestAnswer
from safeharbour.notifications.actions import do_queue_email
from safeharbour.notifications.models import Notification

TOPICS = (
    "legal.request.answered",
    "legal.request.effect_given",
    "legal.deadline.escalated",
    "legal.deadline.missed",
)
_NAMESPACE = uuid.UUID("6f1c7a52-2f7e-4b77-9a55-2b8f3c4d9e10")


def _officers(unit: UnitOfWork, agency_id: str | None) -> list[str]:
    if not agency_id:
        return []
    rows = unit.session.scalars(
        select(User.email).where(
            User.agency_id == uuid.UUID(agency_id),
            User.role == "authority",
            User.disabled_at.is_(None),
        )
    )
    return sorted(rows)


def _answer_text(request: LegalRequest, answer: LegalRequestAnswer) -> str:
    lines = [f"Answer: {answer.answer.replace('_', ' ')}"]
    if answer.scope and answer.scope != "none":
        lines.append(f"Scope: {answer.scope.replace('_', ' ')}")
    if answer.what_and_why:
        lines.append(f"What was done and why: {answer.what_and_why}")
    for reason in answer.reasons or []:
        rule = reason.get("rule")
        lines.append(f"- {rule}: {reason['text']}" if rule else f"- {reason['text']}")
    if answer.missing:
        lines.append(
            "What we need before we can act (send it as a supplement; the clock restarts):"
        )
        lines += [f"- {m['field']}: {m['need']}" for m in answer.missing]
    if answer.late:
        lines.append("This answer was given after the deadline; the breach is recorded.")
    return "\n".join(lines)


def _compose(
    unit: UnitOfWork, topic: str, payload: Mapping[str, Any], *, oncall: str, base_url: str
) -> tuple[list[str], str, str] | None:
    request_id = payload.get("request_id")
    request = unit.session.get(LegalRequest, uuid.UUID(request_id)) if request_id else None
    if request is None:
        return None
    ref = request.reference or str(request.id)
    link = f"{base_url.rstrip('/')}/console/authority/requests/{request.id}"
    head = f"Request {request.id} ({request.type.replace('_', ' ')}, reference {ref})"
    if topic == "legal.request.answered":
        answer = unit.session.get(LegalRequestAnswer, uuid.UUID(payload["answer_id"]))
        if answer is None:
            return None
        subject = (
            f"More information needed: {ref}"
            if answer.answer == "need_more_info"
            else f"Answer to your request {ref}: {answer.answer.replace('_', ' ')}"
        )
        body = f"{head}\n\n{_answer_text(request, answer)}\n\nDetails and timeline: {link}\n"
        return _officers(unit, payload.get("agency_id")), subject, body
    if topic == "legal.request.effect_given":
        subject = f"Order carried out: {ref}"
        body = (
            f"{head}\n\nThe order was carried out at {payload['effect_given_at']} "
            f"(received {payload['received_at']}).\n\nDetails and timeline: {link}\n"
        )
        return _officers(unit, payload.get("agency_id")), subject, body
    if topic in ("legal.deadline.escalated", "legal.deadline.missed"):
        missed = topic.endswith("missed")
        subject = (
            f"DEADLINE MISSED: legal request {request.id}"
            if missed
            else f"Legal request {request.id}: {payload['level']} of the time to deadline elapsed"
        )
        body = (
            f"{head}\nStatus: {payload['status']}{' (held)' if payload.get('held') else ''}\n"
            f"Urgency: {payload['urgency']}\nDeadline: {payload['deadline']}\n\n"
            f"Queue: {base_url.rstrip('/')}/console/legal/requests/{request.id}\n"
        )
        return [oncall], subject, body
    return None


def queue_gateway_email(
    unit: UnitOfWork,
    *,
    message_id: str,
    topic: str,
    payload: Mapping[str, Any],
    oncall_email: str,
    base_url: str,
    cipher: FieldCipher,
) -> int:
    """Queue the e-mails one gateway message calls for; returns how many were new."""
    composed = _compose(unit, topic, payload, oncall=oncall_email, base_url=base_url)
    if composed is None:
        return 0
    recipients, subject, body = composed
    queued = 0
    for to in recipients:
        ident = uuid.uuid5(_NAMESPACE, f"{message_id}:{to}")
        if unit.session.get(Notification, ident) is not None:
            continue
        do_queue_email(
            unit,
            to=to,
            subject=subject,
            body=body,
            purpose=topic,
            related={"legal_request": payload.get("request_id"), "message": message_id},
            cipher=cipher,
            actor=SYSTEM,
            notification_id=ident,
        )
        queued += 1
    return queued


__all__ = ["TOPICS", "queue_gateway_email"]
