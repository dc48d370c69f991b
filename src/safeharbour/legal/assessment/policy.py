"""The assessment policy: loaded from YAML + CSV, validated, turned into typed objects.

Contract:
* `load_policy(path)` reads `policy.yaml` and the jurisdiction table it names (relative to the
  YAML file), validates both completely and returns a frozen `Policy`, or raises `PolicyError`
  naming the file, the path inside it (`rules[3].params.bulk_max_targets`, `row 12, column
  rule_of_law`) and what is wrong. A policy that loads is complete: every request type,
  instrument, data field, urgency and rule the engine knows has an entry, and nothing else does.
* `default_policy()` is the packaged policy, loaded once per process (start-up cost, then free).
* The set of rule ids in the YAML must equal `RuleId`, the set the engine implements (the engine
  checks its side at import). A rule added to one place and not the other is a load error, so a
  policy can never silently carry a rule nobody evaluates, nor the engine a rule nobody can read.
* `Policy.digest` is the SHA-256 of the YAML bytes and the CSV bytes, so an edit that forgot to
  bump `version` is still visible in every assessment made under it.

Why YAML with duplicate-key detection: PyYAML keeps the last of two equal keys silently, which
would let a reviewer read one threshold while the engine uses another.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from safeharbour.authz.roles import Role
from safeharbour.kit.countries import country_name, is_country
from safeharbour.kit.labels import HARM_LABELS, Label
from safeharbour.legal.assessment.schemas import (
    AuthorityKind,
    DataField,
    Disposition,
    LegalInstrument,
    LegalProcess,
    RequestType,
    RuleOfLaw,
    TargetKind,
    Urgency,
)
from safeharbour.legal.assessment.taxonomy import StatementCategory

POLICY_DIR = Path(__file__).with_name("policy")
DEFAULT_POLICY_PATH = POLICY_DIR / "policy.yaml"


class RuleId(StrEnum):
    """Every rule the engine implements. Ids are stable: never reuse or rename one."""

    KEYS_NEVER = "R-KEYS-NEVER"
    INTERCEPTION_NEVER = "R-INTERCEPTION-NEVER"
    E2E_CONTENT_IMPOSSIBLE = "R-E2E-CONTENT-IMPOSSIBLE"
    UNVERIFIED = "R-UNVERIFIED"
    UNVERIFIED_AS_NOTICE = "R-UNVERIFIED-AS-NOTICE"
    INSTRUMENT_SCOPE = "R-INSTRUMENT-SCOPE"
    ROL_UNKNOWN = "R-ROL-UNKNOWN"
    TYPE_UNRECOGNISED = "R-TYPE-UNRECOGNISED"
    AUTHORITY_COMPETENT = "R-AUTHORITY-COMPETENT"
    LEGAL_BASIS = "R-LEGAL-BASIS"
    TARGETS_SPECIFIC = "R-TARGETS-SPECIFIC"
    TERMS_GLOBAL = "R-TERMS-GLOBAL"
    TERMS_FIRST = "R-TERMS-FIRST"
    PROPORTIONALITY = "R-PROPORTIONALITY"
    PROTECTED_CHANNEL_ITEMS = "R-PROTECTED-CHANNEL-ITEMS"
    PROTECTED_EXPRESSION = "R-PROTECTED-EXPRESSION"
    LOCAL_LAW_GEO = "R-LOCAL-LAW-GEO"
    LOCAL_LAW_REVIEW = "R-LOCAL-LAW-REVIEW"
    DATA_TIERS = "R-DATA-TIERS"
    DATA_INSTRUMENT = "R-DATA-INSTRUMENT"
    DATA_WEAK_ROL = "R-DATA-WEAK-ROL"
    EMERGENCY = "R-EMERGENCY"
    PRESERVATION = "R-PRESERVATION"
    USER_NOTICE = "R-USER-NOTICE"
    AUTO_EXECUTE = "R-AUTO-EXECUTE"


class RequestKind(StrEnum):
    """What the engine does with a request type."""

    CONTENT = "content"  # act on content: remove, restrict, ban, suspend
    DATA = "data"  # disclose user data
    PRESERVATION = "preservation"  # freeze data, disclose nothing
    EMERGENCY = "emergency"  # emergency disclosure of minimal data
    FORBIDDEN = "forbidden"  # always refused
    UNRECOGNISED = "unrecognised"  # cannot be assessed as it stands


class DataTier(StrEnum):
    SUBSCRIBER = "subscriber"
    IDENTIFICATION = "identification"
    TRAFFIC = "traffic"
    CONTENT = "content"
    NEVER = "never"


class PolicyError(Exception):
    """The policy files are broken. Names the file and the path of the bad entry."""

    def __init__(self, file: Path | str, path: str, message: str) -> None:
        self.file = str(file)
        self.path = path
        self.message = message
        super().__init__(f"{self.file}: {path}: {message}" if path else f"{self.file}: {message}")


# ---------------------------------------------------------------------------------------------
# YAML document models (strict: an unknown key is a typo, and a typo is an error)


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


_DURATION_RE = re.compile(r"P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?")


def _duration(value: str) -> str:
    if not _DURATION_RE.fullmatch(value):
        raise ValueError(f"{value!r} is not an ISO 8601 duration such as PT1H or P10D")
    return value


class JurisdictionsDoc(_Doc):
    file: str
    source: str = Field(min_length=1)
    licence: str = Field(min_length=1)


class RuleOfLawDoc(_Doc):
    strong_min_score: float = Field(ge=-3, le=3)
    eu_eea_strong_min_score: float = Field(ge=-3, le=3)


class PlatformDoc(_Doc):
    end_to_end_private_chats: bool


class LabelsDoc(_Doc):
    global_terms: list[Label]

    @field_validator("global_terms")
    @classmethod
    def _harm_only(cls, value: list[Label]) -> list[Label]:
        protected = [label.value for label in value if label not in HARM_LABELS]
        if protected:
            raise ValueError(f"protected labels can never break the terms: {protected}")
        return value


class OffencesDoc(_Doc):
    not_an_offence: list[StatementCategory]


class RequestTypeDoc(_Doc):
    kind: RequestKind
    legal_basis_required: bool


class CompetenceCondition(StrEnum):
    """What must hold, beyond the issuer's kind, for a competence row to make it competent."""

    NONE = "none"
    ISSUER_NAMED = (
        "issuer_named"  # DSA Art. 9(2)(a)(iii) / 10(2)(a)(ii): the order names its issuer
    )
    TCO_DESIGNATED = "tco_designated"  # TCO Art. 12: on the Commission's register
    JUDGE_OR_PROSECUTOR = "judge_or_prosecutor"  # e-Evidence Art. 4: issued or validated by one
    JUDICIAL = "judicial"  # a court's order


class CompetenceRowDoc(_Doc):
    """One row of the competence table: who may issue which request types, and under what law."""

    id: str = Field(pattern=r"^C-[A-Z0-9]+(-[A-Z0-9]+)*$")
    instruments: list[LegalInstrument] | None = None
    countries: list[str] | None = None
    default: bool = False
    types: list[RequestType] = Field(min_length=1)
    issuers: list[AuthorityKind]
    condition: CompetenceCondition = CompetenceCondition.NONE
    source: str = Field(min_length=10)
    verify: bool

    @field_validator("countries")
    @classmethod
    def _countries(cls, value: list[str] | None) -> list[str] | None:
        for token in value or []:
            if not is_country(token):
                raise ValueError(f"{token!r} is not a country code")
        return value

    @field_validator("issuers")
    @classmethod
    def _no_intelligence(cls, value: list[AuthorityKind]) -> list[AuthorityKind]:
        if AuthorityKind.INTELLIGENCE in value:
            raise ValueError("intelligence services are competent for nothing (platform policy)")
        return value

    @property
    def level(self) -> str:
        return "instrument" if self.instruments else "country" if self.countries else "default"


class EmergencyRowDoc(_Doc):
    """What the law lets a requester receive in an emergency, without ordinary process."""

    id: str = Field(pattern=r"^E-[A-Z0-9]+(-[A-Z0-9]+)*$")
    countries: list[str] | None = None
    eu: bool = False
    default: bool = False
    fields: list[DataField] = Field(min_length=1)
    source: str = Field(min_length=10)
    verify: bool

    @field_validator("fields")
    @classmethod
    def _never_keys(cls, value: list[DataField]) -> list[DataField]:
        if DataField.ENCRYPTION_KEYS in value:
            raise ValueError("encryption_keys can never be disclosed, not even in an emergency")
        return value

    @field_validator("countries")
    @classmethod
    def _countries(cls, value: list[str] | None) -> list[str] | None:
        for token in value or []:
            if not is_country(token):
                raise ValueError(f"{token!r} is not a country code")
        return value


class CompetenceDoc(_Doc):
    competence: list[CompetenceRowDoc] = Field(min_length=1)
    emergency: list[EmergencyRowDoc] = Field(min_length=1)


class CompetenceFileDoc(_Doc):
    file: str


class TierRequirement(_Doc):
    """What unlocks one data tier: an allowed process, and possibly a judge and an offence."""

    processes: list[LegalProcess] = Field(min_length=1)
    judicial_authorisation: bool = False
    criminal_offence: bool = False

    @field_validator("processes")
    @classmethod
    def _no_none(cls, value: list[LegalProcess]) -> list[LegalProcess]:
        if LegalProcess.NONE in value:
            raise ValueError("'none' is no legal process and unlocks no data")
        return value

    def describe(self) -> str:
        text = " or ".join(p.value.replace("_", " ") for p in self.processes)
        if self.judicial_authorisation:
            text += ", issued or validated by a judge"
        if self.criminal_offence:
            text += ", for a named criminal offence"
        return text


class DataDoc(_Doc):
    tiers: dict[DataTier, list[DataField]]
    judicial_processes: list[LegalProcess]
    platform_policy: dict[DataTier, TierRequirement]


class InstrumentDoc(_Doc):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    title: str = Field(min_length=1)
    binding_in: list[str]
    except_: list[str] = Field(default_factory=list, alias="except")
    data_tiers: dict[DataTier, TierRequirement] | None = None

    @field_validator("binding_in")
    @classmethod
    def _tokens(cls, value: list[str]) -> list[str]:
        for token in value:
            if token not in {"eu", "eea", "any"} and not is_country(token):
                raise ValueError(f"{token!r} is neither eu, eea, any nor a country code")
        return value

    @field_validator("except_")
    @classmethod
    def _countries(cls, value: list[str]) -> list[str]:
        for token in value:
            if not is_country(token):
                raise ValueError(f"{token!r} is not a country code")
        return value


class DeadlineRowDoc(_Doc):
    type: list[RequestType] | None = None
    instrument: list[LegalInstrument] | None = None
    urgency: list[Urgency] | None = None
    deadline: str
    basis: str = Field(min_length=1)

    @field_validator("deadline")
    @classmethod
    def _check_deadline(cls, value: str) -> str:
        return _duration(value)


class DeadlineFallbackDoc(_Doc):
    deadline: str
    basis: str = Field(min_length=1)

    @field_validator("deadline")
    @classmethod
    def _check_deadline(cls, value: str) -> str:
        return _duration(value)


class DeadlinesDoc(_Doc):
    rows: list[DeadlineRowDoc]
    internal_sla: dict[Urgency, DeadlineFallbackDoc]


class ApprovalDoc(_Doc):
    role: Role
    distinct_people: int = Field(ge=1, le=10)


class ApprovalsDoc(_Doc):
    by_disposition: dict[Disposition, list[ApprovalDoc]]
    disclosure: list[ApprovalDoc]
    heavy_action: list[ApprovalDoc]
    large_audience: list[ApprovalDoc]
    auto_executed: list[ApprovalDoc] = Field(min_length=1)
    # An emergency disclosure where the rule of law is weak or unknown: a human-rights review
    # after the fact (the disclosure itself could not wait).
    emergency_after: list[ApprovalDoc] = Field(min_length=1)


class RuleDoc(_Doc):
    id: str = Field(pattern=r"^R-[A-Z0-9]+(-[A-Z0-9]+)*$")
    sentence: str = Field(min_length=10)
    params: dict[str, Any] = Field(default_factory=dict)


class PolicyDoc(_Doc):
    version: str = Field(min_length=1)
    jurisdictions: JurisdictionsDoc
    competence: CompetenceFileDoc
    rule_of_law: RuleOfLawDoc
    platform: PlatformDoc
    labels: LabelsDoc
    offences: OffencesDoc
    request_types: dict[RequestType, RequestTypeDoc]
    data: DataDoc
    instruments: dict[LegalInstrument, InstrumentDoc]
    deadlines: DeadlinesDoc
    approvals: ApprovalsDoc
    rules: list[RuleDoc] = Field(min_length=1)


# Typed parameters of the rules that have some; a rule not listed takes none.


class MarkersParams(_Doc):
    statement_markers: list[str] = Field(min_length=1)

    @field_validator("statement_markers")
    @classmethod
    def _non_blank(cls, value: list[str]) -> list[str]:
        if any(not marker.strip() for marker in value):
            raise ValueError("markers must not be blank")
        return [marker.strip().lower() for marker in value]


class KeysParams(MarkersParams):
    pass


class InterceptionParams(MarkersParams):
    bulk_max_targets: int = Field(ge=1)
    # Phrases that make a data request untargeted as a whole ("all users"): the whole request
    # is refused, not only a part of it.
    untargeted_markers: list[str] = Field(min_length=1)

    @field_validator("untargeted_markers")
    @classmethod
    def _untargeted(cls, value: list[str]) -> list[str]:
        if any(not marker.strip() for marker in value):
            raise ValueError("markers must not be blank")
        return [marker.strip().lower() for marker in value]


class TargetsParams(_Doc):
    vague_id_pattern: str

    @field_validator("vague_id_pattern")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class ProportionalityParams(_Doc):
    large_audience_subscribers: int = Field(ge=1)


class EmergencyParams(_Doc):
    allowed_fields: list[DataField] = Field(min_length=1)
    weak_rol_minimum: list[DataField] = Field(min_length=1)

    @field_validator("allowed_fields")
    @classmethod
    def _never_keys(cls, value: list[DataField]) -> list[DataField]:
        if DataField.ENCRYPTION_KEYS in value:
            raise ValueError("encryption_keys can never be disclosed, not even in an emergency")
        return value

    @field_validator("weak_rol_minimum")
    @classmethod
    def _minimum_never_keys(cls, value: list[DataField]) -> list[DataField]:
        if DataField.ENCRYPTION_KEYS in value:
            raise ValueError("encryption_keys can never be disclosed, not even in an emergency")
        return value


class ProtectedParams(_Doc):
    # Protected labels whose removal on a non-judicial order where the rule of law is weak or
    # unknown is refused outright; every other collision goes to a human-rights review.
    absolute_labels: list[Label] = Field(min_length=1)

    @field_validator("absolute_labels")
    @classmethod
    def _protected_only(cls, value: list[Label]) -> list[Label]:
        harm = [label.value for label in value if label in HARM_LABELS]
        if harm:
            raise ValueError(f"only protected labels can be absolute: {harm}")
        return value


class UserNoticeParams(_Doc):
    open_gag_review_every: str

    @field_validator("open_gag_review_every")
    @classmethod
    def _check(cls, value: str) -> str:
        return _duration(value)


class AutoExecuteParams(_Doc):
    types: list[RequestType]
    instruments: list[LegalInstrument]
    target_kinds: list[TargetKind]


class NoParams(_Doc):
    pass


RULE_PARAMS: dict[RuleId, type[_Doc]] = {
    RuleId.KEYS_NEVER: KeysParams,
    RuleId.INTERCEPTION_NEVER: InterceptionParams,
    RuleId.TARGETS_SPECIFIC: TargetsParams,
    RuleId.PROPORTIONALITY: ProportionalityParams,
    RuleId.EMERGENCY: EmergencyParams,
    RuleId.PROTECTED_EXPRESSION: ProtectedParams,
    RuleId.USER_NOTICE: UserNoticeParams,
    RuleId.AUTO_EXECUTE: AutoExecuteParams,
}


# ---------------------------------------------------------------------------------------------
# Typed policy


@dataclass(frozen=True)
class Rule:
    id: RuleId
    sentence: str
    position: int
    params: Any


@dataclass(frozen=True)
class JurisdictionProfile:
    """What the policy knows about one country. Every valid code has one."""

    country: str
    name: str | None
    score: float | None
    year: int | None
    eu: bool
    eea: bool
    rule_of_law: RuleOfLaw


@dataclass(frozen=True)
class _Row:
    name: str
    score: float | None
    year: int | None
    eu: bool
    eea: bool


@dataclass(frozen=True)
class Policy:
    """A validated policy. Immutable; safe to share between threads and requests."""

    version: str
    digest: str
    source: Path
    doc: PolicyDoc
    rules: tuple[Rule, ...]
    table: dict[str, _Row] = field(repr=False)
    competence: CompetenceDoc = field(repr=False)

    @functools.cached_property
    def _by_id(self) -> dict[RuleId, Rule]:
        return {rule.id: rule for rule in self.rules}

    def rule(self, rule_id: RuleId) -> Rule:
        return self._by_id[rule_id]

    def params(self, rule_id: RuleId) -> Any:
        return self._by_id[rule_id].params

    def profile(self, country: str) -> JurisdictionProfile:
        """The profile of a valid country code; codes absent from the table are `unknown`."""
        row = self.table.get(country)
        if row is None:
            return JurisdictionProfile(
                country, country_name(country), None, None, False, False, RuleOfLaw.UNKNOWN
            )
        return JurisdictionProfile(
            country, row.name, row.score, row.year, row.eu, row.eea, self._tier(row)
        )

    def _tier(self, row: _Row) -> RuleOfLaw:
        if row.score is None:
            return RuleOfLaw.UNKNOWN
        thresholds = self.doc.rule_of_law
        bar = thresholds.eu_eea_strong_min_score if row.eea else thresholds.strong_min_score
        return RuleOfLaw.STRONG if row.score >= bar else RuleOfLaw.WEAK

    def competence_rows(
        self, request_type: RequestType, instrument: LegalInstrument, binding: bool, country: str
    ) -> tuple[str, list[CompetenceRowDoc]]:
        """The competence level that decides (`instrument`, `country` or `default`) and its rows
        for this request type: the binding instrument's rows first, then the requesting
        country's, then the platform's default rows (one exists for every type)."""
        rows = [r for r in self.competence.competence if request_type in r.types]
        if binding:
            found = [r for r in rows if r.instruments and instrument in r.instruments]
            if found:
                return "instrument", found
        found = [r for r in rows if r.countries and country in r.countries]
        if found:
            return "country", found
        return "default", [r for r in rows if r.default]

    def default_competent(self, request_type: RequestType) -> list[AuthorityKind]:
        """The kinds the platform's default rows accept for a type (where no law is on file)."""
        kinds: list[AuthorityKind] = []
        for row in self.competence.competence:
            if row.default and request_type in row.types:
                kinds.extend(k for k in row.issuers if k not in kinds)
        return kinds

    def emergency_row(self, profile: JurisdictionProfile) -> EmergencyRowDoc:
        """The emergency-disclosure row of law for a requester of that country."""
        rows = self.competence.emergency
        for row in rows:
            if row.countries and profile.country in row.countries:
                return row
        for row in rows:
            if row.eu and profile.eu:
                return row
        return next(row for row in rows if row.default)

    def tier_of(self, data_field: DataField) -> DataTier:
        for tier, fields in self.doc.data.tiers.items():
            if data_field in fields:
                return tier
        raise KeyError(data_field)  # impossible once loaded: every field has a tier

    def deadline_for(
        self, request_type: RequestType, instrument: LegalInstrument, urgency: Urgency
    ) -> tuple[str, str]:
        """The deadline (ISO 8601 duration) and its basis: the first matching row wins, else
        the internal SLA for the urgency. `instrument` is the one that binds (see `binds`)."""
        for row in self.doc.deadlines.rows:
            if (
                (row.type is None or request_type in row.type)
                and (row.instrument is None or instrument in row.instrument)
                and (row.urgency is None or urgency in row.urgency)
            ):
                return row.deadline, " ".join(row.basis.split())
        fallback = self.doc.deadlines.internal_sla[urgency]
        return fallback.deadline, " ".join(fallback.basis.split())

    def binds(self, instrument: LegalInstrument, profile: JurisdictionProfile) -> bool:
        """Whether `instrument` binds the platform for an authority of that country."""
        doc = self.doc.instruments[instrument]
        if profile.country in doc.except_:
            return False
        for entry in doc.binding_in:
            if (
                entry == "any"
                or (entry == "eu" and profile.eu)
                or (entry == "eea" and profile.eea)
                or entry == profile.country
            ):
                return True
        return False


# ---------------------------------------------------------------------------------------------
# Loading


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)  # type: ignore[no-untyped-call]  # stub gap
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping,
)


def _loc(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if part == "[key]":
            out += " (key)"
        elif isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _validation_error(file: Path, exc: ValidationError, prefix: str = "") -> PolicyError:
    first = exc.errors()[0]
    path = _loc(tuple(first["loc"]))
    path = f"{prefix}.{path}" if prefix and path else prefix or path
    message = str(first["msg"]).removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown key"
    more = len(exc.errors()) - 1
    return PolicyError(file, path, message + (f" (and {more} more)" if more else ""))


def load_policy(path: Path | str = DEFAULT_POLICY_PATH) -> Policy:
    """Load and validate a policy; raise `PolicyError` naming file and path on any problem."""
    path = Path(path)
    try:
        raw_bytes = path.read_bytes()
    except OSError as exc:
        raise PolicyError(path, "", f"cannot read: {exc.strerror}") from None
    try:
        raw = yaml.load(raw_bytes.decode("utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (safe loader subclass)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(path, where, f"not valid YAML: {exc.problem or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PolicyError(path, "", f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PolicyError(path, "", "must be a mapping at the top level")
    try:
        doc = PolicyDoc.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(path, exc) from None

    _check_complete(path, doc)
    rules = _load_rules(path, doc)

    table_path = (path.parent / doc.jurisdictions.file).resolve()
    try:
        table_bytes = table_path.read_bytes()
    except OSError as exc:
        raise PolicyError(
            path, "jurisdictions.file", f"cannot read {table_path}: {exc.strerror}"
        ) from None
    table = _load_table(table_path, table_bytes)

    competence_path = (path.parent / doc.competence.file).resolve()
    try:
        competence_bytes = competence_path.read_bytes()
    except OSError as exc:
        raise PolicyError(
            path, "competence.file", f"cannot read {competence_path}: {exc.strerror}"
        ) from None
    competence = _load_competence(competence_path, competence_bytes)

    digest = hashlib.sha256(raw_bytes + b"\0" + table_bytes + b"\0" + competence_bytes).hexdigest()
    return Policy(doc.version, digest, path, doc, rules, table, competence)


@functools.cache
def default_policy() -> Policy:
    """The packaged policy, loaded and validated once per process."""
    return load_policy(DEFAULT_POLICY_PATH)


def _missing_extra(expected: set[Any], got: set[Any]) -> str | None:
    missing = sorted(str(v) for v in expected - got)
    extra = sorted(str(v) for v in got - expected)
    parts = []
    if missing:
        parts.append(f"missing {missing}")
    if extra:
        parts.append(f"unexpected {extra}")
    return "; ".join(parts) or None


def _check_complete(file: Path, doc: PolicyDoc) -> None:
    checks: list[tuple[str, set[Any], set[Any]]] = [
        ("request_types", set(RequestType), set(doc.request_types)),
        ("instruments", set(LegalInstrument), set(doc.instruments)),
        ("deadlines.internal_sla", set(Urgency), set(doc.deadlines.internal_sla)),
        ("approvals.by_disposition", set(Disposition), set(doc.approvals.by_disposition)),
        ("data.tiers", set(DataTier), set(doc.data.tiers)),
        (
            "data.platform_policy",
            set(DataTier) - {DataTier.NEVER},
            set(doc.data.platform_policy),
        ),
    ]
    for name, instrument in doc.instruments.items():
        if instrument.data_tiers is not None:
            checks.append(
                (
                    f"instruments.{name}.data_tiers",
                    set(DataTier) - {DataTier.NEVER},
                    set(instrument.data_tiers),
                )
            )
    for path, expected, got in checks:
        problem = _missing_extra(expected, got)
        if problem:
            raise PolicyError(file, path, problem)

    placed: dict[DataField, DataTier] = {}
    for tier, fields in doc.data.tiers.items():
        for data_field in fields:
            if data_field in placed:
                raise PolicyError(
                    file,
                    f"data.tiers.{tier}",
                    f"{data_field} is already in tier {placed[data_field]}",
                )
            placed[data_field] = tier
    problem = _missing_extra(set(DataField), set(placed))
    if problem:
        raise PolicyError(file, "data.tiers", problem)
    if placed[DataField.ENCRYPTION_KEYS] is not DataTier.NEVER:
        raise PolicyError(file, "data.tiers.never", "encryption_keys must be in the never tier")
    forbidden = doc.request_types[RequestType.ENCRYPTION_KEY]
    if forbidden.kind is not RequestKind.FORBIDDEN:
        raise PolicyError(
            file, "request_types.encryption_key.kind", "a key demand must stay forbidden"
        )


def _load_rules(file: Path, doc: PolicyDoc) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, spec in enumerate(doc.rules):
        where = f"rules[{index}]"
        if spec.id in seen:
            raise PolicyError(file, f"{where}.id", f"duplicate rule id {spec.id}")
        seen.add(spec.id)
        try:
            rule_id = RuleId(spec.id)
        except ValueError:
            raise PolicyError(
                file, f"{where}.id", f"{spec.id} is not implemented by the engine"
            ) from None
        params_model = RULE_PARAMS.get(rule_id, NoParams)
        try:
            params = params_model.model_validate(spec.params)
        except ValidationError as exc:
            raise _validation_error(file, exc, prefix=f"{where}.params") from None
        sentence = " ".join(spec.sentence.split())
        rules.append(Rule(rule_id, sentence, index, params))
    missing = sorted(rule.value for rule in set(RuleId) - seen)
    if missing:
        raise PolicyError(file, "rules", f"rules implemented by the engine are missing: {missing}")
    return tuple(rules)


def _load_competence(file: Path, data: bytes) -> CompetenceDoc:
    try:
        raw = yaml.load(data.decode("utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506 (safe loader subclass)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise PolicyError(file, where, f"not valid YAML: {exc.problem or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise PolicyError(file, "", f"not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PolicyError(file, "", "must be a mapping at the top level")
    try:
        doc = CompetenceDoc.model_validate(raw)
    except ValidationError as exc:
        raise _validation_error(file, exc) from None
    seen: set[str] = set()
    for index, row in enumerate(doc.competence):
        where = f"competence[{index}]"
        if row.id in seen:
            raise PolicyError(file, f"{where}.id", f"duplicate row id {row.id}")
        seen.add(row.id)
        scopes = sum([bool(row.instruments), bool(row.countries), row.default])
        if scopes != 1:
            raise PolicyError(
                file, where, "a row applies to exactly one of: instruments, countries, default"
            )
    missing = sorted(
        t.value
        for t in RequestType
        if not any(row.default and t in row.types for row in doc.competence)
    )
    if missing:
        raise PolicyError(file, "competence", f"no default row for request types {missing}")
    defaults = 0
    for index, erow in enumerate(doc.emergency):
        where = f"emergency[{index}]"
        if erow.id in seen:
            raise PolicyError(file, f"{where}.id", f"duplicate row id {erow.id}")
        seen.add(erow.id)
        if sum([bool(erow.countries), erow.eu, erow.default]) != 1:
            raise PolicyError(
                file, where, "a row applies to exactly one of: countries, eu, default"
            )
        defaults += erow.default
    if defaults != 1:
        raise PolicyError(file, "emergency", "exactly one default row is needed")
    return doc


_TABLE_COLUMNS = ["iso2", "iso3", "name", "rule_of_law", "year", "eu", "eea"]


def _load_table(file: Path, data: bytes) -> dict[str, _Row]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(file, "", "not UTF-8") from None
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != _TABLE_COLUMNS:
        raise PolicyError(file, "header", f"columns must be {_TABLE_COLUMNS}")
    table: dict[str, _Row] = {}
    for line, record in enumerate(reader, start=2):

        def bad(column: str, message: str, line: int = line) -> PolicyError:
            return PolicyError(file, f"line {line}, column {column}", message)

        code = record["iso2"] or ""
        if not is_country(code):
            raise bad("iso2", f"{code!r} is not an ISO 3166-1 alpha-2 code")
        if code in table:
            raise bad("iso2", f"{code} appears twice")
        score: float | None = None
        year: int | None = None
        if record["rule_of_law"]:
            try:
                score = float(record["rule_of_law"])
            except ValueError:
                raise bad("rule_of_law", f"{record['rule_of_law']!r} is not a number") from None
            if not math.isfinite(score) or not -3.0 <= score <= 3.0:
                raise bad("rule_of_law", f"{score} is outside the estimate's range -3..3")
            try:
                year = int(record["year"])
            except ValueError:
                raise bad("year", "a score needs the year it was published for") from None
        elif record["year"]:
            raise bad("year", "a year without a score")
        flags = {}
        for column in ("eu", "eea"):
            if record[column] not in {"Y", "N"}:
                raise bad(column, "must be Y or N")
            flags[column] = record[column] == "Y"
        if flags["eu"] and not flags["eea"]:
            raise bad("eea", "every EU member is in the EEA")
        table[code] = _Row(record["name"] or code, score, year, flags["eu"], flags["eea"])
    if not table:
        raise PolicyError(file, "", "no rows")
    return table


__all__ = [
    "DEFAULT_POLICY_PATH",
    "ApprovalDoc",
    "CompetenceCondition",
    "CompetenceRowDoc",
    "DataTier",
    "EmergencyRowDoc",
    "JurisdictionProfile",
    "Policy",
    "PolicyError",
    "RequestKind",
    "Rule",
    "RuleId",
    "TierRequirement",
    "default_policy",
    "load_policy",
]
