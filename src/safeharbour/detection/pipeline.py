"""The ingest hook: stored posts are scanned and the detection rules decide what happens.

`PostScanHandler` subscribes to the `platform.post.created` and `platform.post.edited` outbox
messages (published after the ingest transaction commits). For each message it calls
`do_scan_post_event`, which is idempotent per event id (the `detection_scans` row), reads the
stored post and its media from the mirror, scans it against the banks, counts it in the
behaviour windows (only when a rule reads them), and evaluates the rules in force
(`detection.rules`: the data directory's `rules/*.yaml`, hot-reloaded, and the built-in rules
that give each bank's own policy, which alone apply when there is no rules file).

What each rule outcome does (never for a rule in `shadow` mode, whose outcome is only
recorded in `detection_rule_outcomes` and in the scan's audit entry):
- `review`: one review signal per matched bank (or one per rule without a bank condition),
  `review.do_raise_signal`, source `detection:bank` (built-in rules) or `detection:rule`,
  the rule's category, else the bank's, else "other violation of terms"; the signal's SLA is
  the review policy's times the rule's priority factor, so priority orders the queue; details
  hold the rule id, the rules version, the queue, the bank and the SHA-256 digests of the
  matched entries (never content).
- `act`: the same signal, then (`_act_on_post`) the detection actor claims the case and
  decides it with `review.do_decide_case`: the rule's actions on its ground, the category,
  `AUTOMATED_DECISION_FULLY`, an explanation naming the rule and the matched entries. The
  handler dispatches the decision after commit (the platform adapter acts, the author gets the
  statement of reasons); the normal appeal reverses it. At most one automatic decision per
  post and event. Guard rails send the match to review instead, with the signal's priority
  raised one step (`guard` in its details):
  - the post's channel is verified or has more subscribers than the four-eyes threshold
    (`four_eyes_subscriber_threshold`), or its author is verified or official;
  - the platform adapter declares an action of the outcome irreversible
    (`enforcement.ports.is_reversible`) and the matched bank is not `irreversible_ok` (a rule
    without a bank never runs an irreversible action automatically);
  - a matched entry of the bank is quarantined (`detection.quarantine`);
  - the case is not open or a moderator holds it.
- `tag`: the rule's labels are attached to the post (`review.do_tag_item`); no signal.

The scanner is cached (`ScannerCache`, shared with retro-scans) and rebuilt when any bank
changes. The classifiers run only when some rule in force reads scores.
"""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from safeharbour.audit.tags import AuditTag
from safeharbour.detection.banks.models import Bank, DetectionScan
from safeharbour.detection.behaviour import (
    MASS_JOINS,
    SqlWindowStore,
    WindowStore,
    record_join,
)
from safeharbour.detection.exchanges.queries import provenance
from safeharbour.detection.exchanges.surfaces import restrict_to_surfaces
from safeharbour.detection.models import RuleOutcome
from safeharbour.detection.quarantine import record_hits
from safeharbour.detection.rules.engine import (
    Evaluation,
    Outcome,
    RuleSet,
    builtin_ruleset,
)
from safeharbour.detection.rules.facts import (
    rule_input,
    stored_post_behaviour,
    stored_post_input,
)
from safeharbour.detection.rules.loader import RulesSource
from safeharbour.detection.rules.schema import SLA_FACTOR, ActOutcome, Priority, raised
from safeharbour.detection.scanner import VERDICT_NONE, BankInfo, Match, Scanner, ScanResult
from safeharbour.intake.models import Account, Channel, Post
from safeharbour.intake.repository import media_of
from safeharbour.kit.bus import BusMessage
from safeharbour.kit.canonical import sha256_hex
from safeharbour.kit.db import Actor, Database, UnitOfWork
from safeharbour.kit.dsa import AutomatedDecision, StatementCategory
from safeharbour.kit.errors import Conflict, InvalidInput
from safeharbour.kit.ids import new_id
from safeharbour.review.cases import do_raise_signal
from safeharbour.review.decisions import do_decide_case
from safeharbour.review.labels import do_tag_item
from safeharbour.review.leases import do_claim_case
from safeharbour.review.models import Case
from safeharbour.review.policy import ReviewPolicy, lease_is_live
from safeharbour.review.schemas import ActionKind, DecisionIn

TOPICS = ("platform.post.created", "platform.post.edited")
DETECTION_ACTOR = Actor("system", "detection")
SIGNAL_POLICIES = ("act", "review")
ACT_KIND = ActionKind.REMOVE_POST
RULES_ALERT_TOPIC = "detection.rules.invalid"
OTHER = StatementCategory.OTHER_VIOLATION_TC.value


def always_reversible(kind: str) -> bool:
    return True


def guard_reasons(
    unit: UnitOfWork,
    post: Post,
    bank: BankInfo | None,
    *,
    policy: ReviewPolicy,
    is_reversible: Callable[[str], bool],
    actions: tuple[str, ...] = (ACT_KIND.value,),
) -> list[str]:
    """Why an automatic action on `post` must go to a human instead."""
    reasons = []
    if post.channel_id:
        channel = unit.session.get(Channel, post.channel_id)
        if channel is not None and channel.verified:
            reasons.append("verified channel")
        if channel is not None and channel.subscribers > policy.four_eyes_subscriber_threshold:
            reasons.append(
                f"channel with more than {policy.four_eyes_subscriber_threshold:,} subscribers"
            )
    if post.author_id:
        author = unit.session.get(Account, post.author_id)
        if author is not None and author.verified:
            reasons.append("verified author")
        if author is not None and author.official:
            reasons.append("official author")
    irreversible_ok = bank is not None and bank.irreversible_ok
    for kind in actions:
        if not is_reversible(kind) and not irreversible_ok:
            whose = "the bank is not irreversible_ok" if bank else "no irreversible_ok bank matched"
            reasons.append(f"{kind} is irreversible on this platform and {whose}")
    return reasons


@dataclasses.dataclass(frozen=True)
class _Act:
    """What an automatic decision says: filled from the rule, the bank and the digests."""

    actions: tuple[str, ...]
    ground: str
    reference: str
    category: str
    explanation: str
    suspend_days: int | None = None


def _act_spec(outcome: Outcome, bank: BankInfo | None, digests: list[str], version: str) -> _Act:
    rule = outcome.rule
    spec = rule.act or ActOutcome()
    entries = ", ".join(d[:16] for d in digests)
    if rule.builtin and bank is not None:
        explanation = (
            f"Automatic match against the detection bank '{bank.name}' (entries sha256 {entries})."
        )
        reference = f"Terms of service: content listed in detection bank {bank.name}"
    else:
        explanation = spec.statement or f"Automatic decision of detection rule '{rule.id}'."
        if bank is not None:
            explanation += f" Matched detection bank '{bank.name}' (entries sha256 {entries})."
        explanation += f" Rule {rule.id}, rules version {version[:12]}."
        reference = spec.reference or f"Terms of service: detection rule {rule.id}"
    category = (
        (spec.category.value if spec.category else None)
        or (bank.category if bank is not None else None)
        or OTHER
    )
    return _Act(
        tuple(a.value for a in spec.actions),
        spec.ground.value,
        reference[:500],
        category,
        explanation[:2000],
        spec.suspend_days,
    )


def _act_on_post(
    unit: UnitOfWork,
    case_id: uuid.UUID,
    act: _Act,
    *,
    policy: ReviewPolicy,
    actor: Actor,
) -> uuid.UUID | None:
    """Claim and decide the case automatically; None when a human has it (it stays in review)."""
    case = unit.session.get(Case, case_id)
    now = unit.clock.now()
    if case is None or case.status != "open":
        return None
    if lease_is_live(case, now) and case.lease_holder != actor.ref:
        return None
    decision_in = DecisionIn.model_validate(
        {
            "outcome": "action",
            "category": act.category,
            "explanation": act.explanation,
            "automated_decision": AutomatedDecision.FULLY.value,
            "actions": [
                {
                    "kind": kind,
                    "ground": {
                        "kind": act.ground,
                        "reference": act.reference,
                        "explanation": act.explanation,
                    },
                    **(
                        {"until": now + timedelta(days=act.suspend_days)}
                        if kind == ActionKind.SUSPEND_ACCOUNT and act.suspend_days
                        else {}
                    ),
                }
                for kind in act.actions
            ],
        }
    )
    audit, outbox = len(unit.audit), len(unit.outbox)
    savepoint = unit.session.begin_nested()
    try:
        do_claim_case(unit, case_id, policy=policy, actor=actor)
        decision = do_decide_case(unit, case_id, decision_in, policy=policy, actor=actor)
    except (Conflict, InvalidInput):
        savepoint.rollback()
        del unit.audit[audit:], unit.outbox[outbox:]
        return None
    savepoint.commit()
    if decision.status != "effective":
        return None
    return decision.id


def _by_bank(matches: tuple[Match, ...]) -> list[tuple[str | None, list[Match]]]:
    if not matches:
        return [(None, [])]
    groups: dict[str, list[Match]] = {}
    for match in matches:
        groups.setdefault(match.bank, []).append(match)
    return sorted(groups.items())


def _prioritised(policy: ReviewPolicy, priority: Priority) -> ReviewPolicy:
    if priority == Priority.NORMAL:
        return policy
    return dataclasses.replace(policy, signal_sla=policy.signal_sla * SLA_FACTOR[priority])


class OutcomeApplier:
    """Carries one event's outcomes out: signals, automatic decisions, labels, records."""

    def __init__(
        self,
        unit: UnitOfWork,
        post: Post,
        evaluation: Evaluation,
        banks: dict[str, BankInfo],
        *,
        event_id: str,
        policy: ReviewPolicy,
        actor: Actor,
        is_reversible: Callable[[str], bool],
        decided: list[uuid.UUID] | None,
    ) -> None:
        self.unit = unit
        self.post = post
        self.evaluation = evaluation
        self.banks = banks
        self.event_id = event_id
        self.policy = policy
        self.actor = actor
        self.is_reversible = is_reversible
        self.decided = decided
        self.acted = False
        self.raised = 0

    def run(self) -> list[dict[str, Any]]:
        summary = []
        for outcome in self.evaluation.outcomes:
            details: dict[str, Any] = {
                "banks": sorted({m.bank for m in outcome.matches}),
                "entries_sha256": sorted({sha256_hex(m.value) for m in outcome.matches}),
            }
            if not outcome.shadow:
                if outcome.kind in SIGNAL_POLICIES:
                    details["signals"] = self._signals(outcome)
                else:
                    details["labels"] = self._tag(outcome)
            self._record(outcome, details)
            summary.append(
                {"rule": outcome.rule.id, "outcome": outcome.kind, "shadow": outcome.shadow}
            )
        return summary

    def _record(self, outcome: Outcome, details: dict[str, Any]) -> None:
        self.unit.session.add(
            RuleOutcome(
                id=new_id(),
                event_id=self.event_id,
                post_id=self.post.id,
                rule_id=outcome.rule.id[:100],
                rules_version=self.evaluation.version[:64],
                outcome=outcome.kind,
                shadow=outcome.shadow,
                details=details,
                decided_at=self.unit.clock.now(),
            )
        )

    def _tag(self, outcome: Outcome) -> list[str]:
        spec = outcome.rule.tag
        if spec is None:
            return []  # a tag bank without a rules file: the verdict only
        for label in spec.labels:
            do_tag_item(
                self.unit,
                item_kind="post",
                item_id=self.post.id,
                label=label.value,
                note=f"detection rule {outcome.rule.id}"[:200],
                actor=self.actor,
            )
        return [label.value for label in spec.labels]

    def _signals(self, outcome: Outcome) -> list[dict[str, Any]]:
        rule = outcome.rule
        review = rule.review
        base = review.priority if review else Priority.NORMAL
        done = []
        for bank_name, matches in _by_bank(outcome.matches):
            priority = base
            bank = self.banks.get(bank_name) if bank_name else None
            digests = sorted({sha256_hex(m.value) for m in matches})
            guard: list[str] = []
            act = None
            if outcome.kind == "act":
                act = _act_spec(outcome, bank, digests, self.evaluation.version)
                if bank is not None:
                    held = record_hits(
                        self.unit,
                        bank.name,
                        [(m.signal, m.value) for m in matches],
                        self.post.id,
                        actor=self.actor,
                    )
                else:
                    held = []
                guard = guard_reasons(
                    self.unit,
                    self.post,
                    bank,
                    policy=self.policy,
                    is_reversible=self.is_reversible,
                    actions=act.actions,
                )
                if held:
                    guard.append(f"quarantined bank entry (sha256 {held[0][:16]})")
                if guard:
                    priority = raised(priority)
            if act is not None:
                category = act.category
            else:
                category = (
                    (review.category.value if review and review.category else None)
                    or (bank.category if bank is not None else None)
                    or OTHER
                )
            signal = do_raise_signal(
                self.unit,
                item_kind="post",
                item_id=self.post.id,
                source="detection:bank" if rule.builtin else "detection:rule",
                category=category,
                score=1.0,
                details={
                    "rule": rule.id,
                    "rules_version": self.evaluation.version,
                    "outcome": outcome.kind,
                    "queue": review.queue if review else "default",
                    "priority": priority.value,
                    **({"bank": bank.name, "bank_policy": bank.policy} if bank is not None else {}),
                    "event_id": self.event_id,
                    "matches": [
                        {
                            "signal": m.signal,
                            "value_sha256": sha256_hex(m.value),
                            "distance": m.distance,
                            **_provenance(self.unit, bank_name, m),
                        }
                        for m in matches
                    ],
                    **({"guard": guard} if guard else {}),
                },
                policy=_prioritised(self.policy, priority),
                actor=self.actor,
            )
            self.raised += 1
            record: dict[str, Any] = {"signal": str(signal.id), "case": str(signal.case_id)}
            if guard:
                record["guard"] = guard
            if act is not None and not guard and not self.acted:
                decision_id = _act_on_post(
                    self.unit, signal.case_id, act, policy=self.policy, actor=self.actor
                )
                if decision_id is not None:
                    self.acted = True
                    record["decision"] = str(decision_id)
                    if self.decided is not None:
                        self.decided.append(decision_id)
            done.append(record)
        return done


def _provenance(unit: UnitOfWork, bank_name: str | None, match: Match) -> dict[str, Any]:
    """Which exchange and which of its entries gave a matched value (none for other banks)."""
    if bank_name is None:
        return {}
    found = provenance(unit.session, bank_name, match.signal, match.value)
    if not found:
        return {}
    return {
        "exchange": found[0]["exchange"],
        "exchange_entries": [item["entry"] for item in found[:10]],
    }


def do_scan_post_event(
    unit: UnitOfWork,
    *,
    event_id: str,
    post_id: str,
    scanner: Scanner,
    policy: ReviewPolicy,
    actor: Actor,
    is_reversible: Callable[[str], bool] = always_reversible,
    decided: list[uuid.UUID] | None = None,
    rules: RuleSet | None = None,
    windows: WindowStore | None = None,
) -> DetectionScan | None:
    """Scan the stored post once per event and carry out the rules' outcomes; None when this
    event was scanned already.

    Automatic decisions are appended to `decided` (dispatch them after commit)."""
    if unit.session.get(DetectionScan, event_id) is not None:
        return None
    rules = rules or builtin_ruleset()
    post = unit.session.get(Post, post_id)
    verdict, raised_signals, acted = VERDICT_NONE, 0, False
    summary: list[dict[str, Any]] = []
    if post is not None and post.deleted_at is None and post.purged_at is None:
        evaluation = evaluate_post(unit, post, event_id, scanner, rules, windows=windows)
        verdict = evaluation.verdict
        applier = OutcomeApplier(
            unit,
            post,
            evaluation,
            {b.name: b for b in scanner.banks},
            event_id=event_id,
            policy=policy,
            actor=actor,
            is_reversible=is_reversible,
            decided=decided,
        )
        summary = applier.run()
        raised_signals, acted = applier.raised, applier.acted
    scan = DetectionScan(
        event_id=event_id,
        post_id=post_id,
        verdict=verdict,
        signals_raised=raised_signals,
        scanned_at=unit.clock.now(),
    )
    unit.session.add(scan)
    if verdict != VERDICT_NONE or summary:
        unit.record(
            AuditTag.DETECTION_POST_SCANNED,
            actor=actor,
            subjects={"post": post_id, "event": event_id},
            snapshot={
                "verdict": verdict,
                "signals_raised": raised_signals,
                "acted": acted,
                "rules_version": rules.version,
                "outcomes": summary,
            },
        )
    return scan


def evaluate_post(
    unit: UnitOfWork,
    post: Post,
    event_id: str,
    scanner: Scanner,
    rules: RuleSet,
    *,
    windows: WindowStore | None = None,
) -> Evaluation:
    """Scan a stored post and evaluate the rules on it; writes only behaviour window rows."""
    media = media_of(unit.session, [post.id]).get(post.id, [])
    [result] = scanner.scan_many(
        [stored_post_input(post, media, event_id)], score="scores" in rules.needs
    )
    return evaluate_scanned(unit, post, media, result, rules, windows=windows)


def evaluate_scanned(
    unit: UnitOfWork,
    post: Post,
    media: list[dict[str, Any]],
    result: ScanResult,
    rules: RuleSet,
    *,
    windows: WindowStore | None = None,
    at: datetime | None = None,
) -> Evaluation:
    """Evaluate the rules on a stored post's scan; counts it in the behaviour windows some
    rule reads (`windows`, default the shared SQL store). Matches of exchanges that may not
    match on this post's surface are dropped first (`exchanges.surfaces`)."""
    session = unit.session
    if result.matches:
        result = _within_surfaces(session, post, result)
    now = at or unit.clock.now()
    behaviour = None
    if "behaviour" in rules.needs:
        store = windows or SqlWindowStore(session)
        behaviour = stored_post_behaviour(session, store, rules, post, media, at=now)
    return rules.evaluate(rule_input(session, rules, result, post, at=now, behaviour=behaviour))


def _within_surfaces(session: Any, post: Post, result: ScanResult) -> ScanResult:
    channel = session.get(Channel, post.channel_id) if post.channel_id else None
    author = session.get(Account, post.author_id) if post.author_id else None
    return restrict_to_surfaces(
        session,
        result,
        private=channel is None or not channel.public,
        author_country=author.country if author is not None else None,
    )


class ScannerCache:
    """One scanner per bank state, shared by the ingest hook and retro-scans: rebuilt when a
    bank changes (the number of enabled banks and their latest `updated_at`, which entry
    additions and removals bump; a disabled bank's entries are not scanned)."""

    def __init__(
        self, database: Database, factory: Callable[..., Scanner] = Scanner.from_session
    ) -> None:
        self._database = database
        self._factory = factory
        self._lock = threading.Lock()
        self._scanner: Scanner | None = None
        self._version: tuple[int, datetime | None] | None = None

    def __call__(self) -> Scanner:
        with self._lock, self._database.reader() as session:
            # Enabled banks only: entries of a disabled bank (an exchange's first large fetch)
            # change nothing the scanner holds; enabling or disabling changes the count.
            version = session.execute(
                select(func.count(Bank.id), func.max(Bank.updated_at)).where(Bank.enabled.is_(True))
            ).one()
            key = (int(version[0]), version[1])
            if self._scanner is None or key != self._version:
                self._scanner = self._factory(session)
                self._version = key
            return self._scanner


class PostScanHandler:
    """Bus handler for `TOPICS`; holds the scanner cache and the rules source."""

    def __init__(
        self,
        database: Database,
        *,
        policy: ReviewPolicy,
        scanner_factory: Callable[..., Scanner] = Scanner.from_session,
        scanners: ScannerCache | None = None,
        is_reversible: Callable[[str], bool] = always_reversible,
        dispatch: Callable[[list[uuid.UUID]], object] | None = None,
        rules: RulesSource | None = None,
    ) -> None:
        self._database = database
        self._policy = policy
        self._is_reversible = is_reversible
        self._dispatch = dispatch
        self._rules = rules
        self.scanner = scanners or ScannerCache(database, scanner_factory)

    def rules(self) -> tuple[RuleSet, str | None]:
        if self._rules is None:
            return builtin_ruleset(), None
        return self._rules.poll()

    def __call__(self, message: BusMessage) -> None:
        post_id = message.payload.get("post")
        event_id = message.payload.get("event_id")
        if not post_id or not event_id:
            return
        rules, error = self.rules()
        scanner = self.scanner()
        if not scanner.banks and all(rule.builtin for rule in rules.rules) and error is None:
            return  # only the banks' own policies, and no bank: nothing can fire
        decided: list[uuid.UUID] = []
        with self._database.uow() as unit:
            if error is not None:
                unit.publish(
                    RULES_ALERT_TOPIC,
                    {"error": error[:2000], "rules_version_in_force": rules.version},
                )
            do_scan_post_event(
                unit,
                event_id=str(event_id),
                post_id=str(post_id),
                scanner=scanner,
                policy=self._policy,
                actor=DETECTION_ACTOR,
                is_reversible=self._is_reversible,
                decided=decided,
                rules=rules,
            )
            unit.commit()
        if decided and self._dispatch is not None:
            self._dispatch(decided)


JOIN_TOPIC = "platform.member.joined"


class JoinHandler:
    """Bus handler for `platform.member.joined`: counts new accounts' joins in the channel's
    `mass_joins` window, when a rule in force reads behaviour signals. The window row's primary
    key makes a redelivered message count once."""

    def __init__(self, database: Database, *, rules: RulesSource | None = None) -> None:
        self._database = database
        self._rules = rules

    def __call__(self, message: BusMessage) -> None:
        channel_id = message.payload.get("channel")
        account_id = message.payload.get("account")
        if not channel_id or not account_id:
            return
        rules = self._rules.current() if self._rules is not None else builtin_ruleset()
        if MASS_JOINS not in rules.windows:
            return
        with self._database.uow() as unit:
            account = unit.session.get(Account, str(account_id))
            record_join(
                SqlWindowStore(unit.session),
                rules.behaviour,
                channel_id=str(channel_id),
                account_id=str(account_id),
                account_created_at=account.created_at if account else None,
                at=unit.clock.now(),
            )
            unit.commit()
