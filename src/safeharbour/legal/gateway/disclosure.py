"""Disclosure packages: only what the legal basis allows, four eyes, sealed, expiring, audited.

* `do_prepare_disclosure` builds a package from the platform's stored data about the request's
  targets, for fields the engine's latest proposal allows (`disclose`); any other field is a 422
  naming it. Never on a held request, never on an emergency disclosure without a confirmed
  call-back. The content is the canonical JSON, encrypted at rest; its SHA-256 is kept.
* `do_approve_disclosure` is the second pair of eyes: another legal officer than the one who
  prepared it (403 otherwise). Approval releases it: the SHA-256 hex digest is signed with the
  platform's Ed25519 key (`container.keys.signer`), it expires after `ttl` (7 days by default),
  and the agency's timeline shows `disclosure_released`.
* `do_download_disclosure` gives the requesting agency (only; others get 404) the package, its
  digest, signature and the platform's public key, until it expires; every download is audited.

Fields the platform mirror does not hold (IP addresses, phone numbers, contacts, location) are
listed as `not_held` rather than left out, so the authority knows they were looked for.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import select

from safeharbour.audit.tags import AuditTag
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.intake.queries import LEGAL_PROCESS, post_content
from safeharbour.kit.canonical import canonical_json, sha256_hex
from safeharbour.kit.clock import rfc3339
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import Conflict, Forbidden, InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher, PlatformSigner
from safeharbour.legal.assessment.schemas import DataField, RequestType
from safeharbour.legal.gateway.effect import targets_of
from safeharbour.legal.gateway.lifecycle import add_event
from safeharbour.legal.gateway.models import LegalDisclosure, LegalRequest
from safeharbour.legal.gateway.repository import assessment_of, get_request
from safeharbour.legal.gateway.schemas import TimelineKind

DISCLOSURE_TTL = dt.timedelta(days=7)
PENDING = "pending_approval"
RELEASED = "released"


def allowed_fields(unit: UnitOfWork, request: LegalRequest) -> list[str]:
    assessment = assessment_of(unit.session, request)
    proposal = assessment.proposal if assessment is not None else None
    return list(proposal.get("disclose", [])) if proposal else []


def _account_facts(account: Account | None, account_id: str) -> dict[str, Any]:
    if account is None:
        return {"account_id": account_id, "held": False}
    return {
        "account_id": account.id,
        "country": account.country,
        "created_at": rfc3339(account.created_at) if account.created_at else None,
        "verified": account.verified,
    }


def _content(unit: UnitOfWork, request: LegalRequest, fields: list[str]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for kind, target_id in targets_of(request):
        item: dict[str, Any] = {"kind": kind, "id": target_id}
        account_id: str | None = None
        post = unit.session.get(Post, target_id) if kind == "post" else None
        if kind == "post":
            account_id = post.author_id if post else None
        elif kind in ("channel", "group"):
            channel = unit.session.get(Channel, target_id)
            account_id = channel.owner_id if channel else None
        elif kind == "account":
            account_id = target_id
        for name in fields:
            if name == DataField.SUBSCRIBER_INFO:
                item[name] = (
                    _account_facts(unit.session.get(Account, account_id), account_id)
                    if account_id
                    else {"held": False}
                )
            elif name == DataField.MESSAGE_CONTENT and kind == "post":
                # Disclosing under a legal order is what a sealed copy is kept for.
                content = (
                    post_content(unit.session, post, LEGAL_PROCESS, media_fields=())
                    if post
                    else None
                )
                item[name] = {
                    "text": content["text"] if content else None,
                    "held": post is not None,
                }
            else:
                item[name] = {"held": False, "note": "not held by the platform's records"}
        items.append(item)
    return {
        "format": "safeharbour.disclosure",
        "version": 1,
        "request_id": str(request.id),
        "reference": request.reference,
        "fields": fields,
        "targets": items,
    }


def do_prepare_disclosure(
    unit: UnitOfWork,
    request_id: uuid.UUID,
    *,
    fields: Iterable[str],
    cipher: FieldCipher,
    actor: Actor,
) -> LegalDisclosure:
    request = get_request(unit.session, request_id, for_update=True)
    if request.held:
        raise Conflict("the request is held: verify and release it first", field="request_id")
    if request.type == RequestType.EMERGENCY_DISCLOSURE and request.oob_verified_at is None:
        raise Conflict(
            "an emergency disclosure needs a confirmed call-back before anything is released",
            field="callback",
        )
    given = list(fields)
    wanted = sorted(set(given))
    if not wanted:
        raise InvalidInput("choose at least one field", field="fields")
    allowed = set(allowed_fields(unit, request))
    for index, name in enumerate(given):
        if name not in allowed:
            raise InvalidInput(
                f"{name!r} may not be disclosed on this request's legal basis "
                f"(allowed: {', '.join(sorted(allowed)) or 'nothing'})",
                field=f"fields.{index}",
            )
    content = canonical_json(_content(unit, request, wanted))
    row = LegalDisclosure(
        id=new_id(),
        request_id=request.id,
        fields=wanted,
        content_encrypted=cipher.encrypt(content.decode()),
        content_sha256=sha256_hex(content),
        signature_b64=None,
        state=PENDING,
        prepared_by=actor.ref,
        prepared_at=unit.clock.now(),
        downloads=0,
    )
    unit.session.add(row)
    unit.session.flush()
    unit.record(
        AuditTag.LEGAL_DISCLOSURE_PREPARED,
        actor=actor,
        subjects={"request": request.id, "disclosure": row.id},
        snapshot={"fields": wanted, "content_sha256": row.content_sha256},
    )
    return row


def do_approve_disclosure(
    unit: UnitOfWork,
    disclosure_id: uuid.UUID,
    *,
    signer: PlatformSigner,
    actor: Actor,
    ttl: dt.timedelta = DISCLOSURE_TTL,
) -> LegalDisclosure:
    row = unit.session.get(LegalDisclosure, disclosure_id, with_for_update=True)
    if row is None:
        raise NotFound("no such disclosure package", field="disclosure_id")
    if row.state != PENDING:
        raise Conflict("the package was already released", field="disclosure_id")
    if row.prepared_by == actor.ref:
        raise Forbidden(
            "four eyes: another legal officer must approve the package", field="disclosure_id"
        )
    request = get_request(unit.session, row.request_id, for_update=True)
    now = unit.clock.now()
    row.signature_b64 = base64.b64encode(signer.sign(row.content_sha256.encode())).decode()
    row.state = RELEASED
    row.approved_by = actor.ref
    row.released_at = now
    row.expires_at = now + ttl
    add_event(
        unit,
        request,
        TimelineKind.DISCLOSURE_RELEASED,
        actor=actor,
        details={"disclosure": str(row.id), "expires_at": rfc3339(row.expires_at)},
    )
    unit.record(
        AuditTag.LEGAL_DISCLOSURE_RELEASED,
        actor=actor,
        subjects={"request": request.id, "disclosure": row.id},
        snapshot={
            "content_sha256": row.content_sha256,
            "prepared_by": row.prepared_by,
            "expires_at": rfc3339(row.expires_at),
        },
    )
    return row


def do_download_disclosure(
    unit: UnitOfWork,
    disclosure_id: uuid.UUID,
    *,
    agency_id: uuid.UUID | None,
    request_id: uuid.UUID,
    cipher: FieldCipher,
    signer: PlatformSigner,
    actor: Actor,
) -> dict[str, Any]:
    """The released package for the agency that asked, under the request it was prepared for.

    Every check (package, request in the URL, agency, state, window) runs before the download
    is counted and audited: a refused download leaves no trace but the transport's 404."""
    row = unit.session.get(LegalDisclosure, disclosure_id, with_for_update=True)
    request = unit.session.get(LegalRequest, row.request_id) if row is not None else None
    if (
        row is None
        or request is None
        or row.request_id != request_id
        or agency_id is None
        or request.agency_id != agency_id
        or row.state != RELEASED
    ):
        raise NotFound("no such disclosure package", field="disclosure_id")
    now = unit.clock.now()
    if row.expires_at is None or now >= row.expires_at:
        raise Conflict("the download window has closed; ask the platform again", field="expires")
    row.downloads += 1
    unit.record(
        AuditTag.LEGAL_DISCLOSURE_DOWNLOADED,
        actor=actor,
        subjects={"request": request.id, "disclosure": row.id, "agency": agency_id},
        snapshot={"content_sha256": row.content_sha256, "download": row.downloads},
    )
    return {
        "package": orjson.loads(cipher.decrypt(row.content_encrypted)),
        "sha256": row.content_sha256,
        "signature_ed25519_b64": row.signature_b64,
        "signed": "the SHA-256 hex digest of the package's canonical JSON",
        "platform_public_key_b64": signer.public_key_b64,
        "released_at": rfc3339(row.released_at) if row.released_at else None,
        "expires_at": rfc3339(row.expires_at),
    }


def list_disclosures(session: Any, request_id: uuid.UUID) -> list[LegalDisclosure]:
    return list(
        session.scalars(
            select(LegalDisclosure)
            .where(LegalDisclosure.request_id == request_id)
            .order_by(LegalDisclosure.prepared_at)
        )
    )


__all__ = [
    "DISCLOSURE_TTL",
    "allowed_fields",
    "do_approve_disclosure",
    "do_download_disclosure",
    "do_prepare_disclosure",
    "list_disclosures",
]
