"""Queue priority: severity * reach * sources * trusted flagger * urgency, explained.

The score of an undecided case at instant t is

    score(t) = S * exp((t - due) / τ)          S = severity * reach * sources * trusted

where `due` is the earliest SLA deadline of the case and τ = 24 hours: one day before its
deadline a case counts e^-1 of its static weight, at the deadline its full weight, and past it
more and more. Because the time factor is exponential, ordering by score(t) descending at any
instant is the same as ordering by the time-independent key

    rank_key = due - τ * ln(S) - tier * 10^12   (a "virtual deadline", ascending)

which is stored on the case and indexed, so that listing a queue of 100,000 cases is one index
range scan and never recomputes a score. The tier term (10^12 s is 30,000 years) puts every
case of a higher tier first, with sub-millisecond precision left in a float. The tiers:

    2  critical: child sexual abuse or terrorist content, whoever reported it
    1  a trusted flagger's notice (DSA Art. 22: notices given priority)
    0  everything else
   -1  only notices over their source's hourly budget, or from a source suspended under Art. 23

Nothing a single source does can move its case past tier 0 or raise its `sources` factor more
than once: the factor counts distinct sources (1 + log2 n), not notices, so a flood of notices
on one item weighs no more than one notice from each of its senders.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from safeharbour.kit.dsa import Keyword, StatementCategory

TAU = timedelta(hours=24)
TIER_SPAN = 1e12
TRUSTED_BOOST = 2.0

TIER_CRITICAL = 2
TIER_TRUSTED = 1
TIER_NORMAL = 0
TIER_DEPRIORITISED = -1
TIER_NAMES = {
    TIER_CRITICAL: "critical: child sexual abuse or terrorist content",
    TIER_TRUSTED: "trusted flagger",
    TIER_NORMAL: "normal",
    TIER_DEPRIORITISED: "deprioritised: only throttled or suspended sources",
}

CRITICAL_KEYWORDS: frozenset[str] = frozenset(
    {
        Keyword.CHILD_SEXUAL_ABUSE_MATERIAL,
        Keyword.CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE,
        Keyword.GROOMING_SEXUAL_ENTICEMENT_MINORS,
        Keyword.TERRORIST_CONTENT,
    }
)
"""Keywords whose notices get the short SLA (1 hour for trusted flaggers) and tier 2."""

CATEGORY_SEVERITY: dict[str, int] = {
    StatementCategory.PROTECTION_OF_MINORS: 7,
    StatementCategory.RISK_FOR_PUBLIC_SECURITY: 7,
    StatementCategory.VIOLENCE: 6,
    StatementCategory.SELF_HARM: 6,
    StatementCategory.ILLEGAL_OR_HARMFUL_SPEECH: 5,
    StatementCategory.CYBER_VIOLENCE: 5,
    StatementCategory.CYBER_VIOLENCE_AGAINST_WOMEN: 5,
    StatementCategory.NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS: 4,
    StatementCategory.SCAMS_AND_FRAUD: 4,
    StatementCategory.UNSAFE_AND_PROHIBITED_PRODUCTS: 4,
    StatementCategory.DATA_PROTECTION_AND_PRIVACY_VIOLATIONS: 3,
    StatementCategory.ANIMAL_WELFARE: 3,
    StatementCategory.CONSUMER_INFORMATION: 2,
    StatementCategory.INTELLECTUAL_PROPERTY_INFRINGEMENTS: 2,
    StatementCategory.NOT_SPECIFIED_NOTICE: 2,
    StatementCategory.OTHER_VIOLATION_TC: 1,
}
"""Severity of each category, 1 (least) to 10 (most)."""

KEYWORD_SEVERITY: dict[str, int] = {
    Keyword.CHILD_SEXUAL_ABUSE_MATERIAL: 10,
    Keyword.CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE: 10,
    Keyword.TERRORIST_CONTENT: 10,
    Keyword.GROOMING_SEXUAL_ENTICEMENT_MINORS: 9,
    Keyword.HUMAN_TRAFFICKING: 9,
    Keyword.TRAFFICKING_WOMEN_GIRLS: 9,
    Keyword.SUICIDE: 8,
    Keyword.SELF_MUTILATION: 8,
    Keyword.NON_CONSENSUAL_IMAGE_SHARING: 8,
    Keyword.NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN: 8,
    Keyword.NON_CONSENSUAL_MATERIAL_DEEPFAKE: 8,
    Keyword.NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN: 8,
    Keyword.HUMAN_EXPLOITATION: 8,
    Keyword.ILLEGAL_ORGANIZATIONS: 7,
    Keyword.CYBER_INCITEMENT: 7,
    Keyword.INCITEMENT_VIOLENCE_HATRED: 7,
    Keyword.INCITEMENT_AGAINST_WOMEN: 7,
    Keyword.HATE_SPEECH: 6,
    Keyword.CYBER_STALKING: 6,
    Keyword.CYBER_STALKING_AGAINST_WOMEN: 6,
    Keyword.STALKING: 6,
    Keyword.PHISHING: 5,
}
"""Keywords that make a notice more severe than its category says (never less)."""


def is_critical(keywords: list[str] | tuple[str, ...]) -> bool:
    return any(k in CRITICAL_KEYWORDS for k in keywords)


def severity_of(category: str, keywords: list[str] | tuple[str, ...]) -> tuple[int, str]:
    """The severity and what it rests on (the category, or the keyword that raised it)."""
    best = CATEGORY_SEVERITY.get(category, 1)
    basis = category
    for keyword in keywords:
        weight = KEYWORD_SEVERITY.get(keyword, 0)
        if weight > best:
            best, basis = weight, keyword
    return best, basis


def reach_factor(
    *, subscribers: int | None, public: bool | None, prominent: bool = False
) -> tuple[float, str]:
    """1 for an item nobody follows, + log10(1 + audience); halved growth for private groups."""
    if subscribers is None:
        base, why = 1.0, "audience unknown"
    else:
        growth = math.log10(1 + max(0, subscribers))
        if public is False:
            growth /= 2
        base = 1.0 + growth
        why = f"{'private' if public is False else 'public'} audience of {subscribers:,}"
    if prominent:
        base += 0.5
        why += "; verified or official account"
    return round(base, 4), why


def sources_factor(distinct_sources: int) -> float:
    return 1.0 + math.log2(distinct_sources) if distinct_sources > 1 else 1.0


@dataclass(frozen=True)
class StaticPriority:
    severity: int
    severity_basis: str
    reach: float
    reach_basis: str
    distinct_sources: int
    trusted: bool
    critical: bool
    counted: bool
    """False while only throttled or suspended sources reported the item."""

    @property
    def score(self) -> float:
        return (
            self.severity
            * self.reach
            * sources_factor(self.distinct_sources)
            * (TRUSTED_BOOST if self.trusted else 1.0)
        )

    @property
    def tier(self) -> int:
        if self.critical:
            return TIER_CRITICAL
        if not self.counted:
            return TIER_DEPRIORITISED
        return TIER_TRUSTED if self.trusted else TIER_NORMAL

    def rank_key(self, due: datetime) -> float:
        virtual_deadline = due.timestamp() - TAU.total_seconds() * math.log(max(self.score, 1e-9))
        return virtual_deadline - self.tier * TIER_SPAN

    def as_json(self) -> dict[str, Any]:
        return {
            "severity": self.severity,
            "severity_basis": self.severity_basis,
            "reach": self.reach,
            "reach_basis": self.reach_basis,
            "distinct_sources": self.distinct_sources,
            "trusted": self.trusted,
            "critical": self.critical,
            "counted": self.counted,
        }


def rank_key_for(p: StaticPriority, due: datetime) -> float:
    return p.rank_key(due)


def urgency(now: datetime, due: datetime) -> float:
    return math.exp((now - due).total_seconds() / TAU.total_seconds())


def _left(now: datetime, due: datetime) -> str:
    seconds = (due - now).total_seconds()
    minutes = abs(int(seconds // 60)) if seconds >= 0 else abs(int(-seconds // 60))
    text = f"{minutes // 60} h {minutes % 60:02d} min"
    return f"deadline in {text}" if seconds >= 0 else f"deadline passed {text} ago"


def explain(
    static: dict[str, Any], *, due: datetime, now: datetime, notice_count: int, signal_count: int
) -> dict[str, Any]:
    """The score of a case now, component by component, for the case page."""
    p = StaticPriority(**static)
    components = [
        {
            "name": "severity",
            "value": p.severity,
            "why": f"most severe category reported: {p.severity_basis}",
        },
        {"name": "reach", "value": p.reach, "why": p.reach_basis},
        {
            "name": "sources",
            "value": round(sources_factor(p.distinct_sources), 4),
            "why": f"{p.distinct_sources} distinct counted source(s), {notice_count} notice(s), "
            f"{signal_count} detection signal(s); repeats from one source do not count",
        },
        {
            "name": "trusted_flagger",
            "value": TRUSTED_BOOST if p.trusted else 1.0,
            "why": "a trusted flagger reported it" if p.trusted else "no trusted flagger",
        },
        {
            "name": "urgency",
            "value": round(urgency(now, due), 6),
            "why": f"{_left(now, due)} (exp((now - deadline) / 24 h))",
        },
    ]
    score = p.score * urgency(now, due)
    return {
        "score": round(score, 6),
        "tier": p.tier,
        "tier_reason": TIER_NAMES[p.tier],
        "due_at": due,
        "formula": "severity * reach * sources * trusted_flagger * urgency",
        "components": components,
        "order": "tier first (highest), then score (highest)",
        "rank_key": rank_key_for(p, due),
    }
