"""The legal officer's answer form: what it offers, what it starts with, what it sends.

An officer may give any answer the law allows, on the proposal's grounds or on their own:
policy rules (each shown and sent with its sentence) and sentences of their own, one per
line. Following the proposal sends its grounds; grounds the proposal did not give make the
answer an override, which needs its reason (`legal/gateway/answers.py` enforces both).

The form never presumes an answer the engine did not propose: when the proposal is a
human-rights review (or there is none), no answer is preselected and the officer chooses.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from safeharbour.kit.errors import InvalidInput
from safeharbour.legal.assessment import default_policy
from safeharbour.legal.assessment.schemas import Disposition

ANSWERS: tuple[tuple[str, str], ...] = (
    ("complied", "Complied: we do what the request asks"),
    ("partially_complied", "Partly complied: we do some of it, and say what and why"),
    ("refused", "Refused, with the grounds"),
    ("need_more_info", "Need more information: say exactly what is missing"),
)
SCOPES: tuple[tuple[str, str], ...] = (
    ("global", "Everywhere"),
    ("requesting_country", "Only in the requesting authority's country"),
    ("none", "Not applicable (nothing is restricted)"),
)
BASES: tuple[tuple[str, str], ...] = (
    ("follow", "Follow the proposal: its grounds are sent"),
    ("override", "Decide otherwise: give the grounds and say why"),
)

ANSWER_FORM_FIELDS = (
    "answer",
    "scope",
    "basis",
    "override_reason",
    "rules",
    "own_grounds",
    "what_and_why",
    "missing_field",
    "missing_need",
)
ANSWER_ERROR_FIELDS = {
    # The action's field names -> the form's fields.
    "followed_proposal": "basis",
    "reasons": "rules",
    "missing": "missing_field",
}


@lru_cache(maxsize=1)
def policy_rules() -> tuple[tuple[str, str], ...]:
    """Every rule of the legal policy with its sentence, in the policy's order."""
    return tuple((str(rule.id), " ".join(rule.sentence.split())) for rule in default_policy().rules)


def proposal_of(view: Any) -> dict[str, Any] | None:
    proposal = getattr(view, "proposal", None)
    return dict(proposal) if proposal else None


def _human_rights_review(proposal: dict[str, Any] | None) -> bool:
    return proposal is not None and proposal.get("disposition") == Disposition.HUMAN_RIGHTS_REVIEW


def default_values(proposal: dict[str, Any] | None) -> dict[str, Any]:
    """What the form starts with: the proposal's answer only when it proposed one."""
    if proposal is None:
        return {"basis": "override", "rules": [], "answer": "", "scope": ""}
    if _human_rights_review(proposal):
        return {"basis": "follow", "rules": [], "answer": "", "scope": ""}
    # No rule is ticked: following sends the proposal's grounds, and an officer who decides
    # otherwise chooses their own instead of inheriting grounds for another answer.
    return {
        "basis": "follow",
        "answer": proposal.get("proposed_answer") or "",
        "scope": proposal.get("scope") or "",
        "rules": [],
    }


def answer_form(
    proposal: dict[str, Any] | None,
    values: dict[str, Any] | None,
    errors: dict[str, str] | None,
) -> dict[str, Any]:
    """The template's view of the form: options, values (kept after an error), errors."""
    proposed = {str(r["rule"]): str(r["text"]) for r in (proposal or {}).get("reasons", [])}
    rules = [
        (rule, proposed.get(rule, sentence), rule in proposed) for rule, sentence in policy_rules()
    ]
    rules.sort(key=lambda item: not item[2])  # the proposal's grounds first
    return {
        "answers": ANSWERS,
        "scopes": SCOPES,
        "bases": BASES,
        "rules": rules,
        "values": values if values is not None else default_values(proposal),
        "errors": errors or {},
        "human_rights_review": _human_rights_review(proposal),
        "has_proposal": proposal is not None,
    }


def _lines(text: Any) -> list[str]:
    return [line.strip() for line in str(text or "").splitlines() if line.strip()]


def answer_from_form(values: dict[str, Any], proposal: dict[str, Any] | None) -> dict[str, Any]:
    """The keyword arguments of `do_answer_legal_request` for what the form sent."""
    if values.get("answer") not in {value for value, _ in ANSWERS}:
        raise InvalidInput("choose an answer", field="answer")
    follow = values.get("basis") == "follow"
    proposed = {str(r["rule"]): str(r["text"]) for r in (proposal or {}).get("reasons", [])}
    sentences = dict(policy_rules())
    chosen = [str(rule) for rule in values.get("rules") or []]
    reasons: list[dict[str, Any]] = [
        {"rule": rule, "text": proposed.get(rule) or sentences.get(rule, "")} for rule in chosen
    ]
    reasons += [{"rule": None, "text": line} for line in _lines(values.get("own_grounds"))]
    missing_field = str(values.get("missing_field") or "").strip()
    missing_need = str(values.get("missing_need") or "").strip()
    return {
        "answer": str(values.get("answer") or ""),
        "scope": str(values.get("scope") or "") or None,
        # Following without choosing grounds sends the proposal's own.
        "reasons": reasons if reasons else (None if follow else []),
        "what_and_why": str(values.get("what_and_why") or "").strip() or None,
        "missing": [{"field": missing_field, "need": missing_need}]
        if missing_field or missing_need
        else None,
        "followed_proposal": follow,
        "override_reason": None if follow else str(values.get("override_reason") or ""),
    }
