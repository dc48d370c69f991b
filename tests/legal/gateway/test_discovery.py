"""Discovery: the well-known document validates against its documented shape; the public page."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

from safeharbour.bootstrap import Container
from safeharbour.legal.assessment import default_policy
from safeharbour.legal.gateway import DiscoveryDocument
from safeharbour.legal.gateway.discovery import discovery_json_schema

DOCS = Path(__file__).resolve().parents[3] / "docs"
WELL_KNOWN = "/.well-known/legal-requests.json"


def validate(
    instance: Any, schema: dict[str, Any], root: dict[str, Any], path: str = "$"
) -> list[str]:
    """The subset of JSON Schema the documented schema uses; returns the violations."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return validate(instance, root["$defs"][name], root, path)
    if "anyOf" in schema:
        options = [validate(instance, option, root, path) for option in schema["anyOf"]]
        return [] if any(not o for o in options) else [f"{path}: matches no anyOf branch"]
    problems: list[str] = []
    if "const" in schema and instance != schema["const"]:
        problems.append(f"{path}: {instance!r} != {schema['const']!r}")
    if "enum" in schema and instance not in schema["enum"]:
        problems.append(f"{path}: {instance!r} not in enum")
    kind = schema.get("type")
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
        "null": lambda v: v is None,
    }
    if kind is not None and not checks[kind](instance):
        return [f"{path}: expected {kind}, got {type(instance).__name__}"]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        for name in schema.get("required", []):
            if name not in instance:
                problems.append(f"{path}.{name}: required")
        for name, value in instance.items():
            if name in properties:
                problems += validate(value, properties[name], root, f"{path}.{name}")
            elif schema.get("additionalProperties") is False:
                problems.append(f"{path}.{name}: not in the documented shape")
    if kind == "array" and "items" in schema:
        for index, item in enumerate(instance):
            problems += validate(item, schema["items"], root, f"{path}[{index}]")
    return problems


def test_the_documented_schema_is_the_models_schema() -> None:
    documented = json.loads((DOCS / "authority-gateway.schema.json").read_text())
    assert documented == discovery_json_schema(), (
        "docs/authority-gateway.schema.json is stale: run scripts/write_discovery_schema.py"
    )
    assert "authority-gateway.schema.json" in (DOCS / "authority-gateway.md").read_text()


def test_the_document_is_public_and_validates_against_its_documented_shape(
    client: Any, container: Container
) -> None:
    reply = client.get(WELL_KNOWN)
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("application/json")
    document = reply.json()
    schema = json.loads((DOCS / "authority-gateway.schema.json").read_text())
    assert validate(document, schema, schema) == []
    DiscoveryDocument.model_validate(document)
    assert document["format"] == "safeharbour.legal-requests" and document["version"] == "1"
    key = base64.b64decode(document["platform_key"]["public_key_b64"])
    assert key == container.keys.signer.public_key_raw
    assert document["submission"]["endpoint"] == "http://testserver/api/v1/legal/requests"
    assert document["submission"]["max_body_bytes"] == container.settings.legal_max_body_bytes


def test_the_validator_catches_a_drifted_document(client: Any) -> None:
    schema = json.loads((DOCS / "authority-gateway.schema.json").read_text())
    document = client.get(WELL_KNOWN).json()
    document["surprise"] = 1
    del document["emergency"]["phone"]
    document["version"] = "2"
    problems = validate(document, schema, schema)
    assert "$.surprise: not in the documented shape" in problems
    assert "$.emergency.phone: required" in problems
    assert any(p.startswith("$.version") for p in problems)


def test_request_types_and_deadlines_are_derived_from_the_policy(client: Any) -> None:
    document = client.get(WELL_KNOWN).json()
    policy = default_policy()
    types = {t["type"]: t for t in document["request_types"]}
    assert set(types) == {str(t) for t in policy.doc.request_types}
    removal = types["removal_order"]
    assert removal["deadlines"][0] == {
        "instruments": ["tco"],
        "urgencies": None,
        "deadline": "PT1H",
        "basis": " ".join(policy.doc.deadlines.rows[0].basis.split()),
    }
    assert "legal_basis" in removal["required_fields"]
    assert types["encryption_key"]["competent_authorities"] == []
    assert types["encryption_key"]["targets_required"] is False
    assert "threat_to_life" in types["emergency_disclosure"]["required_fields"]
    production = [d["deadline"] for d in types["production_order"]["deadlines"]]
    assert "P10D" in production and "PT8H" in production
    assert document["policy"]["never_disclosed"] == ["encryption_keys"]
    assert [r["rule"] for r in document["policy"]["never"]] == [
        "R-KEYS-NEVER",
        "R-INTERCEPTION-NEVER",
        "R-E2E-CONTENT-IMPOSSIBLE",
    ]
    assert document["policy"]["version"] == policy.version
    assert len(document["policy"]["rules"]) == len(policy.rules)


def test_the_page_for_authorities_needs_no_script(client: Any) -> None:
    reply = client.get("/for-authorities")
    assert reply.status_code == 200
    html = reply.text
    assert "<h1>For authorities</h1>" in html
    assert WELL_KNOWN in html
    assert "legal-requests@safeharbour.example" in html
    assert "R-KEYS-NEVER" in html and "PT1H" in html
    assert "Content-Security-Policy" in reply.headers
    assert "<form" not in html and "onclick" not in html


def test_the_competence_table_is_published_row_by_row_with_its_sources(client: Any) -> None:
    policy = default_policy()
    published = client.get(WELL_KNOWN).json()["competence"]
    rows = {row["id"]: row for row in published["rows"]}
    assert list(rows) == [row.id for row in policy.competence.competence]
    for row in policy.competence.competence:
        shown = rows[row.id]
        assert shown["source"] == " ".join(row.source.split())
        assert shown["source_checked"] is (not row.verify)
        assert shown["issuers"] == [k.value for k in row.issuers]
        assert shown["level"] == row.level
    assert rows["C-EU-TCO"]["condition"] == "tco_designated"
    assert rows["C-EU-TCO"]["instruments"] == ["tco"] and rows["C-EU-TCO"]["countries"] is None
    emergency = {row["id"]: row for row in published["emergency"]}
    assert "message_content" in emergency["E-US-GOV"]["fields"]
    assert "message_content" not in emergency["E-FOREIGN"]["fields"]
