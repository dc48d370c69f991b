"""Statements of reasons of one UTC day, in the DSA Transparency Database format (Art. 24(5)).

Contracts (docs/transparency.md, "DSA exports"):
- One statement per measure: each measure of a review decision that became effective that day
  (its issued `Statement`, puid `sh-<statement id>`), and each measure planned that day to give
  effect to an authority order (puid `sh-order-<enforcement id>`). Ordered by (time, puid);
  written as `sor-0001.json`, `sor-0002.json`, ... each `{"statements": [...]}` of at most 100.
- Not exported: decisions on DSA Art. 9 orders (Art. 17 does not apply to them, Art. 17(5)),
  and measures whose territorial scope touches no EU/EEA state. Other authority orders go as
  `SOURCE_TYPE_OTHER_NOTIFICATION`; trusted-flagger notices as `SOURCE_TRUSTED_FLAGGER`.
- No personal data: the free-text fields are written from structured facts (the measure, the
  item kind, the source, the category and keyword labels, automated means) and the cited legal
  or contractual reference, with e-mail addresses, links, @handles, long digit runs and the ids of
  the items and accounts concerned removed. Moderators' and authorities' own words never leave.
- Nothing invalid leaves: every statement is validated (`sor_validate`) before any file is
  written; a mapping gap raises `InvalidExport` naming the puid and field.
- Deterministic: the same database gives the same bytes; re-running a day rewrites identical
  files and removes stale `sor-NNNN.json` files left from an earlier, larger run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.enforcement import EnforcementAction
from safeharbour.intake.models import Post
from safeharbour.kit.dsa import (
    CATEGORY_LABELS,
    EEA_TERRITORIAL_SCOPE,
    KEYWORD_LABELS,
    AutomatedDecision,
    ContentType,
    DecisionGround,
    Keyword,
    SourceType,
    StatementCategory,
)
from safeharbour.legal.gateway.models import LegalRequest
from safeharbour.legal.models import Agency
from safeharbour.review.models import Case, Decision, DecisionAction
from safeharbour.transparency.models import Statement
from safeharbour.transparency.sor_validate import validate_statement
from safeharbour.transparency.statements import measure_fields

BATCH_SIZE = 100
FILE_PATTERN = re.compile(r"^sor-[0-9]{4}\.json$")
ORDER_MEASURES = ("remove_post", "restrict_post", "suspend_account", "ban_channel")
ART9 = "dsa_art9"

MEASURE_WORDS = {
    "remove_post": "Removal of the content",
    "restrict_post": "Disabling access to the content in the countries of the territorial scope",
    "label": "A visible warning label on the content",
    "quarantine_media": "Disabling access to the media attached to the content",
    "ban_channel": "Ban of the channel or group",
    "suspend_account": "Suspension of the account",
    "terminate_account": "Termination of the account",
}
ITEM_WORDS = {
    "post": "a post",
    "channel": "a channel or group",
    "group": "a channel or group",
    "account": "an account",
}
SOURCE_WORDS = {
    SourceType.ARTICLE_16.value: "on a notice submitted under Article 16 DSA",
    SourceType.TRUSTED_FLAGGER.value: "on a notice from a trusted flagger (Article 22 DSA)",
    SourceType.OTHER_NOTIFICATION.value: "to give effect to an order of a competent authority",
    SourceType.VOLUNTARY.value: "on the provider's own initiative",
}
AUTOMATION_WORDS = {
    AutomatedDecision.FULLY.value: "The decision was taken by automated means.",
    AutomatedDecision.PARTIALLY.value: (
        "The decision was taken by a person assisted by automated means."
    ),
    AutomatedDecision.NOT_AUTOMATED.value: "The decision was taken by a person.",
}
INSTRUMENT_WORDS = {
    "dsa_art10": "an order under Article 10 of Regulation (EU) 2022/2065",
    "tco": "a removal order under Regulation (EU) 2021/784 (terrorist content online)",
    "epoc": "a European Production Order (Regulation (EU) 2023/1543)",
    "epoc_pr": "a European Preservation Order (Regulation (EU) 2023/1543)",
    "national": "an order under national law",
    "mlat": "an order under a mutual legal assistance treaty",
    "us_sca": "an order under the U.S. Stored Communications Act",
    "other": "an order of a competent authority",
}
_SCRUB = (
    re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+"),  # e-mail addresses
    re.compile(r"(?i)\b(?:https?://|www\.)\S+"),  # links
    re.compile(r"(?<![\w@])@\w[\w.]*"),  # @handles
    # Phone numbers and other runs of 9+ digits; a "/" ends a run, so 2022/2065 stays.
    re.compile(r"(?<![\w/])\+?\d(?:[ ().-]{0,2}\d){8,}(?![\w/])"),
)


@dataclass(frozen=True)
class Batch:
    name: str
    statements: list[dict[str, Any]]

    def text(self) -> str:
        return json.dumps({"statements": self.statements}, ensure_ascii=False, indent=2) + "\n"


def scrub(text: str, identifiers: set[str]) -> str:
    """`text` without e-mail addresses, links, @handles, long digit runs or the given ids."""
    for pattern in _SCRUB:
        text = pattern.sub("[removed]", text)
    for identifier in sorted(identifiers, key=len, reverse=True):
        if len(identifier) >= 3:
            text = re.sub(re.escape(identifier), "[removed]", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def _category_words(category: str, keywords: list[str]) -> str:
    label = CATEGORY_LABELS.get(category, category)  # type: ignore[call-overload]
    words = [KEYWORD_LABELS[Keyword(k)] for k in keywords if k in Keyword._value2member_map_]
    return str(label) + (f" ({'; '.join(words)})" if words else "")


def _facts(
    kind: str, item_kind: str, source_type: str, automated_detection: bool, automated: str
) -> str:
    detection = (
        "The content was detected by automated means."
        if automated_detection
        else "The content was not detected by automated means."
    )
    return (
        f"{MEASURE_WORDS.get(kind, kind)}, concerning {ITEM_WORDS.get(item_kind, 'an item')}, "
        f"decided {SOURCE_WORDS[source_type]}. {detection} {AUTOMATION_WORDS[automated]}"
    )


def _scope(kind: str, countries: list[str]) -> list[str]:
    if kind == "restrict_post":
        return sorted({c for c in countries if c in EEA_TERRITORIAL_SCOPE})
    return list(EEA_TERRITORIAL_SCOPE)


def _content_type(item_kind: str, dsa: dict[str, Any] | None) -> dict[str, Any]:
    if item_kind == "post":
        types = (dsa or {}).get("content_type") or [ContentType.TEXT.value]
        return {"content_type": list(types)}
    return {
        "content_type": [ContentType.OTHER.value],
        "content_type_other": "account" if item_kind == "account" else "channel or group",
    }


def _ground(
    ground_kind: str, reference: str, category: str, keywords: list[str], ids: set[str]
) -> dict[str, Any]:
    cited = scrub(reference, ids)[:500]
    what = _category_words(category, keywords)
    if ground_kind == "illegal_content":
        cited = cited or "applicable law"
        return {
            "decision_ground": DecisionGround.ILLEGAL_CONTENT.value,
            "illegal_content_legal_ground": cited,
            "illegal_content_explanation": (
                f"The content was assessed as illegal under {cited}. Type of illegal content: "
                f"{what}."
            )[:2000],
        }
    cited = cited or "the provider's terms and conditions"
    return {
        "decision_ground": DecisionGround.INCOMPATIBLE_CONTENT.value,
        "incompatible_content_ground": cited,
        "incompatible_content_explanation": (
            f"The content was assessed as incompatible with {cited}. Type of content: {what}."
        )[:2000],
    }


def _ordered(statement: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values; keys in one fixed order, so the bytes never depend on a dict's past."""
    return {k: statement[k] for k in sorted(statement) if statement[k] not in (None, [], "")}


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), tzinfo=UTC)
    return start, start + timedelta(days=1)


def _review_statements(session: Session, day: date) -> list[tuple[datetime, dict[str, Any]]]:
    start, end = _day_bounds(day)
    rows = session.execute(
        select(Statement, Decision, DecisionAction, Case)
        .join(Decision, Decision.id == Statement.decision_id)
        .join(DecisionAction, DecisionAction.id == Statement.decision_action_id)
        .join(Case, Case.id == Decision.case_id)
        .where(Decision.effective_at >= start, Decision.effective_at < end)
        .order_by(Decision.effective_at, Statement.puid)
    ).all()
    out = []
    for statement, decision, action, case in rows:
        scope = _scope(action.kind, list(action.countries or []))
        if not scope:
            continue  # touches no EU/EEA state: outside the database
        dsa = statement.dsa or {}
        keywords = [
            k for k in decision.category_specification or [] if k in Keyword._value2member_map_
        ]
        ids = {
            x
            for x in (
                action.target_id,
                action.affected_account_id,
                case.item_id,
                statement.account_id,
            )
            if x
        }
        source_type = str(dsa.get("source_type") or SourceType.VOLUNTARY.value)
        automated_detection = dsa.get("automated_detection") == "Yes"
        effective = decision.effective_at
        assert effective is not None
        fields: dict[str, Any] = {
            "puid": statement.puid,
            **measure_fields(action.kind, action.until.isoformat() if action.until else None),
            **_ground(
                action.ground_kind, action.ground_reference, decision.category, keywords, ids
            ),
            **_content_type(action.target_kind, dsa),
            "category": decision.category,
            "category_specification": keywords,
            "territorial_scope": scope,
            "content_date": dsa.get("content_date") or effective.strftime("%Y-%m-%d"),
            "application_date": effective.astimezone(UTC).strftime("%Y-%m-%d"),
            "decision_facts": _facts(
                action.kind,
                action.target_kind,
                source_type,
                automated_detection,
                decision.automated_decision,
            ),
            "source_type": source_type,
            "automated_detection": "Yes" if automated_detection else "No",
            "automated_decision": decision.automated_decision,
        }
        out.append((effective, _ordered(fields)))
    return out


def _order_category(request: LegalRequest) -> tuple[str, list[str]]:
    category = request.offence_category
    if category not in StatementCategory._value2member_map_:
        # No order category in the database's list: the closest is "not specified".
        category = StatementCategory.NOT_SPECIFIED_NOTICE.value
    keywords = [k for k in request.offence_keywords or [] if k in Keyword._value2member_map_]
    return str(category), keywords


def _order_statements(session: Session, day: date) -> list[tuple[datetime, dict[str, Any]]]:
    start, end = _day_bounds(day)
    rows = session.execute(
        select(EnforcementAction, LegalRequest)
        .join(LegalRequest, LegalRequest.id == EnforcementAction.legal_request_id)
        .where(
            LegalRequest.effect_planned_at >= start,
            LegalRequest.effect_planned_at < end,
            EnforcementAction.kind.in_(ORDER_MEASURES),
            LegalRequest.legal_instrument != ART9,
        )
        .order_by(LegalRequest.effect_planned_at, EnforcementAction.id)
    ).all()
    out = []
    for action, request in rows:
        countries = list(action.params.get("countries") or [])
        scope = _scope(action.kind, countries)
        if not scope:
            continue
        agency = session.get(Agency, request.agency_id) if request.agency_id else None
        planned = request.effect_planned_at
        assert planned is not None
        category, keywords = _order_category(request)
        content_date = None
        if action.target_kind == "post":
            post = session.get(Post, action.target_id)
            if post is not None:
                content_date = post.posted_at or post.first_seen_at
        instrument = INSTRUMENT_WORDS.get(request.legal_instrument, INSTRUMENT_WORDS["other"])
        country = agency.country if agency is not None else None
        legal_ground = instrument + (
            f" issued by a competent authority of {country}" if country else ""
        )
        automated = (
            AutomatedDecision.FULLY.value
            if request.auto_executed
            else AutomatedDecision.NOT_AUTOMATED.value
        )
        source_type = SourceType.OTHER_NOTIFICATION.value
        fields: dict[str, Any] = {
            "puid": f"sh-order-{action.id}",
            **measure_fields(action.kind, action.params.get("until")),
            "decision_ground": DecisionGround.ILLEGAL_CONTENT.value,
            "illegal_content_legal_ground": legal_ground[:500],
            "illegal_content_explanation": (
                f"The provider gave effect to {legal_ground}, which identified the content as "
                f"illegal. Type of illegal content: {_category_words(category, keywords)}."
            )[:2000],
            **_content_type(action.target_kind, None),
            "category": category,
            "category_specification": keywords,
            "territorial_scope": scope,
            "content_date": (content_date or planned).astimezone(UTC).strftime("%Y-%m-%d"),
            "application_date": planned.astimezone(UTC).strftime("%Y-%m-%d"),
            "decision_facts": _facts(
                action.kind, action.target_kind, source_type, False, automated
            ),
            "source_type": source_type,
            "automated_detection": "No",
            "automated_decision": automated,
        }
        out.append((planned, _ordered(fields)))
    return out


def day_statements(session: Session, day: date) -> list[dict[str, Any]]:
    """Every exportable statement of the UTC day, in export order."""
    found = _review_statements(session, day) + _order_statements(session, day)
    found.sort(key=lambda pair: (pair[0], pair[1]["puid"]))
    return [statement for _, statement in found]


def batches(statements: list[dict[str, Any]], size: int = BATCH_SIZE) -> list[Batch]:
    return [
        Batch(f"sor-{number:04d}.json", statements[offset : offset + size])
        for number, offset in enumerate(range(0, len(statements), size), start=1)
    ]


def write_batches(out_dir: Path, written: list[Batch]) -> list[Path]:
    """Write the batch files; remove `sor-NNNN.json` files of an earlier run that are not ours."""
    out_dir.mkdir(parents=True, exist_ok=True)
    names = {batch.name for batch in written}
    for stale in out_dir.iterdir():
        if FILE_PATTERN.match(stale.name) and stale.name not in names:
            stale.unlink()
    paths = []
    for batch in written:
        path = out_dir / batch.name
        path.write_text(batch.text(), encoding="utf-8")
        paths.append(path)
    return paths


class InvalidExport(Exception):
    """The mapping produced a statement the database would refuse: a bug, never sent."""

    def __init__(self, problems: list[tuple[str, str, str]]) -> None:
        super().__init__(f"{len(problems)} problems in exported statements")
        self.problems = problems  # (puid, field, message)


def export_day(session: Session, day: date, out_dir: Path) -> tuple[int, list[Path]]:
    """(number of statements, files written) for the UTC day. Every statement is validated
    before anything is written; one the database would refuse raises `InvalidExport`."""
    statements = day_statements(session, day)
    problems = [
        (str(statement.get("puid")), field, message)
        for statement in statements
        for field, message, severity in validate_statement(statement)
        if severity == "error"
    ]
    if problems:
        raise InvalidExport(problems)
    return len(statements), write_batches(out_dir, batches(statements))


__all__ = [
    "BATCH_SIZE",
    "Batch",
    "InvalidExport",
    "batches",
    "day_statements",
    "export_day",
    "scrub",
]
