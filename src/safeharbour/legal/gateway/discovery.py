"""The discovery document, `GET /.well-known/legal-requests.json`: how authorities reach us.

Format `safeharbour.legal-requests`, version `1` (`DISCOVERY_VERSION`). The models below *are*
the documented shape: `docs/authority-gateway.schema.json` is their JSON Schema and a test keeps
the two equal, so the document can never drift from its documentation. Within a version, keys
are only ever added (clients ignore keys they do not know); a removal or a change of meaning is
a new version.

Everything about requests is derived from the legal policy at run time — request types, who is
competent, which fields each type needs, the deadline rows, the data tiers, and what is never
disclosed with the rule sentences saying why — so the document cannot promise what the engine
does not do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from safeharbour.legal.assessment import Policy
from safeharbour.legal.assessment.policy import DataTier, RequestKind, RuleId
from safeharbour.legal.assessment.schemas import (
    TARGETLESS_TYPES,
    DataField,
    LegalInstrument,
    LegalProcess,
    RequestType,
    TargetKind,
    Urgency,
)
from safeharbour.legal.gateway.attachments import ACCEPTED_TYPES, AttachmentLimits

DISCOVERY_FORMAT: Final = "safeharbour.legal-requests"
DISCOVERY_VERSION: Final = "1"
NEVER_RULES: tuple[RuleId, ...] = (
    RuleId.KEYS_NEVER,
    RuleId.INTERCEPTION_NEVER,
    RuleId.E2E_CONTENT_IMPOSSIBLE,
)


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Contact(_Doc):
    name: str
    email: str
    phone: str
    postal_address: str
    member_state: str = Field(description="ISO 3166-1 alpha-2 of the representative's state")


class PointOfContact(_Doc):
    email: str
    phone: str
    hours: str
    web: str


class Emergency(_Doc):
    description: str
    phone: str
    endpoint: str
    how: str
    verification: str


class Signature(_Doc):
    header: str
    algorithm: str
    signed: str
    required_when: str
    missing_or_bad: str


class AttachmentRules(_Doc):
    max_count: int
    max_bytes: int
    content_types: list[str]


class Endpoint(_Doc):
    method: str
    url: str
    description: str


class Submission(_Doc):
    endpoint: str
    method: str
    authentication: str
    signature: Signature
    idempotency_header: str
    content_type: str
    max_body_bytes: int
    attachments: AttachmentRules
    endpoints: list[Endpoint]
    receipt_fields: list[str]
    statuses: list[str]
    answers: list[str]


class PlatformKey(_Doc):
    algorithm: str
    public_key_b64: str
    use: str


class DeadlineRule(_Doc):
    instruments: list[str] | None = Field(description="null: any instrument")
    urgencies: list[str] | None = Field(description="null: any urgency")
    deadline: str = Field(description="ISO 8601 duration from receipt")
    basis: str


class RequestTypeInfo(_Doc):
    type: str
    kind: str
    competent_authorities: list[str]
    legal_basis_required: bool
    targets_required: bool
    required_fields: list[str]
    deadlines: list[DeadlineRule] = Field(description="in order: the first matching row applies")


class FieldValues(_Doc):
    legal_instrument: list[str]
    legal_process: list[str]
    urgency: list[str]
    target_kinds: list[str]
    data_requested: list[str]


class PolicyRule(_Doc):
    rule: str
    text: str


class DataTierInfo(_Doc):
    tier: str
    fields: list[str]
    platform_policy: str = Field(description="what unlocks it under the platform's own policy")


class PublishedPolicy(_Doc):
    version: str
    digest: str
    never_disclosed: list[str]
    never: list[PolicyRule]
    data_tiers: list[DataTierInfo]
    rules: list[PolicyRule]


class CompetenceRowInfo(_Doc):
    id: str
    level: str = Field(
        description="instrument | country | default: the engine reads the first level with a "
        "row for the request type"
    )
    instruments: list[str] | None = Field(description="null: not an instrument row")
    countries: list[str] | None = Field(description="null: not a country row")
    types: list[str]
    issuers: list[str] = Field(description="the kinds of body the row makes competent")
    condition: str = Field(description="what must hold beyond the issuer's kind")
    source: str = Field(description="the legal source the row rests on")
    source_checked: bool = Field(
        description="false: the source is still to be checked against the text of the law"
    )


class EmergencyRowInfo(_Doc):
    id: str
    countries: list[str] | None = Field(description="null: not a country row")
    eu: bool
    default: bool
    fields: list[str] = Field(description="the most the law allows in an emergency")
    source: str
    source_checked: bool


class Competence(_Doc):
    description: str
    rows: list[CompetenceRowInfo]
    emergency: list[EmergencyRowInfo]


class DiscoveryDocument(_Doc):
    format: Literal["safeharbour.legal-requests"]
    version: Literal["1"]
    platform: str
    web: str
    legal_representative: Contact
    point_of_contact: PointOfContact
    languages: list[str]
    submission: Submission
    emergency: Emergency
    platform_key: PlatformKey
    request_types: list[RequestTypeInfo]
    field_values: FieldValues
    policy: PublishedPolicy
    competence: Competence | None = Field(
        default=None, description="who may issue which request, per instrument and country"
    )


@dataclass(frozen=True)
class GatewayContact:
    """Who answers for the platform: from settings (demo defaults until an operator sets them)."""

    platform_name: str
    representative_name: str
    representative_address: str
    representative_member_state: str
    email: str
    phone: str
    emergency_phone: str
    languages: tuple[str, ...]


def _deadlines(policy: Policy, request_type: RequestType) -> list[DeadlineRule]:
    rows = []
    for row in policy.doc.deadlines.rows:
        if row.type is not None and request_type not in row.type:
            continue
        rows.append(
            DeadlineRule(
                instruments=[i.value for i in row.instrument] if row.instrument else None,
                urgencies=[u.value for u in row.urgency] if row.urgency else None,
                deadline=row.deadline,
                basis=" ".join(row.basis.split()),
            )
        )
    for urgency in Urgency:
        fallback = policy.doc.deadlines.internal_sla[urgency]
        rows.append(
            DeadlineRule(
                instruments=None,
                urgencies=[urgency.value],
                deadline=fallback.deadline,
                basis=" ".join(fallback.basis.split()),
            )
        )
    return rows


def _required_fields(policy: Policy, request_type: RequestType) -> list[str]:
    spec = policy.doc.request_types[request_type]
    fields = ["type", "statement", "targets"]
    if spec.legal_basis_required and spec.kind not in (
        RequestKind.FORBIDDEN,
        RequestKind.UNRECOGNISED,
    ):
        fields.append("legal_basis")
    if spec.kind in (RequestKind.DATA, RequestKind.EMERGENCY):
        fields.append("data_requested")
    if spec.kind is RequestKind.EMERGENCY:
        fields.append("threat_to_life")
    return fields


def _competence(policy: Policy) -> Competence:
    table = policy.competence
    return Competence(
        description="Competence follows the law, not the kind of body: a request is looked up "
        "by the instrument that binds the platform, then the requesting country, then the "
        "platform's default row. An issuer no row lists is not refused: the request waits "
        "and the answer names the provision to send.",
        rows=[
            CompetenceRowInfo(
                id=row.id,
                level=row.level,
                instruments=[i.value for i in row.instruments] if row.instruments else None,
                countries=list(row.countries) if row.countries else None,
                types=[t.value for t in row.types],
                issuers=[k.value for k in row.issuers],
                condition=row.condition.value,
                source=" ".join(row.source.split()),
                source_checked=not row.verify,
            )
            for row in table.competence
        ],
        emergency=[
            EmergencyRowInfo(
                id=row.id,
                countries=list(row.countries) if row.countries else None,
                eu=row.eu,
                default=row.default,
                fields=[f.value for f in row.fields],
                source=" ".join(row.source.split()),
                source_checked=not row.verify,
            )
            for row in table.emergency
        ],
    )


def discovery_json_schema() -> dict[str, Any]:
    """The JSON Schema of the document (published as docs/authority-gateway.schema.json)."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://safeharbour.example/schemas/{DISCOVERY_FORMAT}/{DISCOVERY_VERSION}",
        **DiscoveryDocument.model_json_schema(),
    }


def build_discovery_document(
    policy: Policy,
    *,
    contact: GatewayContact,
    base_url: str,
    public_key_b64: str,
    max_body_bytes: int,
    attachment_limits: AttachmentLimits,
) -> DiscoveryDocument:
    base = base_url.rstrip("/")
    requests_url = f"{base}/api/v1/legal/requests"
    rules = {rule.id: rule for rule in policy.rules}
    tiers = policy.doc.data.tiers
    return DiscoveryDocument(
        format=DISCOVERY_FORMAT,
        version=DISCOVERY_VERSION,
        platform=contact.platform_name,
        web=f"{base}/for-authorities",
        legal_representative=Contact(
            name=contact.representative_name,
            email=contact.email,
            phone=contact.phone,
            postal_address=contact.representative_address,
            member_state=contact.representative_member_state,
        ),
        point_of_contact=PointOfContact(
            email=contact.email,
            phone=contact.phone,
            hours="24/7, including public holidays",
            web=f"{base}/for-authorities",
        ),
        languages=list(contact.languages),
        submission=Submission(
            endpoint=requests_url,
            method="POST",
            authentication="Authorization: Bearer <API key issued to the agency at onboarding>",
            signature=Signature(
                header="Signature-Ed25519",
                algorithm="Ed25519",
                signed="the raw request body, exactly the bytes sent; the header carries the "
                "base64 of the 64-byte signature",
                required_when="the agency registered an Ed25519 public key at onboarding",
                missing_or_bad="401, naming the Signature-Ed25519 header; nothing is stored",
            ),
            idempotency_header="Idempotency-Key",
            content_type="application/json",
            max_body_bytes=max_body_bytes,
            attachments=AttachmentRules(
                max_count=attachment_limits.max_count,
                max_bytes=attachment_limits.max_bytes,
                content_types=list(ACCEPTED_TYPES),
            ),
            endpoints=[
                Endpoint(method="POST", url=requests_url, description="submit a request"),
                Endpoint(
                    method="GET",
                    url=f"{requests_url}/{{id}}",
                    description="the request's timeline and answer (the sending agency only)",
                ),
                Endpoint(
                    method="POST",
                    url=f"{requests_url}/{{id}}/supplements",
                    description="add information; restarts the clock after need_more_info",
                ),
                Endpoint(
                    method="GET",
                    url=f"{requests_url}/{{id}}/status?token={{token}}",
                    description="the status URL of the receipt: states and times only",
                ),
            ],
            receipt_fields=["id", "received_at", "deadline", "status", "status_url"],
            statuses=["received", "held", "acknowledged", "under_assessment", "answered"],
            answers=["complied", "partially_complied", "refused", "need_more_info"],
        ),
        emergency=Emergency(
            description="an imminent threat to life or of serious injury",
            phone=contact.emergency_phone,
            endpoint=requests_url,
            how='submit type "emergency_disclosure" with "urgency": "emergency" and '
            '"threat_to_life": true; the clock is one hour',
            verification="nothing is disclosed before a legal officer has called the agency back "
            "on the number held in its onboarding record (never a number given in the request)",
        ),
        platform_key=PlatformKey(
            algorithm="Ed25519",
            public_key_b64=public_key_b64,
            use="verifies the platform's signatures on answers and disclosure packages; "
            "identifies the platform in signed exchanges",
        ),
        request_types=[
            RequestTypeInfo(
                type=t.value,
                kind=policy.doc.request_types[t].kind.value,
                competent_authorities=[k.value for k in policy.default_competent(t)],
                legal_basis_required=policy.doc.request_types[t].legal_basis_required,
                targets_required=t not in TARGETLESS_TYPES,
                required_fields=_required_fields(policy, t),
                deadlines=_deadlines(policy, t),
            )
            for t in RequestType
        ],
        field_values=FieldValues(
            legal_instrument=[i.value for i in LegalInstrument],
            legal_process=[p.value for p in LegalProcess],
            urgency=[u.value for u in Urgency],
            target_kinds=[k.value for k in TargetKind],
            data_requested=[d.value for d in DataField],
        ),
        policy=PublishedPolicy(
            version=policy.version,
            digest=policy.digest,
            never_disclosed=[f.value for f in tiers[DataTier.NEVER]],
            never=[PolicyRule(rule=r.value, text=rules[r].sentence) for r in NEVER_RULES],
            data_tiers=[
                DataTierInfo(
                    tier=tier.value,
                    fields=[f.value for f in fields],
                    platform_policy=policy.doc.data.platform_policy[tier].describe()
                    if tier in policy.doc.data.platform_policy
                    else "never",
                )
                for tier, fields in tiers.items()
            ],
            rules=[PolicyRule(rule=r.id.value, text=r.sentence) for r in policy.rules],
        ),
        competence=_competence(policy),
    )


__all__ = [
    "DISCOVERY_FORMAT",
    "DISCOVERY_VERSION",
    "DiscoveryDocument",
    "GatewayContact",
    "build_discovery_document",
    "discovery_json_schema",
]
