"""Intake: the platform mirror, trusted flaggers, notices (DSA Art. 16, 22) and Art. 23 measures.

Public surface for transports (see docs/notice-and-action.md). The mirror's ingestion lives in
`intake.mirror` (`do_ingest_events`).
"""

from safeharbour.intake.access import NoticeScope, notice_scope
from safeharbour.intake.flaggers import (
    do_add_trusted_flagger,
    do_set_flagger_sla,
    list_trusted_flaggers,
)
from safeharbour.intake.notice_queries import (
    STATUSES,
    flagger_accuracy,
    get_notice,
    list_notices,
    status_by_token,
)
from safeharbour.intake.notice_schemas import (
    Location,
    NoticeReceipt,
    NoticeSubmission,
    Notifier,
    parse_notice,
)
from safeharbour.intake.notices import (
    PUBLIC_NOTIFIER,
    NoticePolicy,
    NoticeSource,
    do_submit_notice,
)
from safeharbour.intake.sanctions import (
    SanctionGround,
    SourceRef,
    do_lift_sanction,
    do_suspend_source,
    do_warn_source,
    list_sanctions,
    misuse_candidates,
    resolve_source,
)

__all__ = [
    "PUBLIC_NOTIFIER",
    "STATUSES",
    "Location",
    "NoticePolicy",
    "NoticeReceipt",
    "NoticeScope",
    "NoticeSource",
    "NoticeSubmission",
    "Notifier",
    "SanctionGround",
    "SourceRef",
    "do_add_trusted_flagger",
    "do_lift_sanction",
    "do_set_flagger_sla",
    "do_submit_notice",
    "do_suspend_source",
    "do_warn_source",
    "flagger_accuracy",
    "get_notice",
    "list_notices",
    "list_sanctions",
    "list_trusted_flaggers",
    "misuse_candidates",
    "notice_scope",
    "parse_notice",
    "resolve_source",
    "status_by_token",
]
