"""Onboarding authorities (agencies): who may send legal requests, and how to check they did.

An agency is added by an admin, and that act is the verification record: later issues match
the sender of an authority request against the agency's official e-mail `domains` and, when
the agency has one, check the request's signature against its Ed25519 `signing_key_b64`;
legal officers verify emergency requests by calling back the number on the agency record
(`callback_phone`, encrypted), never a number given in a request.

Contracts: `country` is an ISO 3166-1 alpha-2 code (`safeharbour.kit.countries`), `kind` an
`AgencyKind`, `domains` a non-empty, de-duplicated list of lower-case ASCII domain names (IDNs
in their xn-- form), `signing_key_b64` the base64 of a raw 32-byte Ed25519 public key that
`cryptography` accepts. The audit entry records the country and kind and digests of the rest.
"""

from __future__ import annotations

import base64
import binascii
import re
import uuid
from collections.abc import Iterable
from enum import StrEnum

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.canonical import digest_of, sha256_hex
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.keys import FieldCipher
from safeharbour.legal.models import Agency

MAX_NAME_LENGTH = 300
_PHONE = re.compile(r"\+[1-9]\d{6,14}")
_DOMAIN = re.compile(r"(?=.{1,253}\Z)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}")


class AgencyKind(StrEnum):
    COURT = "court"
    PROSECUTOR = "prosecutor"
    POLICE = "police"
    REGULATOR = "regulator"
    MINISTRY = "ministry"
    INTELLIGENCE = "intelligence"
    OTHER = "other"


def _is_country(code: str) -> bool:
    try:
        from safeharbour.kit.countries import is_country
    except ImportError:  # pragma: no cover - the shared list is the normal case
        return re.fullmatch(r"[A-Z]{2}", code) is not None
    return is_country(code)


def normalise_country(country: str) -> str:
    code = (country or "").strip().upper()
    if not _is_country(code):
        raise InvalidInput(
            "not an ISO 3166-1 alpha-2 country code (such as DE, FR or GB)", field="country"
        )
    return code


def normalise_domains(domains: Iterable[str]) -> list[str]:
    """Lower-cased, de-duplicated in the order given; at least one."""
    result: list[str] = []
    for raw in domains:
        domain = (raw or "").strip().lower().rstrip(".")
        if not _DOMAIN.fullmatch(domain):
            raise InvalidInput(
                f"{raw!r} is not a domain name (such as police.example.gov)", field="domain"
            )
        if domain not in result:
            result.append(domain)
    if not result:
        raise InvalidInput("an agency needs at least one official e-mail domain", field="domain")
    return result


def parse_signing_key(signing_key_b64: str) -> str:
    """Validate the base64 of a raw Ed25519 public key; returns it in canonical base64."""
    try:
        raw = base64.b64decode(signing_key_b64.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("not valid base64", field="signing_key") from None
    if len(raw) != 32:
        raise InvalidInput(
            f"an Ed25519 public key is 32 bytes; this decodes to {len(raw)}", field="signing_key"
        )
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise InvalidInput("not a valid Ed25519 public key", field="signing_key") from None
    return base64.b64encode(raw).decode("ascii")


def normalise_phone(phone: str) -> str:
    """An E.164 number (`+` and 7 to 15 digits); spaces, dots, dashes and brackets dropped."""
    compact = re.sub(r"[\s().-]", "", phone or "")
    if not _PHONE.fullmatch(compact):
        raise InvalidInput(
            "an international number such as +49 611 55-0 (E.164)", field="callback_phone"
        )
    return compact


def do_add_agency(
    unit: UnitOfWork,
    *,
    name: str,
    country: str,
    kind: AgencyKind | str,
    domains: Iterable[str],
    signing_key_b64: str | None = None,
    callback_phone: str | None = None,
    cipher: FieldCipher | None = None,
    actor: Actor,
    demo: bool = False,
) -> Agency:
    """Onboard an agency. InvalidInput names `name`, `country`, `kind`, `domain`,
    `signing_key` or `callback_phone`. Two agencies may share a name (a ministry and its
    regional office). `callback_phone` (needs `cipher`) is the pre-verified number legal
    officers call back to verify emergency requests out of band; it is stored encrypted."""
    clean_name = (name or "").strip()
    if not clean_name or len(clean_name) > MAX_NAME_LENGTH:
        raise InvalidInput(f"a name of 1 to {MAX_NAME_LENGTH} characters is needed", field="name")
    code = normalise_country(country)
    try:
        agency_kind = AgencyKind(kind)
    except ValueError:
        raise InvalidInput(
            f"expected one of {', '.join(k.value for k in AgencyKind)}", field="kind"
        ) from None
    domain_list = normalise_domains(domains)
    key = parse_signing_key(signing_key_b64) if signing_key_b64 else None
    phone = normalise_phone(callback_phone) if callback_phone else None
    if phone is not None and cipher is None:
        raise InvalidInput("storing a call-back number needs the field cipher", field="cipher")
    agency = Agency(
        id=new_id(),
        name=clean_name,
        country=code,
        kind=agency_kind.value,
        domains=domain_list,
        signing_key_b64=key,
        callback_phone_encrypted=cipher.encrypt(phone) if phone and cipher else None,
        created_at=unit.clock.now(),
        demo=demo,
    )
    unit.session.add(agency)
    unit.session.flush()
    unit.record(
        AuditTag.AUTHZ_AGENCY_CREATED,
        actor=actor,
        subjects={"agency": agency.id},
        snapshot={
            "country": code,
            "kind": agency_kind.value,
            "name_sha256": sha256_hex(clean_name),
            "domains_sha256": digest_of(domain_list),
            "signing_key_sha256": sha256_hex(key) if key else None,
            "callback_phone_sha256": sha256_hex(phone) if phone else None,
        },
    )
    return agency


def do_set_agency_callback_phone(
    unit: UnitOfWork,
    agency_id: uuid.UUID,
    *,
    callback_phone: str,
    cipher: FieldCipher,
    actor: Actor,
) -> Agency:
    """Set (or replace) the pre-verified call-back number of an agency."""
    phone = normalise_phone(callback_phone)
    agency = unit.session.get(Agency, agency_id)
    if agency is None:
        raise NotFound("no agency with this id", field="agency")
    agency.callback_phone_encrypted = cipher.encrypt(phone)
    unit.record(
        AuditTag.AUTHZ_AGENCY_CALLBACK_SET,
        actor=actor,
        subjects={"agency": agency.id},
        snapshot={"callback_phone_sha256": sha256_hex(phone)},
    )
    return agency


def list_agencies(session: Session, *, limit: int = 1000) -> list[Agency]:
    return list(session.scalars(select(Agency).order_by(Agency.created_at.desc()).limit(limit)))


def do_update_agency(
    unit: UnitOfWork,
    agency_id: uuid.UUID,
    *,
    name: str | None = None,
    country: str | None = None,
    kind: AgencyKind | str | None = None,
    domains: Iterable[str] | None = None,
    signing_key_b64: str | None = None,
    remove_signing_key: bool = False,
    callback_phone: str | None = None,
    cipher: FieldCipher | None = None,
    actor: Actor,
) -> Agency:
    """Change an agency's record; None leaves a field as it is. Validation and error fields
    are those of `do_add_agency`. The audit entry names which fields changed and carries the
    digests of their new values, like the entry that created the agency."""
    agency = unit.session.get(Agency, agency_id, with_for_update=True)
    if agency is None:
        raise NotFound("no agency with this id", field="agency")
    changed: dict[str, object] = {}
    if name is not None:
        clean_name = name.strip()
        if not clean_name or len(clean_name) > MAX_NAME_LENGTH:
            raise InvalidInput(
                f"a name of 1 to {MAX_NAME_LENGTH} characters is needed", field="name"
            )
        if clean_name != agency.name:
            agency.name = clean_name
            changed["name_sha256"] = sha256_hex(clean_name)
    if country is not None:
        code = normalise_country(country)
        if code != agency.country:
            agency.country = code
            changed["country"] = code
    if kind is not None:
        try:
            agency_kind = AgencyKind(kind)
        except ValueError:
            raise InvalidInput(
                f"expected one of {', '.join(k.value for k in AgencyKind)}", field="kind"
            ) from None
        if agency_kind.value != agency.kind:
            agency.kind = agency_kind.value
            changed["kind"] = agency_kind.value
    if domains is not None:
        domain_list = normalise_domains(domains)
        if domain_list != list(agency.domains or []):
            agency.domains = domain_list
            changed["domains_sha256"] = digest_of(domain_list)
    if remove_signing_key and signing_key_b64:
        raise InvalidInput("give a new signing key or remove it, not both", field="signing_key")
    if signing_key_b64:
        key = parse_signing_key(signing_key_b64)
        if key != agency.signing_key_b64:
            agency.signing_key_b64 = key
            changed["signing_key_sha256"] = sha256_hex(key)
    elif remove_signing_key and agency.signing_key_b64 is not None:
        agency.signing_key_b64 = None
        changed["signing_key_sha256"] = None
    if callback_phone:
        phone = normalise_phone(callback_phone)
        if cipher is None:
            raise InvalidInput("storing a call-back number needs the field cipher", field="cipher")
        agency.callback_phone_encrypted = cipher.encrypt(phone)
        changed["callback_phone_sha256"] = sha256_hex(phone)
    if not changed:
        return agency
    unit.record(
        AuditTag.AUTHZ_AGENCY_UPDATED,
        actor=actor,
        subjects={"agency": agency.id},
        snapshot={"changed": sorted(changed), **changed},
    )
    return agency


def get_agency(session: Session, agency_id: uuid.UUID) -> Agency:
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound("no agency with this id", field="agency")
    return agency
