"""Review: cases and their queues, leases, decisions with four-eyes, labels, appeals, disputes.

Public surface for transports (API, consoles, CLI, workers); see docs/notice-and-action.md.
Actions take a unit of work and `actor=`, and never commit; queries take a session.
"""

from safeharbour.review.appeal_status import appeals_by_link
from safeharbour.review.appeals import AppealReceipt, do_decide_appeal, do_submit_appeal
from safeharbour.review.cases import do_raise_signal
from safeharbour.review.decisions import (
    do_approve_decision,
    do_decide_case,
    do_reject_decision,
    reverse_decision,
)
from safeharbour.review.disputes import (
    do_record_dispute,
    do_record_dispute_implementation,
    do_record_dispute_outcome,
)
from safeharbour.review.labels import do_tag_item, do_untag_item, effective_labels
from safeharbour.review.leases import do_claim_case, do_release_case
from safeharbour.review.policy import ReviewPolicy
from safeharbour.review.queries import (
    QUEUES,
    case_detail,
    get_appeal,
    get_decision,
    list_appeals,
    list_disputes,
    list_queue,
    pending_approvals,
    queue_counts,
)
from safeharbour.review.schemas import (
    ActionIn,
    ActionKind,
    AppealDecisionIn,
    DecisionIn,
    DisputeImplementationIn,
    DisputeIn,
    DisputeOutcomeIn,
    GroundIn,
    GroundKind,
    TargetIn,
)

__all__ = [
    "QUEUES",
    "ActionIn",
    "ActionKind",
    "AppealDecisionIn",
    "AppealReceipt",
    "DecisionIn",
    "DisputeImplementationIn",
    "DisputeIn",
    "DisputeOutcomeIn",
    "GroundIn",
    "GroundKind",
    "ReviewPolicy",
    "TargetIn",
    "appeals_by_link",
    "case_detail",
    "do_approve_decision",
    "do_claim_case",
    "do_decide_appeal",
    "do_decide_case",
    "do_raise_signal",
    "do_record_dispute",
    "do_record_dispute_implementation",
    "do_record_dispute_outcome",
    "do_reject_decision",
    "do_release_case",
    "do_submit_appeal",
    "do_tag_item",
    "do_untag_item",
    "effective_labels",
    "get_appeal",
    "get_decision",
    "list_appeals",
    "list_disputes",
    "list_queue",
    "pending_approvals",
    "queue_counts",
    "reverse_decision",
]
