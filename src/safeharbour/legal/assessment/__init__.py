"""Legal assessment engine: judges every authority request the same way, wherever it comes from.

Public surface:
* `parse_request(data) -> AssessmentRequest` validates a decoded JSON body (raises
  `InvalidInput` naming each bad field);
* `default_policy()` / `load_policy(path)` load and validate the policy (raise `PolicyError`
  naming file and path);
* `assess(request, policy) -> Assessment` is the pure engine: no I/O, no database, no clock.

The engine proposes; people with the legal role decide. An `Assessment` carries the policy
version and digest and its own `proposal_digest`, so the final decision (gateway issue) can
record which proposal, under which policy, it followed or overrode.
"""

from safeharbour.legal.assessment.engine import IMPLEMENTED_RULES, assess
from safeharbour.legal.assessment.policy import (
    DEFAULT_POLICY_PATH,
    JurisdictionProfile,
    Policy,
    PolicyError,
    RuleId,
    default_policy,
    load_policy,
)
from safeharbour.legal.assessment.schemas import (
    DISPOSITION_ANSWERS,
    Assessment,
    AssessmentRequest,
    AuthorityKind,
    DataField,
    Disposition,
    GatewayAnswer,
    LegalInstrument,
    LegalProcess,
    RequestType,
    RuleOfLaw,
    Scope,
    TargetAction,
    TargetKind,
    Urgency,
    parse_request,
)

__all__ = [
    "DEFAULT_POLICY_PATH",
    "DISPOSITION_ANSWERS",
    "IMPLEMENTED_RULES",
    "Assessment",
    "AssessmentRequest",
    "AuthorityKind",
    "DataField",
    "Disposition",
    "GatewayAnswer",
    "JurisdictionProfile",
    "LegalInstrument",
    "LegalProcess",
    "Policy",
    "PolicyError",
    "RequestType",
    "RuleId",
    "RuleOfLaw",
    "Scope",
    "TargetAction",
    "TargetKind",
    "Urgency",
    "assess",
    "default_policy",
    "load_policy",
    "parse_request",
]
