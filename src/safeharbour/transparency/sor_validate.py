"""Validate statements of reasons against the DSA Transparency Database rules.

Contracts (docs/transparency.md, "DSA exports"):
- The rules come from `dsa_data/sor_schema.json` (the database's fields, enum keys and
  conditions). `statement_schema()` turns them into a JSON Schema (draft 2020-12) that the
  `jsonschema` library checks; `_dsa_checks` adds what a JSON Schema cannot say (calendar dates
  and their bounds, the end of an account restriction not before the decision).
- A file may hold a batch `{"statements": [...]}` (1-100), one statement, or either wrapped as
  `{"payload": ...}` (the official examples add `_source`). Every problem names the file, the
  statement's index in the file and the field as a dotted path.
- Fields the database would silently drop (unknown or response-only keys, and the fields its
  validator excludes under a condition, e.g. `illegal_content_*` on a terms-and-conditions
  ground, `source_identity` on own initiative) are warnings, not errors: the statement is still
  accepted, but what was sent is not what gets stored.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

MAX_BATCH = 100
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
PUID_PATTERN = r"^[a-zA-Z0-9_-]+$"  # the database's ^[a-zA-Z0-9-_]+$, hyphen moved last
DECISION_FIELDS = (
    "decision_visibility",
    "decision_monetary",
    "decision_provision",
    "decision_account",
)
DATE_BOUNDS: dict[str, tuple[date | None, date]] = {
    "content_date": (date(2000, 1, 1), date(2038, 1, 1)),
    "application_date": (date(2020, 1, 1), date(2038, 1, 1)),
    "end_date_account_restriction": (None, date(2038, 1, 1)),
    "end_date_monetary_restriction": (None, date(2038, 1, 1)),
    "end_date_service_restriction": (None, date(2038, 1, 1)),
    "end_date_visibility_restriction": (None, date(2038, 1, 1)),
}
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
FREE_TEXT = (
    "decision_facts",
    "illegal_content_legal_ground",
    "illegal_content_explanation",
    "incompatible_content_ground",
    "incompatible_content_explanation",
    "decision_visibility_other",
    "decision_monetary_other",
    "content_type_other",
    "category_specification_other",
    "source_identity",
)


@dataclass(frozen=True)
class Problem:
    """One finding: `index` is the statement's position in the file (None: the file itself)."""

    file: str
    index: int | None
    field: str
    message: str
    severity: str  # "error" | "warning"

    def line(self) -> str:
        where = self.file if self.index is None else f"{self.file} statement {self.index}"
        return f"{self.severity}: {where}: {self.field or '(statement)'}: {self.message}"


@cache
def reference() -> dict[str, Any]:
    """The packaged `sor_schema.json` (dsa_data/SOURCE.md)."""
    text = resources.files("safeharbour.transparency").joinpath("dsa_data/sor_schema.json")
    loaded: dict[str, Any] = json.loads(text.read_text(encoding="utf-8"))
    return loaded


def _keys(name: str) -> list[str]:
    values = reference()["enums"][name]
    return list(values) if isinstance(values, dict | list) else []


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null. Widening `type` / `enum` rather than an `anyOf` keeps the error on the
    field itself, and validation fast (a failed `anyOf` branch builds an error object)."""
    widened = dict(schema)
    if "enum" in widened:
        widened["enum"] = [None, *widened["enum"]]
    else:
        widened["type"] = ["null", widened["type"]]
    return widened


def _text(limit: int) -> dict[str, Any]:
    return {"type": "string", "minLength": 1, "maxLength": limit}


def _enum_array(name: str) -> dict[str, Any]:
    return {"type": "array", "items": {"enum": _keys(name)}}


def _if_value(field: str, value: str, *, array: bool) -> dict[str, Any]:
    test: dict[str, Any] = {"contains": {"const": value}} if array else {"const": value}
    return {"properties": {field: test}, "required": [field]}


@cache
def statement_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for one statement, built from `sor_schema.json`."""
    date_string = {"type": "string", "pattern": DATE_PATTERN}
    properties: dict[str, Any] = {
        "decision_visibility": _nullable(_enum_array("decision_visibility")),
        "decision_visibility_other": _text(500),
        "decision_monetary": _nullable({"enum": _keys("decision_monetary")}),
        "decision_monetary_other": _text(500),
        "decision_provision": _nullable({"enum": _keys("decision_provision")}),
        "decision_account": _nullable({"enum": _keys("decision_account")}),
        "account_type": _nullable({"enum": _keys("account_type")}),
        "category": {"enum": _keys("category")},
        "category_addition": _enum_array("category"),
        "category_specification": _nullable(_enum_array("category_specification")),
        "category_specification_other": {"type": "string", "maxLength": 500},
        "decision_ground": {"enum": _keys("decision_ground")},
        "decision_ground_reference_url": _nullable(
            {"type": "string", "maxLength": 500, "pattern": r"^https?://[^\s/$.?#][^\s]*$"}
        ),
        "illegal_content_legal_ground": _text(500),
        "illegal_content_explanation": _text(2000),
        "incompatible_content_ground": _text(500),
        "incompatible_content_explanation": _text(2000),
        "incompatible_content_illegal": {"enum": _keys("incompatible_content_illegal")},
        "content_type": {**_enum_array("content_type"), "minItems": 1},
        "content_type_other": _text(500),
        "content_id": _nullable(
            {
                "type": "object",
                "properties": {"EAN-13": {"type": "string", "pattern": r"^[0-9]{13}$"}},
                "additionalProperties": False,
            }
        ),
        "content_id_ean": _nullable({"type": "string", "pattern": r"^[0-9]{13}$"}),
        "territorial_scope": _nullable(_enum_array("territorial_scope")),
        "content_language": _nullable({"enum": _keys("content_language")}),
        "content_date": date_string,
        "application_date": date_string,
        "end_date_account_restriction": _nullable(date_string),
        "end_date_monetary_restriction": _nullable(date_string),
        "end_date_service_restriction": _nullable(date_string),
        "end_date_visibility_restriction": _nullable(date_string),
        "decision_facts": _text(5000),
        "source_type": {"enum": _keys("source_type")},
        "source_identity": {"type": "string", "maxLength": 500},
        "automated_detection": {"enum": _keys("automated_detection")},
        "automated_decision": {"enum": _keys("automated_decision")},
        "puid": {"type": "string", "minLength": 1, "maxLength": 500, "pattern": PUID_PATTERN},
    }
    some_decision = {
        "x-field": "decision_visibility",
        "x-message": "at least one of " + ", ".join(DECISION_FIELDS) + " is required",
        "anyOf": [
            {
                "required": [name],
                "properties": {
                    name: {"type": "array", "minItems": 1}
                    if name == "decision_visibility"
                    else {"type": "string"}
                },
            }
            for name in DECISION_FIELDS
        ],
    }
    conditions = [
        (
            _if_value("decision_visibility", "DECISION_VISIBILITY_OTHER", array=True),
            ["decision_visibility_other"],
        ),
        (
            _if_value("decision_monetary", "DECISION_MONETARY_OTHER", array=False),
            ["decision_monetary_other"],
        ),
        (
            _if_value("decision_ground", "DECISION_GROUND_ILLEGAL_CONTENT", array=False),
            ["illegal_content_legal_ground", "illegal_content_explanation"],
        ),
        (
            _if_value("decision_ground", "DECISION_GROUND_INCOMPATIBLE_CONTENT", array=False),
            ["incompatible_content_ground", "incompatible_content_explanation"],
        ),
        (_if_value("content_type", "CONTENT_TYPE_OTHER", array=True), ["content_type_other"]),
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "DSA Transparency Database statement of reasons",
        "type": "object",
        "properties": properties,
        "required": [
            "category",
            "decision_ground",
            "content_type",
            "content_date",
            "application_date",
            "decision_facts",
            "source_type",
            "automated_detection",
            "automated_decision",
            "puid",
        ],
        "allOf": [some_decision]
        + [{"if": test, "then": {"required": required}} for test, required in conditions],
    }


@cache
def _validator() -> Draft202012Validator:
    schema = statement_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _field_of(error: ValidationError) -> tuple[str, str]:
    path = ".".join(str(part) for part in error.absolute_path)
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        name = missing[0] if missing else ""
        return (f"{path}.{name}" if path else name), "is required"
    if error.validator == "anyOf" and isinstance(error.schema, dict) and "x-field" in error.schema:
        return str(error.schema["x-field"]), str(error.schema["x-message"])
    if error.validator == "anyOf" and error.context:
        # A nullable field: the interesting failure is the non-null branch's.
        deepest = max(error.context, key=lambda e: len(e.absolute_path))
        for sub in error.context:
            if sub.validator != "type" or sub.validator_value != "null":
                deepest = sub
                break
        return _field_of(deepest)[0] or path, deepest.message
    return path, error.message


def _parse_date(value: Any) -> date | None:
    if not isinstance(value, str) or not re.fullmatch(DATE_PATTERN, value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _dsa_checks(statement: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, message, severity) for what the JSON Schema cannot express."""
    found: list[tuple[str, str, str]] = []
    for name, (low, high) in DATE_BOUNDS.items():
        value = statement.get(name)
        if not isinstance(value, str) or not re.fullmatch(DATE_PATTERN, value):
            continue  # absent, null, or already reported by the schema
        parsed = _parse_date(value)
        if parsed is None:
            found.append((name, f"{value!r} is not a calendar date (Y-m-d)", "error"))
        elif low is not None and parsed < low:
            found.append((name, f"must be on or after {low.isoformat()}", "error"))
        elif parsed > high:
            found.append((name, f"must be on or before {high.isoformat()}", "error"))
    applied = _parse_date(statement.get("application_date"))
    account_end = _parse_date(statement.get("end_date_account_restriction"))
    if applied and account_end and account_end < applied:
        found.append(
            (
                "end_date_account_restriction",
                "must not be before application_date",
                "error",
            )
        )
    found += [(name, message, "warning") for name, message in dropped_fields(statement)]
    for name in FREE_TEXT:
        value = statement.get(name)
        if isinstance(value, str) and EMAIL.search(value):
            found.append(
                (
                    name,
                    "looks like it holds an e-mail address (no personal data, Art. 24(5))",
                    "warning",
                )
            )
    return found


def dropped_fields(statement: dict[str, Any]) -> list[tuple[str, str]]:
    """Fields present (not null) that the database would drop without a word."""
    known = set(reference()["fields"])
    response_only = set(reference()["response_only_fields"])
    dropped: list[tuple[str, str]] = []
    for name in statement:
        if name in response_only:
            dropped.append((name, "response-only field: dropped by the database"))
        elif name not in known:
            dropped.append((name, "not a field of the database: dropped"))
    ground = statement.get("decision_ground")
    visibility = statement.get("decision_visibility")
    content_type = statement.get("content_type")
    excluded_unless = {
        "illegal_content_legal_ground": ground == "DECISION_GROUND_ILLEGAL_CONTENT",
        "illegal_content_explanation": ground == "DECISION_GROUND_ILLEGAL_CONTENT",
        "incompatible_content_ground": ground == "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_explanation": ground == "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "incompatible_content_illegal": ground == "DECISION_GROUND_INCOMPATIBLE_CONTENT",
        "decision_visibility_other": isinstance(visibility, list)
        and "DECISION_VISIBILITY_OTHER" in visibility,
        "decision_monetary_other": statement.get("decision_monetary") == "DECISION_MONETARY_OTHER",
        "content_type_other": isinstance(content_type, list)
        and "CONTENT_TYPE_OTHER" in content_type,
        "source_identity": statement.get("source_type") != "SOURCE_VOLUNTARY",
    }
    for name, kept in excluded_unless.items():
        if not kept and statement.get(name) is not None:
            dropped.append((name, "excluded by the database under this statement's other fields"))
    return dropped


def validate_statement(statement: Any) -> list[tuple[str, str, str]]:
    """(field, message, severity) for one statement; empty when it is valid and nothing drops."""
    if not isinstance(statement, dict):
        return [("", "a statement must be a JSON object", "error")]
    found = []
    for error in sorted(_validator().iter_errors(statement), key=lambda e: list(e.absolute_path)):
        field, message = _field_of(error)
        found.append((field, message, "error"))
    return found + _dsa_checks(statement)


def statements_in(document: Any) -> tuple[list[Any] | None, str | None]:
    """The statements of a file: a batch, one statement, or either inside `{"payload": ...}`."""
    if isinstance(document, dict) and "payload" in document and "puid" not in document:
        document = document["payload"]
    if isinstance(document, dict) and "statements" in document:
        statements = document["statements"]
        if not isinstance(statements, list):
            return None, "statements must be a list"
        if not 1 <= len(statements) <= MAX_BATCH:
            return None, f"a batch holds 1 to {MAX_BATCH} statements, not {len(statements)}"
        return statements, None
    if isinstance(document, dict):
        return [document], None
    return None, 'expected a statement, a batch {"statements": [...]} or {"payload": ...}'


def validate_file(path: Path) -> tuple[int, list[Problem]]:
    """(number of statements, problems) for one file."""
    name = str(path)
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        return 0, [Problem(name, None, "", f"not readable JSON: {exc}", "error")]
    statements, trouble = statements_in(document)
    if statements is None:
        return 0, [Problem(name, None, "statements", trouble or "", "error")]
    problems = [
        Problem(name, index, field, message, severity)
        for index, statement in enumerate(statements)
        for field, message, severity in validate_statement(statement)
    ]
    seen: set[str] = set()
    for index, statement in enumerate(statements):
        puid = statement.get("puid") if isinstance(statement, dict) else None
        if isinstance(puid, str) and puid in seen:
            problems.append(Problem(name, index, "puid", "repeats an earlier puid", "error"))
        if isinstance(puid, str):
            seen.add(puid)
    return len(statements), problems
