"""The legal assessment engine: `assess(request, policy) -> Assessment`.

A pure function: no I/O, no database, no clock. The same request under the same policy always
gives the same proposal, byte for byte, which is what lets a final decision cite it by digest.

How it decides. The request is split into *items*: per target, one content item (removal,
restriction, ban, suspension, or the freeze of a preservation) and one data item per requested
field. Each rule is a function keyed by its `RuleId`; they run in `_PIPELINE` order and give
items a verdict:

* ACT            the proposal acts (removes, restricts, discloses, preserves);
* REVIEW         a human-rights review decides;
* NEED_INFO      something is missing (named in `missing`);
* REFUSE_CURABLE refused as asked, but the right process would unlock it (a judge's order);
* REFUSE         refused, and no paperwork changes that.

Then the disposition: any NEED_INFO → `need_more_info`; else any REVIEW → `human_rights_review`;
else ACT with refusals → `partial`; ACT alone → `comply` (or `geo_restrict` when every action is
confined to the requesting country); refusals that only the right process could cure →
`need_more_info`; refusals alone → `refuse`.

Safeguards that must never be weakened, each covered by a property test:
* key or backdoor demands are refused for every country, authority and urgency;
* an unverified sender gets no ACT at all, hence never `comply` and never data;
* nothing is disclosed beyond the tier the process unlocks (`disclose` ⊆ `data_requested`);
* a protected label only ever moves a target towards review or refusal, never towards action.

The order of evaluation is fixed here (later rules build on earlier verdicts: the gates for
competence, legal basis and verification run last so that they see every proposed action). The
order of *explanation* is the policy's: `reasons` lists the rules that fired in the order of
`rules:` in policy.yaml, each with its sentence and the details of how it applied.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from dataclasses import field as _field
from enum import StrEnum

from safeharbour.kit.canonical import digest_of
from safeharbour.kit.labels import HARM_LABELS, PROTECTED_LABELS, Label
from safeharbour.legal.assessment.policy import (
    ApprovalDoc,
    CompetenceCondition,
    CompetenceRowDoc,
    DataTier,
    JurisdictionProfile,
    Policy,
    RequestKind,
    RuleId,
    TierRequirement,
)
from safeharbour.legal.assessment.schemas import (
    AUDIENCE_KINDS,
    CONTAINER_KINDS,
    DISPOSITION_ANSWERS,
    Approval,
    ApprovalStage,
    Assessment,
    AssessmentRequest,
    AuthorityKind,
    CompetenceView,
    DataField,
    Disposition,
    InstrumentView,
    JurisdictionView,
    LegalInstrument,
    LegalProcess,
    Missing,
    NotificationTiming,
    Reason,
    RequestType,
    RuleOfLaw,
    Scope,
    Target,
    TargetAction,
    TargetKind,
    TargetOutcome,
    TargetReason,
    UserNotification,
)


class Verdict(StrEnum):
    ACT = "act"
    REVIEW = "review"
    NEED_INFO = "need_info"
    REFUSE_CURABLE = "refuse_curable"
    REFUSE = "refuse"


@dataclass
class Item:
    """One decision inside a request: a target's content (field None) or one datum about it."""

    target: int | None
    datum: DataField | None = None
    verdict: Verdict = Verdict.ACT
    action: TargetAction = TargetAction.NONE
    scope: Scope = Scope.NONE
    terms_ground: bool = False
    terms_action: TargetAction = TargetAction.NONE  # kept when a gate stops the order's action
    missing: list[Missing] = _field(default_factory=list)

    def set(self, verdict: Verdict, *missing: Missing) -> None:
        self.verdict = verdict
        self.missing.extend(missing)
        if verdict is not Verdict.ACT:
            self.action, self.scope = TargetAction.NONE, Scope.NONE


_GLOBAL_ACTION: dict[TargetKind, TargetAction] = {
    TargetKind.POST: TargetAction.REMOVE,
    TargetKind.CHANNEL: TargetAction.BAN,
    TargetKind.GROUP: TargetAction.BAN,
    TargetKind.ACCOUNT: TargetAction.SUSPEND,
}

_ALLOWS_DISCLOSURE = {Disposition.COMPLY, Disposition.GEO_RESTRICT, Disposition.PARTIAL}


@dataclass
class _Ctx:
    req: AssessmentRequest
    policy: Policy
    profile: JurisdictionProfile
    kind: RequestKind
    instrument: LegalInstrument
    binding: bool = False
    stop: bool = False  # the whole request is refused; later rules have nothing to decide
    content: dict[int, Item] = _field(default_factory=dict)
    data: dict[tuple[int, DataField], Item] = _field(default_factory=dict)
    extra: list[Item] = _field(default_factory=list)  # request-level items
    vague: set[int] = _field(default_factory=set)
    fired: dict[RuleId, list[str]] = _field(default_factory=dict)
    target_rules: defaultdict[int, set[RuleId]] = _field(default_factory=lambda: defaultdict(set))
    file_as_notice: bool = False
    # Per target (None: the request as a whole): rule -> details, and rule -> rows read.
    target_details: defaultdict[int | None, dict[RuleId, list[str]]] = _field(
        default_factory=lambda: defaultdict(dict)
    )
    rows_read: defaultdict[int | None, dict[RuleId, list[str]]] = _field(
        default_factory=lambda: defaultdict(dict)
    )
    competence: CompetenceView | None = None
    review_after: bool = False
    # set after aggregation
    disposition: Disposition = Disposition.REFUSE
    disclose: list[DataField] = _field(default_factory=list)
    notification: UserNotification | None = None
    auto: bool = False

    # -- helpers -------------------------------------------------------------------------------

    @property
    def weak(self) -> bool:
        """Weak or unknown rule of law: unknown gets the caution of weak."""
        return self.profile.rule_of_law is not RuleOfLaw.STRONG

    @property
    def statement(self) -> str:
        """The statement scanned for key and interception demands. A content request asks for
        removal by its nature, so its statement (which may well quote "a leaked private key" or
        "visible to all users") is not read as a demand."""
        return "" if self.kind is RequestKind.CONTENT else self.req.statement

    @property
    def items(self) -> list[Item]:
        return [*self.content.values(), *self.data.values(), *self.extra]

    def fire(
        self,
        rule: RuleId,
        *details: str,
        targets: Iterable[int | None] = (),
        rows: Iterable[str] = (),
    ) -> None:
        bucket = self.fired.setdefault(rule, [])
        for detail in details:
            if detail not in bucket:
                bucket.append(detail)
        rows = list(rows)
        indexes: list[int | None] = [i for i in targets if i is not None] or [None]
        for index in indexes:
            if index is not None:
                self.target_rules[index].add(rule)
            mine = self.target_details[index].setdefault(rule, [])
            mine.extend(d for d in details if d not in mine)
            self.read(rule, *rows, target=index)

    def read(self, rule: RuleId, *rows: str, target: int | None = None) -> None:
        """Record policy data rows a rule read (printed by `legal assess --explain`)."""
        mine = self.rows_read[target].setdefault(rule, [])
        mine.extend(r for r in rows if r not in mine)

    def targets(self) -> list[tuple[int, Target]]:
        return list(enumerate(self.req.targets))

    def specific(self) -> list[tuple[int, Target]]:
        return [(i, t) for i, t in self.targets() if i not in self.vague]

    def undecided_content(self) -> list[tuple[int, Target]]:
        if self.stop or self.kind is not RequestKind.CONTENT:
            return []
        return [(i, t) for i, t in self.specific() if i not in self.content]

    def gate(self, missing: Missing) -> list[int | None]:
        """Turn proposed actions and reviews into NEED_INFO; return the targets touched. Content
        that breaks the terms is gated too: the order is answered as it deserves, and
        R-TERMS-FIRST acts on that content under the terms instead."""
        touched: list[int | None] = []
        for item in self.items:
            if item.verdict in (Verdict.ACT, Verdict.REVIEW):
                item.set(Verdict.NEED_INFO, missing)
                touched.append(item.target)
            elif item.verdict in (Verdict.NEED_INFO, Verdict.REFUSE_CURABLE) and (
                missing not in item.missing
            ):
                # already waiting for something else: this is asked for too, in the same answer
                item.missing.append(missing)
                touched.append(item.target)
        return touched

    @property
    def judicial(self) -> bool:
        """A judge's order: a court, a process that is one by nature, or a judge's validation."""
        req = self.req
        return (
            req.authority.kind is AuthorityKind.COURT
            or req.judicial_authorisation
            or req.process in self.policy.doc.data.judicial_processes
        )

    def refuse_whole(self, rule: RuleId) -> None:
        self.stop = True
        for index, _ in self.targets():
            self.content[index] = Item(index, verdict=Verdict.REFUSE)
            self.target_rules[index].add(rule)
        for item in [*self.data.values(), *self.extra]:
            item.set(Verdict.REFUSE)
        self.extra.append(Item(None, verdict=Verdict.REFUSE))


def _need(field: str, need: str, why: str = "") -> Missing:
    return Missing(field=field, need=need, why=" ".join(why.split()))


def _describe(target: Target) -> str:
    return f"{target.kind} {target.id!r}"


def _labels(labels: Iterable[Label]) -> str:
    return ", ".join(sorted(label.value for label in labels))


def _protected(target: Target) -> set[Label]:
    return set(target.labels) & PROTECTED_LABELS


def _global_terms(policy: Policy) -> set[Label]:
    return set(policy.doc.labels.global_terms)


def _breaks_terms(ctx: _Ctx, target: Target) -> bool:
    """A review's verdict wins; without one, a global-terms harm label decides."""
    if target.violates_terms is not None:
        return target.violates_terms
    return bool(set(target.labels) & _global_terms(ctx.policy))


def _local_harm(ctx: _Ctx, target: Target) -> set[Label]:
    return set(target.labels) & (set(HARM_LABELS) - _global_terms(ctx.policy))


def _statement_hits(markers: Iterable[str], statement: str) -> list[str]:
    text = " ".join(statement.lower().split())
    return [m for m in markers if re.search(rf"(?<!\w){re.escape(m)}(?!\w)", text)]


# ---------------------------------------------------------------------------------------------
# Rules. Each reads the context and records verdicts and the details of how it applied.


def _instrument_scope(ctx: _Ctx) -> None:
    claimed = ctx.req.legal_instrument
    if ctx.policy.binds(claimed, ctx.profile):
        ctx.instrument, ctx.binding = claimed, True
    elif ctx.policy.doc.instruments[claimed].binding_in:
        ctx.instrument, ctx.binding = LegalInstrument.NATIONAL, False
        ctx.fire(
            RuleId.INSTRUMENT_SCOPE,
            f"{claimed} does not bind the platform for an authority of "
            f"{ctx.profile.country}: handled as a voluntary national request",
        )


def _rol_unknown(ctx: _Ctx) -> None:
    if ctx.profile.rule_of_law is RuleOfLaw.UNKNOWN:
        ctx.fire(
            RuleId.ROL_UNKNOWN,
            f"no rule-of-law estimate is published for {ctx.profile.country}: treated as weak",
        )


def _keys_never(ctx: _Ctx) -> None:
    req = ctx.req
    hits = _statement_hits(ctx.policy.params(RuleId.KEYS_NEVER).statement_markers, ctx.statement)
    details = []
    if req.type is RequestType.ENCRYPTION_KEY:
        details.append("the request demands encryption keys")
    if DataField.ENCRYPTION_KEYS in req.data_requested:
        details.append("encryption_keys is among the data requested: never disclosed")
    if hits:
        details.append("the statement asks for: " + ", ".join(hits))
    if not details:
        return
    ctx.fire(RuleId.KEYS_NEVER, *details)
    if ctx.kind in (RequestKind.FORBIDDEN, RequestKind.UNRECOGNISED):
        ctx.refuse_whole(RuleId.KEYS_NEVER)
    else:
        # The forbidden part is refused; the rest of the request is judged on its own.
        ctx.extra.append(Item(None, verdict=Verdict.REFUSE))


def _interception_never(ctx: _Ctx) -> None:
    params = ctx.policy.params(RuleId.INTERCEPTION_NEVER)
    hits = _statement_hits(params.statement_markers, ctx.statement)
    wants_data = bool(ctx.req.data_requested) and ctx.kind in (
        RequestKind.DATA,
        RequestKind.EMERGENCY,
    )
    untargeted = wants_data and bool(_statement_hits(params.untargeted_markers, ctx.statement))
    bulk = untargeted or (wants_data and len(ctx.req.targets) > params.bulk_max_targets)
    details = []
    if hits:
        details.append("the statement asks for: " + ", ".join(hits))
    if untargeted:
        details.append("the data asked for is untargeted: refused as a whole")
    if bulk:
        details.append(
            f"data about {len(ctx.req.targets)} targets is bulk collection "
            f"(more than {params.bulk_max_targets})"
        )
    if not details:
        return
    ctx.fire(RuleId.INTERCEPTION_NEVER, *details)
    if bulk or ctx.kind in (RequestKind.FORBIDDEN, RequestKind.UNRECOGNISED):
        ctx.refuse_whole(RuleId.INTERCEPTION_NEVER)
    else:
        ctx.extra.append(Item(None, verdict=Verdict.REFUSE))


def _type_unrecognised(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is not RequestKind.UNRECOGNISED:
        return
    missing = _need(
        "type",
        "the specific request: removal_order, block_channel, account_suspension, "
        "information_order, production_order, preservation or emergency_disclosure",
    )
    ctx.fire(
        RuleId.TYPE_UNRECOGNISED,
        f"a request of type {ctx.req.type} cannot be assessed as it stands",
        targets=range(len(ctx.req.targets)),
    )
    ctx.extra.append(Item(None, verdict=Verdict.NEED_INFO, missing=[missing]))
    for index, _ in ctx.targets():
        ctx.content[index] = Item(index, verdict=Verdict.NEED_INFO)


def _targets_specific(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is RequestKind.UNRECOGNISED:
        return
    pattern = re.compile(ctx.policy.params(RuleId.TARGETS_SPECIFIC).vague_id_pattern, re.IGNORECASE)
    for index, target in ctx.targets():
        if "*" in target.id or pattern.fullmatch(target.id.strip()):
            ctx.vague.add(index)
            need = f"the exact {target.kind} (its platform id or link), not {target.id!r}"
            ctx.content[index] = Item(
                index, verdict=Verdict.NEED_INFO, missing=[_need(f"targets.{index}.id", need)]
            )
            ctx.fire(
                RuleId.TARGETS_SPECIFIC,
                f"{_describe(target)} does not name one {target.kind}",
                targets=[index],
            )
    if ctx.kind in (RequestKind.DATA, RequestKind.EMERGENCY) and not ctx.req.data_requested:
        ctx.fire(RuleId.TARGETS_SPECIFIC, "no data is named in data_requested")
        ctx.extra.append(
            Item(
                None,
                verdict=Verdict.NEED_INFO,
                missing=[_need("data_requested", "the specific data wanted")],
            )
        )


def _terms_global(ctx: _Ctx) -> None:
    for index, target in ctx.undecided_content():
        if not _breaks_terms(ctx, target):
            continue
        if target.kind in CONTAINER_KINDS and _protected(target):
            continue  # a whole channel of protected expression: R-PROTECTED-EXPRESSION decides
        action = _GLOBAL_ACTION[target.kind]
        ctx.content[index] = Item(
            index,
            verdict=Verdict.ACT,
            action=action,
            scope=Scope.GLOBAL,
            terms_ground=True,
            terms_action=action,
        )
        why = _labels(set(target.labels) & _global_terms(ctx.policy)) or "per the platform's review"
        ctx.fire(
            RuleId.TERMS_GLOBAL,
            f"{_describe(target)} breaks the terms ({why}): {action} worldwide",
            targets=[index],
        )


def _proportionality(ctx: _Ctx) -> None:
    items = [i for i, t in ctx.specific() if t.kind is TargetKind.POST]
    for index, target in ctx.undecided_content():
        if target.kind not in CONTAINER_KINDS or _breaks_terms(ctx, target):
            continue  # items judge themselves; a terms-breaking container is dedicated to harm
        if items:
            ctx.content[index] = Item(index, verdict=Verdict.REFUSE)
            ctx.fire(
                RuleId.PROPORTIONALITY,
                f"{_describe(target)} is not dedicated to harm: kept, and the "
                f"{len(items)} listed item(s) are judged instead",
                targets=[index],
            )
        elif not _protected(target) and not _local_harm(ctx, target):
            need = (
                f"the specific unlawful items in {_describe(target)}: it is not dedicated to "
                "harm as a whole"
            )
            ctx.content[index] = Item(
                index, verdict=Verdict.NEED_INFO, missing=[_need(f"targets.{index}", need)]
            )
            ctx.fire(
                RuleId.PROPORTIONALITY,
                f"{_describe(target)} is not dedicated to harm and no items in it are named",
                targets=[index],
            )


def _protected_channel_items(ctx: _Ctx) -> None:
    if ctx.kind is not RequestKind.CONTENT or ctx.stop:
        return
    kept = [
        i
        for i, t in ctx.specific()
        if t.kind in CONTAINER_KINDS
        and _protected(t)
        and (item := ctx.content.get(i)) is not None
        and item.verdict is Verdict.REFUSE
    ]
    removed = [
        i
        for i, t in ctx.specific()
        if t.kind is TargetKind.POST and (item := ctx.content.get(i)) and item.terms_ground
    ]
    if kept and removed:
        names = ", ".join(_describe(ctx.req.targets[i]) for i in kept)
        ctx.fire(
            RuleId.PROTECTED_CHANNEL_ITEMS,
            f"{names} stays; the {len(removed)} harmful item(s) named are removed one by one",
            targets=[*kept, *removed],
        )


def _preservation(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is not RequestKind.PRESERVATION:
        return
    specific = ctx.specific()
    for index, _ in specific:
        ctx.content[index] = Item(index, verdict=Verdict.ACT)
    what = ", ".join(f.value for f in ctx.req.data_requested if f != "encryption_keys")
    ctx.fire(
        RuleId.PRESERVATION,
        f"the data of {len(specific)} target(s) is frozen ({what or 'all data held'}); "
        "nothing is disclosed",
        targets=[i for i, _ in specific],
    )


def _requested_fields(ctx: _Ctx) -> list[DataField]:
    return [f for f in ctx.req.data_requested if f is not DataField.ENCRYPTION_KEYS]


def _emergency(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is not RequestKind.EMERGENCY:
        return
    params = ctx.policy.params(RuleId.EMERGENCY)
    law = ctx.policy.emergency_row(ctx.profile)
    # The smaller of what the law lets this requester receive and the platform's ceiling.
    ceiling = [f for f in params.allowed_fields if f in law.fields]
    minimum = [f for f in params.weak_rol_minimum if f in ceiling]
    necessity = ctx.req.emergency_necessity
    details = []
    if not ctx.req.threat_to_life:
        details.append(
            "no imminent threat to life or of serious injury is stated: ordinary legal process "
            "applies"
        )
    excess = [f.value for f in _requested_fields(ctx) if f not in ceiling]
    if excess and ctx.req.threat_to_life:
        details.append(
            f"not minimal data or beyond what the law lets this requester receive ({law.id}), "
            f"refused: {', '.join(excess)}"
        )
    if not ctx.req.authority.verified:
        details.append("the requester has not been verified out of band")
    if ctx.req.threat_to_life:
        details.append(f"legal ground for the requester: {' '.join(law.source.split())}")
    for index, _ in ctx.specific():
        for data_field in _requested_fields(ctx):
            item = Item(index, data_field, Verdict.REFUSE)
            if ctx.req.threat_to_life and data_field in ceiling:
                item.verdict = Verdict.ACT
                if ctx.weak and data_field not in minimum and not necessity:
                    item.set(
                        Verdict.REFUSE_CURABLE,
                        _need(
                            "emergency_necessity",
                            f"{data_field}: why it is needed to avert the threat",
                            "Platform policy where the rule of law is weak or unknown: the "
                            "minimum goes first, more only when the request explains why it "
                            "is needed (fake emergency requests are a known way to unmask "
                            "people).",
                        ),
                    )
                    details.append(
                        f"{data_field}: beyond the minimum ({', '.join(minimum)}) and no "
                        "necessity is explained"
                    )
            ctx.data[(index, data_field)] = item
    ctx.fire(
        RuleId.EMERGENCY,
        *details,
        targets=[i for i, _ in ctx.specific()],
        rows=[f"competence.yaml emergency {law.id}" + (" [verify]" if law.verify else "")],
    )


def _tiers_in_force(ctx: _Ctx) -> tuple[dict[DataTier, TierRequirement], str]:
    instrument = ctx.policy.doc.instruments[ctx.instrument]
    if ctx.binding and instrument.data_tiers is not None:
        return dict(instrument.data_tiers), f"{ctx.instrument} binds: its own tiers apply"
    if ctx.binding:
        return (
            dict(ctx.policy.doc.data.platform_policy),
            f"{ctx.instrument} binds but names no tiers: the platform tiers apply",
        )
    return (
        dict(ctx.policy.doc.data.platform_policy),
        f"a voluntary request ({ctx.instrument}): the stricter platform tiers apply",
    )


def _tier_source(ctx: _Ctx) -> str:
    instrument = ctx.policy.doc.instruments[ctx.instrument]
    if ctx.binding and instrument.data_tiers is not None:
        return f"The tiers of {instrument.title}"
    return "The platform's tiers for a voluntary request"


def _tier_row(ctx: _Ctx, tier: DataTier) -> str:
    instrument = ctx.policy.doc.instruments[ctx.instrument]
    if ctx.binding and instrument.data_tiers is not None:
        return f"policy.yaml instruments.{ctx.instrument}.data_tiers.{tier}"
    return f"policy.yaml data.platform_policy.{tier}"


def _wants_tiered_data(ctx: _Ctx) -> bool:
    return (
        not ctx.stop
        and ctx.kind in (RequestKind.DATA, RequestKind.CONTENT)
        and bool(_requested_fields(ctx))
    )


def _data_instrument(ctx: _Ctx) -> None:
    if _wants_tiered_data(ctx):
        ctx.fire(RuleId.DATA_INSTRUMENT, _tiers_in_force(ctx)[1])


def _data_tiers(ctx: _Ctx) -> None:
    if not _wants_tiered_data(ctx):
        return
    req, policy = ctx.req, ctx.policy
    tiers, _ = _tiers_in_force(ctx)
    judicial = req.judicial_authorisation or req.process in policy.doc.data.judicial_processes
    offence = (
        req.offence_category is not None
        and req.offence_category not in policy.doc.offences.not_an_offence
    )
    details = []
    for data_field in _requested_fields(ctx):
        tier = policy.tier_of(data_field)
        need = tiers[tier]
        verdict, missing = Verdict.ACT, None
        if req.process not in need.processes or (need.judicial_authorisation and not judicial):
            verdict = Verdict.REFUSE_CURABLE
            missing = _need(
                "legal_process",
                f"{data_field}: {need.describe()}",
                f"{_tier_source(ctx)} allow {tier} data only on that process.",
            )
            details.append(f"{data_field} ({tier}) needs {need.describe()}; given {req.process}")
        elif need.criminal_offence and not offence:
            verdict = Verdict.NEED_INFO
            missing = _need(
                "offence_category",
                f"{data_field}: the criminal offence under investigation",
                f"{_tier_source(ctx)} give {tier} data only for a criminal investigation.",
            )
            details.append(f"{data_field} ({tier}) needs a named criminal offence")
        else:
            details.append(f"{data_field} ({tier}) is unlocked by {req.process}")
        for index, _ in ctx.specific():
            ctx.data[(index, data_field)] = Item(
                index, data_field, verdict, missing=[missing] if missing else []
            )
    ctx.fire(
        RuleId.DATA_TIERS,
        *details,
        targets=[i for i, _ in ctx.specific()],
        rows=[_tier_row(ctx, policy.tier_of(f)) for f in _requested_fields(ctx)],
    )


def _e2e_content(ctx: _Ctx) -> None:
    if ctx.stop or DataField.MESSAGE_CONTENT not in ctx.req.data_requested:
        return
    if ctx.policy.doc.platform.end_to_end_private_chats:
        detail = (
            "private chats are end-to-end encrypted: their content cannot be produced; at most "
            "the channel and group posts the platform holds"
        )
    else:
        detail = "only content the platform holds can be produced"
    ctx.fire(RuleId.E2E_CONTENT_IMPOSSIBLE, detail)


def _absolute(ctx: _Ctx, labels: set[Label]) -> set[Label]:
    """The protected labels whose restriction on a non-judicial order where the rule of law is
    weak or unknown is refused outright (peaceful protest, political speech)."""
    if not ctx.weak or ctx.judicial:
        return set()
    return labels & set(ctx.policy.params(RuleId.PROTECTED_EXPRESSION).absolute_labels)


def _collision(ctx: _Ctx, target: Target, labels: set[Label], what: str) -> str:
    order = "a court order" if ctx.judicial else f"a {ctx.req.authority.kind}'s order"
    return (
        f"{_describe(target)}: {order} to {what} collides with protected expression "
        f"({_labels(labels)}) where the rule of law is {ctx.profile.rule_of_law}: a human-rights "
        "review weighs whether the restriction is provided by law, pursues a legitimate aim and "
        "is necessary and proportionate (ICCPR Art. 19(3))"
    )


def _protected_expression(ctx: _Ctx) -> None:
    if ctx.stop:
        return
    rows = [f"jurisdictions.csv {ctx.profile.country}"]
    for index, target in ctx.undecided_content():
        labels = _protected(target)
        if not labels:
            continue
        absolute = _absolute(ctx, labels)
        if target.kind in CONTAINER_KINDS and _breaks_terms(ctx, target):
            verdict = Verdict.REVIEW
            detail = (
                f"{_describe(target)} breaks the terms but is protected expression "
                f"({_labels(labels)}): a person decides on the whole {target.kind}"
            )
        elif absolute:
            verdict = Verdict.REFUSE
            detail = (
                f"{_describe(target)} is {_labels(absolute)}; a non-judicial order where the "
                f"rule of law is {ctx.profile.rule_of_law}: refused (absolute rule)"
            )
        else:
            verdict = Verdict.REVIEW
            detail = (
                _collision(ctx, target, labels, "restrict it")
                if ctx.weak
                else f"{_describe(target)} is {_labels(labels)}; the rule of law is strong: "
                "human-rights review"
            )
        ctx.content[index] = Item(index, verdict=verdict)
        ctx.fire(RuleId.PROTECTED_EXPRESSION, detail, targets=[index], rows=rows)
    # Containers kept by proportionality still say why they are protected.
    for index, target in ctx.specific():
        item = ctx.content.get(index)
        if (
            ctx.kind is RequestKind.CONTENT
            and target.kind in CONTAINER_KINDS
            and _protected(target)
            and item is not None
            and item.verdict is Verdict.REFUSE
        ):
            ctx.fire(
                RuleId.PROTECTED_EXPRESSION,
                f"{_describe(target)} is {_labels(_protected(target))}: not removed",
                targets=[index],
            )
    # Unmasking (data) and preservation for a later unmasking.
    for (index, data_field), item in ctx.data.items():
        target = ctx.req.targets[index]
        labels = _protected(target)
        if not labels or item.verdict is Verdict.REFUSE:
            continue
        if _absolute(ctx, labels):
            item.set(Verdict.REFUSE)
            detail = (
                f"{_describe(target)} is {_labels(labels)}; a non-judicial order where the rule "
                f"of law is {ctx.profile.rule_of_law}: not unmasked (absolute rule)"
            )
        elif item.verdict in (Verdict.ACT, Verdict.REVIEW) or ctx.weak:
            item.set(Verdict.REVIEW)
            detail = (
                _collision(ctx, target, labels, f"disclose {data_field}")
                if ctx.weak
                else f"{_describe(target)} is {_labels(labels)}: {data_field} goes to "
                "human-rights review"
            )
        else:
            continue
        ctx.fire(RuleId.PROTECTED_EXPRESSION, detail, targets=[index], rows=rows)
    if ctx.kind is RequestKind.PRESERVATION and ctx.weak:
        for index, target in ctx.specific():
            labels = _protected(target)
            if labels and ctx.content[index].verdict is Verdict.ACT:
                if _absolute(ctx, labels):
                    ctx.content[index].set(Verdict.REFUSE)
                    detail = (
                        f"{_describe(target)} is {_labels(labels)}; a non-judicial order where "
                        f"the rule of law is {ctx.profile.rule_of_law}: not preserved for a "
                        "disclosure that would be refused"
                    )
                else:
                    ctx.content[index].set(Verdict.REVIEW)
                    detail = _collision(ctx, target, labels, "preserve its data")
                ctx.fire(RuleId.PROTECTED_EXPRESSION, detail, targets=[index], rows=rows)


def _local_law_geo(ctx: _Ctx) -> None:
    if ctx.weak:
        return
    for index, target in ctx.undecided_content():
        ctx.content[index] = Item(
            index, verdict=Verdict.ACT, action=TargetAction.RESTRICT, scope=Scope.REQUESTING_COUNTRY
        )
        harm = _labels(_local_harm(ctx, target))
        ctx.fire(
            RuleId.LOCAL_LAW_GEO,
            f"{_describe(target)} is within the global terms"
            + (f" ({harm})" if harm else "")
            + f": withheld in {ctx.profile.country} only",
            targets=[index],
        )


def _local_law_review(ctx: _Ctx) -> None:
    if not ctx.weak:
        return
    for index, target in ctx.undecided_content():
        ctx.content[index] = Item(index, verdict=Verdict.REVIEW)
        ctx.fire(
            RuleId.LOCAL_LAW_REVIEW,
            f"{_describe(target)} is within the global terms; the rule of law in "
            f"{ctx.profile.country} is {ctx.profile.rule_of_law}: human-rights review",
            targets=[index],
        )


def _data_weak_rol(ctx: _Ctx) -> None:
    if not ctx.weak or ctx.stop:
        return
    rows = [f"jurisdictions.csv {ctx.profile.country}"]
    if ctx.kind is RequestKind.EMERGENCY:
        # A verified threat to life cannot wait for a review: the minimum is released now and
        # the review follows after the fact (R-EMERGENCY decided what the minimum is).
        released = [i.target for i in ctx.data.values() if i.verdict is Verdict.ACT]
        if released and ctx.req.authority.verified:
            ctx.review_after = True
            ctx.fire(
                RuleId.DATA_WEAK_ROL,
                f"the rule of law in {ctx.profile.country} is {ctx.profile.rule_of_law}: the "
                "emergency minimum is released now and reviewed for human rights after the fact",
                targets=released,
                rows=rows,
            )
            return
    touched = []
    for item in ctx.data.values():
        if item.verdict is Verdict.ACT:
            item.set(Verdict.REVIEW)
            touched.append(item.target)
    if touched:
        ctx.fire(
            RuleId.DATA_WEAK_ROL,
            f"the rule of law in {ctx.profile.country} is {ctx.profile.rule_of_law}: "
            "disclosure waits for a human-rights review",
            targets=touched,
            rows=rows,
        )


_CONDITION_NEEDS: dict[CompetenceCondition, tuple[str, str]] = {
    CompetenceCondition.ISSUER_NAMED: ("authority.name", "the name of the issuing authority"),
    CompetenceCondition.TCO_DESIGNATED: (
        "authority.tco_designation",
        "the authority's designation under TCO Art. 12 (its entry in the Commission's register "
        "of competent authorities); the agency record carries none",
    ),
    CompetenceCondition.JUDGE_OR_PROSECUTOR: (
        "judicial_authorisation",
        "the order issued or validated by a judge, a court, an investigating judge or a prosecutor",
    ),
    CompetenceCondition.JUDICIAL: ("legal_process", "a court's order"),
}


def _condition_holds(ctx: _Ctx, row: CompetenceRowDoc) -> bool:
    req = ctx.req
    match row.condition:
        case CompetenceCondition.NONE:
            return True
        case CompetenceCondition.ISSUER_NAMED:
            return bool(req.authority.name and req.authority.name.strip())
        case CompetenceCondition.TCO_DESIGNATED:
            return req.authority.tco_designation is not None
        case CompetenceCondition.JUDGE_OR_PROSECUTOR:
            return (
                req.authority.kind
                in (
                    AuthorityKind.COURT,
                    AuthorityKind.PROSECUTOR,
                )
                or req.process
                in (
                    LegalProcess.PROSECUTOR_ORDER,
                    LegalProcess.COURT_ORDER,
                    LegalProcess.WARRANT,
                )
                or bool(req.judicial_authorisation)
            )
        case CompetenceCondition.JUDICIAL:
            return ctx.judicial


def _row_name(row: CompetenceRowDoc) -> str:
    return f"competence.yaml {row.id}" + (" [verify]" if row.verify else "")


def _authority_competent(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is RequestKind.UNRECOGNISED:
        return
    req = ctx.req
    level, rows = ctx.policy.competence_rows(
        req.type, ctx.instrument, ctx.binding, ctx.profile.country
    )
    kind = req.authority.kind
    names = [_row_name(row) for row in rows]
    issuing = [row for row in rows if kind in row.issuers]
    holding = [row for row in issuing if _condition_holds(ctx, row)]
    ctx.competence = CompetenceView(
        level=level,
        rows=[row.id for row in rows],
        competent=bool(holding),
        verify=any(row.verify for row in rows),
    )
    readers: list[int | None] = [*range(len(req.targets))] or [None]
    for index in readers:
        ctx.read(RuleId.AUTHORITY_COMPETENT, *names, target=index)
    if holding:
        return
    where = {
        "instrument": f"under {ctx.instrument}",
        "country": f"under the law of {ctx.profile.country} on file",
        "default": "under the platform's default (no law on file for this country)",
    }[level]
    if issuing:
        row = issuing[0]
        field, need = _CONDITION_NEEDS[row.condition]
        missing = _need(field, need, f"{row.id}: {row.source}")
        detail = f"a {kind} may issue a {req.type} {where} ({row.id}) only with {need}"
    else:
        allowed = sorted({k.value for row in rows for k in row.issuers})
        missing = _need(
            "authority.kind",
            f"the provision of law that empowers a {kind} to issue a {req.type} in "
            f"{ctx.profile.country} (on file {where}: {', '.join(allowed) or 'nobody'})",
            " ".join(row.source for row in rows),
        )
        detail = (
            f"a {kind} is not named {where} for a {req.type} "
            f"({', '.join(r.id for r in rows)}: {', '.join(allowed) or 'nobody'})"
        )
    touched = ctx.gate(missing)
    ctx.fire(RuleId.AUTHORITY_COMPETENT, detail, targets=touched, rows=names)


def _legal_basis_why(ctx: _Ctx) -> str:
    if ctx.binding and ctx.instrument in (LegalInstrument.DSA_ART9, LegalInstrument.TCO):
        return (
            "DSA Art. 9(2)(a)(i) (and TCO Annex I for removal orders): a valid order states "
            "its legal basis in Union or national law."
        )
    if ctx.binding and ctx.instrument is LegalInstrument.DSA_ART10:
        return "DSA Art. 10(2)(a)(i): a valid order states its legal basis."
    if ctx.kind is RequestKind.CONTENT:
        return (
            "Content within the platform's terms is restricted only under the requesting "
            "country's law: the provision it breaks must be named."
        )
    return (
        "User data is disclosed only under a law that allows the authority to demand it: the "
        "provision must be named so that competence and the data tier can be checked."
    )


def _legal_basis(ctx: _Ctx) -> None:
    if ctx.stop or ctx.kind is RequestKind.UNRECOGNISED:
        return
    if not ctx.policy.doc.request_types[ctx.req.type].legal_basis_required:
        return
    if ctx.req.legal_basis:
        return
    touched = ctx.gate(
        _need("legal_basis", "the provision of law the order rests on", _legal_basis_why(ctx))
    )
    ctx.fire(RuleId.LEGAL_BASIS, "no legal basis is cited", targets=touched)


def _unverified(ctx: _Ctx) -> None:
    if ctx.req.authority.verified:
        return
    missing = _need(
        "authority.verified",
        "verification of the sender: official register or point of contact, qualified "
        "signature or seal, or an out-of-band call-back to a pre-verified channel",
        "Nothing is done or disclosed on the word of a sender whose authority is not "
        "established (forged orders and emergency requests are a known attack).",
    )
    touched = ctx.gate(missing)
    ctx.fire(
        RuleId.UNVERIFIED,
        "the sender has not been verified: nothing is done or disclosed on its word",
        targets=touched,
    )


def _terms_first(ctx: _Ctx) -> None:
    for index, item in ctx.content.items():
        if not item.terms_ground or item.verdict is Verdict.ACT:
            continue
        ctx.file_as_notice = True
        target = ctx.req.targets[index]
        ctx.fire(
            RuleId.TERMS_FIRST,
            f"{_describe(target)} breaks the terms: {item.terms_action} worldwide under the "
            "terms (filed as a notice); the order itself is answered on its own merits",
            targets=[index],
        )


def _unverified_as_notice(ctx: _Ctx) -> None:
    if ctx.req.authority.verified or ctx.stop or ctx.kind is not RequestKind.CONTENT:
        return
    ctx.file_as_notice = True
    ctx.fire(
        RuleId.UNVERIFIED_AS_NOTICE,
        f"the {len(ctx.req.targets)} target(s) are filed as an ordinary notice",
        targets=range(len(ctx.req.targets)),
    )


# -- rules that read the disposition -------------------------------------------------------


def _user_notice(ctx: _Ctx) -> None:
    acted = any(
        item.verdict is Verdict.ACT and item.action is not TargetAction.NONE
        for item in ctx.content.values()
    )
    if not acted and not ctx.disclose:
        ctx.notification = UserNotification(notify=False, when=NotificationTiming.NOT_APPLICABLE)
        return
    req = ctx.req
    touched = [
        i
        for i, _ in ctx.targets()
        if (i in ctx.content and ctx.content[i].action is not TargetAction.NONE)
        or any(item.verdict is Verdict.ACT for (j, _f), item in ctx.data.items() if j == i)
    ]
    if not req.gag_order:
        ctx.notification = UserNotification(notify=True, when=NotificationTiming.ON_EFFECT)
        detail = "no gag order: the user is told when effect is given"
    elif req.gag_order_until is not None:
        after = req.gag_order_until + dt.timedelta(days=1)
        ctx.notification = UserNotification(
            notify=True, when=NotificationTiming.AFTER_GAG, not_before=after
        )
        detail = f"gag order until {req.gag_order_until}: the user is told from {after}"
    else:
        every = ctx.policy.params(RuleId.USER_NOTICE).open_gag_review_every
        ctx.notification = UserNotification(
            notify=True, when=NotificationTiming.AFTER_GAG, gag_review_every=every
        )
        detail = f"open-ended gag order: the user is told when it ends; re-examined every {every}"
    ctx.fire(RuleId.USER_NOTICE, detail, targets=touched)


def _large_audience(ctx: _Ctx, target: Target) -> bool:
    threshold = ctx.policy.params(RuleId.PROPORTIONALITY).large_audience_subscribers
    return target.kind in AUDIENCE_KINDS and (
        target.subscribers is None or target.subscribers >= threshold
    )


def _auto_execute(ctx: _Ctx) -> None:
    params = ctx.policy.params(RuleId.AUTO_EXECUTE)
    req = ctx.req
    if (
        ctx.disposition is not Disposition.COMPLY
        or not req.authority.verified
        or req.type not in params.types
        or not ctx.binding
        or ctx.instrument not in params.instruments
        or req.data_requested
        or ctx.extra
        or not req.targets
    ):
        return
    global_terms = _global_terms(ctx.policy)
    for index, target in ctx.targets():
        item = ctx.content.get(index)
        if (
            item is None
            or item.verdict is not Verdict.ACT
            or not item.terms_ground
            or target.kind not in params.target_kinds
            or not set(target.labels) & global_terms
            or target.violates_terms is False
            or _protected(target)
            or _large_audience(ctx, target)
        ):
            return
    ctx.auto = True
    ctx.fire(
        RuleId.AUTO_EXECUTE,
        f"a verified {ctx.instrument} order against content labelled as breaking the terms: "
        "carried out at once, reviewed by a person after the fact",
        targets=range(len(req.targets)),
    )


RuleFn = Callable[[_Ctx], None]

_PIPELINE: tuple[tuple[RuleId, RuleFn], ...] = (
    (RuleId.INSTRUMENT_SCOPE, _instrument_scope),
    (RuleId.ROL_UNKNOWN, _rol_unknown),
    (RuleId.KEYS_NEVER, _keys_never),
    (RuleId.INTERCEPTION_NEVER, _interception_never),
    (RuleId.TYPE_UNRECOGNISED, _type_unrecognised),
    (RuleId.TARGETS_SPECIFIC, _targets_specific),
    (RuleId.TERMS_GLOBAL, _terms_global),
    (RuleId.PROPORTIONALITY, _proportionality),
    (RuleId.PROTECTED_CHANNEL_ITEMS, _protected_channel_items),
    (RuleId.PRESERVATION, _preservation),
    (RuleId.EMERGENCY, _emergency),
    (RuleId.DATA_INSTRUMENT, _data_instrument),
    (RuleId.DATA_TIERS, _data_tiers),
    (RuleId.E2E_CONTENT_IMPOSSIBLE, _e2e_content),
    (RuleId.PROTECTED_EXPRESSION, _protected_expression),
    (RuleId.LOCAL_LAW_GEO, _local_law_geo),
    (RuleId.LOCAL_LAW_REVIEW, _local_law_review),
    (RuleId.DATA_WEAK_ROL, _data_weak_rol),
    (RuleId.AUTHORITY_COMPETENT, _authority_competent),
    (RuleId.LEGAL_BASIS, _legal_basis),
    (RuleId.UNVERIFIED, _unverified),
    (RuleId.TERMS_FIRST, _terms_first),
    (RuleId.UNVERIFIED_AS_NOTICE, _unverified_as_notice),
)
"""Rules that propose, in evaluation order."""

_AFTER_DISPOSITION: tuple[tuple[RuleId, RuleFn], ...] = (
    (RuleId.USER_NOTICE, _user_notice),
    (RuleId.AUTO_EXECUTE, _auto_execute),
)
"""Rules that read the disposition."""

IMPLEMENTED_RULES: frozenset[RuleId] = frozenset(
    rule for rule, _ in (*_PIPELINE, *_AFTER_DISPOSITION)
)
if set(RuleId) != IMPLEMENTED_RULES or len(_PIPELINE) + len(_AFTER_DISPOSITION) != len(RuleId):
    raise RuntimeError("every RuleId must be implemented exactly once in engine.py")


# ---------------------------------------------------------------------------------------------
# Aggregation


def _disposition(ctx: _Ctx) -> Disposition:
    """The request as a whole. Where targets get different dispositions and at least one of them
    is acted on, the request is `partial`: one target's problem does not decide the others."""
    overall = _disposition_of(ctx, ctx.items)
    if overall in (Disposition.NEED_MORE_INFO, Disposition.HUMAN_RIGHTS_REVIEW):
        per_target = {_disposition_of(ctx, _target_items(ctx, i)) for i, _ in ctx.targets()}
        if len(per_target) > 1 and per_target & _ALLOWS_DISCLOSURE:
            return Disposition.PARTIAL
    return overall


def _target_items(ctx: _Ctx, index: int) -> list[Item]:
    return [item for item in ctx.items if item.target == index]


def _disposition_of(ctx: _Ctx, items: list[Item]) -> Disposition:
    verdicts = {item.verdict for item in items}
    if not verdicts:
        # Only possible for a targetless request that no rule judged; nothing can be done.
        return Disposition.NEED_MORE_INFO
    if Verdict.NEED_INFO in verdicts:
        return Disposition.NEED_MORE_INFO
    if Verdict.REVIEW in verdicts:
        return Disposition.HUMAN_RIGHTS_REVIEW
    if Verdict.ACT in verdicts:
        if verdicts & {Verdict.REFUSE, Verdict.REFUSE_CURABLE}:
            return Disposition.PARTIAL
        scopes = {
            item.scope
            for item in items
            if item.datum is None
            and item.verdict is Verdict.ACT
            and item.action is not TargetAction.NONE
        }
        if scopes == {Scope.REQUESTING_COUNTRY}:
            return Disposition.GEO_RESTRICT
        return Disposition.COMPLY
    if Verdict.REFUSE_CURABLE in verdicts:
        return Disposition.NEED_MORE_INFO
    return Disposition.REFUSE


def _scope(ctx: _Ctx) -> Scope:
    scopes = {item.scope for item in ctx.content.values() if item.verdict is Verdict.ACT}
    if Scope.GLOBAL in scopes:
        return Scope.GLOBAL
    if Scope.REQUESTING_COUNTRY in scopes:
        return Scope.REQUESTING_COUNTRY
    return Scope.NONE


def _collect_missing(ctx: _Ctx, items: list[Item] | None = None) -> list[Missing]:
    seen: dict[tuple[str, str], Missing] = {}
    for item in ctx.items if items is None else items:
        if item.verdict in (Verdict.NEED_INFO, Verdict.REFUSE_CURABLE):
            for missing in item.missing:
                seen.setdefault((missing.field, missing.need), missing)
    return list(seen.values())


def _merge(into: dict[str, int], approvals: Iterable[ApprovalDoc]) -> None:
    for approval in approvals:
        role = str(approval.role)
        into[role] = max(into.get(role, 0), approval.distinct_people)


def _approvals(ctx: _Ctx) -> list[Approval]:
    doc = ctx.policy.doc.approvals
    if ctx.auto:
        return [
            Approval(role=str(a.role), distinct_people=a.distinct_people, stage=ApprovalStage.AFTER)
            for a in doc.auto_executed
        ]
    need: dict[str, int] = {}
    _merge(need, doc.by_disposition[ctx.disposition])
    if any(item.verdict is Verdict.REVIEW for item in ctx.items):
        # a partial answer with a target in review still needs the review's people
        _merge(need, doc.by_disposition[Disposition.HUMAN_RIGHTS_REVIEW])
    if ctx.disclose:
        _merge(need, doc.disclosure)
    acted = [
        (index, item)
        for index, item in ctx.content.items()
        if item.verdict is Verdict.ACT and item.action is not TargetAction.NONE
    ]
    if any(item.action in (TargetAction.BAN, TargetAction.SUSPEND) for _, item in acted):
        _merge(need, doc.heavy_action)
    large = [i for i, _ in acted if _large_audience(ctx, ctx.req.targets[i])]
    if large:
        _merge(need, doc.large_audience)
        threshold = ctx.policy.params(RuleId.PROPORTIONALITY).large_audience_subscribers
        for index in large:
            target = ctx.req.targets[index]
            size = (
                "an unknown audience"
                if target.subscribers is None
                else (f"{target.subscribers} subscribers")
            )
            ctx.fire(
                RuleId.PROPORTIONALITY,
                f"{_describe(target)} has {size} (threshold {threshold}): large-audience "
                "approvals apply",
                targets=[index],
            )
    before = [Approval(role=role, distinct_people=n) for role, n in need.items()]
    after = (
        [
            Approval(role=str(a.role), distinct_people=a.distinct_people, stage=ApprovalStage.AFTER)
            for a in doc.emergency_after
        ]
        if ctx.review_after and ctx.disclose
        else []
    )
    return before + after


def _deadline_row(ctx: _Ctx) -> str:
    for index, row in enumerate(ctx.policy.doc.deadlines.rows):
        if (
            (row.type is None or ctx.req.type in row.type)
            and (row.instrument is None or ctx.instrument in row.instrument)
            and (row.urgency is None or ctx.req.urgency in row.urgency)
        ):
            return f"policy.yaml deadlines.rows[{index}]"
    return f"policy.yaml deadlines.internal_sla.{ctx.req.urgency}"


def _deadline(ctx: _Ctx) -> tuple[str, str]:
    return ctx.policy.deadline_for(ctx.req.type, ctx.instrument, ctx.req.urgency)


# ---------------------------------------------------------------------------------------------
# Entry point


def assess(request: AssessmentRequest, policy: Policy) -> Assessment:
    """Propose a disposition for one authority request under one policy. Pure and deterministic."""
    profile = policy.profile(request.authority.country)
    ctx = _Ctx(
        req=request,
        policy=policy,
        profile=profile,
        kind=policy.doc.request_types[request.type].kind,
        instrument=request.legal_instrument,
    )
    for _, rule in _PIPELINE:
        rule(ctx)

    for index, target in ctx.targets():
        if ctx.kind is RequestKind.CONTENT and index not in ctx.content and not ctx.stop:
            raise AssertionError(f"no rule decided {_describe(target)}")  # a bug, never input

    ctx.disposition = _disposition(ctx)
    if ctx.disposition in _ALLOWS_DISCLOSURE:
        ctx.disclose = [
            f
            for f in request.data_requested
            if any(item.verdict is Verdict.ACT for (_, g), item in ctx.data.items() if g is f)
        ]
    for _, rule in _AFTER_DISPOSITION:
        rule(ctx)
    approvals = _approvals(ctx)
    deadline, deadline_basis = _deadline(ctx)

    def position(rule_id: RuleId) -> int:
        return policy.rule(rule_id).position

    deadline_row = _deadline_row(ctx)
    targets = []
    for index, target in ctx.targets():
        item = ctx.content.get(index)
        acted = item is not None and item.verdict is Verdict.ACT
        own = _target_items(ctx, index)
        own_disposition = _disposition_of(ctx, own) if own else ctx.disposition
        details = ctx.target_details.get(index, {})
        rows = ctx.rows_read.get(index, {})
        target_reasons = [
            TargetReason(
                rule=rule.value,
                details=details.get(rule, []),
                rows=rows.get(rule, []),
            )
            for rule in sorted(set(details) | set(rows), key=position)
        ]
        target_reasons.append(
            TargetReason(
                rule="deadline",
                details=[deadline_basis],
                rows=[deadline_row, f"jurisdictions.csv {profile.country}"],
            )
        )
        targets.append(
            TargetOutcome(
                kind=target.kind,
                id=target.id,
                action=item.action if acted and item else TargetAction.NONE,
                scope=item.scope if acted and item else Scope.NONE,
                rules=[r.value for r in sorted(ctx.target_rules[index], key=position)],
                disclose=[
                    f
                    for f in ctx.disclose
                    if (data := ctx.data.get((index, f))) and data.verdict is Verdict.ACT
                ],
                disposition=own_disposition,
                proposed_answer=DISPOSITION_ANSWERS[own_disposition],
                missing=_collect_missing(ctx, own),
                acted_under_terms=(
                    item.terms_action
                    if item is not None and item.terms_ground and not acted
                    else TargetAction.NONE
                ),
                reasons=target_reasons,
            )
        )
    reasons = [
        Reason(rule=rule.id.value, text=rule.sentence, details=ctx.fired[rule.id])
        for rule in policy.rules
        if rule.id in ctx.fired
    ]
    assert ctx.notification is not None
    body = {
        "disposition": ctx.disposition,
        "scope": _scope(ctx),
        "targets": targets,
        "disclose": ctx.disclose,
        "reasons": reasons,
        "approvals_required": approvals,
        "auto_executable": ctx.auto,
        "deadline": deadline,
        "deadline_basis": deadline_basis,
        "policy_version": policy.version,
        "proposed_answer": DISPOSITION_ANSWERS[ctx.disposition],
        "missing": _collect_missing(ctx),
        "file_as_notice": ctx.file_as_notice,
        "user_notification": ctx.notification,
        "jurisdiction": JurisdictionView(
            country=profile.country,
            name=profile.name,
            rule_of_law=profile.rule_of_law,
            score=profile.score,
            year=profile.year,
            eu=profile.eu,
            eea=profile.eea,
        ),
        "instrument": InstrumentView(
            claimed=request.legal_instrument, effective=ctx.instrument, binding=ctx.binding
        ),
        "policy_digest": policy.digest,
        "competence": ctx.competence,
        "review_after": ctx.review_after and bool(ctx.disclose),
    }
    draft = Assessment.model_validate({**body, "proposal_digest": ""})
    proposal = draft.model_dump(mode="json", exclude={"proposal_digest"})
    digest = digest_of({"request": request.model_dump(mode="json"), "proposal": proposal})
    return draft.model_copy(update={"proposal_digest": digest})


__all__ = ["IMPLEMENTED_RULES", "assess"]
