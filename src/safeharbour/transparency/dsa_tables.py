"""The harmonised transparency-report tables of Implementing Regulation (EU) 2024/2835.

Contracts (docs/transparency.md, "DSA exports"):
- One CSV per table of `dsa_data/transparency_template_2024_2835.json`, named by the table id
  (`3_member_states_orders.csv`, ...), for any period of whole UTC days [from, to].
- Every number is counted from stored rows; median times are computed from stored timestamps and
  written in hours (two decimals). A field this system has no data source for is left empty and
  listed, with the reason, in README.txt; nothing is estimated. Free-text "contextual
  information" columns are left for the provider to fill.
- What is counted (the same rules the tests count independently):
  * orders (table 3): legal requests received in the period from an authority of an EU/EEA
    state; orders to act = removal_order, block_channel, account_suspension; orders to provide
    information = information_order, production_order, emergency_disclosure. Items = targets.
    Receipt time = the `received` timeline event; effect = `effect_given_at` (orders to act) or
    the `disclosure_released` event (orders to provide information).
  * notices (table 4): Art. 16 notices (users and trusted flaggers) received in the period, by
    the notice's category and keywords; actions = decisions with action that became effective in
    the period on a case with such a notice, by the decision's category, "on the basis of the
    law" when one of its measures cites illegal content; time to action from the case's first
    notice to the decision's effect.
  * own initiative (tables 5 and 6): measures of decisions with action that became effective in
    the period on a case without any notice; table 5 for measures on an illegal-content ground,
    table 6 for terms-and-conditions grounds.
  * complaints, disputes and Art. 23 suspensions (table 7): appeals and disputes submitted in
    the period, source suspensions starting in it; automated means (table 8): measures of
    decisions effective in the period, notices received in it whose case was decided, accuracy
    and precision from the blind QA verdicts given in the period (recall: not measurable).
"""

from __future__ import annotations

import csv
import io
import json
import statistics
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.intake.models import Notice, SourceSanction
from safeharbour.kit.dsa import CATEGORY_LABELS as SOR_CATEGORY_LABELS
from safeharbour.kit.dsa import EEA_TERRITORIAL_SCOPE, KEYWORD_LABELS, Keyword, SourceType
from safeharbour.kit.errors import InvalidInput
from safeharbour.legal.gateway.models import LegalRequest, LegalRequestEvent
from safeharbour.legal.models import Agency
from safeharbour.review.models import (
    Appeal,
    Case,
    CaseSignal,
    Decision,
    DecisionAction,
    Dispute,
    QaReview,
)

ALL = "All"
HOSTING = "Only for providers of hosting services, including online platforms"
PLATFORMS = "Only for providers of online platforms"
VLOPS = "Only for VLOPs and VLOSEs"
ORDERS_TO_ACT = ("removal_order", "block_channel", "account_suspension")
ORDERS_FOR_INFORMATION = ("information_order", "production_order", "emergency_disclosure")
NOTICE_SOURCES = (SourceType.ARTICLE_16.value, SourceType.TRUSTED_FLAGGER.value)
NOT_SPECIFIED_ORDER = "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER"
VISIBILITY_KINDS = ("remove_post", "restrict_post", "label", "ban_channel", "quarantine_media")
MAX_PERIOD_DAYS = 3660
CATEGORY_LABELS: dict[str, str] = {
    **{str(k): v for k, v in SOR_CATEGORY_LABELS.items()},
    NOT_SPECIFIED_ORDER: "Type of illegal content not specified by the public authority",
}


@cache
def template() -> dict[str, Any]:
    """The packaged template description (dsa_data/SOURCE.md)."""
    text = resources.files("safeharbour.transparency").joinpath(
        "dsa_data/transparency_template_2024_2835.json"
    )
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


@dataclass
class Table:
    name: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # README lines: what is empty and why

    def csv_text(self) -> str:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(self.columns)
        for row in self.rows:
            writer.writerow(["" if v is None else v for v in row])
        return buffer.getvalue()


@dataclass
class Period:
    first: date
    last: date
    start: datetime
    end: datetime

    @property
    def text(self) -> str:
        return f"{self.first.isoformat()}/{self.last.isoformat()}"

    def holds(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.end


def parse_period(first: str, last: str) -> tuple[date, date]:
    try:
        start = date.fromisoformat(first)
    except ValueError:
        raise InvalidInput("expected a date YYYY-MM-DD", field="from") from None
    try:
        end = date.fromisoformat(last)
    except ValueError:
        raise InvalidInput("expected a date YYYY-MM-DD", field="to") from None
    if end < start:
        raise InvalidInput("the period ends before it starts", field="to")
    if (end - start).days > MAX_PERIOD_DAYS:
        raise InvalidInput(f"a period of at most {MAX_PERIOD_DAYS} days", field="to")
    return start, end


def _period(first: date, last: date) -> Period:
    start = datetime.combine(first, time(), tzinfo=UTC)
    return Period(
        first, last, start, datetime.combine(last, time(), tzinfo=UTC) + timedelta(days=1)
    )


def _hours(seconds: Iterable[float]) -> str:
    values = list(seconds)
    if not values:
        return ""
    return f"{statistics.median(values) / 3600:.2f}"


def _category_rows() -> list[tuple[str, str, str]]:
    """(row key, category, keyword or "") for TOTAL, each category and each of its keywords."""
    rows = [("TOTAL", "", "")]
    for category, keywords in template()["sheets"]["2_categories_names"]["hierarchy"].items():
        rows.append((category, category, ""))
        rows += [(keyword, category, keyword) for keyword in keywords]
    return rows


def _row_keys(category: str | None, keywords: Iterable[str]) -> set[tuple[str, str]]:
    """The (category, keyword) rows one counted thing falls in; ("", "") is TOTAL."""
    hierarchy = template()["sheets"]["2_categories_names"]["hierarchy"]
    keys = {("", "")}
    if category is not None and category in hierarchy:
        keys.add((category, ""))
        allowed = hierarchy[category]
        picked = [k for k in keywords if k in allowed]
        keys |= {(category, k) for k in picked}
    return keys


def _contextual(columns: list[str], prefix: str = "Contextual information on ") -> list[str]:
    return [prefix + c.strip() for c in columns]


def _request_events(session: Session, ids: list[uuid.UUID], kind: str) -> dict[uuid.UUID, datetime]:
    if not ids:
        return {}
    first: dict[uuid.UUID, datetime] = {}
    for request_id, at in session.execute(
        select(LegalRequestEvent.request_id, LegalRequestEvent.at)
        .where(LegalRequestEvent.request_id.in_(ids), LegalRequestEvent.kind == kind)
        .order_by(LegalRequestEvent.seq)
    ):
        first.setdefault(request_id, at)
    return first


def orders_table(session: Session, period: Period, service: str) -> Table:
    numeric = [
        "Number of orders to act against illegal content received",
        "Number of specific items of information included in the total number of orders to act "
        "against illegal content",
        "Median time to inform the authority of the receipt of the order to act against illegal "
        "content",
        "Median time to give effect to the order to act against illegal content",
        "Number of orders to provide information",
        "Median time to inform the authority of the receipt of the order to provide information",
        "Median time to give effect to the order to provide information",
    ]
    columns = [
        "Applicability", "Service", "Reporting period", "Category of illegal content",
        "Description of the sub-category \"Other\"", "Scope", *numeric, *_contextual(numeric),
    ]  # fmt: skip
    requests = [
        (request, country)
        for request, country in session.execute(
            select(LegalRequest, Agency.country)
            .join(Agency, Agency.id == LegalRequest.agency_id)
            .where(LegalRequest.received_at >= period.start, LegalRequest.received_at < period.end)
            .order_by(LegalRequest.received_at, LegalRequest.id)
        )
        if country in EEA_TERRITORIAL_SCOPE
    ]
    ids = [r.id for r, _ in requests]
    received = _request_events(session, ids, "received")
    disclosed = _request_events(session, ids, "disclosure_released")
    cells: dict[tuple[str, str, str], dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for request, country in requests:
        category = request.offence_category or NOT_SPECIFIED_ORDER
        keys = _row_keys(category, request.offence_keywords or [])
        if category == NOT_SPECIFIED_ORDER:
            keys.add((NOT_SPECIFIED_ORDER, ""))
        ack = received.get(request.id)
        ack_seconds = [(ack - request.received_at).total_seconds()] if ack else []
        for category_key, keyword in keys:
            for scope in ("TOTAL", country):
                cell = cells[(category_key, keyword, scope)]
                if request.type in ORDERS_TO_ACT:
                    cell["act"].append(1)
                    cell["items"].append(len(request.targets or []))
                    cell["act_ack"] += ack_seconds
                    if request.effect_given_at is not None:
                        cell["act_effect"].append(
                            (request.effect_given_at - request.received_at).total_seconds()
                        )
                elif request.type in ORDERS_FOR_INFORMATION:
                    cell["info"].append(1)
                    cell["info_ack"] += ack_seconds
                    if request.id in disclosed:
                        cell["info_effect"].append(
                            (disclosed[request.id] - request.received_at).total_seconds()
                        )
    scopes = ["TOTAL", *sorted({country for _, country in requests})]
    table = Table("3_member_states_orders", columns)
    for row_key, category, keyword in _category_rows():
        for scope in scopes:
            cell = cells.get((category, keyword, scope), defaultdict(list))
            table.rows.append(
                [ALL, service, period.text, row_key, "", scope,
                 len(cell["act"]), sum(cell["items"]), _hours(cell["act_ack"]),
                 _hours(cell["act_effect"]), len(cell["info"]), _hours(cell["info_ack"]),
                 _hours(cell["info_effect"]), *[""] * len(numeric)]
            )  # fmt: skip
    table.empty.append(
        "3: not counted: orders from authorities outside the EU/EEA, and preservation, "
        "encryption-key and other requests (not orders of DSA Art. 9/10)."
    )
    return table


def _decisions_in(session: Session, period: Period) -> list[tuple[Decision, Case]]:
    return list(
        session.execute(
            select(Decision, Case)
            .join(Case, Case.id == Decision.case_id)
            .where(Decision.effective_at >= period.start, Decision.effective_at < period.end)
            .order_by(Decision.effective_at, Decision.id)
        ).tuples()
    )


def _case_notices(session: Session, case_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Notice]]:
    found: dict[uuid.UUID, list[Notice]] = defaultdict(list)
    for chunk in range(0, len(case_ids), 500):
        for notice in session.scalars(
            select(Notice).where(Notice.case_id.in_(case_ids[chunk : chunk + 500]))
        ):
            assert notice.case_id is not None
            found[notice.case_id].append(notice)
    return found


def _measures(
    session: Session, decision_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[DecisionAction]]:
    found: dict[uuid.UUID, list[DecisionAction]] = defaultdict(list)
    for chunk in range(0, len(decision_ids), 500):
        for action in session.scalars(
            select(DecisionAction)
            .where(DecisionAction.decision_id.in_(decision_ids[chunk : chunk + 500]))
            .order_by(DecisionAction.decision_id, DecisionAction.position)
        ):
            found[action.decision_id].append(action)
    return found


def _automated_cases(session: Session, case_ids: list[uuid.UUID]) -> set[uuid.UUID]:
    found: set[uuid.UUID] = set()
    for chunk in range(0, len(case_ids), 500):
        found |= set(
            session.scalars(
                select(CaseSignal.case_id).where(
                    CaseSignal.case_id.in_(case_ids[chunk : chunk + 500]),
                    CaseSignal.automated.is_(True),
                )
            )
        )
    return found


@dataclass
class Facts:
    """What the tables 4-8 count, loaded once per export."""

    decisions: list[tuple[Decision, Case]]
    notices_by_case: dict[uuid.UUID, list[Notice]]
    measures: dict[uuid.UUID, list[DecisionAction]]
    automated_cases: set[uuid.UUID]

    def art16(self, case: Case) -> list[Notice]:
        return [n for n in self.notices_by_case.get(case.id, []) if n.source_type in NOTICE_SOURCES]


def load_facts(session: Session, period: Period) -> Facts:
    decisions = _decisions_in(session, period)
    case_ids = [case.id for _, case in decisions]
    return Facts(
        decisions=decisions,
        notices_by_case=_case_notices(session, case_ids),
        measures=_measures(session, [d.id for d, _ in decisions]),
        automated_cases=_automated_cases(session, case_ids),
    )


def notices_table(session: Session, period: Period, service: str, facts: Facts) -> Table:
    numeric = [
        "Number of notices received ",
        "Number of notices received from Trusted flaggers",
        "Number of specific items of information included in the total number of notices",
        "Number of specific items of information included in the total number of notices by "
        "Trusted Flaggers (Trusted Flagger notices)",
        "Median time to take action",
        "Median time to take action (Trusted Flagger notices)",
        "Number of actions taken on the basis of the law",
        "Number of actions taken on the basis of the law (Trusted Flagger notices)",
        "Number of actions taken on the basis of the terms and conditions of the service",
        "Number of actions taken on the basis of the terms and conditions of the service "
        "(Trusted Flagger notices)",
    ]
    columns = [
        "Applicability", "Service", "Reporting period", "Category of illegal content",
        "Description of the sub-category \"Other\"", *numeric, *_contextual(numeric),
    ]  # fmt: skip
    cells: dict[tuple[str, str], dict[str, Any]] = defaultdict(lambda: defaultdict(list))
    for notice in session.scalars(
        select(Notice).where(
            Notice.received_at >= period.start,
            Notice.received_at < period.end,
            Notice.source_type.in_(NOTICE_SOURCES),
        )
    ):
        trusted = notice.source_type == SourceType.TRUSTED_FLAGGER.value
        item = (notice.item_kind, notice.item_id)
        for key in _row_keys(notice.category, notice.category_specification or []):
            cells[key]["notices"].append(1)
            cells[key]["items"].append(item)
            if trusted:
                cells[key]["tf_notices"].append(1)
                cells[key]["tf_items"].append(item)
    for decision, case in facts.decisions:
        notices = facts.art16(case)
        if decision.outcome != "action" or not notices:
            continue
        assert decision.effective_at is not None
        trusted = any(n.source_type == SourceType.TRUSTED_FLAGGER.value for n in notices)
        seconds = max(
            0.0, (decision.effective_at - min(n.received_at for n in notices)).total_seconds()
        )
        law = any(a.ground_kind == "illegal_content" for a in facts.measures.get(decision.id, []))
        basis = "law" if law else "terms"
        for key in _row_keys(decision.category, decision.category_specification or []):
            cells[key]["time"].append(seconds)
            cells[key][basis].append(1)
            if trusted:
                cells[key]["tf_time"].append(seconds)
                cells[key]["tf_" + basis].append(1)
    table = Table("4_notices", columns)
    for row_key, category, keyword in _category_rows():
        cell = cells.get((category, keyword), defaultdict(list))
        table.rows.append(
            [HOSTING, service, period.text, row_key, "",
             len(cell["notices"]), len(cell["tf_notices"]), len(set(cell["items"])),
             len(set(cell["tf_items"])), _hours(cell["time"]), _hours(cell["tf_time"]),
             len(cell["law"]), len(cell["tf_law"]), len(cell["terms"]), len(cell["tf_terms"]),
             *[""] * len(numeric)]
        )  # fmt: skip
    return table


RESTRICTIONS: dict[str, str] = {
    "remove_post": "Visibility restriction Removal",
    "restrict_post": "Visibility restriction Disable",
    "quarantine_media": "Visibility restriction Disable",
    "label": "Visibility restriction Labelled ",
    "ban_channel": "Provision of the service Termination",
    "suspend_account": "Account restriction Suspension",
    "terminate_account": "Account restriction Termination",
}


def own_initiative_tables(period: Period, service: str, facts: Facts) -> list[Table]:
    numeric = [
        "Number of measures taken at the provider's own initiative ",
        "Number of measures taken after detection with solely automated means ",
        "Visibility restriction Removal", "Visibility restriction Disable",
        "Visibility restriction Demoted", "Visibility restriction Age restricted",
        "Visibility restriction Interaction restricted", "Visibility restriction Labelled ",
        "Visibility restriction Other", "Monetary restriction Suspension",
        "Monetary restriction Termination", "Monetary restriction Other",
        "Provision of the service Suspension", "Provision of the service Termination",
        "Account restriction Suspension", "Account restriction Termination",
    ]  # fmt: skip
    counts: dict[str, dict[tuple[str, str], dict[str, int]]] = {
        "illegal": defaultdict(lambda: defaultdict(int)),
        "terms": defaultdict(lambda: defaultdict(int)),
    }
    for decision, case in facts.decisions:
        if decision.outcome != "action" or facts.notices_by_case.get(case.id):
            continue
        automated = case.id in facts.automated_cases
        for measure in facts.measures.get(decision.id, []):
            sheet = "illegal" if measure.ground_kind == "illegal_content" else "terms"
            for key in _row_keys(decision.category, decision.category_specification or []):
                cell = counts[sheet][key]
                cell[numeric[0]] += 1
                if automated:
                    cell[numeric[1]] += 1
                if measure.kind in RESTRICTIONS:
                    cell[RESTRICTIONS[measure.kind]] += 1
                if measure.kind == "ban_channel":
                    cell["Visibility restriction Disable"] += 1
    tables = []
    for name, sheet, heading in (
        ("5_own_initiative_illegal", "illegal", "Category of illegal content"),
        ("6_own_initiative_TC", "terms",
         "Category of incompatibility with the provider's terms and conditions"),
    ):  # fmt: skip
        columns = [
            "Applicability", "Service", "Reporting period", heading,
            "Description of the sub-category \"Other\"", *numeric,
            *_contextual(numeric, "Contextual Information on "),
        ]  # fmt: skip
        table = Table(name, columns)
        for row_key, category, keyword in _category_rows():
            cell = counts[sheet].get((category, keyword), {})
            table.rows.append(
                [ALL, service, period.text, row_key, "", *[cell.get(c, 0) for c in numeric],
                 *[""] * len(numeric)]
            )  # fmt: skip
        tables.append(table)
    tables[0].empty.append(
        "5, 6: demotion, age restriction, interaction restriction, monetary restrictions and "
        "suspension of the service are measures this system cannot take: counted as 0."
    )
    return tables


def appeals_table(session: Session, period: Period, service: str) -> Table:
    columns = ["Applicability", "Service", "Reporting period", "Section", "Indicator", "Scope",
               "Value", "Contextual Information"]  # fmt: skip
    table = Table("7_appeals_and_recidivism", columns)
    appeals = list(
        session.execute(
            select(Appeal, Decision)
            .join(Decision, Decision.id == Appeal.decision_id)
            .where(Appeal.submitted_at >= period.start, Appeal.submitted_at < period.end)
        ).tuples()
    )
    measures = _measures(session, sorted({d.id for _, d in appeals}))
    notice_sources = {
        n.id: n.source_type
        for n in session.scalars(
            select(Notice).where(Notice.id.in_([a.notice_id for a, _ in appeals if a.notice_id]))
        )
    }

    def kinds(decision: Decision) -> set[str]:
        return {m.kind for m in measures.get(decision.id, [])}

    section = "Internal complaints mechanism"
    groups: list[tuple[str, list[Appeal]]] = [
        ("Number of complaints submitted to the internal-complaints mechanism",
         [a for a, _ in appeals]),
        ("Complaint regarding a decision to remove or disable access to or restrict visibility "
         "of information", [a for a, d in appeals if kinds(d) & set(VISIBILITY_KINDS)]),
        ("Complaint regarding a decision to suspend or terminate the provision of the service",
         [a for a, d in appeals if "ban_channel" in kinds(d)]),
        ("Complaint regarding a decision to suspend or terminate an account",
         [a for a, d in appeals if kinds(d) & {"suspend_account", "terminate_account"}]),
        ("Complaint regarding a decision to restrict the ability to monetise information", []),
        ("Complaint regarding a decision not to take action on a notice submitted in accordance "
         "with Article 16",
         [a for a, d in appeals if d.outcome == "no_action" and a.notice_id
          and notice_sources.get(a.notice_id) == SourceType.ARTICLE_16.value]),
        ("Complaint regarding a decision not to take action on a notice submitted by a Trusted "
         "Flagger in accordance with Article 16",
         [a for a, d in appeals if d.outcome == "no_action" and a.notice_id
          and notice_sources.get(a.notice_id) == SourceType.TRUSTED_FLAGGER.value]),
    ]  # fmt: skip
    for indicator, group in groups:
        decided = [a for a in group if a.decided_at is not None]
        for scope, value in (
            ("Total number", len(group)),
            ("Decisions upheld", sum(1 for a in decided if a.outcome == "upheld")),
            ("Decisions partially reversed",
             sum(1 for a in decided if a.outcome == "partially_reversed")),
            ("Decisions reversed", sum(1 for a in decided if a.outcome == "reversed")),
            ("Median time",
             _hours((a.decided_at - a.submitted_at).total_seconds() for a in decided
                    if a.decided_at is not None)),
        ):  # fmt: skip
            table.rows.append(
                [PLATFORMS, service, period.text, section, indicator, scope, value, ""]
            )
    table.rows.append(
        [PLATFORMS, service, period.text, section, groups[0][0], "Decision omitted", "", ""]
    )
    table.rows.append(
        [PLATFORMS, service, period.text, section,
         "Number of restrictions newly imposed as a result of an internal complaint",
         "Total number", "", ""]
    )  # fmt: skip
    table.empty.append(
        "7: 'Number of restrictions newly imposed as a result of an internal complaint' and "
        "'Decision omitted': complaints are decided or open; a restriction imposed after a "
        "notifier's complaint is a new decision not linked to the complaint. Left empty."
    )
    disputes = list(
        session.scalars(
            select(Dispute).where(
                Dispute.submitted_at >= period.start, Dispute.submitted_at < period.end
            )
        )
    )
    decided_disputes = [d for d in disputes if d.outcome is not None]
    settled = [d for d in decided_disputes if d.outcome != "omitted"]
    implemented = (
        f"{100 * sum(1 for d in settled if d.implemented) / len(settled):.2f}" if settled else ""
    )
    section = "Out-of-court dispute settlement bodies"
    indicator = "Number of disputes submitted to out-of-court dispute settlement bodies"
    for scope, value in (
        ("Total number", len(disputes)),
        ("Decisions upheld", sum(1 for d in decided_disputes if d.outcome == "upheld")),
        ("Decisions partially reversed",
         sum(1 for d in decided_disputes if d.outcome == "partially_reversed")),
        ("Decisions reversed", sum(1 for d in decided_disputes if d.outcome == "reversed")),
        ("Median time",
         _hours((d.outcome_at - d.submitted_at).total_seconds() for d in decided_disputes
                if d.outcome_at is not None)),
        ("Decision omitted", sum(1 for d in decided_disputes if d.outcome == "omitted")),
        ("Percentage of outcomes implemented", implemented),
    ):  # fmt: skip
        table.rows.append([PLATFORMS, service, period.text, section, indicator, scope, value, ""])
    sanctions = list(
        session.scalars(
            select(SourceSanction).where(
                SourceSanction.kind == "suspension",
                SourceSanction.starts_at >= period.start,
                SourceSanction.starts_at < period.end,
            )
        )
    )
    section = "Suspensions imposed on repeated offenders"
    for indicator, value in (
        ("Number of suspensions enacted for the provision of manifestly illegal content", ""),
        ("Number of suspensions enacted for the provision of manifestly unfounded notices",
         sum(1 for s in sanctions if s.ground == "manifestly_unfounded_notices")),
        ("Number of suspensions enacted for the provision of manifestly unfounded complaints",
         sum(1 for s in sanctions if s.ground == "manifestly_unfounded_complaints")),
    ):  # fmt: skip
        table.rows.append(
            [PLATFORMS, service, period.text, section, indicator, "Total number", value, ""]
        )
    table.empty.append(
        "7: 'suspensions for manifestly illegal content': account suspensions do not record "
        "whether they were imposed under Art. 23(1). Left empty."
    )
    return table


def automated_table(session: Session, period: Period, service: str, facts: Facts) -> Table:
    columns = ["Applicability", "Service", "Reporting period", "Section", "Indicator", "Scope",
               "Value", "Contextual Information"]  # fmt: skip
    table = Table("8_automated_means", columns)
    section = "Use of automated means for content moderation"
    measures: dict[str, dict[bool, int]] = defaultdict(lambda: {True: 0, False: 0})
    for decision, case in facts.decisions:
        if decision.outcome != "action":
            continue
        solely = decision.automated_decision == "AUTOMATED_DECISION_FULLY"
        case_notices = facts.art16(case)
        scopes = ["Total number"]
        if not facts.notices_by_case.get(case.id):
            scopes.append("Own-initiative ")
        if case_notices:
            scopes.append("NAM Total (notice-and-action, hosting)")
        if any(n.source_type == SourceType.TRUSTED_FLAGGER.value for n in case_notices):
            scopes.append("NAM Trusted Flagger (online platforms)")
        for scope in scopes:
            measures[scope][solely] += len(facts.measures.get(decision.id, []))
    notice_rows = list(
        session.execute(
            select(Notice.source_type, Decision.automated_decision)
            .join(Case, Case.id == Notice.case_id)
            .join(Decision, Decision.id == Case.decision_id)
            .where(
                Notice.received_at >= period.start,
                Notice.received_at < period.end,
                Notice.source_type.in_(NOTICE_SOURCES),
                Decision.effective_at.is_not(None),
            )
        ).tuples()
    )
    notices: dict[str, dict[bool, int]] = defaultdict(lambda: {True: 0, False: 0})
    for source_type, automated in notice_rows:
        solely = automated == "AUTOMATED_DECISION_FULLY"
        notices["NAM Total (notice-and-action, hosting)"][solely] += 1
        if source_type == SourceType.TRUSTED_FLAGGER.value:
            notices["NAM Trusted Flagger (online platforms)"][solely] += 1
    measure_scopes = ["Total number", "Own-initiative ", "NAM Total (notice-and-action, hosting)",
                      "NAM Trusted Flagger (online platforms)"]  # fmt: skip
    for indicator, solely in (
        ("Number of measures solely taken by automated means ", True),
        ("Number of measures not taken by automated means", False),
    ):
        for scope in measure_scopes:
            table.rows.append(
                [ALL, service, period.text, section, indicator, scope, measures[scope][solely], ""]
            )
    for indicator, solely in (
        ("Number of notices solely processed by automated means ", True),
        ("Number of notices not processed by automated means", False),
    ):
        for scope in measure_scopes[2:]:
            table.rows.append(
                [
                    HOSTING,
                    service,
                    period.text,
                    section,
                    indicator,
                    scope,
                    notices[scope][solely],
                    "",
                ]
            )
    accuracy, precision = _qa_figures(session, period)
    values = {
        "Accuracy of the automated means - Accuracy": accuracy,
        "Accuracy of the automated means - Precision": precision,
    }
    for indicator in template()["sheets"]["8_automated_means"]["indicators"][4:]:
        table.rows.append(
            [ALL, service, period.text, section, indicator, "Total number",
             values.get(indicator, ""), ""]
        )  # fmt: skip
    table.empty.append(
        "8: accuracy and precision come from the blind QA sample of fully automated decisions "
        "(moderators re-decide without seeing the machine's outcome) with a verdict in the "
        "period, as fractions; empty without verdicts. Recall is left empty: content the "
        "automated means never flagged is not sampled, so misses cannot be counted."
    )
    return table


def _qa_figures(session: Session, period: Period) -> tuple[str, str]:
    """(accuracy, precision) of fully automated decisions from the QA verdicts in the period:
    accuracy = verdicts agreeing / verdicts; precision = agreeing among automated actions."""
    done = list(
        session.scalars(
            select(QaReview).where(
                QaReview.status == "done",
                QaReview.reviewed_at >= period.start,
                QaReview.reviewed_at < period.end,
            )
        )
    )
    actions = [r for r in done if r.automated_outcome == "action"]

    def share(rows: list[QaReview]) -> str:
        return f"{sum(1 for r in rows if r.agreed) / len(rows):.4f}" if rows else ""

    return share(done), share(actions)


def identification_table(period: Period, service: str) -> Table:
    table = Table("1_report_identification", ["Applicability", "Service", "Indicator", "Value"])
    values = {
        "Name of the service provider": service,
        "Date of the publication of the report": "",
        "Date of the publication of the latest previous report": "",
        "Starting date of reporting period": period.first.isoformat(),
        "Ending date of reporting period": period.last.isoformat(),
    }
    for indicator in template()["sheets"]["1_report_identification"]["indicators"]:
        table.rows.append([ALL, service, indicator, values.get(indicator, "")])
    table.empty.append(
        "1: the publication dates are the provider's to fill when it publishes the report; "
        "'Name of the service provider' is the platform_name setting."
    )
    return table


def categories_table() -> Table:
    sheet = template()["sheets"]["2_categories_names"]
    table = Table("2_categories_names", list(sheet["columns"]))
    table.rows.append(["TOTAL", "All categories", "", ""])
    for category, keywords in sheet["hierarchy"].items():
        kind = (
            "incompatible with the terms and conditions"
            if category == "STATEMENT_CATEGORY_OTHER_VIOLATION_TC"
            else "illegal content"
        )
        table.rows.append([category, CATEGORY_LABELS.get(category, category), kind, ""])
        for keyword in keywords:
            table.rows.append([keyword, KEYWORD_LABELS[Keyword(keyword)], kind, ""])
    return table


def empty_table(name: str, applicability: str, service: str, period: Period) -> Table:
    """A table this system has no data for: its indicators with empty values."""
    sheet = template()["sheets"][name]
    columns = list(sheet["columns"])
    table = Table(name, columns)
    indicators = list(sheet.get("indicators") or sheet.get("indicators_all", []))
    vlop_only = list(sheet.get("indicators_vlop_only", []))
    for indicator in indicators + vlop_only:
        applies = VLOPS if indicator in vlop_only else applicability
        if "Section" in columns:
            table.rows.append(
                [applies, service, period.text, sheet.get("section", "").strip(), indicator,
                 "Total number" if name != "10_AMAR" else "TOTAL", "", ""]
            )  # fmt: skip
        else:
            table.rows.append([applies, service, period.text, indicator, ""])
    why = {
        "9_human_resources": "the number and languages of moderators are not stored",
        "10_AMAR": "monthly active recipients are not measured by this system",
        "11_qualitative": "qualitative descriptions are the provider's own text",
    }[name]
    table.empty.append(f"{name.split('_')[0]}: every value left empty: {why}.")
    return table


def build_tables(session: Session, first: date, last: date, *, service: str) -> list[Table]:
    period = _period(first, last)
    facts = load_facts(session, period)
    return [
        identification_table(period, service),
        categories_table(),
        orders_table(session, period, service),
        notices_table(session, period, service, facts),
        *own_initiative_tables(period, service, facts),
        appeals_table(session, period, service),
        automated_table(session, period, service, facts),
        empty_table("9_human_resources", VLOPS, service, period),
        empty_table("10_AMAR", PLATFORMS, service, period),
        empty_table("11_qualitative", ALL, service, period),
    ]


def readme(tables: list[Table], first: date, last: date) -> str:
    lines = [
        "Transparency report tables, Commission Implementing Regulation (EU) 2024/2835, Annex I.",
        f"Reporting period: {first.isoformat()}/{last.isoformat()} (UTC days, both included).",
        "",
        "Every number is counted from the stored data. Median times are in hours (two decimals),",
        "computed from stored timestamps; a median with nothing to measure is empty.",
        "Contextual-information columns and 'Description of the sub-category \"Other\"' are left",
        "for the provider to fill.",
        "",
        "Notes, and fields without a data source in this system (left empty, never estimated):",
    ]
    for table in tables:
        lines += [f"- {line}" for line in table.empty]
    return "\n".join(lines) + "\n"


def write_tables(
    session: Session, first: date, last: date, out_dir: Path, *, service: str
) -> list[Path]:
    tables = build_tables(session, first, last, service=service)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        path = out_dir / f"{table.name}.csv"
        path.write_text(table.csv_text(), encoding="utf-8")
        written.append(path)
    notes = out_dir / "README.txt"
    notes.write_text(readme(tables, first, last), encoding="utf-8")
    return [*written, notes]
