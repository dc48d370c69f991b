"""kit.dsa spells every value exactly as the Transparency Database schema does."""

from __future__ import annotations

import json
from enum import StrEnum

import pytest

from safeharbour.kit import dsa
from tests.conftest import TEST_DATA

SCHEMA = TEST_DATA / "dsa" / "sor_schema.json"

PAIRS = [
    ("category", dsa.StatementCategory),
    ("category_specification", dsa.Keyword),
    ("decision_visibility", dsa.DecisionVisibility),
    ("decision_monetary", dsa.DecisionMonetary),
    ("decision_provision", dsa.DecisionProvision),
    ("decision_account", dsa.DecisionAccount),
    ("decision_ground", dsa.DecisionGround),
    ("content_type", dsa.ContentType),
    ("source_type", dsa.SourceType),
    ("automated_decision", dsa.AutomatedDecision),
    ("account_type", dsa.AccountType),
]


@pytest.fixture(scope="module")
def enums() -> dict[str, object]:
    return json.loads(SCHEMA.read_text())["enums"]


@pytest.mark.parametrize(("field", "enum"), PAIRS, ids=[p[0] for p in PAIRS])
def test_enum_values_are_the_schema_keys(
    enums: dict[str, object], field: str, enum: type[StrEnum]
) -> None:
    expected = enums[field]
    assert isinstance(expected, dict)
    assert [member.value for member in enum] == list(expected)


def test_labels_and_territorial_scope_match(enums: dict[str, object]) -> None:
    categories = enums["category"]
    keywords = enums["category_specification"]
    assert isinstance(categories, dict) and isinstance(keywords, dict)
    assert {k.value: v for k, v in dsa.CATEGORY_LABELS.items()} == categories
    assert {k.value: v for k, v in dsa.KEYWORD_LABELS.items()} == keywords
    assert list(dsa.EEA_TERRITORIAL_SCOPE) == enums["territorial_scope"]
    assert "KEYWORD_DANGEROUS_TOYS" not in {k.value for k in dsa.Keyword}
