"""Who sent a body, and how that is known: API key (+ Ed25519 signature of the raw body).

Contract (issue 4): an agency that registered a signing key must sign every body it sends
(requests and supplements) with it: `Signature-Ed25519: <base64 of the 64-byte signature of the
exact body bytes>`. Missing or not verifying → `Unauthenticated` naming the header, before the
body is even parsed, so nothing of an unauthenticated body is stored or judged. An agency
without a key is verified by its API key alone (onboarding is the verification record).
A signature sent by an agency without a registered key cannot be checked and is ignored.

The key's owner is the agency; when the caller acts for no onboarded agency (an admin key, a
key whose agency is gone) the sender is unverified (`none`) and its request is held.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.orm import Session

from safeharbour.kit.errors import Unauthenticated
from safeharbour.legal.gateway.schemas import Verification
from safeharbour.legal.models import Agency

SIGNATURE_HEADER = "Signature-Ed25519"


@dataclass(frozen=True)
class Sender:
    agency_id: uuid.UUID | None
    verification: Verification


def verify_signature(public_key_b64: str, body: bytes, signature: str | None) -> None:
    if not signature or not signature.strip():
        raise Unauthenticated(
            f"this agency signs its requests: send {SIGNATURE_HEADER} with the base64 "
            "Ed25519 signature of the raw body",
            field=SIGNATURE_HEADER,
        )
    try:
        raw_signature = base64.b64decode(signature.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise Unauthenticated(
            f"{SIGNATURE_HEADER} is not valid base64", field=SIGNATURE_HEADER
        ) from None
    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64))
    try:
        key.verify(raw_signature, body)
    except InvalidSignature:
        raise Unauthenticated(
            f"{SIGNATURE_HEADER} does not verify against the agency's registered key: the "
            "body must be signed exactly as sent",
            field=SIGNATURE_HEADER,
        ) from None


def authenticate_sender(
    session: Session, *, owner_id: uuid.UUID | None, body: bytes, signature: str | None
) -> Sender:
    """The sender of `body`, given the API key's owner and the signature header."""
    agency = session.get(Agency, owner_id) if owner_id is not None else None
    if agency is None:
        return Sender(agency_id=None, verification=Verification.NONE)
    if agency.signing_key_b64:
        verify_signature(agency.signing_key_b64, body, signature)
        return Sender(agency_id=agency.id, verification=Verification.API_KEY_SIGNATURE)
    return Sender(agency_id=agency.id, verification=Verification.API_KEY)


__all__ = ["SIGNATURE_HEADER", "Sender", "authenticate_sender", "verify_signature"]
