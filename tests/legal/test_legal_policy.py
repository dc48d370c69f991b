"""The policy loads, is complete, matches the engine, and fails loudly and precisely when broken."""

from __future__ import annotations

import csv
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest

from safeharbour.kit.countries import COUNTRIES
from safeharbour.legal.assessment import (
    DEFAULT_POLICY_PATH,
    IMPLEMENTED_RULES,
    LegalInstrument,
    PolicyError,
    RequestType,
    RuleId,
    RuleOfLaw,
    default_policy,
    load_policy,
)
from tests.conftest import TEST_DATA

POLICY_DIR = DEFAULT_POLICY_PATH.parent
TABLE = POLICY_DIR / "jurisdictions.csv"
COMPETENCE = POLICY_DIR / "competence.yaml"
REFERENCE = TEST_DATA / "jurisdictions"


def test_packaged_policy_loads_with_a_version_and_digest() -> None:
    policy = default_policy()
    assert policy.version
    assert len(policy.digest) == 64
    assert default_policy() is policy  # loaded once per process


def test_policy_files_ship_as_package_data() -> None:
    folder = resources.files("safeharbour.legal.assessment") / "policy"
    names = {entry.name for entry in folder.iterdir()}
    assert {"policy.yaml", "jurisdictions.csv", "ATTRIBUTION.md"} <= names


def test_every_rule_is_implemented_and_every_implemented_rule_is_in_the_policy() -> None:
    policy = default_policy()
    ids = [rule.id for rule in policy.rules]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(RuleId) == IMPLEMENTED_RULES
    for rule in policy.rules:
        assert rule.sentence.endswith(".")
        assert "\n" not in rule.sentence


def test_attribution_travels_with_the_data() -> None:
    text = (POLICY_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in text and "Worldwide Governance Indicators" in text
    assert "CC BY 4.0" in default_policy().doc.jurisdictions.licence


@pytest.mark.parametrize(
    ("code", "tier"),
    [
        ("DE", RuleOfLaw.STRONG),
        ("US", RuleOfLaw.STRONG),
        ("NO", RuleOfLaw.STRONG),  # EEA
        ("BG", RuleOfLaw.STRONG),  # EU, below 0 but above the EU/EEA bar
        ("RU", RuleOfLaw.WEAK),
        ("SA", RuleOfLaw.WEAK),  # above 0 but below the bar for non-EU states
        ("XK", RuleOfLaw.WEAK),
        ("FO", RuleOfLaw.UNKNOWN),  # in the table without an estimate
        ("TW", RuleOfLaw.UNKNOWN),  # valid code absent from the table
        ("AQ", RuleOfLaw.UNKNOWN),
    ],
)
def test_jurisdiction_profiles(code: str, tier: RuleOfLaw) -> None:
    assert default_policy().profile(code).rule_of_law is tier


def test_every_country_has_a_profile() -> None:
    policy = default_policy()
    for code in COUNTRIES:
        profile = policy.profile(code)
        assert profile.country == code
        assert (profile.score is None) == (profile.rule_of_law is RuleOfLaw.UNKNOWN)


def test_eu_eea_membership() -> None:
    policy = default_policy()
    assert policy.profile("GR").eu and policy.profile("GR").eea
    assert not policy.profile("NO").eu and policy.profile("NO").eea
    assert not policy.profile("CH").eea and not policy.profile("GB").eu


def test_shipped_table_matches_the_reference_data() -> None:
    shipped = {row["iso2"]: row for row in csv.DictReader(TABLE.open(encoding="utf-8"))}
    source = list(csv.DictReader((REFERENCE / "rule_of_law.csv").open(encoding="utf-8")))
    members = {
        row["iso2"]: row
        for row in csv.DictReader((REFERENCE / "eu_eea_member_states.csv").open(encoding="utf-8"))
    }
    coded = [row for row in source if row["iso2"]]
    assert set(shipped) == {row["iso2"] for row in coded}
    for row in coded:
        mine = shipped[row["iso2"]]
        assert mine["rule_of_law"] == row["score"] and mine["year"] == row["year"]
        member = members.get(row["iso2"])
        assert mine["eu"] == (member["eu"] if member else "N")
        assert mine["eea"] == (member["eea"] if member else "N")


# -- broken policies ----------------------------------------------------------------------------


def _copy_policy(tmp_path: Path, edit: Callable[[str], str]) -> Path:
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    text = text.replace("file: jurisdictions.csv", f"file: {TABLE}")
    text = text.replace("file: competence.yaml", f"file: {COMPETENCE}")
    path = tmp_path / "policy.yaml"
    path.write_text(edit(text), encoding="utf-8")
    return path


BROKEN = [
    (
        "unknown rule id",
        lambda t: t.replace("id: R-PRESERVATION\n", "id: R-PRESERVE-ALL\n"),
        "rules[",
        "not implemented",
    ),
    (
        "missing rule",
        lambda t: t.replace("  - id: R-ROL-UNKNOWN\n", "  - id: R-ROL-UNKNOWN-X\n"),
        "rules[",
        "not implemented",
    ),
    (
        "rule removed",
        lambda t: t.replace(
            "  - id: R-PRESERVATION\n    sentence: >-\n      Preservation freezes the data and "
            "discloses nothing; disclosure needs a separate order.\n",
            "",
        ),
        "rules",
        "R-PRESERVATION",
    ),
    (
        "duplicate key",
        lambda t: t.replace(
            "  strong_min_score: 0.5\n", "  strong_min_score: 0.5\n  strong_min_score: 9\n"
        ),
        "line 35",
        "duplicate key",
    ),
    (
        "bad duration",
        lambda t: t.replace("deadline: PT1H\n", "deadline: one hour\n", 1),
        "deadlines.rows[0].deadline",
        "ISO 8601",
    ),
    (
        "protected label in global terms",
        lambda t: t.replace("    - hate_speech\n", "    - hate_speech\n    - satire\n"),
        "labels.global_terms",
        "protected",
    ),
    (
        "unknown label",
        lambda t: t.replace("    - hate_speech\n", "    - rudeness\n"),
        "labels.global_terms[",
        "",
    ),
    (
        "missing request type",
        lambda t: t.replace(
            "  preservation:\n    kind: preservation\n", "  preserve:\n    kind: preservation\n"
        ),
        "request_types",
        "",
    ),
    (
        "unknown key",
        lambda t: t.replace("platform:\n", "platform:\n  colour: blue\n"),
        "platform.colour",
        "unknown key",
    ),
    (
        "unknown role",
        lambda t: t.replace("{role: senior_moderator,", "{role: intern,"),
        "approvals.heavy_action[1].role",
        "",
    ),
    (
        "keys outside the never tier",
        lambda t: t.replace("    never: [encryption_keys]\n", "    never: []\n").replace(
            "content: [message_content]", "content: [message_content, encryption_keys]"
        ),
        "data.tiers",
        "encryption_keys",
    ),
    (
        "bad instrument scope",
        lambda t: t.replace("binding_in: [US]", "binding_in: [USA]"),
        "instruments.us_sca.binding_in",
        "USA",
    ),
    (
        "bad regex",
        lambda t: t.replace("vague_id_pattern: '(?:all", "vague_id_pattern: '((?:all"),
        "rules[10].params.vague_id_pattern",
        "regular expression",
    ),
    ("missing version", lambda t: t.replace('version: "', 'edition: "', 1), "", ""),
]


@pytest.mark.parametrize(
    ("edit", "path", "message"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_broken_policy_is_rejected_naming_file_and_path(
    tmp_path: Path, edit: Callable[[str], str], path: str, message: str
) -> None:
    policy_file = _copy_policy(tmp_path, edit)
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_file)
    error = caught.value
    assert error.file == str(policy_file)
    assert error.path.startswith(path), str(error)
    assert message in str(error)


def test_unchanged_copy_loads(tmp_path: Path) -> None:
    assert load_policy(_copy_policy(tmp_path, lambda t: t)).version == default_policy().version


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("ZZ,ZZZ,Nowhere,0.1,2024,N,N", "iso2"),
        ("DE,DEU,Germany,1.6,2024,Y,Y", "iso2"),  # duplicate
        ("QA,QAT,Qatar,high,2024,N,N", "rule_of_law"),
        ("QA,QAT,Qatar,7.5,2024,N,N", "rule_of_law"),
        ("QA,QAT,Qatar,0.5,,N,N", "year"),
        ("QA,QAT,Qatar,0.5,2024,yes,N", "eu"),
        ("QA,QAT,Qatar,0.5,2024,Y,N", "eea"),
    ],
)
def test_broken_jurisdiction_table_names_line_and_column(
    tmp_path: Path, row: str, column: str
) -> None:
    table = tmp_path / "table.csv"
    lines = [
        line
        for line in TABLE.read_text(encoding="utf-8").splitlines()
        if not line.startswith("QA,")
    ]
    table.write_text("\n".join([*lines, row]) + "\n", encoding="utf-8")
    policy_file = _copy_policy(tmp_path, lambda t: t.replace(str(TABLE), str(table)))
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_file)
    assert caught.value.file == str(table)
    assert caught.value.path.endswith(f"column {column}"), str(caught.value)


def test_docs_list_every_rule_with_its_sentence() -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "legal-assessment.md"
    text = docs.read_text(encoding="utf-8")
    for rule in default_policy().rules:
        assert f"| `{rule.id.value}` | {rule.sentence} |" in text, rule.id


def test_the_taxonomy_is_the_schema_vocabulary_plus_the_order_category() -> None:
    from safeharbour.kit import dsa
    from safeharbour.legal.assessment.taxonomy import Keyword, StatementCategory

    assert Keyword is dsa.Keyword
    assert {c.value for c in StatementCategory} == {c.value for c in dsa.StatementCategory} | {
        "STATEMENT_CATEGORY_NOT_SPECIFIED_ORDER"
    }


# -- the competence table ------------------------------------------------------------------------

BROKEN_COMPETENCE = [
    (
        "intelligence made competent",
        lambda t: t.replace(
            "    issuers: [court, police, prosecutor]\n", "    issuers: [court, intelligence]\n", 1
        ),
        "competence[",
        "intelligence services are competent for nothing",
    ),
    (
        "a row without its source",
        lambda t: t.replace("  - id: C-GB-DATA\n", "  - id: C-GB-DATA\n    source: x\n", 1),
        "competence.yaml",
        "",
    ),
    (
        "a type without a default row",
        lambda t: t.replace("    types: [block_channel, account_suspension]\n", "    types: []\n"),
        "competence[",
        "at least 1",
    ),
    (
        "two defaults for emergencies",
        lambda t: t.replace("    eu: true\n", "    default: true\n"),
        "emergency",
        "exactly one default",
    ),
    (
        "duplicate row id",
        lambda t: t.replace("  - id: C-GB-DATA\n", "  - id: C-GB-REMOVAL\n"),
        "competence[",
        "duplicate row id C-GB-REMOVAL",
    ),
    (
        "emergency keys",
        lambda t: t.replace(
            "    fields: [subscriber_info, ip_addresses, phone_number, contacts, location]\n",
            "    fields: [subscriber_info, encryption_keys]\n",
            1,
        ),
        "emergency[",
        "encryption_keys",
    ),
]


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [case[1:] for case in BROKEN_COMPETENCE],
    ids=[case[0] for case in BROKEN_COMPETENCE],
)
def test_broken_competence_table_is_rejected_naming_file_and_path(
    tmp_path: Path, edit: Callable[[str], str], where: str, message: str
) -> None:
    table = tmp_path / "competence.yaml"
    original = COMPETENCE.read_text(encoding="utf-8")
    edited = edit(original)
    assert edited != original, "the edit must change the table"
    table.write_text(edited, encoding="utf-8")
    policy_file = _copy_policy(tmp_path, lambda t: t.replace(str(COMPETENCE), str(table)))
    with pytest.raises(PolicyError) as caught:
        load_policy(policy_file)
    assert "competence.yaml" in str(caught.value)
    assert where in str(caught.value)
    assert message in str(caught.value)


def test_every_competence_row_cites_its_source_and_every_type_has_a_default() -> None:
    policy = default_policy()
    for row in policy.competence.competence:
        assert len(row.source.split()) >= 3, row.id
    for request_type in RequestType:
        level, rows = policy.competence_rows(request_type, LegalInstrument.NATIONAL, False, "TW")
        assert level == "default" and rows, request_type


def test_the_competence_table_changes_the_policy_digest(tmp_path: Path) -> None:
    table = tmp_path / "competence.yaml"
    table.write_text(
        COMPETENCE.read_text(encoding="utf-8").replace("verify: true", "verify: false", 1),
        encoding="utf-8",
    )
    policy_file = _copy_policy(tmp_path, lambda t: t.replace(str(COMPETENCE), str(table)))
    assert load_policy(policy_file).digest != default_policy().digest
