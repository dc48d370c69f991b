"""A corpus of real, publicly documented authority requests (`corpus/requests.json`).

Each case cites its source (transparency reports, court records, press), says what happened,
models the request as the engine reads it, and states the outcome a rights-respecting platform
should propose and why. The expectations were written from the sources and from what such a
platform should do, not read off the engine: where the engine disagrees, the engine is wrong
until a person decides otherwise and says why in the case. `verify: true` marks a case whose
source could not be read while it was written (no network here): check it before citing it.

What is compared: `disposition` (the request as a whole), per-target dispositions, what is
acted on under the terms, `disclose`, `auto_executable` and rules that must fire. And for every
case, the safeguards: nothing disclosed to an unverified sender, never keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safeharbour.legal.assessment import assess, default_policy, parse_request

CORPUS = json.loads(
    (Path(__file__).with_name("corpus") / "requests.json").read_text(encoding="utf-8")
)["cases"]


def test_the_corpus_is_large_sourced_and_unique() -> None:
    assert len(CORPUS) >= 40
    ids = [case["id"] for case in CORPUS]
    assert len(ids) == len(set(ids))
    for case in CORPUS:
        assert len(case["source"]) >= 20, case["id"]
        assert case["why"] and case["what_happened"], case["id"]
        assert isinstance(case["verify"], bool), case["id"]
    countries = {case["request"]["authority"]["country"] for case in CORPUS}
    assert {"US", "GB", "IN", "BR", "TR", "RU", "ID"} <= countries


@pytest.mark.parametrize("case", CORPUS, ids=[case["id"] for case in CORPUS])
def test_corpus_case(case: dict[str, Any]) -> None:
    expected = case["expected"]
    result = assess(parse_request(case["request"]), default_policy()).model_dump(mode="json")
    if "disposition" in expected:
        assert result["disposition"] == expected["disposition"], case["why"]
    by_id = {t["id"]: t for t in result["targets"]}
    for target_id, disposition in expected.get("targets", {}).items():
        assert by_id[target_id]["disposition"] == disposition, (target_id, case["why"])
    for target_id, action in expected.get("acted_under_terms", {}).items():
        assert by_id[target_id]["acted_under_terms"] == action, (target_id, case["why"])
    if "disclose" in expected:
        assert result["disclose"] == expected["disclose"], case["why"]
    if "auto_executable" in expected:
        assert result["auto_executable"] is expected["auto_executable"]
    fired = [r["rule"] for r in result["reasons"]]
    for rule in expected.get("rules_include", []):
        assert rule in fired
    # the safeguards hold for every real case
    assert "encryption_keys" not in result["disclose"]
    if not case["request"]["authority"].get("verified", False):
        assert result["disclose"] == [] and result["disposition"] != "comply"
