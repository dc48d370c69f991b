"""Enforcement: every platform call a decision causes, its outcome, and its reversal."""

from safeharbour.enforcement.actions import (
    DONE,
    do_cancel_enforcement,
    do_plan_enforcement,
    do_record_outcome,
)
from safeharbour.enforcement.dispatch import DispatchReport, Messages, dispatch_pending
from safeharbour.enforcement.models import EnforcementAction
from safeharbour.enforcement.ports import ActOutcome, ActResult, NotifyKind, PlatformAdapter

__all__ = [
    "DONE",
    "ActOutcome",
    "ActResult",
    "DispatchReport",
    "EnforcementAction",
    "Messages",
    "NotifyKind",
    "PlatformAdapter",
    "dispatch_pending",
    "do_cancel_enforcement",
    "do_plan_enforcement",
    "do_record_outcome",
]
