"""Detection rules as data: YAML files compiled to predicates (see docs/detection.md, "Rules")."""

from safeharbour.detection.rules.engine import (
    Evaluation,
    Outcome,
    RuleInput,
    RuleSet,
    builtin_ruleset,
)
from safeharbour.detection.rules.loader import InvalidRules, RulesSource, load_rules

__all__ = [
    "Evaluation",
    "InvalidRules",
    "Outcome",
    "RuleInput",
    "RuleSet",
    "RulesSource",
    "builtin_ruleset",
    "load_rules",
]
