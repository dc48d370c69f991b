"""`safeharbour legal assess FILE.json [--json]`: the contract other tools drive.

stdout carries exactly one JSON object (with --json); errors go to stderr as
`error: <field>: <message>`; exit 0 for any assessment, 2 for invalid input. The command
stores nothing and needs no database.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from safeharbour.cli.app import app
from safeharbour.legal.assessment import DEFAULT_POLICY_PATH

REPO = Path(__file__).resolve().parents[2]
PYTHON = REPO / ".venv" / "bin" / "python"

CONTRACT_KEYS = [
    "disposition",
    "scope",
    "targets",
    "disclose",
    "reasons",
    "approvals_required",
    "auto_executable",
    "deadline",
    "deadline_basis",
    "policy_version",
]

TCO_ORDER: dict[str, Any] = {
    "type": "removal_order",
    "reference": "TCO-2026-0042",
    "attachments": [{"name": "order.pdf", "sha256": "00"}],
    "authority": {
        "name": "BKA",
        "country": "DE",
        "kind": "police",
        "verified": True,
        "tco_designation": "Commission register of TCO competent authorities, Germany: BKA",
    },
    "legal_instrument": "tco",
    "legal_basis": "Regulation (EU) 2021/784 Art. 3",
    "offence_category": "STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY",
    "offence_keywords": ["KEYWORD_TERRORIST_CONTENT"],
    "statement": "Terrorist propaganda video.",
    "targets": [{"kind": "post", "id": "p-1", "labels": ["terrorism"], "violates_terms": True}],
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, body: Any, name: str = "request.json") -> Path:
    path = tmp_path / name
    path.write_text(body if isinstance(body, str) else json.dumps(body), encoding="utf-8")
    return path


def assess_json(runner: CliRunner, path: Path, *extra: str) -> Any:
    return runner.invoke(app, ["legal", "assess", str(path), "--json", *extra])


def test_assess_prints_one_json_object_with_the_contract_keys(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = assess_json(runner, write(tmp_path, TCO_ORDER))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    body = json.loads(lines[0])
    assert list(body)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    assert body["disposition"] == "comply"
    assert body["scope"] == "global"
    contract = ["kind", "id", "action", "scope", "rules", "disclose"]
    assert [{k: t[k] for k in contract} for t in body["targets"]] == [
        {
            "kind": "post",
            "id": "p-1",
            "action": "remove",
            "scope": "global",
            "rules": ["R-TERMS-GLOBAL", "R-USER-NOTICE", "R-AUTO-EXECUTE"],
            "disclose": [],
        }
    ]
    # each target's own answer is additive, after the contract keys
    target = body["targets"][0]
    assert list(target)[: len(contract)] == contract
    assert target["disposition"] == "comply" and target["proposed_answer"] == "complied"
    assert target["acted_under_terms"] == "none" and target["missing"] == []
    assert {
        "rule": "R-AUTHORITY-COMPETENT",
        "details": [],
        "rows": ["competence.yaml C-EU-TCO"],
    } in (target["reasons"])
    assert body["auto_executable"] is True
    assert body["deadline"] == "PT1H"
    assert "one hour" in body["deadline_basis"]
    assert body["policy_version"]
    assert all(set(r) >= {"rule", "text"} and r["text"] for r in body["reasons"])
    assert result.stderr == ""


def test_a_refusal_is_an_assessment_and_exits_zero(runner: CliRunner, tmp_path: Path) -> None:
    demand = {
        "type": "encryption_key",
        "authority": {"name": "X", "country": "RU", "kind": "intelligence", "verified": True},
        "urgency": "emergency",
        "targets": [],
    }
    result = assess_json(runner, write(tmp_path, demand))
    assert result.exit_code == 0
    body = json.loads(result.stdout)
    assert body["disposition"] == "refuse"
    assert body["reasons"][0]["rule"] == "R-KEYS-NEVER"
    assert body["deadline"]  # never null


def test_defaults_apply_to_a_minimal_request(runner: CliRunner, tmp_path: Path) -> None:
    minimal = {
        "type": "removal_order",
        "authority": {"country": "DE", "kind": "court"},
        "targets": [{"kind": "post", "id": "p1"}],
    }
    body = json.loads(assess_json(runner, write(tmp_path, minimal)).stdout)
    # unverified by default: nothing happens, and it is filed as a notice
    assert body["disposition"] == "need_more_info"
    assert body["file_as_notice"] is True
    assert body["instrument"] == {"claimed": "national", "effective": "national", "binding": False}


def test_without_json_prints_a_readable_summary(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(app, ["legal", "assess", str(write(tmp_path, TCO_ORDER))])
    assert result.exit_code == 0
    assert "Proposal: comply" in result.stdout
    assert "R-TERMS-GLOBAL" in result.stdout
    assert "PT1H" in result.stdout


def test_reads_stdin_with_dash(runner: CliRunner) -> None:
    result = runner.invoke(app, ["legal", "assess", "-", "--json"], input=json.dumps(TCO_ORDER))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["disposition"] == "comply"


def _mutate(path: str, value: Any) -> dict[str, Any]:
    body = copy.deepcopy(TCO_ORDER)
    node: Any = body
    *parents, last = path.split(".")
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if value is KeyError:
        del node[int(last) if isinstance(node, list) else last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return body


INVALID = [
    ("unknown type", _mutate("type", "takedown"), "type"),
    ("unknown label", _mutate("targets.0.labels", ["terrorism", "rudeness"]), "targets.0.labels.1"),
    ("lower-case country", _mutate("authority.country", "de"), "authority.country"),
    ("alpha-3 country", _mutate("authority.country", "DEU"), "authority.country"),
    ("UK is not ISO", _mutate("authority.country", "UK"), "authority.country"),
    ("EL is not ISO", _mutate("authority.country", "EL"), "authority.country"),
    ("missing type", _mutate("type", KeyError), "type"),
    ("missing authority", _mutate("authority", KeyError), "authority"),
    ("missing country", _mutate("authority.country", KeyError), "authority.country"),
    ("missing kind", _mutate("authority.kind", KeyError), "authority.kind"),
    ("missing targets", _mutate("targets", KeyError), "targets"),
    ("empty targets", _mutate("targets", []), "targets"),
    ("target without id", _mutate("targets.0.id", KeyError), "targets.0.id"),
    ("target without kind", _mutate("targets.0.kind", KeyError), "targets.0.kind"),
    ("blank target id", _mutate("targets.0.id", "  "), "targets.0.id"),
    ("unknown target kind", _mutate("targets.0.kind", "story"), "targets.0.kind"),
    ("unknown field", _mutate("priority", "high"), "priority"),
    ("unknown authority field", _mutate("authority.badge", "7"), "authority.badge"),
    ("verified as string", _mutate("authority.verified", "true"), "authority.verified"),
    ("unknown instrument", _mutate("legal_instrument", "gdpr"), "legal_instrument"),
    ("unknown process", _mutate("legal_process", "letter"), "legal_process"),
    ("unknown data", _mutate("data_requested", ["passwords"]), "data_requested.0"),
    ("unknown category", _mutate("offence_category", "TERRORISM"), "offence_category"),
    (
        "removed keyword",
        _mutate("offence_keywords", ["KEYWORD_DANGEROUS_TOYS"]),
        "offence_keywords.0",
    ),
    (
        "bad gag date",
        {**_mutate("gag_order", True), "gag_order_until": "31/12/2026"},
        "gag_order_until",
    ),
    ("gag date without gag", _mutate("gag_order_until", "2026-12-31"), "gag_order_until"),
    ("negative subscribers", _mutate("targets.0.subscribers", -1), "targets.0.subscribers"),
    ("duplicate target", _mutate("targets", TCO_ORDER["targets"] * 2), "targets.1.id"),
    ("not an object", [1, 2], "request"),
]


@pytest.mark.parametrize(("body", "field"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_input_exits_2_naming_the_field(
    runner: CliRunner, tmp_path: Path, body: Any, field: str
) -> None:
    result = assess_json(runner, write(tmp_path, body))
    assert result.exit_code == 2, result.stdout
    assert result.stdout == ""
    assert f"error: {field}: " in result.stderr


def test_invalid_json_and_unreadable_files_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    bad = assess_json(runner, write(tmp_path, "{not json"))
    assert bad.exit_code == 2 and "error: file: not valid JSON" in bad.stderr
    missing = assess_json(runner, tmp_path / "nope.json")
    assert missing.exit_code == 2 and "error: file: cannot read" in missing.stderr


def test_a_broken_policy_file_exits_2_naming_file_and_path(
    runner: CliRunner, tmp_path: Path
) -> None:
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    text = text.replace(
        "jurisdictions.csv", str(DEFAULT_POLICY_PATH.with_name("jurisdictions.csv"))
    )
    text = text.replace("competence.yaml", str(DEFAULT_POLICY_PATH.with_name("competence.yaml")))
    broken = write(
        tmp_path, text.replace("bulk_max_targets: 25", "bulk_max_targets: many"), "p.yaml"
    )
    result = assess_json(runner, write(tmp_path, TCO_ORDER), "--policy", str(broken))
    assert result.exit_code == 2
    assert "error: policy: " in result.stderr
    assert "p.yaml" in result.stderr and "params.bulk_max_targets" in result.stderr


def test_an_edited_policy_changes_the_proposal(runner: CliRunner, tmp_path: Path) -> None:
    """How a legal officer tries a change: copy, edit, bump the version, assess with --policy."""
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    text = text.replace(
        "jurisdictions.csv", str(DEFAULT_POLICY_PATH.with_name("jurisdictions.csv"))
    )
    text = text.replace("competence.yaml", str(DEFAULT_POLICY_PATH.with_name("competence.yaml")))
    text = text.replace('version: "', 'version: "trial-', 1)
    text = text.replace("strong_min_score: 0.5", "strong_min_score: -2.5")
    trial = write(tmp_path, text, "trial.yaml")
    request = {
        "type": "removal_order",
        "authority": {"name": "X", "country": "TR", "kind": "court", "verified": True},
        "legal_basis": "Law 5651",
        "targets": [{"kind": "post", "id": "p1", "labels": ["defamation"]}],
    }
    path = write(tmp_path, request)
    packaged = json.loads(assess_json(runner, path).stdout)
    tried = json.loads(assess_json(runner, path, "--policy", str(trial)).stdout)
    assert packaged["disposition"] == "human_rights_review"
    assert tried["disposition"] == "geo_restrict"
    assert tried["policy_version"].startswith("trial-")
    assert tried["policy_digest"] != packaged["policy_digest"]


def test_assess_writes_nothing_and_needs_no_database(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    data_dir = tmp_path / "data"
    monkeypatch.chdir(work)
    monkeypatch.setenv("SAFEHARBOUR_DATA_DIR", str(data_dir))
    monkeypatch.setenv("SAFEHARBOUR_DATABASE_URL", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    request = write(tmp_path, TCO_ORDER)
    result = assess_json(runner, request)
    assert result.exit_code == 0
    assert list(work.iterdir()) == []
    assert not data_dir.exists()


def test_module_entry_point_in_a_subprocess(tmp_path: Path) -> None:
    request = write(tmp_path, TCO_ORDER)
    python = str(PYTHON) if PYTHON.exists() else sys.executable
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAFEHARBOUR_")}
    done = subprocess.run(
        [python, "-m", "safeharbour", "legal", "assess", str(request), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["disposition"] == "comply"
    assert list(body)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS

    bad = write(tmp_path, _mutate("targets.0.labels", ["nonsense"]), "bad.json")
    failed = subprocess.run(
        [python, "-m", "safeharbour", "legal", "assess", str(bad), "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert "error: targets.0.labels.0: " in failed.stderr


def test_explain_prints_per_target_rules_and_the_rows_they_read(
    runner: CliRunner, tmp_path: Path
) -> None:
    request = {
        "type": "removal_order",
        "authority": {"name": "Police", "country": "RU", "kind": "police", "verified": True},
        "legal_basis": "Law 149-FZ Art. 15.3",
        "targets": [
            {"kind": "post", "id": "p1", "labels": ["fraud"]},
            {"kind": "post", "id": "p2", "labels": ["peaceful_protest"]},
        ],
    }
    result = runner.invoke(app, ["legal", "assess", str(write(tmp_path, request)), "--explain"])
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "Competence: country rows C-RU-REMOVAL: not established [verify]" in text
    assert "post p1: need_more_info; remove under the platform's terms" in text
    assert "post p2: refuse" in text
    assert "reads competence.yaml C-RU-REMOVAL [verify]" in text
    assert "reads jurisdictions.csv RU" in text
    assert "missing authority.kind: the provision of law that empowers a police" in text
    assert "why: " in text
