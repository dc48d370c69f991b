"""The statement-of-reasons validator: the official examples pass, broken copies fail naming the
field, dropped fields are warnings, and the CLI exits 0 / 1 accordingly."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safeharbour.cli.app import app as cli_app
from safeharbour.transparency.sor_validate import validate_file, validate_statement
from tests.conftest import TEST_DATA

EXAMPLES = TEST_DATA / "dsa" / "examples"
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.json"))


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / name).read_text())["payload"]
    return data


def test_the_four_official_examples_are_there() -> None:
    assert len(EXAMPLE_FILES) == 4


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_every_official_example_passes(path: Path) -> None:
    count, problems = validate_file(path)
    assert count >= 1
    assert [p.line() for p in problems if p.severity == "error"] == []


def test_fields_the_database_drops_are_warnings() -> None:
    _, problems = validate_file(EXAMPLES / "01_api_doc_example_incompatible.json")
    assert {(p.field, p.severity) for p in problems} == {
        ("illegal_content_legal_ground", "warning"),
        ("illegal_content_explanation", "warning"),
    }
    _, problems = validate_file(EXAMPLES / "04_cypress_single_statement.json")
    assert {p.field for p in problems} == {"platform_name", "permalink"}
    voluntary = {
        **_example("02_test_minimal_illegal_content.json"),
        "source_type": "SOURCE_VOLUNTARY",
    }
    assert validate_statement(voluntary) == [
        (
            "source_identity",
            "excluded by the database under this statement's other fields",
            "warning",
        )
    ]


def _set(field: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(statement: dict[str, Any]) -> None:
        statement[field] = value

    return change


def _drop(field: str) -> Callable[[dict[str, Any]], None]:
    def change(statement: dict[str, Any]) -> None:
        statement.pop(field, None)

    return change


def _no_decision(statement: dict[str, Any]) -> None:
    for name in (
        "decision_visibility",
        "decision_monetary",
        "decision_provision",
        "decision_account",
    ):
        statement[name] = None


# (name, base example, change, field named in the error)
BROKEN: list[tuple[str, str, Callable[[dict[str, Any]], None], str]] = [
    ("missing puid", "02", _drop("puid"), "puid"),
    ("puid with a space", "02", _set("puid", "TK 421"), "puid"),
    ("puid too long", "02", _set("puid", "a" * 501), "puid"),
    (
        "unknown category",
        "02",
        _set("category", "STATEMENT_CATEGORY_PORNOGRAPHY_OR_SEXUALIZED_CONTENT"),
        "category",
    ),
    ("label instead of key", "02", _set("decision_ground", "Illegal Content"), "decision_ground"),
    (
        "removed keyword",
        "02",
        _set("category_specification", ["KEYWORD_DANGEROUS_TOYS"]),
        "category_specification.0",
    ),
    (
        "visibility not a list",
        "02",
        _set("decision_visibility", "DECISION_VISIBILITY_CONTENT_REMOVED"),
        "decision_visibility",
    ),
    (
        "unknown visibility",
        "02",
        _set("decision_visibility", ["DECISION_VISIBILITY_GONE"]),
        "decision_visibility.0",
    ),
    ("no decision at all", "02", _no_decision, "decision_visibility"),
    (
        "visibility other without text",
        "02",
        _set("decision_visibility", ["DECISION_VISIBILITY_OTHER"]),
        "decision_visibility_other",
    ),
    (
        "monetary other without text",
        "02",
        _set("decision_monetary", "DECISION_MONETARY_OTHER"),
        "decision_monetary_other",
    ),
    (
        "illegal ground without legal ground",
        "02",
        _drop("illegal_content_legal_ground"),
        "illegal_content_legal_ground",
    ),
    (
        "illegal ground without explanation",
        "02",
        _set("illegal_content_explanation", ""),
        "illegal_content_explanation",
    ),
    (
        "incompatible ground without ground",
        "01",
        _drop("incompatible_content_ground"),
        "incompatible_content_ground",
    ),
    (
        "incompatible ground without explanation",
        "01",
        _drop("incompatible_content_explanation"),
        "incompatible_content_explanation",
    ),
    (
        "content type other without text",
        "02",
        _set("content_type", ["CONTENT_TYPE_OTHER"]),
        "content_type_other",
    ),
    ("empty content type", "02", _set("content_type", []), "content_type"),
    ("Greece as EL", "02", _set("territorial_scope", ["EL"]), "territorial_scope.0"),
    ("non-EEA scope", "02", _set("territorial_scope", ["DE", "TR"]), "territorial_scope.1"),
    ("lowercase language", "01", _set("content_language", "en"), "content_language"),
    ("date with time", "02", _set("application_date", "2023-05-18T10:00:00Z"), "application_date"),
    ("impossible date", "02", _set("content_date", "2023-02-30"), "content_date"),
    ("content before 2000", "02", _set("content_date", "1999-12-31"), "content_date"),
    ("application before 2020", "02", _set("application_date", "2019-12-31"), "application_date"),
    (
        "end after 2038",
        "01",
        _set("end_date_monetary_restriction", "2038-01-02"),
        "end_date_monetary_restriction",
    ),
    (
        "account end before application",
        "02",
        _set("end_date_account_restriction", "2023-05-17"),
        "end_date_account_restriction",
    ),
    ("automated detection as bool", "02", _set("automated_detection", True), "automated_detection"),
    (
        "automated detection lowercase",
        "02",
        _set("automated_detection", "no"),
        "automated_detection",
    ),
    (
        "unknown automated decision",
        "02",
        _set("automated_decision", "AUTOMATED_DECISION_MAYBE"),
        "automated_decision",
    ),
    ("unknown source type", "02", _set("source_type", "SOURCE_AUTHORITY"), "source_type"),
    ("facts too long", "02", _set("decision_facts", "x" * 5001), "decision_facts"),
    ("missing facts", "02", _drop("decision_facts"), "decision_facts"),
    (
        "legal ground too long",
        "02",
        _set("illegal_content_legal_ground", "x" * 501),
        "illegal_content_legal_ground",
    ),
    ("bad EAN", "01", _set("content_id", {"EAN-13": "12345"}), "content_id.EAN-13"),
    ("other content id", "01", _set("content_id", {"ISBN": "9780000000000"}), "content_id"),
    (
        "reference url not a url",
        "01",
        _set("decision_ground_reference_url", "anurl"),
        "decision_ground_reference_url",
    ),
    (
        "incompatible illegal not yes/no",
        "01",
        _set("incompatible_content_illegal", "Maybe"),
        "incompatible_content_illegal",
    ),
]
BASES = {"01": "01_api_doc_example_incompatible.json", "02": "02_test_minimal_illegal_content.json"}


@pytest.mark.parametrize(
    ("base", "change", "field"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN]
)
def test_a_broken_copy_fails_naming_the_field(
    base: str, change: Callable[[dict[str, Any]], None], field: str, tmp_path: Path
) -> None:
    statement = copy.deepcopy(_example(BASES[base]))
    assert [p for p in validate_statement(statement) if p[2] == "error"] == []
    change(statement)
    errors = [p for p in validate_statement(statement) if p[2] == "error"]
    assert field in [f for f, _, _ in errors], errors
    # The same copy inside a batch, at index 1, is reported with file, index and field.
    batch = tmp_path / "batch.json"
    good = copy.deepcopy(_example(BASES[base]))
    batch.write_text(json.dumps({"statements": [good, statement]}))
    _, problems = validate_file(batch)
    assert any(
        p.severity == "error" and p.index == 1 and p.field == field and p.file == str(batch)
        for p in problems
    ), problems


def test_batch_limits_and_repeated_puids(tmp_path: Path) -> None:
    one = _example("02_test_minimal_illegal_content.json")
    for count, fine in ((0, False), (1, True), (100, True), (101, False)):
        path = tmp_path / f"b{count}.json"
        statements = [{**one, "puid": f"p{i}"} for i in range(count)]
        path.write_text(json.dumps({"payload": {"statements": statements}}))
        _, problems = validate_file(path)
        assert (not problems) is fine, (count, problems)
        if not fine:
            assert problems[0].field == "statements" and problems[0].index is None
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps({"statements": [one, one]}))
    _, problems = validate_file(twice)
    assert [(p.index, p.field) for p in problems] == [(1, "puid")]


def test_the_cli_exits_0_on_the_examples_and_1_naming_file_index_and_field(tmp_path: Path) -> None:
    runner = CliRunner()
    ok = runner.invoke(cli_app, ["export", "sor", "--validate", *map(str, EXAMPLE_FILES)])
    assert ok.exit_code == 0, ok.output
    assert "error:" not in ok.stdout and "warning:" in ok.stdout
    broken = tmp_path / "broken.json"
    statements = json.loads((EXAMPLES / "03_cypress_multi_statements.json").read_text())["payload"]
    statements["statements"][7]["territorial_scope"] = ["DE", "CH"]
    broken.write_text(json.dumps(statements))
    bad = runner.invoke(
        cli_app, ["export", "sor", "--validate", str(EXAMPLE_FILES[0]), str(broken)]
    )
    assert bad.exit_code == 1, bad.output
    assert f"error: {broken} statement 7: territorial_scope.1:" in bad.stdout
    unreadable = tmp_path / "nope.json"
    unreadable.write_text("{")
    assert runner.invoke(cli_app, ["export", "sor", "--validate", str(unreadable)]).exit_code == 1
    assert runner.invoke(cli_app, ["export", "sor", "--validate"]).exit_code == 2


def test_the_packaged_schema_is_the_reference_the_tests_validate_with() -> None:
    packaged = Path(__file__).parents[2] / "src" / "safeharbour" / "transparency" / "dsa_data"
    reference = TEST_DATA / "dsa" / "sor_schema.json"
    assert (packaged / "sor_schema.json").read_bytes() == reference.read_bytes()
