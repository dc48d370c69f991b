"""The gateway's vocabularies and the request body contract (Pydantic v2).

The body of `POST /api/v1/legal/requests` is a contract other tools drive (issue 4):

* fields exactly as listed; any other field is an error naming it, `authority` included (the
  authority comes from the API key) and the facts the platform derives itself (`labels`,
  `violates_terms`, `subscribers`), which an authority cannot assert;
* required: `type`, `statement`, `targets` (empty only for `encryption_key` and `other`);
* defaults: `legal_instrument` national, `legal_process` court_order when
  `judicial_authorisation` else none, `urgency` normal, booleans false, lists empty, other
  fields null; an explicit null means absent;
* strict types: booleans are JSON booleans, dates `YYYY-MM-DD`, enums exactly as spelled.

`parse_submission` and `parse_supplement` raise `InvalidInput` naming every bad field by its
dotted path (`targets.2.url`, `attachments.0.content_base64`).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    ValidationError,
    field_validator,
    model_validator,
)

from safeharbour.kit.errors import FieldError, InvalidInput
from safeharbour.kit.values import check_http_url
from safeharbour.legal.assessment.schemas import (
    TARGETLESS_TYPES,
    DataField,
    LegalInstrument,
    LegalProcess,
    RequestType,
    TargetKind,
    Urgency,
    dedupe,
    iso_date,
)
from safeharbour.legal.assessment.taxonomy import Keyword, StatementCategory


class RequestStatus(StrEnum):
    """The statuses an agency sees. `answered` is the only closed state and needs an answer."""

    RECEIVED = "received"
    HELD = "held"
    ACKNOWLEDGED = "acknowledged"
    UNDER_ASSESSMENT = "under_assessment"
    ANSWERED = "answered"


OPEN_STATUSES: frozenset[RequestStatus] = frozenset(set(RequestStatus) - {RequestStatus.ANSWERED})


class TimelineKind(StrEnum):
    RECEIVED = "received"
    ACKNOWLEDGED = "acknowledged"
    HELD = "held"
    RELEASED = "released"
    UNDER_ASSESSMENT = "under_assessment"
    ASSESSED = "assessed"
    SUPPLEMENT_RECEIVED = "supplement_received"
    REOPENED = "reopened"
    CALLBACK_RECORDED = "callback_recorded"
    ESCALATED = "escalated"
    DEADLINE_MISSED = "deadline_missed"
    ANSWERED = "answered"
    EFFECT_PLANNED = "effect_planned"
    EFFECT_GIVEN = "effect_given"
    AFTER_REVIEW = "after_review"
    DISCLOSURE_RELEASED = "disclosure_released"
    FILED_AS_NOTICE = "filed_as_notice"
    NOTICE_WAITING = "notice_waiting"


AGENCY_VISIBLE_EVENTS: frozenset[TimelineKind] = frozenset(
    {
        TimelineKind.RECEIVED,
        TimelineKind.ACKNOWLEDGED,
        TimelineKind.HELD,
        TimelineKind.RELEASED,
        TimelineKind.UNDER_ASSESSMENT,
        TimelineKind.SUPPLEMENT_RECEIVED,
        TimelineKind.REOPENED,
        TimelineKind.DEADLINE_MISSED,
        TimelineKind.ANSWERED,
        TimelineKind.EFFECT_GIVEN,
        TimelineKind.DISCLOSURE_RELEASED,
    }
)
"""What the submitting agency sees of its timeline. Internal alerts (escalations), engine runs
and call-back records are for the platform's legal team; a missed deadline is always shown."""


class Verification(StrEnum):
    """How the sender of a request (or supplement) was verified."""

    API_KEY = "api_key"
    API_KEY_SIGNATURE = "api_key+signature"
    CONSOLE_TOTP = "console_totp"
    NONE = "none"


VERIFIED_METHODS: frozenset[Verification] = frozenset(
    {Verification.API_KEY, Verification.API_KEY_SIGNATURE, Verification.CONSOLE_TOTP}
)


class FlagCode(StrEnum):
    UNVERIFIED_SENDER = "unverified_sender"
    UNKNOWN_AGENCY = "unknown_agency"
    LOOKALIKE_DOMAIN = "lookalike_domain"
    CALLBACK_NOT_CONFIRMED = "callback_not_confirmed"


class ReleaseMethod(StrEnum):
    """How a legal officer verified a held request's sender before releasing it."""

    OFFICIAL_REGISTER = "official_register"
    QUALIFIED_SIGNATURE = "qualified_signature"
    WRITTEN_CONFIRMATION = "written_confirmation"


class CallbackOutcome(StrEnum):
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"


MAX_TARGETS = 500
MAX_STATEMENT = 20_000
MAX_TEXT = 2_000
MAX_REFERENCE = 200
MAX_URL = 2_000

DERIVED_FACTS: dict[str, str] = {
    "authority": "the authority is the agency of your API key; it is not sent in the body",
    "labels": "labels are facts the platform derives itself; they are not accepted",
    "violates_terms": "the terms status is a fact the platform derives itself",
    "subscribers": "subscriber counts are facts the platform derives itself",
}


def _none_to(default: Any) -> BeforeValidator:
    def convert(value: Any) -> Any:
        return (default() if callable(default) else default) if value is None else value

    return BeforeValidator(convert)


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TargetIn(_Body):
    """`{"kind", "id"}` naming a platform object, or `{"url"}` linking to one."""

    kind: TargetKind | None = None
    id: Annotated[StrictStr, Field(min_length=1, max_length=200)] | None = None
    url: Annotated[StrictStr, Field(min_length=1, max_length=MAX_URL)] | None = None

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        # The shared check: `http://[::1` is refused here, not by urlsplit in a handler.
        return None if value is None else check_http_url(value, max_length=MAX_URL)

    @model_validator(mode="after")
    def _one_form(self) -> TargetIn:
        if self.url is not None:
            if self.kind is not None or self.id is not None:
                raise ValueError('give either {"kind", "id"} or {"url"}, not both')
        elif self.kind is None or self.id is None or not self.id.strip():
            raise ValueError('a target is {"kind": "post|channel|group|account", "id"} or {"url"}')
        return self

    def key(self) -> tuple[str, str]:
        return ("url", self.url or "") if self.url is not None else (str(self.kind), self.id or "")

    def as_json(self) -> dict[str, Any]:
        if self.url is not None:
            return {"url": self.url}
        return {"kind": str(self.kind), "id": self.id}


class AttachmentIn(_Body):
    filename: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    content_type: Annotated[StrictStr, Field(min_length=1, max_length=100)]
    content_base64: StrictStr


class _Amendable(_Body):
    """Fields a supplement may amend (never the type, instrument or urgency: that is a new
    request)."""

    legal_process: LegalProcess | None = None
    legal_basis: Annotated[StrictStr, Field(max_length=MAX_TEXT)] | None = None
    offence_category: StatementCategory | None = None
    offence_keywords: Annotated[list[Keyword], _none_to(list)] = Field(default_factory=list)
    judicial_authorisation: Annotated[StrictBool, _none_to(False)] = False
    threat_to_life: Annotated[StrictBool, _none_to(False)] = False
    gag_order: Annotated[StrictBool, _none_to(False)] = False
    gag_order_until: Annotated[dt.date | None, BeforeValidator(iso_date)] = None
    targets: list[TargetIn] = Field(default_factory=list, max_length=MAX_TARGETS)
    data_requested: Annotated[list[DataField], _none_to(list)] = Field(default_factory=list)
    attachments: Annotated[list[AttachmentIn], _none_to(list)] = Field(default_factory=list)

    @field_validator("legal_basis")
    @classmethod
    def _basis(cls, value: str | None) -> str | None:
        return (value.strip() or None) if value is not None else None

    @field_validator("offence_keywords", "data_requested")
    @classmethod
    def _unique(cls, value: list[Any]) -> list[Any]:
        return dedupe(value)


class Submission(_Amendable):
    """A request body as received, validated and with its defaults applied."""

    type: RequestType
    reference: Annotated[StrictStr, Field(max_length=MAX_REFERENCE)] | None = None
    legal_instrument: Annotated[LegalInstrument, _none_to(LegalInstrument.NATIONAL)] = (
        LegalInstrument.NATIONAL
    )
    urgency: Annotated[Urgency, _none_to(Urgency.NORMAL)] = Urgency.NORMAL
    statement: Annotated[StrictStr, Field(max_length=MAX_STATEMENT)]
    targets: list[TargetIn] = Field(max_length=MAX_TARGETS)

    @field_validator("statement")
    @classmethod
    def _statement(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must say what is asked and why")
        return value

    @model_validator(mode="after")
    def _defaults(self) -> Submission:
        if self.legal_process is None:
            self.legal_process = (
                LegalProcess.COURT_ORDER if self.judicial_authorisation else LegalProcess.NONE
            )
        return self

    @property
    def process(self) -> LegalProcess:
        return self.legal_process or LegalProcess.NONE


class Supplement(_Amendable):
    """A supplement: a statement of what is added, and optionally amended fields.

    Only the fields present in the body amend the request (`targets` replaces the list);
    `attachments` are added to those already held.
    """

    statement: Annotated[StrictStr, Field(min_length=1, max_length=MAX_STATEMENT)]

    def amendments(self) -> dict[str, Any]:
        """The amended fields as JSON values, only those the agency actually sent."""
        sent = self.model_fields_set - {"statement", "attachments"}
        out: dict[str, Any] = {}
        for name in sorted(sent):
            value = getattr(self, name)
            if name == "targets":
                out[name] = [t.as_json() for t in value]
            elif name == "gag_order_until":
                out[name] = value.isoformat() if value else None
            elif isinstance(value, list):
                out[name] = [str(v) for v in value]
            elif isinstance(value, StrEnum):
                out[name] = value.value
            else:
                out[name] = value
        return out


def _field_path(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(part) for part in loc) or "body"


def _message(error: Any) -> str:
    kind = error.get("type", "")
    loc = error.get("loc", ())
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else ""
        return "unknown field: " + DERIVED_FACTS.get(name, "not part of the request contract")
    if kind in {"enum", "literal_error"}:
        expected = error.get("ctx", {}).get("expected", "")
        return f"{error.get('input')!r} is not one of {expected}"
    return str(error.get("msg", "is invalid")).removeprefix("Value error, ")


def _validate(model: type[BaseModel], data: object) -> Any:
    if not isinstance(data, dict):
        raise InvalidInput("the body must be a JSON object", field="body")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = [FieldError(_field_path(e["loc"]), _message(e)) for e in exc.errors()]
        raise InvalidInput(errors[0].message, errors=errors) from None


def _check_targets(targets: list[TargetIn]) -> None:
    seen: dict[tuple[str, str], int] = {}
    for index, target in enumerate(targets):
        key = target.key()
        if key in seen:
            raise InvalidInput(f"duplicates targets.{seen[key]}", field=f"targets.{index}")
        seen[key] = index


def _check_gag(gag_order: bool, until: dt.date | None) -> None:
    if until is not None and not gag_order:
        raise InvalidInput(
            "a gag order end date is given but gag_order is false", field="gag_order_until"
        )


def parse_submission(data: object) -> Submission:
    """Validate a decoded request body; `InvalidInput` names every bad field."""
    submission: Submission = _validate(Submission, data)
    if not submission.targets and submission.type not in TARGETLESS_TYPES:
        raise InvalidInput(
            f"a {submission.type} request needs at least one target", field="targets"
        )
    _check_targets(submission.targets)
    _check_gag(submission.gag_order, submission.gag_order_until)
    return submission


def parse_supplement(data: object) -> Supplement:
    supplement: Supplement = _validate(Supplement, data)
    if not supplement.statement.strip():
        raise InvalidInput("must say what is added", field="statement")
    _check_targets(supplement.targets)
    return supplement


__all__ = [
    "AGENCY_VISIBLE_EVENTS",
    "DERIVED_FACTS",
    "OPEN_STATUSES",
    "VERIFIED_METHODS",
    "AttachmentIn",
    "CallbackOutcome",
    "FlagCode",
    "ReleaseMethod",
    "RequestStatus",
    "Submission",
    "Supplement",
    "TargetIn",
    "TimelineKind",
    "Verification",
    "parse_submission",
    "parse_supplement",
]
