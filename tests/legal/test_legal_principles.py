"""Golden tests for each principle of the second edition, in strong, weak and unknown
rule-of-law countries: competence from the law, terms first, one disposition per target,
refusal only for the absolute rules, emergencies, and asking only for what the law requires.

Strong: DE, US, GB. Weak: RU, IN, TR, EG. Unknown: TW (no published estimate)."""

from __future__ import annotations

from typing import Any

import pytest

from safeharbour.legal.assessment import assess, default_policy, parse_request


def run(request: dict[str, Any]) -> dict[str, Any]:
    return assess(parse_request(request), default_policy()).model_dump(mode="json")


def authority(country: str, kind: str, verified: bool = True, **extra: Any) -> dict[str, Any]:
    return {"name": "Authority", "country": country, "kind": kind, "verified": verified, **extra}


def by_id(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["id"]: t for t in result["targets"]}


# -- 1. competence follows the law ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "kind", "level", "competent"),
    [
        ("US", "ministry", "country", False),  # no US executive body orders removal of speech
        ("GB", "police", "country", True),  # Terrorism Act 2006 s. 3 notices
        ("IN", "ministry", "country", True),  # IT Act s. 69A: the Central Government
        ("RU", "police", "country", False),  # 149-FZ: Roskomnadzor, prosecutors, courts
        ("TW", "ministry", "default", True),  # no law on file: the platform's default
        ("TW", "intelligence", "default", False),  # intelligence services: competent for nothing
    ],
)
def test_competence_is_read_from_the_table_for_the_country(
    country: str, kind: str, level: str, competent: bool
) -> None:
    result = run(
        {
            "type": "removal_order",
            "authority": authority(country, kind),
            "legal_basis": "the law",
            "targets": [{"kind": "post", "id": "p1", "labels": ["defamation"]}],
        }
    )
    assert result["competence"]["level"] == level
    assert result["competence"]["competent"] is competent
    if not competent:
        assert result["disposition"] == "need_more_info"
        [missing] = [m for m in result["missing"] if m["field"] == "authority.kind"]
        assert missing["need"].startswith(f"the provision of law that empowers a {kind}")
        assert missing["why"], "says where the table's answer comes from"


def test_dsa_orders_may_come_from_a_ministry_and_epoc_needs_a_judge_or_prosecutor() -> None:
    dsa = run(
        {
            "type": "removal_order",
            "authority": authority("FR", "ministry"),
            "legal_instrument": "dsa_art9",
            "legal_basis": "LCEN art. 6-1",
            "targets": [{"kind": "post", "id": "p1", "labels": ["defamation"]}],
        }
    )
    assert dsa["competence"] == {
        "level": "instrument",
        "rows": ["C-EU-DSA9"],
        "competent": True,
        "verify": False,
    }
    assert dsa["disposition"] == "geo_restrict"
    police_epoc = {
        "type": "production_order",
        "authority": authority("DE", "police"),
        "legal_instrument": "epoc",
        "legal_process": "none",
        "legal_basis": "StPO § 100g",
        "offence_category": "STATEMENT_CATEGORY_VIOLENCE",
        "targets": [{"kind": "account", "id": "a1"}],
        "data_requested": ["subscriber_info"],
    }
    waiting = run(police_epoc)
    assert "judicial_authorisation" in {m["field"] for m in waiting["missing"]}
    assert any("2023/1543" in m["why"] for m in waiting["missing"])
    validated = run({**police_epoc, "legal_process": "prosecutor_order"})
    assert validated["competence"]["competent"] is True
    assert validated["disclose"] == ["subscriber_info"]


# -- 2. terms first --------------------------------------------------------------------------------


@pytest.mark.parametrize("country", ["DE", "RU", "TW"])
@pytest.mark.parametrize("verified", [True, False])
def test_a_terms_breaking_target_is_acted_on_whoever_asked(country: str, verified: bool) -> None:
    result = run(
        {
            "type": "removal_order",
            "authority": authority(country, "intelligence", verified=verified),
            "targets": [{"kind": "post", "id": "p1", "labels": ["terrorism"]}],
        }
    )
    target = by_id(result)["p1"]
    assert result["disposition"] == "need_more_info"  # the order, as it deserves
    assert target["action"] == "none" and result["disclose"] == []
    assert target["acted_under_terms"] == "remove"
    assert result["file_as_notice"] is True
    assert "R-TERMS-FIRST" in target["rules"]


# -- 3. one disposition per target ---------------------------------------------------------------


@pytest.mark.parametrize("country", ["DE", "IN", "TW"])
def test_targets_of_different_standing_get_their_own_answer(country: str) -> None:
    result = run(
        {
            "type": "removal_order",
            "authority": authority(country, "court"),
            "legal_process": "court_order",
            "legal_basis": "the code",
            "targets": [
                {"kind": "post", "id": "scam", "labels": ["scam"]},
                {"kind": "post", "id": "all"},
            ],
        }
    )
    targets = by_id(result)
    assert targets["scam"]["disposition"] == "comply"
    assert targets["scam"]["action"] == "remove"
    assert targets["all"]["disposition"] == "need_more_info"
    assert targets["all"]["missing"][0]["field"] == "targets.1.id"
    assert result["disposition"] == "partial"
    assert result["proposed_answer"] == "partially_complied"


# -- 4. refusal only for the absolute rules --------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "judicial", "expected"),
    [
        ("DE", False, "human_rights_review"),
        ("DE", True, "human_rights_review"),
        ("TR", False, "refuse"),  # absolute: protest, non-judicial, weak
        ("TR", True, "human_rights_review"),  # a court order: the collision is explained
        ("TW", False, "refuse"),
        ("TW", True, "human_rights_review"),
    ],
)
def test_protest_is_refused_only_on_a_non_judicial_order_where_the_rule_of_law_is_weak(
    country: str, judicial: bool, expected: str
) -> None:
    result = run(
        {
            "type": "removal_order",
            "authority": authority(country, "court" if judicial else "regulator"),
            "legal_process": "court_order" if judicial else "none",
            "legal_basis": "the code",
            "targets": [{"kind": "post", "id": "p1", "labels": ["peaceful_protest"]}],
        }
    )
    assert result["disposition"] == expected
    details = " ".join(d for r in result["reasons"] for d in r["details"])
    if judicial and country != "DE":
        assert "collides with protected expression" in details and "ICCPR" in details
    if expected == "refuse":
        assert "absolute rule" in details


# -- 5. emergencies ------------------------------------------------------------------------------

EMERGENCY = {
    "type": "emergency_disclosure",
    "urgency": "emergency",
    "threat_to_life": True,
    "targets": [{"kind": "account", "id": "a1"}],
    "data_requested": ["subscriber_info", "ip_addresses"],
}


def test_emergency_where_the_rule_of_law_is_strong_releases_the_ceiling() -> None:
    result = run({**EMERGENCY, "authority": authority("US", "police")})
    assert result["disclose"] == ["subscriber_info", "ip_addresses"]
    assert result["review_after"] is False
    assert result["deadline"] == "PT1H"


@pytest.mark.parametrize("country", ["EG", "TW"])
def test_emergency_where_the_rule_of_law_is_weak_starts_with_the_minimum(country: str) -> None:
    result = run({**EMERGENCY, "authority": authority(country, "police")})
    assert result["disclose"] == ["subscriber_info"]
    assert result["disposition"] == "partial"
    assert result["review_after"] is True
    assert {"role": "legal_officer", "distinct_people": 2, "stage": "after"} in result[
        "approvals_required"
    ]
    assert [m["field"] for m in result["missing"]] == ["emergency_necessity"]
    explained = run(
        {
            **EMERGENCY,
            "authority": authority(country, "police"),
            "emergency_necessity": "The kidnapper's location is needed to find the child.",
        }
    )
    assert explained["disclose"] == ["subscriber_info", "ip_addresses"]
    unverified = run({**EMERGENCY, "authority": authority(country, "police", verified=False)})
    assert unverified["disclose"] == [] and unverified["review_after"] is False


def test_emergency_content_stays_within_what_the_law_allows_the_requester() -> None:
    # 18 U.S.C. 2702(c)(6): a foreign authority gets non-content only; the platform's own
    # ceiling never includes content in an emergency anyway.
    result = run(
        {
            **EMERGENCY,
            "authority": authority("FR", "police"),
            "data_requested": ["subscriber_info", "message_content"],
        }
    )
    assert result["disclose"] == ["subscriber_info"]
    [row] = [r for t in result["targets"] for r in t["reasons"] if r["rule"] == "R-EMERGENCY"]
    assert row["rows"] == ["competence.yaml emergency E-EU"]


def test_emergency_epoc_is_answered_within_eight_hours() -> None:
    result = run(
        {
            **EMERGENCY,
            "type": "production_order",
            "authority": authority("DE", "prosecutor"),
            "legal_instrument": "epoc",
            "legal_process": "prosecutor_order",
            "legal_basis": "StPO",
            "offence_category": "STATEMENT_CATEGORY_VIOLENCE",
        }
    )
    assert result["deadline"] == "PT8H"


# -- 6. asking only for what the law requires ------------------------------------------------------


@pytest.mark.parametrize("country", ["DE", "TR", "TW"])
def test_every_missing_field_says_why(country: str) -> None:
    result = run(
        {
            "type": "production_order",
            "authority": authority(country, "police"),
            "targets": [{"kind": "account", "id": "a1"}],
            "data_requested": ["message_content"],
        }
    )
    assert result["disposition"] == "need_more_info"
    assert result["missing"]
    for missing in result["missing"]:
        assert missing["why"], missing
