"""Statements of reasons (DSA Art. 17): generated from each measure of a decision.

Contracts:
- One statement per measure (`DecisionAction`), issued in the transaction that makes the
  decision effective, before anything is enforced. It holds every element of Art. 17(3):
  (a) the type of decision, its territorial scope and duration; (b) the facts and
  circumstances, including whether it was taken on a notice (and whether from a trusted
  flagger) or on the platform's own initiative; (c) the use of automated means in detection and
  in the decision; (d) for illegal content the legal ground relied on and why the content is
  illegal under it, or (e) for a terms-of-service ground the clause and why the content is
  incompatible with it; (f) redress: the internal complaint system with its deadline, certified
  out-of-court dispute settlement (Art. 21) and the courts.
- `elements` and `dsa` hold no personal data (Art. 24(5)): no names, no e-mail addresses, and
  the notifier's identity is never disclosed. `dsa` maps the same facts to Transparency
  Database fields with the schema's enum keys, for the later export.
- The statement's secret token is never stored (only its SHA-256) and never part of `text`:
  links are added when the statement is delivered or shown, from the token at hand.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from safeharbour.audit.tags import AuditTag
from safeharbour.kit.countries import country_name
from safeharbour.kit.db import Actor, UnitOfWork
from safeharbour.kit.dsa import (
    CATEGORY_LABELS,
    EEA_TERRITORIAL_SCOPE,
    ContentType,
    DecisionAccount,
    DecisionGround,
    DecisionProvision,
    DecisionVisibility,
    SourceType,
    yes_no,
)
from safeharbour.kit.errors import InvalidInput, NotFound
from safeharbour.kit.ids import new_id
from safeharbour.kit.links import PublicLinks
from safeharbour.kit.tokens import TokenKeys, token_sha256
from safeharbour.transparency.models import Statement

TOKEN_PURPOSE = "statement"  # noqa: S105 (a key-derivation label, not a secret)

DESCRIPTIONS = {
    "remove_post": "removal of the post",
    "restrict_post": "disabling access to the post in the countries named",
    "suspend_account": "suspension of the account",
    "terminate_account": "termination of the account",
    "ban_channel": "ban of the channel or group (access disabled, service terminated for it)",
    "label": "a visible warning label on the content",
    "quarantine_media": "quarantine of the images, videos and files attached to the post "
    "(access to them disabled; the text stays)",
}

OUT_OF_COURT = (
    "You may refer this decision to an out-of-court dispute settlement body certified under "
    "Article 21 of the Digital Services Act. The European Commission publishes the list of "
    "certified bodies. You need not use our internal complaint system first."
)
JUDICIAL = (
    "You may also challenge this decision before the courts, in accordance with the law of "
    "the country concerned; using our complaint system or a settlement body does not affect "
    "that right."
)


@dataclass(frozen=True)
class StatementInput:
    """The facts of one measure a statement is generated from (no personal data)."""

    decision_id: uuid.UUID
    decision_action_id: uuid.UUID
    action_kind: str
    target_kind: str
    target_id: str
    affected_account_id: str | None
    countries: tuple[str, ...]
    until: datetime | None
    label_text: str | None
    ground_kind: str
    ground_reference: str
    ground_explanation: str
    category: str
    keywords: tuple[str, ...]
    facts: str
    source_type: str
    notice_count: int
    automated_detection: bool
    automated_decision: str
    decided_at: datetime
    appeal_deadline: datetime
    content_date: datetime | None
    media_kinds: tuple[str, ...] = field(default_factory=tuple)


def measure_fields(kind: str, until: str | None) -> dict[str, Any]:
    """The DSA database's fields for one measure (`until`: the suspension's end, ISO date or
    timestamp); shared by statements to users and the Transparency Database export."""
    fields: dict[str, Any] = {}
    if kind == "remove_post":
        fields["decision_visibility"] = [DecisionVisibility.CONTENT_REMOVED.value]
    elif kind in ("restrict_post", "quarantine_media"):
        fields["decision_visibility"] = [DecisionVisibility.CONTENT_DISABLED.value]
    elif kind == "label":
        fields["decision_visibility"] = [DecisionVisibility.CONTENT_LABELLED.value]
    elif kind == "ban_channel":
        fields["decision_visibility"] = [DecisionVisibility.CONTENT_DISABLED.value]
        fields["decision_provision"] = DecisionProvision.PARTIAL_TERMINATION.value
    elif kind == "suspend_account":
        fields["decision_account"] = DecisionAccount.SUSPENDED.value
        if until:
            fields["end_date_account_restriction"] = until[:10]
    elif kind == "terminate_account":
        fields["decision_account"] = DecisionAccount.TERMINATED.value
    return fields


def _dsa_fields(data: StatementInput, puid: str) -> dict[str, Any]:
    until = data.until.strftime("%Y-%m-%d") if data.until is not None else None
    fields: dict[str, Any] = {"puid": puid, **measure_fields(data.action_kind, until)}
    if data.ground_kind == "illegal_content":
        fields["decision_ground"] = DecisionGround.ILLEGAL_CONTENT.value
        fields["illegal_content_legal_ground"] = data.ground_reference[:500]
        fields["illegal_content_explanation"] = data.ground_explanation[:2000]
    else:
        fields["decision_ground"] = DecisionGround.INCOMPATIBLE_CONTENT.value
        fields["incompatible_content_ground"] = data.ground_reference[:500]
        fields["incompatible_content_explanation"] = data.ground_explanation[:2000]
    content_types = []
    for media in data.media_kinds:
        mapped = {
            "image": ContentType.IMAGE,
            "video": ContentType.VIDEO,
            "audio": ContentType.AUDIO,
        }
        if media in mapped and mapped[media].value not in content_types:
            content_types.append(mapped[media].value)
    if data.target_kind == "post":
        content_types.insert(0, ContentType.TEXT.value)
        fields["content_type"] = content_types
    else:
        fields["content_type"] = [ContentType.OTHER.value]
        fields["content_type_other"] = (
            "channel or group" if data.target_kind == "channel" else "account"
        )
    fields["category"] = data.category
    if data.keywords:
        fields["category_specification"] = list(data.keywords)
    scope = (
        sorted({c for c in data.countries if c in EEA_TERRITORIAL_SCOPE})
        if data.action_kind == "restrict_post"
        else list(EEA_TERRITORIAL_SCOPE)
    )
    fields["territorial_scope"] = scope
    fields["application_date"] = data.decided_at.strftime("%Y-%m-%d")
    fields["content_date"] = (data.content_date or data.decided_at).strftime("%Y-%m-%d")
    fields["decision_facts"] = data.facts[:5000]
    fields["source_type"] = data.source_type
    fields["automated_detection"] = yes_no(data.automated_detection)
    fields["automated_decision"] = data.automated_decision
    return fields


def _scope_text(data: StatementInput) -> str:
    if data.action_kind != "restrict_post":
        return "worldwide"
    names = [f"{country_name(c) or c} ({c})" for c in data.countries]
    return "only in " + ", ".join(names)


def _taken_on(data: StatementInput) -> str:
    if data.source_type == SourceType.TRUSTED_FLAGGER:
        return "a notice from a trusted flagger (DSA Art. 22)"
    if data.source_type == SourceType.ARTICLE_16:
        return "a notice (DSA Art. 16)"
    return "our own initiative"


def build_elements(data: StatementInput) -> dict[str, Any]:
    """Every Art. 17(3) element, as structured data."""
    ground: dict[str, Any]
    if data.ground_kind == "illegal_content":
        ground = {
            "kind": "illegal_content",
            "legal_ground": data.ground_reference,
            "explanation": data.ground_explanation,
        }
    else:
        ground = {
            "kind": "terms_of_service",
            "contractual_ground": data.ground_reference,
            "explanation": data.ground_explanation,
        }
    return {
        "decision": {
            "type": data.action_kind,
            "description": DESCRIPTIONS[data.action_kind],
            "item": {"kind": data.target_kind, "id": data.target_id},
            "territorial_scope": list(data.countries)
            if data.action_kind == "restrict_post"
            else "worldwide",
            "duration": {"until": data.until.isoformat()} if data.until else "indefinite",
            "label": data.label_text,
            "date": data.decided_at.isoformat(),
        },
        "facts_and_circumstances": {
            "text": data.facts,
            "category": data.category,
            "category_specification": list(data.keywords),
            "taken_on": data.source_type,
            "notices": data.notice_count,
            "notifier_identity": "not disclosed",
        },
        "automated_means": {
            "detection": data.automated_detection,
            "decision": data.automated_decision,
        },
        "ground": ground,
        "redress": {
            "internal_complaint": {
                "deadline": data.appeal_deadline.isoformat(),
                "free_of_charge": True,
                "how": "use the complaint link that comes with this statement",
            },
            "out_of_court_settlement": OUT_OF_COURT,
            "judicial_redress": JUDICIAL,
        },
    }


def render_text(data: StatementInput) -> str:
    """The statement as the recipient reads it, without links (added on delivery)."""
    day = data.decided_at.strftime("%Y-%m-%d")
    subject = {"post": "post", "channel": "channel or group", "account": "account"}[
        data.target_kind
    ]
    lines = [
        "Statement of reasons (Digital Services Act, Article 17)",
        "",
        f"What we decided: {DESCRIPTIONS[data.action_kind]} ({subject} {data.target_id}), "
        f"on {day}.",
        f"Where it applies: {_scope_text(data)}.",
        "How long: "
        + (
            f"until {data.until.strftime('%Y-%m-%d %H:%M UTC')}."
            if data.until
            else "no end date set."
        ),
    ]
    if data.label_text:
        lines.append(f"Label shown: {data.label_text}")
    category = CATEGORY_LABELS.get(data.category, data.category)  # type: ignore[call-overload]
    lines += [
        "",
        f"Facts and circumstances: {data.facts}",
        f"Type of content concerned: {category}.",
        f"This decision was taken on {_taken_on(data)}. We do not disclose who sent a notice.",
        "",
        "Automated means: the content was "
        + ("" if data.automated_detection else "not ")
        + "detected by automated means; the decision was "
        + {
            "AUTOMATED_DECISION_FULLY": "taken by automated means.",
            "AUTOMATED_DECISION_PARTIALLY": "taken by a person assisted by automated means.",
        }.get(data.automated_decision, "taken by a person, not by automated means."),
        "",
    ]
    if data.ground_kind == "illegal_content":
        lines.append(f"Legal ground: the content is illegal under {data.ground_reference}.")
    else:
        lines.append(
            f"Contractual ground: the content is incompatible with our terms of service, "
            f"{data.ground_reference}."
        )
    lines += [
        f"Why: {data.ground_explanation}",
        "",
        "How to contest this decision:",
        "- Internal complaint, free of charge, until "
        f"{data.appeal_deadline.strftime('%Y-%m-%d')} (DSA Art. 20): use the complaint link "
        "that comes with this statement. A different person reviews the decision.",
        f"- {OUT_OF_COURT}",
        f"- {JUDICIAL}",
    ]
    return "\n".join(lines)


def statement_token(tokens: TokenKeys, statement_id: uuid.UUID) -> str:
    return tokens.link_token(TOKEN_PURPOSE, str(statement_id))


def do_issue_statement(
    unit: UnitOfWork, data: StatementInput, *, tokens: TokenKeys, actor: Actor
) -> Statement:
    if data.action_kind not in DESCRIPTIONS:
        raise InvalidInput(f"no statement for a {data.action_kind} measure", field="kind")
    statement_id = new_id()
    puid = f"sh-{statement_id}"
    statement = Statement(
        id=statement_id,
        puid=puid,
        decision_id=data.decision_id,
        decision_action_id=data.decision_action_id,
        account_id=data.affected_account_id,
        token_sha256=token_sha256(statement_token(tokens, statement_id)),
        created_at=unit.clock.now(),
        elements=build_elements(data),
        dsa=_dsa_fields(data, puid),
        text=render_text(data),
    )
    unit.session.add(statement)
    unit.record(
        AuditTag.TRANSPARENCY_STATEMENT_ISSUED,
        actor=actor,
        subjects={
            "statement": statement.id,
            "decision": data.decision_id,
            **({"account": data.affected_account_id} if data.affected_account_id else {}),
        },
        snapshot={"kind": data.action_kind, "puid": puid},
    )
    return statement


def delivery_text(statement: Statement, links: PublicLinks, tokens: TokenKeys) -> tuple[str, str]:
    """The text sent to the recipient and the URL of the statement page (with its token)."""
    token = statement_token(tokens, statement.id)
    url = links.statement_page(statement.id, token)
    text = (
        statement.text + f"\n\nRead this statement: {url}\nContest it: {links.appeal_page(token)}\n"
    )
    return text, url


def statement_view(
    session: Session,
    statement_id: uuid.UUID,
    token: str,
    *,
    links: PublicLinks,
    now: datetime,
) -> dict[str, Any]:
    """The public view of a statement, for whoever holds its link."""
    if not token or len(token) > 200:
        raise InvalidInput("expected the token from the statement link", field="token")
    statement = session.scalars(
        select(Statement).where(
            Statement.id == statement_id, Statement.token_sha256 == token_sha256(token)
        )
    ).first()
    if statement is None:
        raise NotFound("no statement with this link", field="token")
    deadline = statement.elements["redress"]["internal_complaint"]["deadline"]
    return {
        "id": str(statement.id),
        "puid": statement.puid,
        "issued_at": statement.created_at,
        "delivered_at": statement.delivered_at,
        "reversed_at": statement.reversed_at,
        "elements": statement.elements,
        "text": statement.text,
        "dsa": statement.dsa,
        "appeal": {
            "url": links.appeal_page(token),
            "deadline": deadline,
            "possible": statement.reversed_at is None and now <= datetime.fromisoformat(deadline),
        },
    }
