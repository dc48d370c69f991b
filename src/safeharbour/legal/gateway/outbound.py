"""Outbound reports: the platform tells the competent authorities itself.

* `art18_threat` — DSA Art. 18: information giving rise to a suspicion of a criminal offence
  involving a threat to the life or safety of persons goes to the law enforcement or judicial
  authorities of the member state concerned; when that state is unclear, to Europol.
* `tco_art14_5` — TCO Art. 14(5): terrorist content involving an imminent threat to life goes to
  the competent authorities of the member state concerned; when it is impossible to identify,
  to Europol.
* `ncmec_csam` — 18 U.S.C. 2258A: child sexual abuse material goes to the designated body, the
  NCMEC CyberTipline; the REPORT Act asks the provider to preserve the report's contents for
  one year.

`do_create_outbound_report` is created from a moderator's decision (at most one per decision and
kind; a repeat returns the first). The member state is taken from the item's author (for a
post), the channel's owner (for a channel) or the account itself, through the mirror; a country
of the EU/EEA picks that state's authority from the registry (`SAFEHARBOUR_OUTBOUND_AUTHORITIES`,
defaults below), anything else → Europol. Only the minimum data is kept (ids, times, hashes of
the text and media, the decision's category and statement of facts), encrypted at rest with its
SHA-256; the evidence is kept under legal holds for the legal period; the report goes out through
the `Notifier` port (an e-mail whose id is derived from the report's id, so nothing is sent
twice) and its timeline (created → sent → acknowledged | failed) is audited at every step.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson
from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Account, Channel, Media, Post
from safeharbour.kit.canonical import canonical_json, sha256_hex
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.countries import country_name
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE
from safeharbour.kit.errors import Conflict, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.gateway.models import OutboundReport
from safeharbour.legal.holds import HOLD_SUBJECT_KINDS, do_place_legal_hold
from safeharbour.notifications.actions import do_queue_email
from safeharbour.review.models import Case, Decision


class OutboundKind(StrEnum):
    ART18_THREAT = "art18_threat"
    TCO_ART14_5 = "tco_art14_5"
    NCMEC_CSAM = "ncmec_csam"


class OutboundStatus(StrEnum):
    CREATED = "created"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"
    FAILED = "failed"


EUROPOL = "EUROPOL"
NCMEC = "NCMEC"

#: How long the evidence is kept, and why.
PRESERVATION: Mapping[OutboundKind, tuple[dt.timedelta, str]] = {
    OutboundKind.ART18_THREAT: (
        dt.timedelta(days=183),
        "DSA Art. 18: evidence of a threat to life or safety reported to the authorities",
    ),
    OutboundKind.TCO_ART14_5: (
        dt.timedelta(days=183),
        "TCO Art. 14(5) and Art. 6: terrorist content involving an imminent threat to life",
    ),
    OutboundKind.NCMEC_CSAM: (
        dt.timedelta(days=365),
        "18 U.S.C. 2258A(h) (REPORT Act): contents of a CyberTipline report kept one year",
    ),
}

_NAMESPACE = uuid.UUID("0d3f6b1e-6a7c-4c8e-9d0b-5f2a1c3e4b70")


@dataclass(frozen=True)
class Recipient:
    key: str
    name: str
    email: str


def default_registry() -> dict[str, Recipient]:
    """Demo values: an operator sets the real points of contact (`OUTBOUND_AUTHORITIES`)."""
    registry = {
        cc: Recipient(
            cc,
            f"{country_name(cc) or cc}: law enforcement point of contact (DSA Art. 18)",
            f"art18@police.{cc.lower()}.example",
        )
        for cc in EEA_TERRITORIAL_SCOPE
    }
    registry[EUROPOL] = Recipient(EUROPOL, "Europol (EU IRU)", "eu-iru@europol.example")
    registry[NCMEC] = Recipient(NCMEC, "NCMEC CyberTipline", "cybertipline@ncmec.example")
    return registry


def build_registry(overrides: Mapping[str, Mapping[str, str]] | None) -> dict[str, Recipient]:
    registry = default_registry()
    for key, entry in (overrides or {}).items():
        code = key.upper()
        registry[code] = Recipient(code, entry["name"], entry["email"])
    return registry


def _country_of(unit: UnitOfWork, kind: str, ident: str) -> tuple[str | None, str]:
    session = unit.session
    account_id: str | None = None
    via = ""
    if kind == "post":
        post = session.get(Post, ident)
        account_id = post.author_id if post else None
        via = "the post's author"
    elif kind == "channel":
        channel = session.get(Channel, ident)
        account_id = channel.owner_id if channel else None
        via = "the channel's owner"
    elif kind == "account":
        account_id, via = ident, "the account"
    account = session.get(Account, account_id) if account_id else None
    if account is None or not account.country:
        return None, "the member state could not be identified (no country on record)"
    return account.country, f"country of {via} ({account.country})"


def choose_recipient(
    kind: OutboundKind, country: str | None, why_country: str, registry: Mapping[str, Recipient]
) -> tuple[Recipient, str]:
    if kind is OutboundKind.NCMEC_CSAM:
        return registry[NCMEC], "18 U.S.C. 2258A: the designated body is the NCMEC CyberTipline"
    article = "DSA Art. 18(2)" if kind is OutboundKind.ART18_THREAT else "TCO Art. 14(5)"
    if country and country in EEA_TERRITORIAL_SCOPE and country in registry:
        return registry[country], f"{article}: member state concerned is {country}, {why_country}"
    if country:
        why = f"{why_country} is not an EU/EEA member state, so the member state is unclear"
    else:
        why = why_country
    return registry[EUROPOL], f"{article}: {why}; reported to Europol"


def _minimum_data(
    unit: UnitOfWork, report_id: uuid.UUID, kind: OutboundKind, case: Case, decision: Decision
) -> dict[str, Any]:
    session = unit.session
    item: dict[str, Any] = {"kind": case.item_kind, "id": case.item_id}
    if case.item_kind == "post":
        post = session.get(Post, case.item_id)
        if post is not None:
            item.update(
                channel_id=post.channel_id,
                author_id=post.author_id,
                posted_at=rfc3339(post.posted_at) if post.posted_at else None,
                text_sha256=post.text_sha256,
                media_sha256=sorted(
                    h
                    for h in session.scalars(select(Media.sha256).where(Media.post_id == post.id))
                    if h
                ),
            )
    elif case.item_kind == "channel":
        channel = session.get(Channel, case.item_id)
        if channel is not None:
            item.update(owner_id=channel.owner_id, kind_of_channel=channel.kind)
    return {
        "report_id": str(report_id),
        "kind": kind.value,
        "item": item,
        "decision": {
            "id": str(decision.id),
            "decided_at": rfc3339(decision.decided_at),
            "category": decision.category,
            "keywords": list(decision.category_specification or []),
            "facts": decision.explanation,
            "evidence_sha256": decision.evidence_sha256,
        },
    }


def _event(report: OutboundReport, event: str, at: dt.datetime, by: str, note: str = "") -> None:
    entry = {"event": event, "at": rfc3339(at), "by": by}
    if note:
        entry["note"] = note
    report.timeline = [*report.timeline, entry]


def _email_body(report: OutboundReport, data: dict[str, Any], platform: str) -> str:
    return (
        f"{platform} reports under {report.kind} (report {report.id}).\n"
        f"Recipient: {report.recipient_name} — {report.recipient_why}\n"
        f"The evidence is preserved until {rfc3339(report.held_until)}.\n\n"
        f"Data (SHA-256 {report.data_sha256}):\n"
        f"{orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()}\n"
        f"Please quote {report.id} when you acknowledge receipt.\n"
    )


def do_create_outbound_report(
    unit: UnitOfWork,
    decision_id: uuid.UUID,
    *,
    kind: OutboundKind | str,
    registry: Mapping[str, Recipient],
    cipher: FieldCipher,
    platform_name: str,
    actor: Actor,
) -> OutboundReport:
    try:
        kind = OutboundKind(kind)
    except ValueError:
        raise InvalidInput(
            f"expected one of {', '.join(k.value for k in OutboundKind)}", field="kind"
        ) from None
    decision = unit.session.get(Decision, decision_id)
    if decision is None:
        raise NotFound("no decision with this id", field="decision_id")
    existing = unit.session.scalars(
        select(OutboundReport).where(
            OutboundReport.decision_id == decision_id, OutboundReport.kind == kind.value
        )
    ).first()
    if existing is not None:
        return existing
    case = unit.session.get(Case, decision.case_id)
    if case is None:  # pragma: no cover - a decision always has its case
        raise NotFound("no case for this decision", field="decision_id")
    now = unit.clock.now()
    country, why_country = _country_of(unit, case.item_kind, case.item_id)
    recipient, why = choose_recipient(kind, country, why_country, registry)
    report_id = new_id()
    period, ground = PRESERVATION[kind]
    held_until = now + period
    hold_ids: list[str] = []
    if case.item_kind in HOLD_SUBJECT_KINDS:
        hold = do_place_legal_hold(
            unit,
            subject_kind=case.item_kind,
            subject_id=case.item_id,
            reason=ground,
            held_until=held_until,
            reference=f"outbound:{report_id}",
            actor=actor,
        )
        hold_ids.append(str(hold.id))
    data = _minimum_data(unit, report_id, kind, case, decision)
    report = OutboundReport(
        id=report_id,
        kind=kind.value,
        decision_id=decision.id,
        case_id=case.id,
        item_kind=case.item_kind,
        item_id=case.item_id,
        country=country if country in EEA_TERRITORIAL_SCOPE else None,
        recipient_key=recipient.key,
        recipient_name=recipient.name,
        recipient_email=recipient.email,
        recipient_why=why,
        data_encrypted=cipher.encrypt(canonical_json(data).decode()),
        data_sha256=sha256_hex(canonical_json(data)),
        hold_ids=hold_ids,
        held_until=held_until,
        status=OutboundStatus.CREATED.value,
        timeline=[],
        created_by=actor.ref,
        created_at=now,
    )
    _event(report, "created", now, actor.ref)
    unit.session.add(report)
    unit.session.flush()
    unit.record(
        AuditTag.LEGAL_OUTBOUND_CREATED,
        actor=actor,
        subjects={"outbound_report": report.id, "decision": decision.id, "case": case.id},
        snapshot={
            "kind": kind.value,
            "recipient": recipient.key,
            "data_sha256": report.data_sha256,
            "holds": hold_ids,
            "held_until": rfc3339(held_until),
        },
    )
    # Sent through the Notifier port: queued in this transaction, delivered with retries.
    notification_id = uuid.uuid5(_NAMESPACE, f"outbound:{report.id}")
    do_queue_email(
        unit,
        to=recipient.email,
        subject=f"[{kind.value}] report {report.id} from {platform_name}",
        body=_email_body(report, data, platform_name),
        purpose="legal.outbound.report",
        related={"outbound_report": str(report.id)},
        cipher=cipher,
        actor=actor,
        notification_id=notification_id,
    )
    report.notification_id = notification_id
    report.status = OutboundStatus.SENT.value
    report.sent_at = now
    _event(report, "sent", now, actor.ref, note=f"to {recipient.key} through the notifier")
    unit.record(
        AuditTag.LEGAL_OUTBOUND_SENT,
        actor=actor,
        subjects={"outbound_report": report.id, "notification": notification_id},
        snapshot={"recipient": recipient.key},
    )
    return report


def _load(unit: UnitOfWork, report_id: uuid.UUID) -> OutboundReport:
    report = unit.session.get(OutboundReport, report_id, with_for_update=True)
    if report is None:
        raise NotFound("no such outbound report", field="report_id")
    return report


def do_mark_outbound_acknowledged(
    unit: UnitOfWork, report_id: uuid.UUID, *, reference: str | None, actor: Actor
) -> OutboundReport:
    """The authority confirmed receipt (with its own reference, if it gave one)."""
    report = _load(unit, report_id)
    if report.status != OutboundStatus.SENT.value:
        raise Conflict(f"the report is {report.status}, not sent", field="status")
    reference = (reference or "").strip()[:200] or None
    now = unit.clock.now()
    report.status = OutboundStatus.ACKNOWLEDGED.value
    report.acknowledged_at = now
    report.recipient_reference = reference
    _event(report, "acknowledged", now, actor.ref)
    unit.record(
        AuditTag.LEGAL_OUTBOUND_ACKNOWLEDGED,
        actor=actor,
        subjects={"outbound_report": report.id},
        snapshot={"recipient_reference": reference},
    )
    return report


def do_mark_outbound_failed(
    unit: UnitOfWork, report_id: uuid.UUID, *, note: str, actor: Actor
) -> OutboundReport:
    """The report could not be delivered (recorded; a new report can be made by hand)."""
    report = _load(unit, report_id)
    if report.status not in (OutboundStatus.CREATED.value, OutboundStatus.SENT.value):
        raise Conflict(f"the report is {report.status}", field="status")
    if not note.strip():
        raise InvalidInput("say what failed", field="note")
    now = unit.clock.now()
    report.status = OutboundStatus.FAILED.value
    _event(report, "failed", now, actor.ref, note=note.strip()[:500])
    unit.record(
        AuditTag.LEGAL_OUTBOUND_FAILED,
        actor=actor,
        subjects={"outbound_report": report.id},
        snapshot={"note_sha256": sha256_hex(note.strip())},
    )
    return report


def list_outbound_reports(session: Any, *, limit: int = 500) -> list[OutboundReport]:
    return list(
        session.scalars(
            select(OutboundReport).order_by(OutboundReport.created_at.desc()).limit(limit)
        )
    )


def outbound_view(report: OutboundReport, cipher: FieldCipher | None = None) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": str(report.id),
        "kind": report.kind,
        "decision_id": str(report.decision_id) if report.decision_id else None,
        "case_id": str(report.case_id) if report.case_id else None,
        "item": {"kind": report.item_kind, "id": report.item_id},
        "country": report.country,
        "recipient": {
            "key": report.recipient_key,
            "name": report.recipient_name,
            "email": report.recipient_email,
            "why": report.recipient_why,
        },
        "status": report.status,
        "data_sha256": report.data_sha256,
        "holds": list(report.hold_ids),
        "held_until": rfc3339(report.held_until),
        "recipient_reference": report.recipient_reference,
        "created_at": rfc3339(report.created_at),
        "sent_at": rfc3339(report.sent_at) if report.sent_at else None,
        "acknowledged_at": rfc3339(report.acknowledged_at) if report.acknowledged_at else None,
        "timeline": list(report.timeline),
    }
    if cipher is not None:
        view["data"] = orjson.loads(cipher.decrypt(report.data_encrypted))
    return view


__all__ = [
    "EUROPOL",
    "NCMEC",
    "PRESERVATION",
    "OutboundKind",
    "OutboundStatus",
    "Recipient",
    "build_registry",
    "choose_recipient",
    "default_registry",
    "do_create_outbound_report",
    "do_mark_outbound_acknowledged",
    "do_mark_outbound_failed",
    "list_outbound_reports",
    "outbound_view",
]
