"""Input and output of the legal assessment engine (Pydantic v2).

The input is the gateway's request body plus the facts the platform derives about the targets;
the output is the engine's *proposal*. Both shapes are a contract other tools drive exactly as
written (`safeharbour legal assess FILE.json --json`): the keys listed in the issue never change
name or meaning. Keys after them (`missing`, `user_notification`, `jurisdiction`, ...) are
additive and may grow.

Validation is strict where a lax reading could change a legal outcome: booleans must be JSON
booleans (`"false"` is not false), counts must be integers, a country must be an upper-case ISO
3166-1 alpha-2 code (or `XK`), an unknown label or field is an error naming the field, never
ignored. `reference` and `attachments` are the only fields accepted and ignored: the gateway
sends them and they carry nothing the engine judges. Absent optional fields default as in the
gateway issue; an explicit `null` for a boolean or a list means the same as absent.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from safeharbour.kit.countries import is_country
from safeharbour.kit.errors import FieldError, InvalidInput
from safeharbour.kit.labels import Label
from safeharbour.kit.values import check_day
from safeharbour.legal.assessment.taxonomy import Keyword, StatementCategory


class RequestType(StrEnum):
    REMOVAL_ORDER = "removal_order"
    INFORMATION_ORDER = "information_order"
    PRESERVATION = "preservation"
    PRODUCTION_ORDER = "production_order"
    EMERGENCY_DISCLOSURE = "emergency_disclosure"
    ENCRYPTION_KEY = "encryption_key"
    BLOCK_CHANNEL = "block_channel"
    ACCOUNT_SUSPENSION = "account_suspension"
    OTHER = "other"


class AuthorityKind(StrEnum):
    COURT = "court"
    PROSECUTOR = "prosecutor"
    POLICE = "police"
    REGULATOR = "regulator"
    MINISTRY = "ministry"
    INTELLIGENCE = "intelligence"
    OTHER = "other"


class LegalInstrument(StrEnum):
    DSA_ART9 = "dsa_art9"
    DSA_ART10 = "dsa_art10"
    TCO = "tco"
    EPOC = "epoc"
    EPOC_PR = "epoc_pr"
    US_SCA = "us_sca"
    MLAT = "mlat"
    NATIONAL = "national"
    OTHER = "other"


class LegalProcess(StrEnum):
    NONE = "none"
    SUBPOENA = "subpoena"
    PROSECUTOR_ORDER = "prosecutor_order"
    COURT_ORDER = "court_order"
    WARRANT = "warrant"


class Urgency(StrEnum):
    NORMAL = "normal"
    URGENT = "urgent"
    EMERGENCY = "emergency"


class TargetKind(StrEnum):
    POST = "post"
    CHANNEL = "channel"
    GROUP = "group"
    ACCOUNT = "account"


CONTAINER_KINDS: frozenset[TargetKind] = frozenset(
    {TargetKind.CHANNEL, TargetKind.GROUP, TargetKind.ACCOUNT}
)
"""Targets that hold items: acting on one acts on everything in it (proportionality)."""

AUDIENCE_KINDS: frozenset[TargetKind] = frozenset({TargetKind.CHANNEL, TargetKind.GROUP})
"""Targets whose `subscribers` is an audience size."""


class DataField(StrEnum):
    SUBSCRIBER_INFO = "subscriber_info"
    IP_ADDRESSES = "ip_addresses"
    PHONE_NUMBER = "phone_number"
    MESSAGE_CONTENT = "message_content"
    CONTACTS = "contacts"
    LOCATION = "location"
    ENCRYPTION_KEYS = "encryption_keys"


class Disposition(StrEnum):
    """The engine's proposal. People with the legal role decide; see `GatewayAnswer`."""

    COMPLY = "comply"
    GEO_RESTRICT = "geo_restrict"
    PARTIAL = "partial"
    HUMAN_RIGHTS_REVIEW = "human_rights_review"
    NEED_MORE_INFO = "need_more_info"
    REFUSE = "refuse"


class GatewayAnswer(StrEnum):
    """The final answers the gateway sends an authority."""

    COMPLIED = "complied"
    PARTIALLY_COMPLIED = "partially_complied"
    REFUSED = "refused"
    NEED_MORE_INFO = "need_more_info"


DISPOSITION_ANSWERS: dict[Disposition, GatewayAnswer | None] = {
    Disposition.COMPLY: GatewayAnswer.COMPLIED,
    Disposition.GEO_RESTRICT: GatewayAnswer.COMPLIED,
    Disposition.PARTIAL: GatewayAnswer.PARTIALLY_COMPLIED,
    Disposition.REFUSE: GatewayAnswer.REFUSED,
    Disposition.NEED_MORE_INFO: GatewayAnswer.NEED_MORE_INFO,
    # A state, not an answer: the review ends in one of the answers above.
    Disposition.HUMAN_RIGHTS_REVIEW: None,
}


class Scope(StrEnum):
    GLOBAL = "global"
    REQUESTING_COUNTRY = "requesting_country"
    NONE = "none"


class TargetAction(StrEnum):
    REMOVE = "remove"
    RESTRICT = "restrict"
    BAN = "ban"
    SUSPEND = "suspend"
    NONE = "none"


class RuleOfLaw(StrEnum):
    """The policy's reading of a country's rule of law; `unknown` gets the caution of `weak`."""

    STRONG = "strong"
    WEAK = "weak"
    UNKNOWN = "unknown"


class ApprovalStage(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class NotificationTiming(StrEnum):
    ON_EFFECT = "on_effect"
    AFTER_GAG = "after_gag"
    NOT_APPLICABLE = "not_applicable"


# ---------------------------------------------------------------------------------------------
# Input


_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _none_to(default: Any) -> BeforeValidator:
    """An explicit JSON null means "absent": the field's default."""

    def convert(value: Any) -> Any:
        return (default() if callable(default) else default) if value is None else value

    return BeforeValidator(convert)


def iso_date(value: Any) -> Any:
    """A `YYYY-MM-DD` calendar date (or None) within the years `kit/values.py` allows (9999-12-31
    plus a legal period would overflow); shared by the engine's and the gateway's bodies."""
    if value is None:
        return value
    if isinstance(value, str) and not _DATE_RE.fullmatch(value):
        raise ValueError("must be a date written YYYY-MM-DD")
    return check_day(value)


def dedupe(values: list[Any]) -> list[Any]:
    """The values in first-seen order, each once."""
    return list(dict.fromkeys(values))


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=False)


class Authority(_Input):
    name: StrictStr | None = None
    country: StrictStr
    kind: AuthorityKind
    verified: Annotated[StrictBool, _none_to(False)] = False
    # The agency record's designation as a competent authority under TCO Art. 12, with the
    # reference of the Commission's register entry; null when the agency is not designated.
    tco_designation: Annotated[StrictStr, Field(min_length=1)] | None = None

    @field_validator("country")
    @classmethod
    def _country(cls, value: str) -> str:
        if not is_country(value):
            hint = (
                f" (ISO codes are upper case: {value.upper()!r})"
                if is_country(value.upper())
                else ""
            )
            raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code{hint}")
        return value


class Target(_Input):
    kind: TargetKind
    id: Annotated[StrictStr, Field(min_length=1)]
    subscribers: Annotated[StrictInt, Field(ge=0)] | None = None
    labels: Annotated[list[Label], _none_to(list)] = Field(default_factory=list)
    violates_terms: StrictBool | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value

    @field_validator("labels")
    @classmethod
    def _labels(cls, value: list[Label]) -> list[Label]:
        return dedupe(value)


class AssessmentRequest(_Input):
    """One authority request as the engine sees it. See the module docstring for strictness."""

    type: RequestType
    authority: Authority
    legal_instrument: Annotated[LegalInstrument, _none_to(LegalInstrument.NATIONAL)] = (
        LegalInstrument.NATIONAL
    )
    legal_process: LegalProcess | None = Field(
        default=None,
        description="Defaults to court_order when judicial_authorisation, else none.",
    )
    legal_basis: StrictStr | None = None
    offence_category: StatementCategory | None = None
    offence_keywords: Annotated[list[Keyword], _none_to(list)] = Field(default_factory=list)
    judicial_authorisation: Annotated[StrictBool, _none_to(False)] = False
    urgency: Annotated[Urgency, _none_to(Urgency.NORMAL)] = Urgency.NORMAL
    threat_to_life: Annotated[StrictBool, _none_to(False)] = False
    gag_order: Annotated[StrictBool, _none_to(False)] = False
    gag_order_until: Annotated[dt.date | None, BeforeValidator(iso_date)] = None
    statement: Annotated[StrictStr, _none_to("")] = ""
    # Why data beyond the emergency minimum is needed to avert the threat (the requester's own
    # words); where the rule of law is weak or unknown nothing beyond the minimum without it.
    emergency_necessity: StrictStr | None = None
    targets: list[Target]
    data_requested: Annotated[list[DataField], _none_to(list)] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _drop_ignored(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in IGNORED_FIELDS}
        return data

    @field_validator("legal_basis", "emergency_necessity")
    @classmethod
    def _basis(cls, value: str | None) -> str | None:
        # A blank legal basis is no legal basis: R-LEGAL-BASIS asks for one.
        return value.strip() or None if value is not None else None

    @field_validator("offence_keywords", "data_requested")
    @classmethod
    def _unique(cls, value: list[Any]) -> list[Any]:
        return dedupe(value)

    @model_validator(mode="after")
    def _process_default(self) -> AssessmentRequest:
        if self.legal_process is None:
            self.legal_process = (
                LegalProcess.COURT_ORDER if self.judicial_authorisation else LegalProcess.NONE
            )
        return self

    @property
    def process(self) -> LegalProcess:
        """The legal process, with the default applied (never None after validation)."""
        return self.legal_process or LegalProcess.NONE


IGNORED_FIELDS: frozenset[str] = frozenset({"reference", "attachments"})
"""Gateway fields the engine accepts and ignores (they carry nothing it judges)."""

TARGETLESS_TYPES: frozenset[RequestType] = frozenset(
    {RequestType.ENCRYPTION_KEY, RequestType.OTHER}
)
"""The only request types that may come without targets."""


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "request"


def _message(error: Any) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "unknown field"
    if kind in {"enum", "literal_error"}:
        expected = error.get("ctx", {}).get("expected", "")
        return f"{error.get('input')!r} is not one of {expected}"
    message = str(error.get("msg", "is invalid"))
    return message.removeprefix("Value error, ")


def parse_request(data: object) -> AssessmentRequest:
    """Validate a decoded JSON body into an `AssessmentRequest`.

    Raises `InvalidInput` whose `errors` name every bad field by its dotted path
    (`targets.0.labels.1`, `authority.country`), so the CLI can print one line per field.
    """
    if not isinstance(data, dict):
        raise InvalidInput("the request must be a JSON object", field="request")
    try:
        request = AssessmentRequest.model_validate(data)
    except ValidationError as exc:
        errors = [FieldError(_field_path(e["loc"]), _message(e)) for e in exc.errors()]
        raise InvalidInput(errors[0].message, errors=errors) from None
    _check_consistency(request)
    return request


def _check_consistency(request: AssessmentRequest) -> None:
    if not request.targets and request.type not in TARGETLESS_TYPES:
        raise InvalidInput(f"a {request.type} request needs at least one target", field="targets")
    seen: dict[tuple[TargetKind, str], int] = {}
    for index, target in enumerate(request.targets):
        key = (target.kind, target.id)
        if key in seen:
            raise InvalidInput(
                f"duplicates targets.{seen[key]} ({target.kind} {target.id!r})",
                field=f"targets.{index}.id",
            )
        seen[key] = index
    if request.gag_order_until is not None and not request.gag_order:
        raise InvalidInput(
            "a gag order end date is given but gag_order is false", field="gag_order_until"
        )


# ---------------------------------------------------------------------------------------------
# Output


class _Output(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Missing(_Output):
    """One thing the authority must supply (or the gateway must establish) before acting."""

    field: str
    need: str
    why: str = Field(default="", description="Why the instrument or the law makes it a condition.")


class TargetReason(_Output):
    """How one rule applied to one target, and the policy data rows it read."""

    rule: str
    details: list[str] = Field(default_factory=list)
    rows: list[str] = Field(
        default_factory=list,
        description="Policy data rows read: competence and emergency row ids, tiers, the "
        "jurisdiction row, the deadline row.",
    )


class TargetOutcome(_Output):
    kind: TargetKind
    id: str
    action: TargetAction
    scope: Scope
    rules: list[str] = Field(description="Ids of the rules that decided this target, in order.")
    disclose: list[DataField] = Field(
        default_factory=list, description="Data proposed for disclosure about this target."
    )
    # additive: this target's own answer
    disposition: Disposition = Field(description="The proposal for this target alone.")
    proposed_answer: GatewayAnswer | None = None
    missing: list[Missing] = Field(default_factory=list)
    acted_under_terms: TargetAction = Field(
        default=TargetAction.NONE,
        description="The action taken under the platform's terms (filed as a notice) while the "
        "order itself is answered as it deserves; `none` when not.",
    )
    reasons: list[TargetReason] = Field(default_factory=list)


class Reason(_Output):
    rule: str
    text: str = Field(description="The rule's sentence, as in the policy.")
    details: list[str] = Field(
        default_factory=list, description="How the rule applied to this request."
    )


class Approval(_Output):
    role: str
    distinct_people: int
    stage: ApprovalStage = ApprovalStage.BEFORE


class UserNotification(_Output):
    notify: bool
    when: NotificationTiming
    not_before: dt.date | None = None
    gag_review_every: str | None = None


class JurisdictionView(_Output):
    """The jurisdiction facts the proposal used, logged for audit (score and year)."""

    country: str
    name: str | None
    rule_of_law: RuleOfLaw
    score: float | None
    year: int | None
    eu: bool
    eea: bool


class InstrumentView(_Output):
    claimed: LegalInstrument
    effective: LegalInstrument
    binding: bool


class CompetenceView(_Output):
    """Which level of the competence table decided, and the rows it read."""

    level: str
    rows: list[str]
    competent: bool
    verify: bool = Field(description="A row read is marked [verify] in the table.")


class Assessment(_Output):
    """The engine's proposal for one request.

    The first twelve fields are the CLI contract. A later final decision references this
    proposal by `proposal_digest` (SHA-256 of the canonical JSON of the request as validated and
    of every other field here) and the policy by `policy_version` and `policy_digest`; the
    decision records whether the people with the legal role followed or overrode it.
    """

    disposition: Disposition
    scope: Scope
    targets: list[TargetOutcome]
    disclose: list[DataField]
    reasons: list[Reason]
    approvals_required: list[Approval]
    auto_executable: bool
    deadline: str = Field(description="ISO 8601 duration from receipt; never null.")
    deadline_basis: str
    policy_version: str
    # additive
    proposed_answer: GatewayAnswer | None
    missing: list[Missing]
    file_as_notice: bool
    user_notification: UserNotification
    jurisdiction: JurisdictionView
    instrument: InstrumentView
    policy_digest: str
    competence: CompetenceView | None = None
    review_after: bool = Field(
        default=False,
        description="An emergency disclosure where the rule of law is weak or unknown: released "
        "now, reviewed for human rights after the fact (counted in the report).",
    )
    proposal_digest: str


__all__ = [
    "AUDIENCE_KINDS",
    "CONTAINER_KINDS",
    "DISPOSITION_ANSWERS",
    "IGNORED_FIELDS",
    "TARGETLESS_TYPES",
    "Approval",
    "ApprovalStage",
    "Assessment",
    "AssessmentRequest",
    "Authority",
    "AuthorityKind",
    "CompetenceView",
    "DataField",
    "Disposition",
    "GatewayAnswer",
    "InstrumentView",
    "JurisdictionView",
    "LegalInstrument",
    "LegalProcess",
    "Missing",
    "NotificationTiming",
    "Reason",
    "RequestType",
    "RuleOfLaw",
    "Scope",
    "Target",
    "TargetAction",
    "TargetKind",
    "TargetOutcome",
    "TargetReason",
    "Urgency",
    "UserNotification",
    "parse_request",
]
