"""The authority gateway: a published point of contact that always answers, on time, with reasons.

Public surface (transports use only this):

Actions (each one transaction, audited; the caller commits):
* `do_submit_legal_request(unit, submission, *, agency_id, verification, body_sha256,
  idempotency_key, cipher, status_secret, actor, ...) -> Receipt`
* `do_add_supplement(unit, request_id, supplement, *, agency_id, verification, body_sha256,
  idempotency_key, cipher, actor, ...) -> SupplementResult`
* `do_start_assessment(unit, request_id, *, actor) -> LegalRequest`
* `do_answer_legal_request(unit, request_id, *, answer, scope, reasons, what_and_why, missing,
  followed_proposal, override_reason, actor) -> LegalRequestAnswer`
* `do_record_callback(unit, request_id, *, outcome, note, cipher, actor) -> LegalRequestCallback`
* `do_release_legal_request(unit, request_id, *, method, note, cipher, actor) -> LegalRequest`
* `do_escalate_deadlines(unit, *, actor=SYSTEM) -> list[Escalated]` (the scheduler's job)
* `do_record_after_review(unit, request_id, *, note, actor)` (review of an automatic execution)
* Disclosure (disclosure.py): `do_prepare_disclosure(unit, id, *, fields, cipher, actor)`,
  `do_approve_disclosure(unit, disclosure_id, *, signer, actor)` (another officer; seals and
  releases), `do_download_disclosure(unit, disclosure_id, *, agency_id, cipher, signer, actor)`.
* Effect (effect.py): `plan_effect` (called by answers), `record_effects(unit, request_ids=,
  actor=)` stamps the time of effect once the platform carried the order out.

* Outbound reports (outbound.py): `do_create_outbound_report(unit, decision_id, *, kind,
  registry, cipher, platform_name, actor)`, `do_mark_outbound_acknowledged`,
  `do_mark_outbound_failed`; `list_outbound_reports`, `outbound_view`.

* Preservation (preservation.py): `do_take_preservation_snapshot(unit, request_id, *, cipher,
  actor)` (also taken by a complied preservation answer when given `cipher`),
  `do_extend_preservation`, `do_purge_expired_snapshots` (the `preservation-purge` job).

* User notification after a gag order (gag.py): scheduled by a complied answer,
  `do_deliver_due_user_notices` (the `legal-user-notices` job), `do_release_user_notice`,
  `do_review_user_notice`; `waiting_user_notices`.

Queries: `agency_request_view`, `status_view`, `list_agency_requests`, `officer_queue`,
`officer_request_view`, `attachment_content`, `gateway_stats`, `count_deadline_breaches`.

Parsing: `parse_submission`, `parse_supplement`. Discovery: `build_discovery_document`.
See docs/authority-gateway.md.
"""

from safeharbour.legal.gateway.answers import (
    TOPIC_ANSWERED,
    MissingIn,
    ReasonIn,
    do_answer_legal_request,
    do_record_after_review,
    do_start_assessment,
)
from safeharbour.legal.gateway.antifraud import find_lookalikes, lookalike_of
from safeharbour.legal.gateway.attachments import ACCEPTED_TYPES, AttachmentLimits
from safeharbour.legal.gateway.config import GatewayConfig
from safeharbour.legal.gateway.deadlines import (
    TOPIC_ESCALATED,
    TOPIC_MISSED,
    Escalated,
    do_escalate_deadlines,
)
from safeharbour.legal.gateway.disclosure import (
    DISCLOSURE_TTL,
    allowed_fields,
    do_approve_disclosure,
    do_download_disclosure,
    do_prepare_disclosure,
    list_disclosures,
)
from safeharbour.legal.gateway.discovery import (
    DISCOVERY_FORMAT,
    DISCOVERY_VERSION,
    DiscoveryDocument,
    GatewayContact,
    build_discovery_document,
)
from safeharbour.legal.gateway.effect import (
    TCO_PRESERVATION,
    TOPIC_EFFECT_GIVEN,
    gives_effect,
    plan_effect,
    record_effects,
)
from safeharbour.legal.gateway.gag import (
    do_deliver_due_user_notices,
    do_release_user_notice,
    do_review_user_notice,
    user_notice_view,
    waiting_user_notices,
)
from safeharbour.legal.gateway.intake import (
    TOPIC_RECEIVED,
    Receipt,
    SupplementResult,
    do_add_supplement,
    do_submit_legal_request,
    status_token,
)
from safeharbour.legal.gateway.models import (
    DeferredUserNotice,
    LegalDisclosure,
    LegalRequest,
    LegalRequestAnswer,
    LegalRequestAssessment,
    LegalRequestAttachment,
    LegalRequestCallback,
    LegalRequestEscalation,
    LegalRequestEvent,
    LegalRequestSupplement,
    OutboundReport,
    PreservationSnapshot,
)
from safeharbour.legal.gateway.outbound import (
    OutboundKind,
    OutboundStatus,
    Recipient,
    build_registry,
    do_create_outbound_report,
    do_mark_outbound_acknowledged,
    do_mark_outbound_failed,
    list_outbound_reports,
    outbound_view,
)
from safeharbour.legal.gateway.preservation import (
    PERIODS,
    do_extend_preservation,
    do_purge_expired_snapshots,
    do_take_preservation_snapshot,
    list_snapshots,
    snapshot_content,
)
from safeharbour.legal.gateway.queries import (
    OFFICER_QUEUE_KEYS,
    AgencyRequestView,
    GatewayStats,
    OfficerRequestView,
    QueueItem,
    StatusView,
    after_review_due,
    agency_request_view,
    attachment_content,
    count_deadline_breaches,
    gateway_stats,
    list_agency_requests,
    officer_queue,
    officer_queue_page,
    officer_request_view,
    status_view,
    targets_context,
)
from safeharbour.legal.gateway.schemas import (
    CallbackOutcome,
    FlagCode,
    ReleaseMethod,
    RequestStatus,
    Submission,
    Supplement,
    TimelineKind,
    Verification,
    parse_submission,
    parse_supplement,
)
from safeharbour.legal.gateway.senders import SIGNATURE_HEADER, Sender, authenticate_sender
from safeharbour.legal.gateway.terms import (
    NoticeFiling,
    do_file_terms_notices,
    do_retry_waiting_notices,
)
from safeharbour.legal.gateway.verification import do_record_callback, do_release_legal_request

__all__ = [
    "ACCEPTED_TYPES",
    "DISCLOSURE_TTL",
    "DISCOVERY_FORMAT",
    "DISCOVERY_VERSION",
    "OFFICER_QUEUE_KEYS",
    "PERIODS",
    "SIGNATURE_HEADER",
    "TCO_PRESERVATION",
    "TOPIC_ANSWERED",
    "TOPIC_EFFECT_GIVEN",
    "TOPIC_ESCALATED",
    "TOPIC_MISSED",
    "TOPIC_RECEIVED",
    "AgencyRequestView",
    "AttachmentLimits",
    "CallbackOutcome",
    "DeferredUserNotice",
    "DiscoveryDocument",
    "Escalated",
    "FlagCode",
    "GatewayConfig",
    "GatewayContact",
    "GatewayStats",
    "LegalDisclosure",
    "LegalRequest",
    "LegalRequestAnswer",
    "LegalRequestAssessment",
    "LegalRequestAttachment",
    "LegalRequestCallback",
    "LegalRequestEscalation",
    "LegalRequestEvent",
    "LegalRequestSupplement",
    "MissingIn",
    "NoticeFiling",
    "OfficerRequestView",
    "OutboundKind",
    "OutboundReport",
    "OutboundStatus",
    "PreservationSnapshot",
    "QueueItem",
    "ReasonIn",
    "Receipt",
    "Recipient",
    "ReleaseMethod",
    "RequestStatus",
    "Sender",
    "StatusView",
    "Submission",
    "Supplement",
    "SupplementResult",
    "TimelineKind",
    "Verification",
    "after_review_due",
    "agency_request_view",
    "allowed_fields",
    "attachment_content",
    "authenticate_sender",
    "build_discovery_document",
    "build_registry",
    "count_deadline_breaches",
    "do_add_supplement",
    "do_answer_legal_request",
    "do_approve_disclosure",
    "do_create_outbound_report",
    "do_deliver_due_user_notices",
    "do_download_disclosure",
    "do_escalate_deadlines",
    "do_extend_preservation",
    "do_file_terms_notices",
    "do_mark_outbound_acknowledged",
    "do_mark_outbound_failed",
    "do_prepare_disclosure",
    "do_purge_expired_snapshots",
    "do_record_after_review",
    "do_record_callback",
    "do_release_legal_request",
    "do_release_user_notice",
    "do_retry_waiting_notices",
    "do_review_user_notice",
    "do_start_assessment",
    "do_submit_legal_request",
    "do_take_preservation_snapshot",
    "find_lookalikes",
    "gateway_stats",
    "gives_effect",
    "list_agency_requests",
    "list_disclosures",
    "list_outbound_reports",
    "list_snapshots",
    "lookalike_of",
    "officer_queue",
    "officer_queue_page",
    "officer_request_view",
    "outbound_view",
    "parse_submission",
    "parse_supplement",
    "plan_effect",
    "record_effects",
    "snapshot_content",
    "status_token",
    "status_view",
    "targets_context",
    "user_notice_view",
    "waiting_user_notices",
]
